"""Portable use: all data in the portable folder, nothing written to the host profile (HOME)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The child runs the real ``main()``. Only for this test: tiny slots (the real pool would write
# hundreds of MB of random slots), and a hook that, once the window is up and the pool is made,
# creates a private space, opens it, locks it and closes the window the way a user would.
SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import app.core.storage as storage
import app.gui.main as main_module

kdf, _size, rng = storage.DataFolder.__init__.__defaults__
storage.DataFolder.__init__.__defaults__ = (kdf, 64 * 4096, rng)
original_start = main_module.Application.start


def start(self):
    started = original_start(self)

    def step():
        if not self.folder.ready.is_set():
            QTimer.singleShot(50, step)
            return
        window = self.window
        spaces = window.spaces
        vault = spaces.create(spaces.derive("portable test passphrase"), "nl")
        window.open_private(vault)
        QTimer.singleShot(200, finish)

    def finish():
        self.window.lock()
        QTimer.singleShot(200, self.window.close)
        QTimer.singleShot(400, QApplication.quit)

    QTimer.singleShot(300, step)
    return started


main_module.Application.start = start
sys.argv = [sys.argv[1], *sys.argv[2:]]
sys.exit(main_module.main())
"""


def listing(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def run_child(tmp_path: Path, program: Path, *args: str) -> tuple[set[str], set[str]]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    temp = tmp_path / "temp"
    temp.mkdir(exist_ok=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "NOTES_", "QT_", "HOME", "TMP"))
    }
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        TMPDIR=str(temp),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
    )
    before = listing(home) | {f"tmp/{p}" for p in listing(temp)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(program), *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    after = listing(home) | {f"tmp/{p}" for p in listing(temp)}
    return before, after


def unexplained(new: set[str]) -> set[str]:
    """New paths under HOME or TMPDIR, apart from fontconfig's cache: fontconfig (which Qt uses
    to find fonts) may build it on a machine where it is missing. It holds font metadata only,
    the same for every program on the machine, nothing about this app or its data."""
    return {p for p in new if not (p == ".cache" or p.startswith(".cache/fontconfig"))}


def space_exists(data: Path) -> bool:
    from app.core.spaces import Spaces
    from app.core.storage import DataFolder

    folder = DataFolder(data)
    folder.open()
    try:
        folder.ready.set()
        spaces = Spaces(folder)
        return spaces.find(spaces.derive("portable test passphrase")) is not None
    finally:
        folder.close()


@pytest.mark.slow
def test_portable_flag_keeps_everything_in_its_folder(tmp_path):
    portable = tmp_path / "stick" / "notes-data"
    before, after = run_child(tmp_path, ROOT / "notes", "--portable", str(portable))
    assert unexplained(after - before) == set()
    names = listing(portable)
    assert any(n.startswith("data-") for n in names)
    assert "window.ini" in names
    assert space_exists(portable)
    print(sorted(after - before))


@pytest.mark.slow
def test_marker_file_beside_the_program_turns_on_portable_use(tmp_path):
    program_dir = tmp_path / "stick"
    program_dir.mkdir()
    (program_dir / "notes-portable").write_text("")
    before, after = run_child(tmp_path, program_dir / "notes")
    assert unexplained(after - before) == set()
    assert space_exists(program_dir / "notes-data")
