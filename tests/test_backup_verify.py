"""``python -m app.verify FILE``: passphrase from the terminal, a plain report, calm failures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import verify
from app.core.backup import BackupKey, write_backup
from app.core.spaces import Spaces
from tests.backup_support import fill, folder, new_vault

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "Zomer Regen Paraplu Molen"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    spaces = Spaces(folder(tmp_path / "one"))
    vault = new_vault(spaces, "lentebloesem fiets ajuin")
    fill(vault)
    target = write_backup(vault, tmp_path / "notes-export.db", BackupKey(PASSPHRASE))
    vault.close()
    return target


def run_cli(path: Path, typed: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """A child without a controlling terminal: getpass then reads the line from stdin."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "app.verify", str(path), *extra],
        input=typed + "\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        start_new_session=True,
    )


def test_intact_backup_exits_zero_with_a_plain_report(good):
    done = run_cli(good, "zomer regen PARAPLU  molen")
    assert done.returncode == 0, done.stdout
    assert "Result: intact" in done.stdout
    assert "t_entries: 20" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def test_wrong_passphrase_and_damage_exit_non_zero_calmly(good, tmp_path):
    done = run_cli(good, "een andere zin hier")
    assert done.returncode == 1
    assert "does not open with this passphrase" in done.stdout
    damaged = tmp_path / "damaged.db"
    raw = bytearray(good.read_bytes())
    raw[5000] ^= 0x40
    damaged.write_bytes(bytes(raw))
    done = run_cli(damaged, PASSPHRASE)
    assert done.returncode == 1
    assert "damaged" in done.stdout
    for result in (done, run_cli(tmp_path / "missing.db", PASSPHRASE)):
        assert "Traceback" not in result.stdout + result.stderr
        assert result.returncode == 1


def test_the_passphrase_is_never_taken_from_the_command_line(good):
    done = run_cli(good, "", PASSPHRASE)
    assert done.returncode == 2
    assert "Result" not in done.stdout


def test_run_reads_the_passphrase_through_the_prompt_only(good):
    asked: list[str] = []
    lines: list[str] = []

    def ask(prompt: str) -> str:
        asked.append(prompt)
        return PASSPHRASE

    assert verify.run([str(good)], ask=ask, out=lines.append) == 0
    assert asked == ["Passphrase of the backup: "]
    assert PASSPHRASE not in "\n".join(lines)
    assert (
        verify.run([str(good)], ask=lambda _p: (_ for _ in ()).throw(EOFError()), out=lines.append)
        == 2
    )
