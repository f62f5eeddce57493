"""The private space by keyboard alone: Enter on buttons, visible focus, links, counts."""

from __future__ import annotations

import itertools
import warnings
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget

from app.gui import dialogs
from tests.helpers import create_space, window

PHRASE = "Lentebloesem fiets ajuin kasteel"
CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier


def open_space(qtbot: Any, make_app: Any, language: str = "fr", welcome: bool = False) -> Any:
    app = make_app()
    create_space(qtbot, app, PHRASE, language, welcome=welcome)
    win = window(app)
    win.activateWindow()
    return app, win.session.space


def focus(qtbot: Any, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def show(qtbot: Any, space: Any, key: str) -> Any:
    space.show_page(key)
    page = space.built[key]
    qtbot.waitUntil(lambda: space.stack.currentWidget() is page)
    return page


def test_return_on_quick_exit_locks(qtbot: Any, make_app: Any) -> None:
    app, space = open_space(qtbot, make_app)
    focus(qtbot, space.quick_exit)
    qtbot.keyClick(space.quick_exit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window(app).private_open)


def test_keypad_enter_on_quick_exit_locks(qtbot: Any, make_app: Any) -> None:
    app, space = open_space(qtbot, make_app)
    focus(qtbot, space.quick_exit)
    qtbot.keyClick(space.quick_exit, Qt.Key.Key_Enter, KEYPAD)
    qtbot.waitUntil(lambda: not window(app).private_open)


def test_enter_on_a_home_number_copies_it(qtbot: Any, make_app: Any) -> None:
    app, space = open_space(qtbot, make_app)
    home = show(qtbot, space, "home")
    card = home.cards[0]
    QGuiApplication.clipboard().clear()
    focus(qtbot, card.number)
    qtbot.keyClick(card.number, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == card.service.number
    assert card.copied.text()
    assert window(app).private_open


def test_enter_on_checklist_buttons_acts(qtbot: Any, make_app: Any) -> None:
    _app, space = open_space(qtbot, make_app, "en")
    page = show(qtbot, space, "checklist")
    page.tabs.setCurrentWidget(page.contacts)
    contacts = page.contacts
    qtbot.keyClicks(contacts.name, "Sam")
    focus(qtbot, contacts.save_button)
    qtbot.keyClick(contacts.save_button, Qt.Key.Key_Return)
    assert contacts.list.count() == 1
    card = contacts.cards[0]
    QGuiApplication.clipboard().clear()
    focus(qtbot, card.copy_button)
    qtbot.keyClick(card.copy_button, Qt.Key.Key_Enter, KEYPAD)
    assert QGuiApplication.clipboard().text() == (card.service.number or card.service.website)


def test_enter_works_on_every_page_button(qtbot: Any, make_app: Any) -> None:
    """Every push button shown on every page takes Enter as it takes Space (their own actions
    are disconnected first: pressing them for real would lock, export or delete)."""
    _app, space = open_space(qtbot, make_app)
    seen = 0
    for spec in space.specs:
        page = show(qtbot, space, spec.key)
        buttons = [
            b
            for b in page.findChildren(QPushButton)
            if b.isVisible() and b.isEnabled() and b.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        for button in buttons:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                button.clicked.disconnect()
            clicked: list[bool] = []
            button.clicked.connect(lambda _=False, c=clicked: c.append(True))
            focus(qtbot, button)
            qtbot.keyClick(button, Qt.Key.Key_Return)
            assert clicked, f"{spec.key}: {button.objectName() or button.text()}"
            seen += 1
    assert seen >= 8


def visible_number_buttons(root: QWidget) -> list[QPushButton]:
    return [
        b
        for b in root.findChildren(QPushButton)
        if b.objectName().startswith("number-") and b.isVisible()
    ]


def assert_focus_shows(qtbot: Any, first: QPushButton, second: QPushButton) -> None:
    focus(qtbot, second)
    unfocused = first.grab().toImage()
    focus(qtbot, first)
    focused = first.grab().toImage()
    assert focused.size() == unfocused.size()
    assert focused != unfocused, "the focused number looks the same as without focus"


def test_home_numbers_show_focus_and_tab_goes_number_to_number(qtbot: Any, make_app: Any) -> None:
    _app, space = open_space(qtbot, make_app)
    home = show(qtbot, space, "home")
    numbers = [card.number for card in home.cards]
    assert len(numbers) >= 3
    assert_focus_shows(qtbot, numbers[0], numbers[1])
    # From the Quick exit button the next stop is the first number, not the page's scroll area.
    focus(qtbot, space.quick_exit)
    qtbot.keyClick(space.quick_exit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is numbers[0]
    for here, there in itertools.pairwise(numbers):
        focus(qtbot, here)
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is there


def test_directory_numbers_show_focus_and_tab_goes_number_to_number(
    qtbot: Any, make_app: Any
) -> None:
    _app, space = open_space(qtbot, make_app)
    page = show(qtbot, space, "guidance")
    page.show_directory()
    numbers = visible_number_buttons(page.directory)
    assert len(numbers) >= 3
    assert_focus_shows(qtbot, numbers[0], numbers[1])
    focus(qtbot, page.directory.region)
    qtbot.keyClick(page.directory.region, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is numbers[0]


def tab_stops(qtbot: Any, start: QWidget, count: int) -> list[QWidget]:
    focus(qtbot, start)
    stops: list[QWidget] = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    return stops


def test_directory_websites_are_reached_and_opened_by_keys(qtbot: Any, make_app: Any) -> None:
    _app, space = open_space(qtbot, make_app)
    page = show(qtbot, space, "guidance")
    page.show_directory()
    directory = page.directory
    stops = tab_stops(qtbot, directory.search, 12)
    websites = [w for w in stops if w.objectName() == "serviceWebsite"]
    assert websites, [w.objectName() for w in stops]
    first = websites[0]
    assert first.url
    card = first.parentWidget()
    # The number's next stop is its website.
    assert stops[stops.index(card.number) + 1] is first
    # Enter offers the same choices as a click; Copy (the default) copies the address.
    qtbot.keyClick(first, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(dialogs.open_dialogs()) == 1)
    choice = dialogs.open_dialogs()[0]
    assert first.url in choice.informativeText()
    qtbot.keyClick(choice.defaultButton(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == first.url)
    # Space does the same; Cancel leaves everything as it was.
    focus(qtbot, first)
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(dialogs.open_dialogs()) == 1)
    dialogs.open_dialogs()[0].reject()
    qtbot.waitUntil(lambda: dialogs.open_dialogs() == [])


def test_checklist_count_agrees_with_the_number(qtbot: Any, make_app: Any) -> None:
    _app, space = open_space(qtbot, make_app, "fr")
    lists = show(qtbot, space, "checklist").lists
    focus(qtbot, lists.new_section)
    qtbot.keyClicks(lists.new_section, "Pour le chat")
    qtbot.keyClick(lists.new_section, Qt.Key.Key_Return)
    assert lists.progress_label.text() == "Cette liste est encore vide"
    for text in ("Cage", "Croquettes", "Carnet"):
        focus(qtbot, lists.new_item)
        qtbot.keyClicks(lists.new_item, text)
        qtbot.keyClick(lists.new_item, Qt.Key.Key_Return)
        if text == "Cage":
            assert lists.progress_label.text() == "0 sur 1 coché"
    assert lists.progress_label.text() == "0 sur 3 coché"
    seen = []
    for row in range(2):
        focus(qtbot, lists.items)
        lists.items.setCurrentRow(row)
        qtbot.keyClick(lists.items, Qt.Key.Key_Space)
        seen.append(lists.progress_label.text())
    assert seen == ["1 sur 3 coché", "2 sur 3 cochés"]


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_emergency_contacts_fit_a_small_window(qtbot: Any, make_app: Any, language: str) -> None:
    _app, space = open_space(qtbot, make_app, language)
    win = space.window()
    win.resize(960, 640)
    page = show(qtbot, space, "checklist")
    page.tabs.setCurrentWidget(page.contacts)
    qtbot.waitUntil(lambda: win.size() == QSize(960, 640))
    QApplication.processEvents()
    contacts = page.contacts
    (scroll,) = contacts.numbers_box.findChildren(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    viewport = scroll.viewport().width()
    for card in contacts.cards:
        assert card.geometry().right() < viewport, card.service.id
    for edit in (contacts.name, contacts.number, contacts.note):
        text = edit.placeholderText()
        room = edit.contentsRect().width() - 12  # the frame's and the text margins
        assert edit.fontMetrics().horizontalAdvance(text) <= room, text


KEY_NAMES = {"fr": ("Échap", "Maj"), "nl": ("Esc", "Shift")}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_quick_exit_keys_have_one_name_per_language(
    qtbot: Any, make_app: Any, language: str
) -> None:
    """The welcome screen and Home name the same keys, as the keyboard prints them."""
    _app, space = open_space(qtbot, make_app, language, welcome=True)
    overlay = space.findChild(QWidget, "welcome")
    qtbot.waitUntil(overlay.next.hasFocus)
    qtbot.keyClick(overlay.next, Qt.Key.Key_Return)  # the screen on leaving quickly
    escape, shift = KEY_NAMES[language]
    home = space.built["home"]
    for text in (overlay.body.text(), home.gestures.text()):
        assert escape in text and shift in text, text
        if language == "fr":
            assert "Esc" not in text and "Shift" not in text, text


def test_french_calls_the_checklist_by_its_sidebar_name(qtbot: Any, make_app: Any) -> None:
    _app, space = open_space(qtbot, make_app, "fr")
    row = [s.key for s in space.specs].index("checklist")
    name = space.nav.item(row).text()
    assert name == "Check-list"
    diary = show(qtbot, space, "diary")
    focus(qtbot, diary.report_button)
    qtbot.keyClick(diary.report_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: diary.report_button.dialog is not None)
    review = diary.report_button.dialog
    assert name in review.reminder.text()
    assert "liste de contrôle" not in review.reminder.text().lower()
    review.reject()
    guidance = show(qtbot, space, "guidance")
    guidance.show_guidance("02-prevent")
    shown = guidance.reader.browser.toPlainText()
    assert name in shown and "liste de contrôle" not in shown.lower()


LEGAL = {"caw", "slachtofferonthaal"}
PLACE = {"caw", "1712", "0800-30-030"}


@pytest.mark.parametrize(
    ("language", "typed", "expected", "note"),
    [
        ("fr", "avocat", LEGAL, "avocat"),
        ("nl", "advocaat", LEGAL, "Advocaten"),
        ("en", "lawyer", LEGAL, "Lawyers"),
        ("fr", "logement", PLACE, "endroit sûr"),
        ("nl", "huisvesting", PLACE, "veilige plek"),
        ("en", "housing", PLACE, "safe place"),
        ("fr", "hébergement", PLACE, "endroit sûr"),
        ("nl", "opvang", PLACE, "veilige plek"),
    ],
)
def test_directory_finds_legal_help_and_a_place_to_live(
    qtbot: Any, make_app: Any, language: str, typed: str, expected: set[str], note: str
) -> None:
    _app, space = open_space(qtbot, make_app, language)
    page = show(qtbot, space, "guidance")
    page.show_directory()
    view = page.directory
    focus(qtbot, view.search)
    if typed.isascii():
        qtbot.keyClicks(view.search, typed)
    else:
        view.search.insert(typed)  # QTest types ASCII only; accented letters come as input
    assert {s.id for s in view.visible_services()} == expected
    assert not view.empty.isVisible()
    assert view.need_note.isVisible() and note in view.need_note.text()


def test_directory_says_kindly_when_nothing_matches(qtbot: Any, make_app: Any) -> None:
    _app, space = open_space(qtbot, make_app, "fr")
    page = show(qtbot, space, "guidance")
    page.show_directory()
    view = page.directory
    view.set_region("wallonia")  # no legal service of its own in the list
    focus(qtbot, view.search)
    qtbot.keyClicks(view.search, "avocat")
    assert view.visible_services() == []
    assert view.empty.isVisible()
    assert "Toutes les régions" in view.empty.text()
    view.set_region("")
    assert {s.id for s in view.visible_services()} == LEGAL
