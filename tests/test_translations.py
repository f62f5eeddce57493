"""Dutch, French and English texts are complete, match the code, and are compiled."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / ".tools" / "i18n.py")
assert spec is not None and spec.loader is not None
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, msg.findtext("source") or "")] = tr.text if done and tr is not None else None
    return out


CATALOGUES = sorted(tool.catalogues())


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_catalogue_matches_the_code_and_is_translated(catalogue: str, tmp_path: Path) -> None:
    lupdate = tool.tool("pyside6-lupdate")
    if shutil.which(lupdate) is None and not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [lupdate, "-no-obsolete", *map(str, tool.catalogues()[catalogue]), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(messages(fresh))
    assert all(context for context, _ in in_code), "a text has no context: use self.tr() directly"
    for lang in ("nl", "fr", "en"):
        ts = I18N / f"{catalogue}_{lang}.ts"
        found = messages(ts)
        assert set(found) == in_code, f"{ts.name} is out of date: run .tools/i18n.py update"
        missing = [src for key, src in ((k, k[1]) for k in found) if not found[key]]
        assert missing == [], f"{ts.name}: untranslated {missing[:3]}"


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_compiled_catalogue_is_current(ts: Path, tmp_path: Path) -> None:
    lrelease = tool.tool("pyside6-lrelease")
    out = tmp_path / "x.qm"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run .tools/i18n.py release"


def test_notes_title_follows_the_system_language(tmp_path: Path) -> None:
    code = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from app.gui import i18n; t = i18n.load_translator('notes', i18n.system_language()); i18n.install(t);"
        "from PySide6.QtCore import QCoreApplication as C;"
        "print(C.translate('MainWindow', 'Notes'))"
    )
    for lang, title in (
        ("nl_BE.UTF-8", "Notities"),
        ("fr_BE.UTF-8", "Notes"),
        ("en_GB.UTF-8", "Notes"),
    ):
        env = {
            "LANG": lang,
            "LC_ALL": lang,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "PATH": "/usr/bin:/bin",
        }
        out = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert out == title, (lang, out)
