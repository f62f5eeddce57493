"""The Guidance page through the real widgets: sections, search, links, directory, QR code."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from app.core import guidance
from app.gui import dialogs, links
from tests.helpers import create_space, window

PASSPHRASE = "Lentebloesem Fiets Ajuin Kasteel"
CTRL = Qt.KeyboardModifier.ControlModifier


def skip_welcome(qtbot, space) -> None:  # type: ignore[no-untyped-def]
    overlay = space.findChild(QWidget, "welcome")
    if overlay is not None:
        qtbot.mouseClick(overlay.skip, Qt.MouseButton.LeftButton)


def open_guidance(qtbot, app, lang: str = "en"):  # type: ignore[no-untyped-def]
    win = window(app)
    create_space(qtbot, app, PASSPHRASE, lang)
    space = win.session.space
    skip_welcome(qtbot, space)
    qtbot.keyClick(space.nav, Qt.Key.Key_2, CTRL)
    page = space.built["guidance"]
    qtbot.waitUntil(page.isVisible)
    return win, space, page


def click_link(qtbot, browser, href: str) -> None:  # type: ignore[no-untyped-def]
    """Click, with the mouse, the first anchor in the document whose target is ``href``."""
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + 1)
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                QApplication.processEvents()
                rect = browser.cursorRect(cursor)
                point = QPoint(rect.left() - 2, rect.center().y())
                qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                return
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


@pytest.fixture
def opened(monkeypatch):  # type: ignore[no-untyped-def]
    calls: list[str] = []
    monkeypatch.setattr(links, "open_url", lambda url: calls.append(url) or True)
    return calls


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_page_renders_every_section_in_the_space_language(qtbot, make_app, lang):
    _win, space, page = open_guidance(qtbot, make_app(), lang)
    reader = page.reader
    sections = guidance.sections(lang)
    assert reader.toc.count() == len(sections) >= 13
    assert [reader.toc.item(i).text() for i in range(reader.toc.count())] == [
        s.title for s in sections
    ]
    assert reader.browser.font().pointSizeF() >= 11
    assert reader.browser.openLinks() is False
    # Line length is limited to about 70 characters, whatever the window width.
    space.window().resize(1600, 900)
    QApplication.processEvents()
    assert reader.browser.lineWrapColumnOrWidth() <= reader.browser.max_line_width()
    for row in (4, 0, len(sections) - 1):
        qtbot.mouseClick(
            reader.toc.viewport(),
            Qt.MouseButton.LeftButton,
            pos=reader.toc.visualItemRect(reader.toc.item(row)).center(),
        )
        assert reader.current_key() == sections[row].key
        assert reader.browser.document().toPlainText().startswith(sections[row].title)


def test_search_filters_sections_and_jumps_to_the_word(qtbot, make_app):
    _win, space, page = open_guidance(qtbot, make_app(), "nl")
    reader = page.reader
    qtbot.keyClick(space.nav, Qt.Key.Key_F, CTRL)  # Ctrl+F: the guidance search
    assert reader.search.hasFocus()
    qtbot.keyClicks(reader.search, "huisverbod")
    visible = [
        reader.toc.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(reader.toc.count())
        if not reader.toc.item(r).isHidden()
    ]
    assert "05-police" in visible and "01-acute" not in visible
    assert reader.current_key() in visible
    assert reader.browser.textCursor().selectedText().lower() == "huisverbod"
    assert reader.browser.extraSelections()
    # Enter goes on to further matches, also in the next section that has one.
    seen = {reader.current_key()}
    for _ in range(12):
        qtbot.keyClick(reader.search, Qt.Key.Key_Return)
        assert reader.browser.textCursor().selectedText().lower() == "huisverbod"
        seen.add(reader.current_key())
    assert {"03-leave-or-stay", "05-police"} <= seen
    reader.search.setText("")
    assert all(not reader.toc.item(r).isHidden() for r in range(reader.toc.count()))
    assert reader.browser.extraSelections() == []
    qtbot.keyClicks(reader.search, "xyzzy")
    assert reader.found.text() == "Niets gevonden."


def test_language_switch_retranslates_the_page(qtbot, make_app):
    win, _space, page = open_guidance(qtbot, make_app(), "nl")
    assert page.reader.toc.item(0).text() == guidance.read("nl", "01-acute").title
    assert page.tabs.tabText(0) == "Uitleg"
    page.reader.show_section("05-police")
    win.session.ctx.set_language("fr")
    assert page.reader.toc.item(0).text() == guidance.read("fr", "01-acute").title
    assert page.reader.current_key() == "05-police"
    assert page.tabs.tabText(0) == "Conseils"
    assert page.directory.cards[0].name.text() == "Police (numéro d'urgence)"


def test_tel_link_copies_the_number(qtbot, make_app, opened):
    _win, _space, page = open_guidance(qtbot, make_app(), "en")
    page.reader.show_section("04-help")
    click_link(qtbot, page.reader.browser, "tel:080030030")
    assert QGuiApplication.clipboard().text() == "0800 30 030"
    assert "0800 30 030" in page.status.text()
    assert dialogs.open_dialogs() == []
    assert opened == []


def test_web_link_opens_only_after_the_warning(qtbot, make_app, opened):
    _win, _space, page = open_guidance(qtbot, make_app(), "en")
    page.reader.show_section("04-help")
    dialogs.answer_next(2)  # "Open in the browser..."
    click_link(qtbot, page.reader.browser, "https://www.caw.be")
    qtbot.waitUntil(lambda: any("history" in d.text() for d in dialogs.open_dialogs()))
    warning = next(d for d in dialogs.open_dialogs() if "history" in d.text())
    assert "synced" in warning.text()
    assert warning.defaultButton().text() == "Cancel"
    assert opened == []  # nothing opened while the warning is on screen
    qtbot.mouseClick(warning.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == ["https://www.caw.be"])


def test_web_link_cancelled_at_the_warning_never_opens(qtbot, make_app, opened):
    _win, _space, page = open_guidance(qtbot, make_app(), "en")
    page.reader.show_section("04-help")
    dialogs.answer_next(2)
    dialogs.answer_next(1)  # the warning's Cancel
    click_link(qtbot, page.reader.browser, "https://www.caw.be")
    qtbot.waitUntil(lambda: dialogs.open_dialogs() == [])
    QApplication.processEvents()
    assert opened == []


def test_web_link_is_copied_by_default(qtbot, make_app, opened):
    _win, _space, page = open_guidance(qtbot, make_app(), "en")
    page.reader.show_section("04-help")
    click_link(qtbot, page.reader.browser, "https://www.caw.be")
    qtbot.waitUntil(lambda: len(dialogs.open_dialogs()) == 1)
    choice = dialogs.open_dialogs()[0]
    assert choice.defaultButton().text() == "Copy the link"
    qtbot.keyClick(choice.defaultButton(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "https://www.caw.be")
    assert opened == []


def test_qr_dialog_shows_an_image(qtbot, make_app, opened):
    win, _space, page = open_guidance(qtbot, make_app(), "en")
    page.reader.show_section("04-help")
    dialogs.answer_next(1)  # "Show a QR code"
    click_link(qtbot, page.reader.browser, "https://www.1712.be")
    qtbot.waitUntil(lambda: page.link_actions.qr_dialog is not None)
    qr = page.link_actions.qr_dialog
    qtbot.waitUntil(qr.isVisible)
    pixmap = qr.image.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 100
    assert qr.parentWidget() is page
    assert qr.close_button.isVisible()
    qtbot.mouseClick(qr.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not qr.isVisible())
    # Esc in the dialog is panic: the dialog goes with the page.
    page.link_actions.show_qr("https://www.caw.be")
    dialog = page.link_actions.qr_dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyPress(dialog.close_button, Qt.Key.Key_Escape)  # the release would hit a deleted widget
    qtbot.waitUntil(lambda: not win.private_open)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    assert opened == []


def test_directory_filters_by_region_and_copies_numbers(qtbot, make_app, opened):
    _win, _space, page = open_guidance(qtbot, make_app(), "fr")
    page.show_directory()
    view = page.directory
    qtbot.waitUntil(view.isVisible)

    def shown() -> set[str]:
        return {s.id for s in view.visible_services()}

    assert {"1712", "0800-30-030", "101"} <= shown()
    view.set_region("wallonia")
    assert {"0800-30-030", "107", "101"} <= shown() and "1712" not in shown()
    view.set_region("flanders")
    assert {"1712", "106", "101"} <= shown() and "107" not in shown()
    view.set_region("")
    qtbot.keyClicks(view.search, "conjugales")
    assert shown() == {"0800-30-030"}
    card = next(c for c in view.cards if c.service.id == "0800-30-030")
    assert card.number.font().pointSizeF() > view.search.font().pointSizeF() * 1.5
    assert "2026" in card.source.text() and "ecouteviolencesconjugales.be" in card.source.text()
    qtbot.mouseClick(card.number, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "0800 30 030"
    view.search.setText("")
    qtbot.keyClicks(view.search, "xyzzy")
    assert shown() == set() and view.empty.isVisible()
    view.search.setText("")
    sms = next(c for c in view.cards if c.service.id == "sms-8101")
    assert sms.sms_badge is not None and sms.sms_badge.text() == "SMS"
    qtbot.mouseClick(sms.number, Qt.MouseButton.LeftButton)
    assert "SMS" in page.status.text() or "texte" in page.status.text().lower()
    # The website of a card goes through the same choice, never straight to a browser.
    dialogs.answer_next(3)  # Cancel
    card.website.linkActivated.emit(card.service.website)
    qtbot.waitUntil(lambda: dialogs.open_dialogs() == [])
    assert opened == []


def test_a_search_that_finds_nothing_leaves_no_highlight(qtbot, make_app):
    _win, space, page = open_guidance(qtbot, make_app(), "nl")
    reader = page.reader
    qtbot.keyClick(space.nav, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(reader.search, "vluchtt")  # "vluchttas": found and lit
    assert reader.browser.textCursor().selectedText().lower() == "vluchtt"
    assert reader.browser.extraSelections()
    qtbot.keyClicks(reader.search, "asq")
    assert reader.found.text() == "Niets gevonden."
    assert not reader.browser.textCursor().hasSelection()  # no stale partial match
    assert reader.browser.extraSelections() == []
    # The word people use finds what the texts call otherwise.
    reader.search.setText("")
    qtbot.keyClicks(reader.search, "vluchthuis")
    assert reader.found.text() != "Niets gevonden."
    visible = {
        reader.toc.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(reader.toc.count())
        if not reader.toc.item(r).isHidden()
    }
    assert {"03-leave-or-stay", "04-help"} <= visible
    assert reader.browser.textCursor().selectedText().lower().startswith("opvangcentr")


@pytest.mark.parametrize(
    ("lang", "typed", "expected"),
    [
        ("en", "shelter", {"caw", "1712", "0800-30-030"}),
        ("nl", "vluchthuis", {"caw", "1712", "0800-30-030"}),
        ("fr", "refuge", {"caw", "1712", "0800-30-030"}),
        ("en", "rape", {"zsg", "sos-viol"}),
        ("nl", "verkrachting", {"zsg", "sos-viol"}),
        ("en", "domestic violence", {"0800-30-030", "horenzienenpraten"}),
        ("en", "abducted", {"116-000"}),  # what the service is for
        ("fr", "passeport", {"docstop"}),
    ],
)
def test_the_directory_finds_what_she_would_type(qtbot, make_app, lang, typed, expected):
    _win, _space, page = open_guidance(qtbot, make_app(), lang)
    page.show_directory()
    view = page.directory
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClicks(view.search, typed)
    assert {s.id for s in view.visible_services()} == expected
    assert not view.empty.isVisible()
    # Shelters have no entries of their own: a line says who helps to find one.
    assert view.need_note.isVisible() == (expected == {"caw", "1712", "0800-30-030"})


def test_nothing_found_says_only_what_applies(qtbot, make_app):
    _win, _space, page = open_guidance(qtbot, make_app(), "nl")
    page.show_directory()
    view = page.directory
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClicks(view.search, "xyzzy")
    assert view.empty.isVisible()
    assert view.empty.text() == (  # all regions already
        "Geen dienst gevonden voor deze woorden. Probeer een ander woord, of maak het zoekvak "
        "leeg om alle diensten te zien."
    )
    view.set_region("wallonia")
    assert view.empty.text() == (
        "Hier geen dienst gevonden voor deze woorden. Probeer een ander woord, of kies "
        "Alle regio's."
    )
