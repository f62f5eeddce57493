"""The private space's frame, seen as she sees it: the quiet notice, the window's size, the
passphrase dialog, the room indicator and where the keyboard focus is."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton

from app.core.passphrase import word_list
from app.gui.private import space as space_module
from tests.helpers import CTRL_SHIFT, create_space, type_in_search, unlock, window
from tests.test_checklist_page import dark_palette, near, row_colour

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


def assert_fits(dialog: Any) -> None:
    """Every button shows its whole text and neither field is squashed."""
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width(), button.text()
    for field in (dialog.first, dialog.again):
        assert field.height() >= field.sizeHint().height()


def test_the_passphrase_dialog_grows_with_its_texts(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    win = window(app)
    type_in_search(qtbot, app, PASSPHRASE)
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Return, CTRL_SHIFT)
    qtbot.waitUntil(lambda: win.create_flow.dialog is not None)
    dialog = win.create_flow.dialog
    qtbot.waitUntil(dialog.isVisible)
    field_name = {"nl": "Typ hem nog een keer", "fr": "Tapez-la encore une fois"}
    for lang in ("nl", "fr", "en"):
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        QApplication.processEvents()
        assert_fits(dialog)
        qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert_fits(dialog)
        words = dialog.first.text()
        assert set(words.split()) <= set(word_list(lang))
        # The field to type it in is named (it sits above the suggestion, not below).
        said = dialog.suggestion.text()
        assert words in said and field_name.get(lang, "Type it again") in said
        assert "below" not in said and "ci-dessous" not in said and "hieronder" not in said
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.suggestion.text().startswith("Voorstel: ")  # said again in her language
    dialog.reject()


def test_backup_and_change_dialogs_keep_their_fields_after_a_suggestion(
    qtbot: Any, make_app: Any
) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    win = window(app)
    win.session.ctx.set_language("nl")
    settings = go_to(qtbot, win.session.space, 5)
    backup = settings.extra[0]
    qtbot.mouseClick(backup.make, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backup.dialog is not None and backup.dialog.isVisible())
    dialog = backup.dialog
    assert_fits(dialog)
    qtbot.mouseClick(dialog.suggest_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert_fits(dialog)
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: backup.dialog is None)
    # The change dialog suggests words in the space's language, not always in Dutch.
    win.session.ctx.set_language("fr")
    qtbot.mouseClick(settings.change, Qt.MouseButton.LeftButton)
    change = settings.dialog
    qtbot.waitUntil(change.isVisible)
    qtbot.mouseClick(change.suggest_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert_fits(change)
    assert set(change.first.text().split()) <= set(word_list("fr"))
    qtbot.mouseClick(change.cancel, Qt.MouseButton.LeftButton)


def test_the_room_bar_and_its_line_agree_in_her_language(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "nl")
    win = window(app)
    settings = go_to(qtbot, win.session.space, 5)
    for lang, separator in (("nl", ","), ("fr", ","), ("en", ".")):
        win.session.ctx.set_language(lang)
        settings.refresh_capacity()
        said = settings.fill_label.text()
        match = re.search(r"(\d+)\s?%", said)
        assert match is not None, said
        assert settings.fill.value() == int(match.group(1))
        assert settings.fill.maximum() == 100
        assert not settings.fill.isTextVisible()  # no second, differently rounded number
        sizes = re.findall(r"(\d+)([.,])(\d)\s?M[Bo]", said)
        assert len(sizes) == 2 and {s[1] for s in sizes} == {separator}, said


def test_the_sidebar_shows_when_it_has_the_focus(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    win = window(app)
    win.lock()
    unlock(qtbot, app, PASSPHRASE)  # past the welcome screens
    space = win.session.space
    for palette in (None, dark_palette()):
        if palette is not None:
            space.setPalette(palette)
        highlight = space.nav.palette().color(QPalette.ColorRole.Highlight)
        space.nav.setFocus()
        qtbot.waitUntil(space.nav.hasFocus)
        assert near(row_colour(space.nav), highlight)
        page = go_to(qtbot, space, 4)
        page.lists.items.setFocus()
        qtbot.waitUntil(page.lists.items.hasFocus)
        assert not near(row_colour(space.nav), highlight)  # the keys go elsewhere now
        assert near(row_colour(page.lists.items), highlight)
