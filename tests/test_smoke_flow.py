from PySide6.QtCore import Qt

from tests.helpers import create_space, unlock, window


def test_create_lock_unlock(qtbot, make_app):
    app = make_app()
    win = window(app)
    create_space(qtbot, app, "Lentebloesem Fiets Ajuin Kasteel")
    assert win.stack.currentWidget() is win.session.space
    assert win.notes.search.text() == ""
    qtbot.keyClick(win.session.space.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not win.private_open)
    assert win.stack.currentWidget() is win.notes
    unlock(qtbot, app, "lentebloesem fiets ajuin kasteel")
    assert win.private_open
