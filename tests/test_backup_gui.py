"""The backup section in Settings and "From a backup…" in the create dialog, driven as she would."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGroupBox

from app.core import backup
from app.core.backup import BackupKey, write_backup
from app.core.spaces import Spaces
from app.gui import dialogs, files
from app.gui.private.backup import section as backup_section
from app.gui.private.backup.restore import RestoreFlow
from app.gui.private.backup.section import BackupSection
from tests.backup_support import fill, folder, new_vault, snapshot
from tests.helpers import CTRL_SHIFT, create_space, type_in_search, window

SPACE = "lentebloesem fiets ajuin kasteel"
BACKUP = "zomer regen paraplu molen"


def open_section(qtbot, app) -> BackupSection:  # type: ignore[no-untyped-def]
    win = window(app)
    create_space(qtbot, app, SPACE)
    win.session.space.show_page("settings")
    page = win.session.space.page("settings")
    section = page.findChild(QGroupBox, "backupSection")
    assert isinstance(section, BackupSection)
    return section


def make_backup(qtbot, section: BackupSection, target: Path, passphrase: str = BACKUP) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(section.make, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.parent() is section.page
    files.answer_next([str(target)])
    qtbot.keyClicks(dialog.first, passphrase)
    qtbot.keyClicks(dialog.again, passphrase)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_make_a_backup_from_settings(qtbot, make_app, tmp_path):
    app = make_app()
    section = open_section(qtbot, app)
    assert section.make.text() == "Een versleutelde reservekopie maken…"
    target = tmp_path / "usb" / backup.DEFAULT_NAME
    target.parent.mkdir()
    make_backup(qtbot, section, target)
    qtbot.waitUntil(lambda: section.job is None and target.exists(), timeout=20000)
    assert backup.DEFAULT_NAME in section.message.text()
    assert section.make.isEnabled()
    assert section.key is None
    assert backup.verify_file(target, BackupKey(BACKUP)).intact
    assert [p.name for p in target.parent.iterdir()] == [backup.DEFAULT_NAME]


def test_a_synchronised_folder_asks_first(qtbot, make_app, tmp_path):
    app = make_app()
    section = open_section(qtbot, app)
    target = tmp_path / "OneDrive" / "x.db"
    target.parent.mkdir()
    make_backup(qtbot, section, target)
    qtbot.waitUntil(lambda: bool(dialogs.open_dialogs()))
    box = dialogs.open_dialogs()[0]
    assert "OneDrive" in box.text()
    box.buttons()[-1].click()  # Cancel
    qtbot.waitUntil(lambda: not dialogs.open_dialogs())
    assert not target.exists() and section.key is None
    dialogs.answer_next(0)
    make_backup(qtbot, section, target)
    qtbot.waitUntil(lambda: section.job is None and target.exists(), timeout=20000)


def test_a_lock_during_the_backup_leaves_no_partial_file(qtbot, make_app, tmp_path, monkeypatch):
    # The real export is held at a gate so the lock surely comes while it runs, however fast
    # this machine is; once the lock has cancelled it, it goes on and must notice.
    reached = threading.Event()
    job_of: list[Any] = []
    real_write = backup_section.write_backup

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        reached.set()
        deadline = time.monotonic() + 20
        while not (job_of and job_of[0].cancelled) and time.monotonic() < deadline:
            time.sleep(0.01)
        return real_write(*args, **kwargs)

    monkeypatch.setattr(backup_section, "write_backup", held)
    app = make_app()
    win = window(app)
    section = open_section(qtbot, app)
    target = tmp_path / "usb" / backup.DEFAULT_NAME
    target.parent.mkdir()
    make_backup(qtbot, section, target)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    job = section.job
    assert job is not None
    job_of.append(job)
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)
    qtbot.waitUntil(lambda: job.finished, timeout=20000)
    QApplication.processEvents()
    assert list(target.parent.iterdir()) == []  # neither the backup nor a partial file


def source_backup(tmp_path: Path) -> Path:
    spaces = Spaces(folder(tmp_path / "elsewhere"))
    vault = new_vault(spaces, "een zin van vroeger hier")
    fill(vault)
    (tmp_path / "stick").mkdir()
    path = write_backup(vault, tmp_path / "stick" / "notes-export.db", BackupKey(BACKUP))
    vault.close()
    return path


def open_create_dialog(qtbot, app, passphrase: str):  # type: ignore[no-untyped-def]
    win = window(app)
    type_in_search(qtbot, app, passphrase)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: win.create_flow.dialog is not None and win.create_flow.dialog.isVisible()
    )
    return win.create_flow.dialog


def test_restore_a_backup_as_a_new_private_space(qtbot, make_app, tmp_path, data_dir):
    path = source_backup(tmp_path)
    app = make_app()
    win = window(app)
    before = snapshot(data_dir)
    dialog = open_create_dialog(qtbot, app, "mijn nieuwe zin hier")
    assert dialog.restore_button is not None
    # The new passphrase must be typed twice first.
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "twice" in dialog.problem.text() or "twee" in dialog.problem.text()
    qtbot.keyClicks(dialog.again, "mijn nieuwe zin hier")
    files.answer_next([str(path)])
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    flow = dialog.findChild(RestoreFlow)
    qtbot.waitUntil(lambda: flow.ask is not None and flow.ask.isVisible())
    ask = flow.ask
    assert ask.parent() is dialog and ask.property("private") is True
    # A wrong passphrase: a calm sentence, nothing changed, she can type it again.
    qtbot.keyClicks(ask.passphrase, "niet de goede zin")
    qtbot.keyClick(ask.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.job is None and ask.passphrase.isEnabled(), timeout=20000)
    assert ask.problem.text() == flow.message(backup.CannotOpen())
    assert {k: v for k, v in snapshot(data_dir).items() if k.startswith("data-")} == {
        k: v for k, v in before.items() if k.startswith("data-")
    }
    ask.passphrase.setText("")
    qtbot.keyClicks(ask.passphrase, BACKUP.upper())
    qtbot.keyClick(ask.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.private_open, timeout=20000)
    vault = win.session.vault
    assert vault.db.query("SELECT count(*) FROM t_entries") == [(20,)]
    assert vault.path.parent == data_dir
    assert win.create_flow.dialog is None
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not win)


def test_a_damaged_backup_is_refused_calmly(qtbot, make_app, tmp_path, data_dir):
    path = source_backup(tmp_path)
    raw = bytearray(path.read_bytes())
    raw[6000] ^= 1
    path.write_bytes(bytes(raw))
    app = make_app()
    win = window(app)
    slots_before = {k: v for k, v in snapshot(data_dir).items() if k.startswith("data-")}
    dialog = open_create_dialog(qtbot, app, "mijn nieuwe zin hier")
    qtbot.keyClicks(dialog.again, "mijn nieuwe zin hier")
    files.answer_next([str(path)])
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    flow = dialog.findChild(RestoreFlow)
    qtbot.waitUntil(lambda: flow.ask is not None and flow.ask.isVisible())
    qtbot.keyClicks(flow.ask.passphrase, BACKUP)
    qtbot.keyClick(flow.ask.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.job is None and flow.ask.passphrase.isEnabled(), timeout=20000)
    assert flow.ask.problem.text() == flow.message(backup.Damaged())
    assert {k: v for k, v in snapshot(data_dir).items() if k.startswith("data-")} == slots_before
    # Cancel (the create dialog's own, or a panic) closes everything; nothing was made.
    win.lock()
    qtbot.waitUntil(lambda: win.create_flow.dialog is None)
    assert not win.private_open
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if w is not win)
