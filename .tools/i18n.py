#!/usr/bin/env python3
"""Translation catalogues: extract (pyside6-lupdate), fill from JSON, compile (pyside6-lrelease).

Catalogues by convention:
  notes            app/gui/*.py (not session.py) and app/gui/decoy/*.py  -- the notes' face
  private          app/gui/private/*.py and app/gui/session.py          -- the private frame
  private_<sub>    app/gui/private/<sub>/*.py                            -- one per feature
The notes follow the system language; all private_* catalogues follow the space's language.

  python .tools/i18n.py update            re-extract every .ts (keeps existing translations)
  python .tools/i18n.py fill CAT LANG F   merge {"source": "translation"} from JSON file F
  python .tools/i18n.py release           compile every .ts into .qm
  python .tools/i18n.py check             exit 1 if any message is untranslated
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGS = ("nl", "fr", "en")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def catalogues() -> dict[str, list[Path]]:
    gui = ROOT / "app" / "gui"
    cats: dict[str, list[Path]] = {
        "notes": sorted(p for p in gui.glob("*.py") if p.name != "session.py")
        + sorted((gui / "decoy").glob("*.py")),
        "private": [*sorted((gui / "private").glob("*.py")), gui / "session.py"],
    }
    for sub in sorted(
        p for p in (gui / "private").iterdir() if p.is_dir() and p.name != "__pycache__"
    ):
        files = sorted(sub.glob("*.py"))
        if files:
            cats[f"private_{sub.name}"] = files
    return cats


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for cat, files in catalogues().items():
        for lang in LANGS:
            ts = I18N / f"{cat}_{lang}.ts"
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    lang,
                    *map(str, files),
                    "-ts",
                    str(ts),
                ],
                check=True,
                capture_output=True,
            )
            if lang == "en":
                fill_identity(ts)


def fill_identity(ts: Path) -> None:
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        src = msg.findtext("source") or ""
        if tr is not None and (tr.get("type") == "unfinished" or not (tr.text or "")):
            tr.text = src
            tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def fill(cat: str, lang: str, mapping_file: Path) -> None:
    mapping = json.loads(mapping_file.read_text("utf-8"))
    ts = I18N / f"{cat}_{lang}.ts"
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        ctx_src = f"{msg.findtext('../name')}|{src}"
        tr = msg.find("translation")
        if tr is None:
            continue
        value = mapping.get(ctx_src, mapping.get(src))
        if value:
            tr.text = value
            tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release() -> None:
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def missing() -> list[str]:
    out = []
    for ts in sorted(I18N.glob("*.ts")):
        tree = ET.parse(ts)
        for ctx in tree.iter("context"):
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if (
                    tr is None
                    or tr.get("type") in ("unfinished", "obsolete", "vanished")
                    or not (tr.text or "").strip()
                ):
                    out.append(f"{ts.name}: {ctx.findtext('name')}: {msg.findtext('source')!r}")
    return out


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "help"
    if cmd == "update":
        update()
    elif cmd == "fill":
        fill(argv[2], argv[3], Path(argv[4]))
    elif cmd == "release":
        release()
    elif cmd == "check":
        gaps = missing()
        print("\n".join(gaps) or "all translated")
        return 1 if gaps else 0
    else:
        print(__doc__)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
