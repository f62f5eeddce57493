"""The welcome screens: at the first unlock of a new space only, skippable, inside the space."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.helpers import create_space, unlock, window

PASSPHRASE = "Lentebloesem Fiets Ajuin Kasteel"
CTRL = Qt.KeyboardModifier.ControlModifier


def welcome(win) -> QWidget | None:  # type: ignore[no-untyped-def]
    if win.session is None or win.session.space is None:
        return None
    return win.session.space.findChild(QWidget, "welcome")


def lock(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(win.session.space.quick_exit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not win.private_open)


def test_three_screens_with_enter_then_never_again(qtbot, make_app):
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PASSPHRASE, "en", welcome=True)
    overlay = welcome(win)
    assert overlay is not None and overlay.isVisible()
    # A widget inside the private space, over its pages: no window of its own.
    assert not overlay.isWindow()
    assert overlay.parentWidget() is win.session.space.stack
    assert win.session.space.quick_exit.isVisible()
    qtbot.waitUntil(overlay.next.hasFocus)
    headings = [overlay.heading.text()]
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        headings.append(overlay.heading.text())
    assert headings == ["How to get back in", "Leave quickly", "How safe is this computer?"]
    assert overlay.next.text() == "Start"
    assert win.session.vault.setting("welcome") == "pending"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: welcome(win) is None)
    assert win.session.vault.setting("welcome") == "done"
    lock(qtbot, win)
    unlock(qtbot, app, PASSPHRASE)
    QApplication.processEvents()
    assert welcome(win) is None


def test_skip_ends_it_at_once(qtbot, make_app):
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PASSPHRASE, "nl", welcome=True)
    overlay = welcome(win)
    assert overlay is not None
    assert overlay.heading.text() == "Hoe kom je hier terug?"
    assert "Hoofdletters tellen niet mee" in overlay.body.text()
    qtbot.mouseClick(overlay.skip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: welcome(win) is None)
    assert win.session.vault.setting("welcome") == "done"
    # The keyboard goes on working in the space: focus is back inside it, Ctrl+L locks.
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    assert focus is not None and win.session.space.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: not win.private_open)
    unlock(qtbot, app, PASSPHRASE)
    QApplication.processEvents()
    assert welcome(win) is None


def test_lock_destroys_it_and_an_unread_welcome_comes_back(qtbot, make_app):
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PASSPHRASE, "fr", welcome=True)
    overlay = welcome(win)
    assert overlay is not None
    assert overlay.skip.text() == "Passer"
    lock(qtbot, win)
    qtbot.waitUntil(lambda: not shiboken6.isValid(overlay))
    unlock(qtbot, app, PASSPHRASE)
    again = welcome(win)
    assert again is not None and again.isVisible()


def test_it_stays_over_the_pages_while_she_moves_around(qtbot, make_app):
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PASSPHRASE, "en", welcome=True)
    space = win.session.space
    overlay = welcome(win)
    qtbot.keyClick(space.nav, Qt.Key.Key_2, CTRL)
    assert overlay.isVisible()
    assert overlay.geometry() == space.stack.rect()
    stack_children = [c for c in space.stack.children() if isinstance(c, QWidget)]
    assert stack_children[-1] is overlay  # on top


def test_nothing_behind_the_welcome_takes_the_keys(qtbot, make_app):
    # Ctrl+N or a page shortcut while the welcome still covers the pages must not put the
    # focus in a form she cannot see: what she types would land out of sight.
    app = make_app()
    win = window(app)
    create_space(qtbot, app, PASSPHRASE, "en", welcome=True)
    overlay = welcome(win)
    assert overlay is not None
    qtbot.waitUntil(overlay.next.hasFocus)
    space = win.session.space
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, CTRL)
    QApplication.processEvents()
    assert space.current_key() == "diary"
    assert overlay.isVisible() and overlay.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClicks(QApplication.focusWidget(), "out of sight")
    assert "out of sight" not in space.built["diary"].form.text.toPlainText()
    for _ in range(6):  # Tab never leaves the welcome for a widget behind it
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert not (space.stack.isAncestorOf(focus) and not overlay.isAncestorOf(focus))
    overlay.skip.click()
    qtbot.waitUntil(lambda: welcome(win) is None)
