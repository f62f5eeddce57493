"""Creating, opening, using and locking a private space through the real widgets."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from app.core.keys import KdfParams
from app.core.spaces import Spaces
from app.gui import dialogs
from app.gui.decoy.search_box import SENSITIVE_HINTS
from app.gui.private.registry import PrivatePage
from tests.helpers import CTRL_SHIFT, create_space, try_unlock_miss, type_in_search, unlock, window

CTRL = Qt.KeyboardModifier.ControlModifier
PHRASE = "Lentebloesem fiets ajuin kasteel"
ROOT = Path(__file__).resolve().parents[1]


def private_widgets() -> list[object]:
    """Private widgets still alive once the event loop has run (deferred deletes done)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    out = []
    for w in QApplication.allWidgets():
        module = type(w).__module__
        if module.startswith("app.gui.private") or w.objectName() in ("privateSpace", "quickExit"):
            out.append(w)
    return out


def open_create_dialog(qtbot, app, text: str):  # type: ignore[no-untyped-def]
    win = window(app)
    type_in_search(qtbot, app, text)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return, CTRL_SHIFT)
    qtbot.waitUntil(lambda: win.create_flow.dialog is not None)
    return win.create_flow.dialog


def test_create_opens_one_new_slot_and_home(qtbot, make_app, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    before = set(os.listdir(data_dir))
    dialog = open_create_dialog(qtbot, app, PHRASE)
    qtbot.waitUntil(dialog.again.hasFocus)
    assert dialog.language.currentData() in ("nl", "fr", "en")
    assert dialog.cancel.isVisible()
    qtbot.keyClicks(dialog.again, PHRASE)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.private_open, timeout=20000)
    new = set(os.listdir(data_dir)) - before
    assert len(new) == 1 and next(iter(new)).startswith("data-")
    assert win.notes.search.text() == ""
    assert win.windowTitle() == "Notes"
    assert win.session.space.current_key() == "home"
    assert not win.new_action.isEnabled() and not win.find_action.isEnabled()


def test_weak_mismatched_and_used_passphrases_are_refused(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    dialog = open_create_dialog(qtbot, app, "short one")
    qtbot.keyClicks(dialog.again, "short one")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "too short" in dialog.problem.text()
    dialog.first.setText("123456789012345")
    dialog.again.setText("123456789012345")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "Digits" in dialog.problem.text()
    dialog.first.setText(PHRASE)
    dialog.again.setText(PHRASE + "x")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "not the same" in dialog.problem.text()
    assert not win.private_open
    qtbot.keyClick(dialog.again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: win.create_flow.dialog is None)
    assert win.notes.search.text() == ""
    create_space(qtbot, app, PHRASE)
    win.lock()
    dialog = open_create_dialog(qtbot, app, PHRASE.upper())
    qtbot.keyClicks(dialog.again, PHRASE.upper())
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "another passphrase" in dialog.problem.text(), timeout=10000)
    assert not win.private_open


def test_typing_it_again_in_other_capitals_is_the_same_passphrase(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    dialog = open_create_dialog(qtbot, app, PHRASE)
    qtbot.keyClicks(dialog.again, "  " + PHRASE.lower() + " ")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.private_open, timeout=20000)


def test_suggested_words_can_be_used(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    dialog = open_create_dialog(qtbot, app, "whatever text")
    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    words = dialog.first.text()
    assert len(words.split()) == 4 and words in dialog.suggestion.text()
    qtbot.keyClicks(dialog.again, words)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.private_open, timeout=20000)
    win.lock()
    unlock(qtbot, app, words)


def test_ctrl_shift_enter_on_empty_box_does_nothing(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    win = window(make_app())
    win.notes.search.setFocus()
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return, CTRL_SHIFT)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return)
    assert win.create_flow.dialog is None and not win.unlock.pending


def test_unlock_clears_the_box_for_good(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    search = win.notes.search
    assert search.completer() is None
    assert search.inputMethodHints() & SENSITIVE_HINTS == SENSITIVE_HINTS
    create_space(qtbot, app, PHRASE)
    win.lock()
    unlock(qtbot, app, "  " + PHRASE.upper() + " ")
    win.lock()
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert search.text() == ""
    assert not search.isUndoAvailable()


def test_a_miss_is_only_a_search(qtbot, make_app, data_dir: Path, capfd) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PHRASE)
    win.lock()
    capfd.readouterr()
    stamp = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in data_dir.iterdir() if p.is_file()}
    for attempt in ['quote " and \\ backslash', "emoji 🙂🙂🙂🙂 words", "x" * 500, "   "]:
        try_unlock_miss(qtbot, app, attempt)
        assert not win.private_open
        assert not dialogs.open_dialogs()
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in data_dir.iterdir() if p.is_file()}
    assert after == stamp
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_any_key_cancels_a_pending_unlock(qtbot, make_app, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    # Real Argon2id cost (64 MiB, t=3): slow enough to interrupt.
    app = make_app(kdf=KdfParams())
    win = window(app)
    create_space(qtbot, app, PHRASE)
    win.lock()
    type_in_search(qtbot, app, PHRASE)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return)
    assert win.unlock.pending
    qtbot.keyClick(win.notes.search, Qt.Key.Key_A)
    assert not win.unlock.pending
    qtbot.wait(1500)
    assert not win.private_open
    # Focus leaving the search box cancels too (someone clicks or tabs elsewhere).
    type_in_search(qtbot, app, PHRASE)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return)
    assert win.unlock.pending
    win.notes.body.setFocus()
    assert not win.unlock.pending
    qtbot.wait(1500)
    assert not win.private_open
    # Esc cancels too, and empties the box.
    type_in_search(qtbot, app, PHRASE)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Escape)
    assert not win.unlock.pending and win.notes.search.text() == ""
    qtbot.wait(1500)
    assert not win.private_open


def test_navigation_and_home_numbers(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PHRASE, language="nl")
    space = win.session.space
    numbers = {
        b.text() for b in space.findChildren(QPushButton) if b.objectName().startswith("number-")
    }
    assert {"1712", "106", "101", "112"} <= numbers
    assert space.quick_exit.text() == "Snel weg"
    qtbot.keyClick(space.nav, Qt.Key.Key_5, CTRL)
    assert space.current_key() == "settings"
    qtbot.keyClick(space.nav, Qt.Key.Key_PageDown, CTRL)
    assert space.current_key() == space.specs[0].key
    qtbot.keyClick(space.nav, Qt.Key.Key_PageUp, CTRL)
    assert space.current_key() == "settings"
    qtbot.keyClick(space.nav, Qt.Key.Key_1, CTRL)
    assert space.current_key() == "home"
    # language of the space, independent of the notes
    settings = space.page("settings")
    settings.language.setCurrentIndex(settings.language.findData("fr"))
    assert space.quick_exit.text() == "Sortie rapide"
    fr_numbers = {
        b.text() for b in space.findChildren(QPushButton) if b.objectName().startswith("number-")
    }
    assert {"0800 30 030", "107"} <= fr_numbers
    assert win.windowTitle() == "Notes" and win.notes.new_button.text() == "New note"


def test_lock_leaves_nothing_private_behind(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PHRASE)
    space = win.session.space
    for spec in space.specs:
        space.show_page(spec.key)
    vault = win.session.vault
    assert private_widgets()
    qtbot.keyClick(space.nav, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: not win.private_open)
    QApplication.processEvents()
    assert private_widgets() == []
    assert not any(isinstance(w, PrivatePage) for w in QApplication.allWidgets())
    assert win.stack.count() == 1 and win.stack.currentWidget() is win.notes
    assert win.new_action.isEnabled()
    try:
        vault.db.conn.execute("SELECT 1")
        raise AssertionError("the vault connection is still open")
    except Exception as exc:
        assert "closed" in str(exc).lower()


def test_change_passphrase_and_delete_from_settings(qtbot, make_app, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PHRASE)
    space = win.session.space
    space.show_page("settings")
    settings = space.page("settings")
    qtbot.mouseClick(settings.change, Qt.MouseButton.LeftButton)
    dialog = settings.dialog
    qtbot.waitUntil(dialog.isVisible)
    new = "a completely new passphrase"
    qtbot.keyClicks(dialog.first, new)
    qtbot.keyClicks(dialog.again, new)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: settings.message.text() != "" and not dialog.isVisible(), timeout=20000)
    win.lock()
    try_unlock_miss(qtbot, app, PHRASE)
    assert not win.private_open
    unlock(qtbot, app, new)
    count = len(app.folder.pool.slots())
    path = win.session.vault.path
    space = win.session.space
    space.show_page("settings")
    dialogs.answer_next(0)
    qtbot.mouseClick(space.page("settings").delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.private_open, timeout=10000)
    assert len(app.folder.pool.slots()) == count
    assert path.exists() and path.stat().st_size == app.folder.pool.slot_size
    try_unlock_miss(qtbot, app, new)
    assert not win.private_open


def _start_change(qtbot, app, new: str):  # type: ignore[no-untyped-def]
    space = window(app).session.space
    space.show_page("settings")
    settings = space.page("settings")
    qtbot.mouseClick(settings.change, Qt.MouseButton.LeftButton)
    dialog = settings.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.first, new)
    qtbot.keyClicks(dialog.again, new)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    return settings, dialog


def _hold_the_copy(monkeypatch):  # type: ignore[no-untyped-def]
    """The real copy, held at a gate until the test lets it go (or a lock cancels it)."""
    reached, go_on = threading.Event(), threading.Event()
    real = Spaces.prepare_change

    def held(self, vault, master, cancelled=lambda: False):  # type: ignore[no-untyped-def]
        reached.set()
        deadline = time.monotonic() + 20
        while not (go_on.is_set() or cancelled()) and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(self, vault, master, cancelled)

    monkeypatch.setattr(Spaces, "prepare_change", held)
    return reached, go_on


def test_a_panic_during_a_passphrase_change_keeps_the_old_one(
    qtbot, make_app, data_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # The copy runs in a worker: while it is held, the window still answers and panic locks.
    reached, _go_on = _hold_the_copy(monkeypatch)
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PHRASE)
    new = "a completely new passphrase"
    _start_change(qtbot, app, new)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Escape)
    assert not win.private_open
    qtbot.waitUntil(lambda: not any(data_dir.glob("*.tmp")), timeout=20000)
    qtbot.wait(200)
    assert not any(data_dir.glob("*.tmp"))
    try_unlock_miss(qtbot, app, new)
    assert not win.private_open
    unlock(qtbot, app, PHRASE)
    assert win.private_open


def test_a_save_during_the_copy_makes_a_fresh_copy(
    qtbot, make_app, data_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    reached, go_on = _hold_the_copy(monkeypatch)
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PHRASE)
    new = "a completely new passphrase"
    settings, dialog = _start_change(qtbot, app, new)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    win.session.vault.set_setting("saved meanwhile", "yes")  # e.g. a photo finished importing
    go_on.set()
    qtbot.waitUntil(lambda: settings.message.text() != "" and not dialog.isVisible(), timeout=20000)
    assert not any(data_dir.glob("*.tmp"))
    win.lock()
    unlock(qtbot, app, new)
    assert win.session.vault.setting("saved meanwhile") == "yes"


def test_second_launch_locks_and_brings_the_notes_forward(qtbot, make_app, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PHRASE)
    env = dict(os.environ, NOTES_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    _out, err = proc.communicate()
    assert proc.returncode == 0, err
    qtbot.waitUntil(lambda: not win.private_open, timeout=5000)
    assert win.isVisible()
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, type(win)) and w.isVisible()
    ]
    assert shown == [win]


def test_private_fields_are_marked_sensitive(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    dialog = open_create_dialog(qtbot, app, PHRASE)
    for field in dialog.findChildren(QLineEdit):
        if field.echoMode() == QLineEdit.EchoMode.Password:
            assert field.inputMethodHints() & SENSITIVE_HINTS == SENSITIVE_HINTS
    dialog.reject()
    qtbot.waitUntil(lambda: win.create_flow.dialog is None)


def test_wiping_the_user_config_folder_loses_nothing(qtbot, make_app, isolated_home: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    app = make_app()
    win = window(app)
    win.notes.new_note()
    win.notes.title.setText("still here")
    win.notes.title.textEdited.emit("still here")
    assert win.notes.save()
    create_space(qtbot, app, PHRASE)
    win.close()
    app.stop()
    shutil.rmtree(isolated_home / ".config")
    (isolated_home / ".config").mkdir()
    again = make_app()
    assert again.folder.notes.list()[0].title == "still here"
    unlock(qtbot, again, PHRASE)
