"""Benchmark: a diary of 10,000 entries plus photos up to the slot's capacity.

Prints: time to open the vault, unlock-to-first-screen of the diary page, search latency,
scrolling through the whole list, resident memory. Targets (DESIGN.md): first screen <= 200 ms,
search <= 100 ms, resident memory <= 300 MB.

    python tests/bench/diary.py            # 10,000 entries, 16 MiB slot
    python tests/bench/diary.py --small    # a quick run (CI)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = [
    "he",
    "she",
    "they",
    "shouted",
    "pushed",
    "door",
    "kitchen",
    "phone",
    "money",
    "threatened",
    "children",
    "car",
    "night",
    "stairs",
    "bruise",
    "arm",
    "neck",
    "police",
    "doctor",
    "certificate",
    "neighbour",
    "scared",
    "slept",
    "cried",
    "again",
    "message",
    "screenshot",
    "bank",
    "card",
    "keys",
    "locked",
    "window",
    "broke",
    "plate",
    "dinner",
    "work",
    "sister",
]


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def build(folder: Path, entries: int, slot_size: int, photos: int | None) -> None:
    from app.core.attachments import prepare
    from app.core.diary import Diary, NoRoom
    from tests.test_diary_support import open_vault, photo_bytes

    rng = random.Random(1)
    _data, _spaces, vault = open_vault(folder, slot_size=slot_size)
    vault.db.conn.execute("PRAGMA synchronous = OFF")  # building only; the app keeps FULL
    diary = Diary(vault.db, vault.room_left)
    start = time.perf_counter()
    base = time.time() - entries * 3600
    for i in range(entries):
        moment = time.localtime(base + i * 3600)
        diary.save(
            None,
            {
                "text": " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))),
                "kinds": rng.sample(
                    ["physical", "threats", "control", "damage"], rng.randint(0, 2)
                ),
                "when_start": time.strftime("%Y-%m-%dT%H:%M", moment),
                "when_precision": "time",
            },
        )
    print(f"built {entries} entries in {time.perf_counter() - start:.1f} s")
    src = folder.parent / "IMG.jpg"
    added = 0
    while photos is None or added < photos:
        src.write_bytes(photo_bytes(added))
        try:
            item = diary.add_attachment(prepare(src, room=diary.room_for_files()))
        except NoRoom:
            break
        diary.save(None, {"text": f"photo {added}"}, [item.id])
        added += 1
    used, total = vault.capacity()
    print(f"added {added} photos; slot {used / 1e6:.1f} of {total / 1e6:.1f} MB used")
    vault.close()


def measure(folder: Path) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from app.core.diary import Diary, ListFilter
    from app.gui import hardening
    from app.gui.clipboard import PrivateClipboard
    from app.gui.generation import Generation
    from app.gui.private.context import SpaceContext
    from app.gui.private.diary.page import DiaryPage
    from tests.test_diary_support import reopen

    QCoreApplication.setApplicationName("notes")
    hardening.redirect_default_settings()
    app = QApplication.instance() or QApplication([])
    t0 = time.perf_counter()
    data, vault = reopen(folder)
    t_open = time.perf_counter() - t0
    host = QWidget()
    from app.core.spaces import Spaces

    ctx = SpaceContext(
        vault=vault,
        spaces=Spaces(data),
        generation=Generation(),
        clipboard=PrivateClipboard(),
        lock=lambda: None,
        panic=lambda: None,
        show_page=lambda _k: None,
        set_language=lambda _l: None,
        replace_vault=lambda _v: None,
        host=host,
    )
    t1 = time.perf_counter()
    page = DiaryPage(ctx)
    page.resize(1000, 700)
    page.show()
    page.repaint()
    app.processEvents()
    t_first = time.perf_counter() - t1
    print(f"open vault (after key derivation): {1000 * t_open:.0f} ms")
    print(f"unlock to first screen (diary page built and painted): {1000 * t_first:.0f} ms")

    diary = Diary(vault.db, vault.room_left)
    total = diary.count()
    latencies = []
    for word in ["kitchen", "neck police", "bru", "sister", "nothingmatches", "phone money"]:
        s = time.perf_counter()
        diary.rows(ListFilter(text=word), limit=200)
        diary.count(ListFilter(text=word))
        latencies.append(time.perf_counter() - s)
    print(
        f"search over {total} entries: median {1000 * statistics.median(latencies):.1f} ms,"
        f" worst {1000 * max(latencies):.1f} ms"
    )
    s = time.perf_counter()
    page.search.setText("kitchen")
    page.apply_filter()
    app.processEvents()
    print(
        f"search through the page (filter, model reset, repaint): "
        f"{1000 * (time.perf_counter() - s):.0f} ms"
    )
    page.search.setText("")
    page.apply_filter()
    s = time.perf_counter()
    bar = page.list.verticalScrollBar()
    steps = 0
    while True:
        bar.setValue(bar.maximum())
        page.list.repaint()
        app.processEvents()
        steps += 1
        if not page.model.canFetchMore(page.model.index(-1)) or steps > 10_000:
            break
    elapsed = time.perf_counter() - s
    print(
        f"scroll to the end of {page.model.rowCount()} rows: {1000 * elapsed:.0f} ms"
        f" ({steps} fetches)"
    )
    s = time.perf_counter()
    report = diary.verify()
    print(f"integrity check: {1000 * (time.perf_counter() - s):.0f} ms, ok={report.ok}")
    print(f"resident memory: {rss_mb():.0f} MB")
    page.clear()
    page.deleteLater()
    vault.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true", help="500 entries, 2 MiB slot")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        if args.small:
            build(folder, 500, 2 * 1024 * 1024, photos=2)
        else:
            build(folder, 10_000, 16 * 1024 * 1024, photos=None)
        measure(folder)


if __name__ == "__main__":
    main()
