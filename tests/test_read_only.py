"""A data folder that cannot be written, as an ordinary user meets it (root ignores permissions,
so the app runs in a child process as ``nobody``): the notes open, a change says calmly that it
cannot be saved, the text stays on screen, and not one byte of the folder changes."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.keys import TEST_KDF
from app.core.storage import DataFolder

ROOT = Path(__file__).resolve().parents[1]

CHILD = textwrap.dedent(
    """
    import json, os, sys
    sys.path.insert(0, {root!r})
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from app.core.keys import TEST_KDF
    from app.core.storage import DataFolder
    from app.gui import hardening
    from app.gui.main import Application
    hardening.redirect_default_settings()
    qt = QApplication(["notes"])
    app = Application(DataFolder(Path({data!r}), kdf=TEST_KDF))
    started = app.start()
    win = app.window
    notes = win.notes
    qt.processEvents()
    shown = [notes.model.index(i, 0).data() for i in range(notes.model.rowCount())]
    messages = []
    notes.status.connect(messages.append)
    notes.body.setFocus()
    notes.body.setPlainText("a change that cannot be written")
    saved = notes.save()
    print(json.dumps(dict(started=started, shown=shown, saved=saved, messages=messages,
                          text=notes.body.toPlainText())))
    sys.stdout.flush()
    os._exit(0)
    """
)


def digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def as_nobody() -> list[str] | None:
    """The command prefix that runs a child as ``nobody``, when this machine allows it."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("setpriv") is None:
        return None
    prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    probe = subprocess.run(
        [
            *prefix,
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {str(ROOT)!r}); import app",
        ],
        capture_output=True,
    )
    return prefix if probe.returncode == 0 else None


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder the user nobody can reach (pytest's own base folder is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="notes-ro-", dir="/tmp"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        for p in path.rglob("*"):
            with contextlib.suppress(OSError):
                p.chmod(0o700)
        shutil.rmtree(path, ignore_errors=True)


def test_a_read_only_folder_opens_and_says_why_it_cannot_save(shared_tmp: Path) -> None:
    prefix = as_nobody()
    if prefix is None:
        pytest.skip("needs root, setpriv and a Python that the user nobody can run")
    tmp_path = shared_tmp
    data = tmp_path / "locked"
    folder = DataFolder(data, kdf=TEST_KDF, slot_size=64 * 4096)
    folder.open()
    folder.finish_setup()
    note = folder.notes.create("Shopping", "milk, bread")
    assert note
    folder.close()
    home = tmp_path / "nobody-home"
    home.mkdir()
    shutil.chown(home, "nobody")
    for path in [data, *data.iterdir()]:
        shutil.chown(path, "nobody")
        path.chmod(0o500 if path.is_dir() else 0o400)
    before = digest(data)
    modes = {p.name: p.stat().st_mode for p in [data, *data.iterdir()]}
    env = dict(
        os.environ,
        HOME=str(home),
        XDG_RUNTIME_DIR=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        TMPDIR=str(home),
        QT_QPA_PLATFORM="offscreen",
    )
    script = CHILD.format(root=str(ROOT), data=str(data))
    proc = subprocess.run(
        [*prefix, sys.executable, "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["started"] and result["shown"] == ["Shopping"]
    assert result["saved"] is False
    assert result["messages"] and "cannot be written" in result["messages"][-1]
    assert result["text"] == "a change that cannot be written"
    assert digest(data) == before
    assert sorted(p.name for p in data.iterdir()) == sorted(before)
    assert {p.name: p.stat().st_mode for p in [data, *data.iterdir()]} == modes  # still read-only
