"""Panic and automatic locking: from anywhere in the private space, leaving nothing behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.gui import dialogs, files
from app.gui.private import registry
from app.gui.private.registry import PageSpec, PrivatePage
from tests.helpers import create_space, unlock, window
from tests.test_private import private_widgets

PHRASE = "Lentebloesem fiets ajuin kasteel"
SHIFT = Qt.Key.Key_Shift


class ScratchPage(PrivatePage):
    """A page made only for these tests, plugged in through the real registry and draft hook."""

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("scratchEditor")
        QVBoxLayout(self).addWidget(self.editor)

    def draft(self) -> dict[str, Any] | None:
        text = self.editor.toPlainText()
        return {"text": text} if text else None

    def restore_draft(self, payload: dict[str, Any]) -> None:
        self.editor.setPlainText(payload["text"])

    def clear(self) -> None:
        self.editor.setPlainText("")
        self.editor.document().clearUndoRedoStacks()


@pytest.fixture
def scratch_page() -> Iterator[None]:
    registry.register(PageSpec("scratch", 9, lambda: "Scratch", ScratchPage))
    yield
    registry._PAGES.pop("scratch", None)


@pytest.fixture
def opened(qtbot, make_app):  # type: ignore[no-untyped-def]
    app = make_app()
    create_space(qtbot, app, PHRASE)
    # Skip the welcome, as she would: while it shows it keeps the keys for itself.
    overlay = window(app).session.space.findChild(QWidget, "welcome")
    if overlay is not None:
        overlay.skip.click()
    return app


def assert_locked(app) -> None:  # type: ignore[no-untyped-def]
    win = window(app)
    assert not win.private_open
    assert win.stack.currentWidget() is win.notes
    QApplication.processEvents()
    assert private_widgets() == []


def vault_file_state(app) -> tuple[int, bytes]:  # type: ignore[no-untyped-def]
    path = window(app).session.vault.path
    return path.stat().st_mtime_ns, path.read_bytes()


def press(qtbot, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    # Only the press: the panic may remove the widget before a release could reach it, and
    # QTest then reports the receiver as gone (a pop-up's list view is destroyed at once).
    try:
        qtbot.keyPress(widget, key, modifier)
    except RuntimeError as exc:
        assert "already deleted" in str(exc)


def focus(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_esc_panics_from_the_page(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    space = window(opened).session.space
    focus(qtbot, space.nav)
    press(qtbot, space.nav, Qt.Key.Key_Escape)
    assert_locked(opened)


def test_quick_exit_button(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window(opened).session.space.quick_exit, Qt.MouseButton.LeftButton)
    assert_locked(opened)


def test_esc_panics_from_every_kind_of_dialog(qtbot, opened, capfd) -> None:  # type: ignore[no-untyped-def]
    win = window(opened)
    openers = {
        "passphrase dialog": lambda s: s.page("settings").ask_change(),
        "message box": lambda s: s.page("settings").ask_delete(),
        "file picker": lambda s: files.choose_save_path(
            s, "t", "x.pdf", "PDF (*.pdf)", lambda p: None
        ),
        "combo pop-up": lambda s: (
            s.show_page("settings"),
            s.page("settings").language.showPopup(),
        ),
    }
    for name, open_it in openers.items():
        if not win.private_open:
            unlock(qtbot, opened, PHRASE)
        space = win.session.space
        space.show_page("settings")
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        open_it(space)
        if name == "combo pop-up":
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
        else:
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None, timeout=3000)
        if name == "combo pop-up":
            target = space.page("settings").language.view()
            assert target.isVisible()
        else:
            target = QApplication.activeModalWidget()
            target = target.focusWidget() or target
        vault_file_state(opened)
        path = win.session.vault.path
        press(qtbot, target, Qt.Key.Key_Escape)
        assert not win.private_open, name
        assert_locked(opened)
        assert not dialogs.open_dialogs() and not files.open_pickers()
        after_lock = (path.stat().st_mtime_ns, path.read_bytes())
        qtbot.wait(200)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert (path.stat().st_mtime_ns, path.read_bytes()) == after_lock  # no write after lock
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err


def test_a_late_answer_after_panic_does_nothing(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    win = window(opened)
    space = win.session.space
    settings = space.page("settings")
    settings.ask_delete()
    qtbot.waitUntil(lambda: bool(dialogs.open_dialogs()))
    box = dialogs.open_dialogs()[0]
    buttons = [b for b in box.findChildren(QPushButton)]
    vault_path = win.session.vault.path
    before = vault_path.read_bytes()
    win.lock()
    # Whatever callback might still fire belongs to an old generation.
    settings_answer = settings._delete_answer
    settings_answer(0)
    assert vault_path.read_bytes() == before
    assert buttons  # the box had buttons; it is gone now
    assert not dialogs.open_dialogs()


def test_shift_three_times_panics_but_typing_never_does(qtbot, opened, scratch_page) -> None:  # type: ignore[no-untyped-def]
    win = window(opened)
    win.lock()
    unlock(qtbot, opened, PHRASE)
    space = win.session.space
    space.show_page("scratch")
    editor = space.page("scratch").editor
    focus(qtbot, editor)
    # Capitals, names and AZERTY digits: Shift with another key in between never counts.
    for _ in range(4):
        qtbot.keyPress(editor, SHIFT)
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyRelease(editor, SHIFT)
    assert win.private_open
    # Auto-repeat of a held Shift is not a tap.
    for _ in range(3):
        QApplication.sendEvent(
            editor,
            QKeyEvent(QEvent.Type.KeyPress, SHIFT, Qt.KeyboardModifier.ShiftModifier, "", True),
        )
    assert win.private_open
    qtbot.keyRelease(editor, SHIFT)
    for _ in range(3):
        qtbot.keyClick(editor, SHIFT)
    assert_locked(opened)


def test_panic_keeps_the_draft_and_restores_it_quietly(qtbot, opened, scratch_page) -> None:  # type: ignore[no-untyped-def]
    win = window(opened)
    win.lock()
    unlock(qtbot, opened, PHRASE)
    space = win.session.space
    space.show_page("scratch")
    editor = space.page("scratch").editor
    focus(qtbot, editor)
    qtbot.keyClicks(editor, "half a sentence")
    press(qtbot, editor, Qt.Key.Key_Escape)
    assert_locked(opened)
    unlock(qtbot, opened, PHRASE)
    space = win.session.space
    assert space.current_key() == "scratch"
    assert space.page("scratch").editor.toPlainText() == "half a sentence"
    assert space.notice.isVisible() or space.notice.text()
    assert not dialogs.open_dialogs()
    space.page("scratch").editor.setPlainText("")
    win.lock()
    unlock(qtbot, opened, PHRASE)
    assert win.session.space.current_key() == "home"  # nothing typed any more: no draft


def test_esc_can_be_turned_off(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    win = window(opened)
    space = win.session.space
    space.show_page("settings")
    space.page("settings").esc.setChecked(False)
    focus(qtbot, space.nav)
    press(qtbot, space.nav, Qt.Key.Key_Escape)
    assert win.private_open
    for _ in range(3):
        qtbot.keyClick(space.nav, SHIFT)
    assert_locked(opened)


def test_idle_lock(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    guard = opened.guard
    win = window(opened)
    win.lock()
    guard.idle_ms_override = 1500
    unlock(qtbot, opened, PHRASE)
    space = win.session.space
    for _ in range(4):  # activity keeps it open
        qtbot.wait(500)
        qtbot.mouseMove(space.nav)
        qtbot.keyClick(space.nav, Qt.Key.Key_Down)
    assert win.private_open
    qtbot.waitUntil(lambda: not win.private_open, timeout=4000)
    assert_locked(opened)


def test_minimise_locks_and_focus_loss_only_when_chosen(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    win = window(opened)
    app = QApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert win.private_open  # off by default
    win.session.space.page("settings").focus_loss.setChecked(True)
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert_locked(opened)
    win.showNormal()
    unlock(qtbot, opened, PHRASE)
    win.setWindowState(Qt.WindowState.WindowMinimized)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not win.private_open, timeout=3000)
    win.setWindowState(Qt.WindowState.WindowNoState)


def test_screen_lock_signal_locks(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    window(opened)
    opened.guard.screen_lock.onActiveChanged(True)
    assert_locked(opened)


def test_clipboard_is_cleared_on_lock_and_after_a_while(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    win = window(opened)
    space = win.session.space
    card_button = next(
        b for b in space.findChildren(QPushButton) if b.objectName() == "number-1712"
    )
    qtbot.mouseClick(card_button, Qt.MouseButton.LeftButton)
    board = QGuiApplication.clipboard()
    mime = board.mimeData(QClipboard.Mode.Clipboard)
    assert board.text() == "1712"
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    win.lock()
    assert board.text() == ""
    # After 30 s (shortened here) the clipboard is cleared if it still holds our text ...
    unlock(qtbot, opened, PHRASE)
    win.clipboard._timer.setInterval(300)
    win.clipboard.copy("0800 30 030")
    qtbot.waitUntil(lambda: board.text() == "", timeout=3000)
    # ... but never text that someone else put there later.
    win.clipboard.copy("106")
    # Offscreen every clipboard change is in-process; on X11 ownsClipboard() tells another
    # program's copy from ours. Stand in for that other program:
    win.clipboard.watching = False
    board.setText("not ours")
    win.lock()
    assert board.text() == "not ours"
    board.clear()


def test_core_dumps_are_off_in_the_app_process(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "from app.gui import hardening; import resource, ctypes;"
        "hardening.disable_core_dumps();"
        "print(resource.getrlimit(resource.RLIMIT_CORE), ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        check=True,
    ).stdout
    assert out.strip() == "(0, 0) 0"


def test_private_dialogs_carry_the_notes_title(qtbot, opened) -> None:  # type: ignore[no-untyped-def]
    win = window(opened)
    settings = win.session.space.page("settings")
    settings.ask_delete()
    qtbot.waitUntil(lambda: bool(dialogs.open_dialogs()))
    assert dialogs.open_dialogs()[0].windowTitle() == win.windowTitle()
    settings.ask_change()
    qtbot.waitUntil(lambda: settings.dialog is not None and settings.dialog.isVisible())
    assert settings.dialog.windowTitle() == win.windowTitle()
    win.lock()
