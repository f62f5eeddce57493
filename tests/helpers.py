"""Driving the real widgets the way a user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.gui.main import Application

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def window(app: Application):  # type: ignore[no-untyped-def]
    assert app.window is not None
    return app.window


def type_in_search(qtbot, app: Application, text: str) -> None:  # type: ignore[no-untyped-def]
    search = window(app).notes.search
    search.setFocus()
    search.setText("")
    if all(ord(ch) < 0x10000 for ch in text):
        qtbot.keyClicks(search, text)
    else:
        search.insert(text)  # characters outside the BMP arrive as one input, as from an IME


def create_space(  # type: ignore[no-untyped-def]
    qtbot, app: Application, passphrase: str, language: str = "nl", welcome: bool = False
) -> None:
    """Create a space through the real dialog; then skip the welcome screens as she would
    (while they show they keep the keys), unless the test is about them."""
    win = window(app)
    type_in_search(qtbot, app, passphrase)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return, CTRL_SHIFT)
    qtbot.waitUntil(
        lambda: win.create_flow.dialog is not None and win.create_flow.dialog.isVisible()
    )
    dialog = win.create_flow.dialog
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    qtbot.keyClicks(dialog.again, passphrase)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.private_open, timeout=20000)
    if not welcome:
        overlay = win.session.space.findChild(QWidget, "welcome")
        if overlay is not None:
            qtbot.mouseClick(overlay.skip, Qt.MouseButton.LeftButton)
            QApplication.processEvents()


def unlock(qtbot, app: Application, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    win = window(app)
    type_in_search(qtbot, app, passphrase)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: win.private_open, timeout=20000)


def try_unlock_miss(qtbot, app: Application, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    win = window(app)
    type_in_search(qtbot, app, passphrase)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.unlock.pending, timeout=20000)
    QApplication.processEvents()
