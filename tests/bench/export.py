"""Benchmark: encrypted backup of a full slot (target: at most 5 s) and the evidence PDF.

    python tests/bench/export.py            # a full 16 MiB slot
    python tests/bench/export.py --small    # a quick run on a 1 MiB slot (CI: proves it works)

Prints its figures; asserts nothing about speed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.core.backup import BackupKey, restore_backup, verify_file, write_backup
from app.core.keys import TEST_KDF
from app.core.spaces import Spaces
from app.core.storage import DataFolder
from app.core.vault import Vault

BACKUP_PASSPHRASE = "zomer regen paraplu molen"


def make_folder(path: Path, slot_size: int) -> DataFolder:
    folder = DataFolder(path, kdf=TEST_KDF, slot_size=slot_size)
    folder.open()
    folder.finish_setup()
    return folder


def fill_to_full(vault: Vault) -> None:
    """Text rows and photo-sized blobs (incompressible) until the slot refuses more."""
    with vault.db.write() as c:
        c.execute("CREATE TABLE bench_entries(id INTEGER PRIMARY KEY, body TEXT, photo BLOB)")
    size = 300_000
    while size >= 2_000:
        try:
            with vault.db.write() as c:
                c.execute(
                    "INSERT INTO bench_entries(body, photo) VALUES (?, ?)",
                    ("what happened " * 40, os.urandom(size)),
                )
        except Exception:
            size //= 2


def bench_backup(work: Path, slot_size: int) -> None:
    spaces = Spaces(make_folder(work / "one", slot_size))
    vault = spaces.create(spaces.derive("lentebloesem fiets ajuin"), "nl")
    fill_to_full(vault)
    used, total = vault.capacity()
    print(f"slot: {slot_size / 2**20:.0f} MiB, {100 * used / total:.1f} % full")
    key = BackupKey(BACKUP_PASSPHRASE)
    target = work / "notes-export.db"
    t0 = time.perf_counter()
    write_backup(vault, target, key)
    t_backup = time.perf_counter() - t0
    print(f"backup (export, check, fsync, rename): {t_backup:.2f} s  (target <= 5 s)")
    print(f"backup file: {target.stat().st_size / 2**20:.1f} MiB")
    t0 = time.perf_counter()
    verdict = verify_file(target, BackupKey(BACKUP_PASSPHRASE))
    print(f"verify (app.verify's check): {time.perf_counter() - t0:.2f} s, intact={verdict.intact}")
    other = Spaces(make_folder(work / "two", slot_size))
    master = other.derive("nieuwe zin voor hier")
    t0 = time.perf_counter()
    restored = restore_backup(other, target, key, master, "nl")
    print(f"restore into a new slot: {time.perf_counter() - t0:.2f} s")
    restored.close()
    vault.close()


def bench_pdf(work: Path, entries: int) -> float | None:
    """Evidence PDF of ``entries`` diary entries, every tenth with a photo (target: at most
    10 s). Gathering and painting are both timed, off the GUI thread as in the app; returns
    the seconds taken."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    from app.core.attachments import prepare
    from app.core.diary import KINDS, Diary
    from app.core.report import Choice, gather, select
    from app.gui.private.report.pdf import write_pdf
    from tests.test_diary_support import photo_bytes

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QCoreApplication.instance() or QGuiApplication(["bench"])
    spaces = Spaces(make_folder(work / "pdf", 64 * 2**20))
    vault = spaces.create(spaces.derive("kaneel wolk tractor zeepbel"), "nl")
    diary = Diary(vault.db, vault.room_left)
    picture = work / "photo.jpg"
    text = (
        "He came home late and started shouting about money. He took my phone and "
        "pushed me against the kitchen door. The children were upstairs. "
    ) * 3
    for i in range(entries):
        files = []
        if i % 10 == 0:
            picture.write_bytes(photo_bytes(i, size=(1600, 1200)))
            files = [diary.add_attachment(prepare(picture)).id]
        entry = diary.save(
            None,
            {
                "text": f"{i}: {text}",
                "when_start": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T21:{i % 60:02d}",
                "when_precision": "time",
                "kinds": [KINDS[i % len(KINDS)]],
                "place": "kitchen",
                "pv_number": f"BR.55.LL.{i:06d}/2024" if i % 5 == 0 else "",
                "injuries": "bruise on the arm" if i % 3 == 0 else "",
            },
            files,
        )
        if i % 7 == 0:
            diary.save(entry, {"text": f"{i}: {text} (added later)"}, files)
    print(f"diary: {entries} entries, {diary.verify().files} photos")
    target = work / "document.pdf"
    t0 = time.perf_counter()
    report = gather(diary, select(diary, Choice()))
    t_gather = time.perf_counter() - t0
    write_pdf(report, target, "nl", diary.attachment_data)
    seconds = time.perf_counter() - t0
    print(
        f"evidence PDF: gather {t_gather:.2f} s, paint {seconds - t_gather:.2f} s, "
        f"{target.stat().st_size / 2**20:.1f} MiB"
    )
    vault.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", action="store_true", help="1 MiB slot, 50 entries")
    args = parser.parse_args()
    slot_size = (1 if args.small else 16) * 2**20
    with tempfile.TemporaryDirectory() as tmp:
        bench_backup(Path(tmp), slot_size)
        seconds = bench_pdf(Path(tmp), 50 if args.small else 1000)
        if seconds is None:
            print("evidence PDF: not measured (the report is not built yet)")
        else:
            print(f"evidence PDF: {seconds:.2f} s  (target <= 10 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
