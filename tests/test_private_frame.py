"""The private space's frame, seen as she sees it: the quiet notice, the window's size, the
passphrase dialog, the room indicator and where the keyboard focus is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from app.gui.private import space as space_module
from tests.helpers import create_space, unlock, window

PASSPHRASE = "Lentebloesem Fiets Ajuin Kasteel"
CTRL = Qt.KeyboardModifier.ControlModifier


def go_to(qtbot: Any, space: Any, number: int) -> Any:
    qtbot.keyClick(space.nav, getattr(Qt.Key, f"Key_{number}"), CTRL)
    return space.stack.currentWidget()


def keep_a_draft(qtbot: Any, app: Any) -> None:
    """Type in the checklist and lock: the next unlock brings the text back."""
    win = window(app)
    page = go_to(qtbot, win.session.space, 4)
    page.lists.new_item.setText("half typed")
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)


def test_the_kept_text_notice_speaks_her_language_and_goes_quietly(
    qtbot: Any, make_app: Any, monkeypatch: Any
) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "nl")
    win = window(app)
    keep_a_draft(qtbot, app)
    unlock(qtbot, app, PASSPHRASE)
    space = win.session.space
    assert space.notice.isVisible()
    assert space.notice.text() == "Je tekst is bewaard."
    # A language change says it again in the new language.
    win.session.ctx.set_language("fr")
    assert space.notice.text() == "Votre texte a été gardé."
    win.session.ctx.set_language("nl")
    assert space.notice.text() == "Je tekst is bewaard."
    # It spoke of the page she opened on: another page, and it is gone.
    go_to(qtbot, space, 1)
    assert not space.notice.isVisible() and space.notice.text() == ""
    go_to(qtbot, space, 4)
    assert not space.notice.isVisible()
    # Left alone, it goes by itself after a few seconds.
    monkeypatch.setattr(space_module, "NOTICE_MS", 300)
    keep_a_draft(qtbot, app)
    unlock(qtbot, app, PASSPHRASE)
    space = win.session.space
    assert space.notice.text() == "Je tekst is bewaard."
    qtbot.waitUntil(lambda: not space.notice.isVisible(), timeout=3000)
    assert space.current_key() == "checklist"  # nothing else moved


def test_no_private_page_changes_the_window_size(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "nl")
    win = window(app)
    win.resize(960, 640)
    QApplication.processEvents()
    assert win.size() == QSize(960, 640)
    space = win.session.space
    for lang in ("nl", "fr", "en"):
        win.session.ctx.set_language(lang)
        for spec in space.specs:
            go_to(qtbot, space, spec.number)
            assert space.current_key() == spec.key
            QApplication.processEvents()
            assert win.size() == QSize(960, 640), (lang, spec.key)
            assert space.minimumSizeHint().width() <= space.width(), (lang, spec.key)
        lists = space.page("checklist").lists
        hint = lists.new_section.placeholderText()
        room = lists.new_section.contentsRect().width() - 8  # the field's own inner margins
        assert lists.new_section.fontMetrics().horizontalAdvance(hint) <= room, lang
