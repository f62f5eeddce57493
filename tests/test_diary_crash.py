"""Crash safety: a writer process killed (SIGKILL) at random moments loses no save that returned."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.diary import Diary
from tests.test_diary_support import open_vault, reopen

ROOT = Path(__file__).resolve().parents[1]
WRITER = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from app.core.diary import Diary
from tests.test_diary_support import reopen
_data, vault = reopen(Path(sys.argv[2]))
diary = Diary(vault.db, vault.room_left)
run = sys.argv[3]
i = 0
while True:
    entry_id = diary.save(None, {"text": f"save r{run}x{i} " + "words " * 20})
    if i % 3 == 0:
        diary.save(entry_id, {"text": f"save r{run}x{i} edited", "place": "home"})
    sys.stdout.write(f"r{run}x{i}\\n")
    sys.stdout.flush()
    i += 1
"""


@pytest.mark.slow
def test_killed_writer_loses_no_returned_save(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _data, _spaces, vault = open_vault(folder, slot_size=4 * 1024 * 1024)
    vault.close()
    rng = random.Random(20240305)
    reported: list[str] = []
    runs = 0
    deadline = time.monotonic() + 120
    while len(reported) < 200 and time.monotonic() < deadline:
        runs += 1
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(ROOT), str(folder), str(runs)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # the writer is open and has saved once
        if first:
            reported.append(first.strip())
        time.sleep(rng.uniform(0.0, 0.25))  # then die at a random moment
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        reported += [line for line in rest.splitlines() if line.strip()]
    assert len(reported) >= 200, f"only {len(reported)} saves in {runs} runs"

    _data, vault = reopen(folder)
    conn = vault.db.conn
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    diary = Diary(vault.db, vault.room_left)
    texts = {row.summary.split()[1] for row in diary.rows(limit=100_000)}
    missing = [tag for tag in reported if tag not in texts]
    assert missing == []
    assert diary.verify().ok
    # A journal the kill left empty is not hot; SQLite removes it at the next commit.
    diary.save(None, {"text": "after the crashes"})
    assert not list(folder.glob("*-journal"))
    vault.close()
