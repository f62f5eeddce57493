"""Fixes from a user review of the diary, through the real widgets: the form fits its pane,
an opened entry shows its text box, Enter never erases, the history speaks her language,
counts use singular and plural, one word per language for an entry, and small things."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from app.core.attachments import prepare
from app.gui import dialogs
from app.gui.private.diary.list_model import kind_name
from app.gui.private.diary.wrap import WrapCheckBox
from tests.helpers import create_space, window
from tests.test_diary_page import PASSPHRASE, add_files, diary_of, new_entry, open_diary
from tests.test_diary_support import small_png

LANGUAGES = ("nl", "fr", "en")


def open_more(qtbot: Any, page: Any) -> None:
    """Tab from the big box to "Add more" and open it with Space, as she would."""
    qtbot.keyClick(page.form.text, Qt.Key.Key_Tab)
    assert page.form.more.hasFocus()
    qtbot.keyClick(page.form.more, Qt.Key.Key_Space)
    qtbot.waitUntil(page.form.details.isVisible)
    QApplication.processEvents()


def inside(widget: QWidget, viewport: QWidget) -> tuple[int, int]:
    left = widget.mapTo(viewport, QPoint(0, 0)).x()
    return left, left + widget.width()


@pytest.mark.parametrize("language", LANGUAGES)
def test_add_more_fits_the_pane_and_never_scrolls_sideways(
    qtbot: Any, make_app: Any, language: str
) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, language)
    assert window(app).size() == QSize(960, 640)  # the default window
    page = new_entry(qtbot, app)
    open_more(qtbot, page)
    scroll = page.form_scroll
    viewport = scroll.viewport()
    bar = scroll.horizontalScrollBar()
    assert not bar.isVisible() and bar.maximum() == 0
    assert scroll.widget().width() <= viewport.width()
    # the kinds: one column, a short name that fits, the examples wrapped under it
    for code, check in page.form.kinds.items():
        assert check.sizeHint().width() <= viewport.width(), check.text()
        assert check.sizeHint().width() <= check.width(), check.text()
        hint = page.form.kind_hints[code]
        assert hint.wordWrap() and hint.heightForWidth(hint.width()) <= hint.height()
    lefts = {inside(check, viewport)[0] for check in page.form.kinds.values()}
    assert len(lefts) == 1, "the kinds are in one column"
    # every label and check box of the form is in the pane and shows its whole text
    for widget in scroll.widget().findChildren(QWidget):
        if not widget.isVisibleTo(scroll.widget()):
            continue
        left, right = inside(widget, viewport)
        assert left >= 0 and right <= viewport.width(), widget.objectName() or type(widget)
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                assert widget.heightForWidth(widget.width()) <= widget.height(), widget.text()
            else:
                assert widget.sizeHint().width() <= widget.width(), widget.text()
        if isinstance(widget, WrapCheckBox):
            assert widget.heightForWidth(widget.width()) <= widget.height(), widget.text()
        elif isinstance(widget, QCheckBox):
            assert widget.sizeHint().width() <= widget.width(), widget.text()
    # Tab through every field: the view only ever moves up and down, each label stays in view
    seen = 0
    for _ in range(60):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        assert bar.value() == 0
        focused = QApplication.focusWidget()
        label = next((lb for lb in page.form.labels.values() if lb.buddy() is focused), None)
        if isinstance(label, QLabel):
            seen += 1
            left, right = inside(label, viewport)
            assert left >= 0 and right <= viewport.width(), label.text()
    assert seen >= 10


def in_view(scroll: Any, widget: QWidget) -> bool:
    top = widget.mapTo(scroll.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + min(widget.height(), 40) <= scroll.viewport().height()


def test_an_opened_entry_shows_its_text_box(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    diary = diary_of(app)
    first = diary.save(None, {"text": "The first time", "pv_number": "BR.1", "place": "home"})
    second = diary.save(None, {"text": "The second time", "doctor": "Dr Peeters"})
    page = open_diary(qtbot, app)
    page.apply_filter()
    scroll = page.form_scroll
    bar = scroll.verticalScrollBar()

    def open_row(entry_id: int) -> None:
        page.list.setFocus()
        page.list.setCurrentIndex(page.model.index(page.model.row_of(entry_id)))
        qtbot.keyClick(page.list, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.form_view)
        QApplication.processEvents()

    def scroll_down_and_go_back() -> None:
        page.form.lines["doctor"].setFocus()  # far down the form
        bar.setValue(bar.maximum())
        QApplication.processEvents()
        assert bar.value() > 0 and not in_view(scroll, page.form.text)
        qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
        assert page.stack.currentWidget() is page.list_view

    open_row(first)
    scroll_down_and_go_back()
    open_row(second)
    assert page.form.text.hasFocus() and bar.value() == 0 and in_view(scroll, page.form.text)
    qtbot.keyClicks(page.form.text, " seen")
    assert page.form.text.toPlainText() == "The second time seen"
    assert in_view(scroll, page.form.text)
    page.form.text.document().setModified(False)
    page.dirty = False
    # a new entry (Ctrl+N) starts at the top too
    scroll_down_and_go_back()
    page = new_entry(qtbot, app)
    QApplication.processEvents()
    assert bar.value() == 0 and in_view(scroll, page.form.text)
    # "Let me change the date" opens "Add more" and brings the date into view
    qtbot.keyClicks(page.form.text, "Next week")
    page.form.date.setDate(QDate.currentDate().addDays(7))
    dialogs.answer_next(1)
    qtbot.keyClick(page.form.text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.form.date.hasFocus() and in_view(scroll, page.form.date))


def press_enter(qtbot: Any, dialog: QWidget) -> None:
    """Enter where the keyboard is in that window (the window itself if nothing has focus)."""
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_enter_enter_erases_nothing(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    diary = diary_of(app)
    entry_id = diary.save(None, {"text": "First words"})
    diary.save(entry_id, {"text": "First words, and more"})
    page = open_diary(qtbot, app)
    page.apply_filter()
    page.open_entry(entry_id)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    history = page.dialog
    qtbot.waitUntil(history.isVisible)
    assert history.purge.isEnabled()
    assert not history.purge.isDefault() and not history.purge.hasFocus()
    assert history.close_button.isDefault()
    # Enter, Enter: the history closes, nothing is asked, nothing is erased
    press_enter(qtbot, history)
    for box in dialogs.open_dialogs():
        press_enter(qtbot, box)
    assert not shiboken6.isValid(history) or not history.isVisible()
    assert all(rev.fields is not None for rev in diary.revisions(entry_id))
    # asked on purpose, the question defaults to Cancel: Enter there erases nothing either
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    history = page.dialog
    qtbot.waitUntil(history.isVisible)
    qtbot.mouseClick(history.purge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.open_dialogs()))
    [question] = dialogs.open_dialogs()
    assert question.defaultButton().text() == "Cancel"
    press_enter(qtbot, question)  # Cancel
    assert not dialogs.open_dialogs() and history.isVisible()
    press_enter(qtbot, history)  # Close
    assert not shiboken6.isValid(history) or not history.isVisible()
    assert all(rev.fields is not None for rev in diary.revisions(entry_id))
    # deleting the entry asks the same way
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.open_dialogs()))
    [question] = dialogs.open_dialogs()
    assert question.defaultButton().text() == "Cancel"
    press_enter(qtbot, question)
    assert diary.count() == 1


def test_history_speaks_dutch_in_the_forms_order(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "nl")
    diary = diary_of(app)
    fields = {
        "text": "Hij gooide de stoel om.",
        "place": "keuken",
        "kinds": ["damage", "physical"],
        "danger": ["weapon"],
        "when_start": "2026-11-27T21:30",
        "when_precision": "time",
        "children_present": "yes",
        "pv_number": "BR.12.34",
    }
    entry_id = diary.save(None, fields)
    diary.save(entry_id, {**fields, "text": "Hij gooide de stoel naar mij."})
    page = open_diary(qtbot, app)
    page.apply_filter()
    page.open_entry(entry_id)
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    history = page.dialog
    qtbot.waitUntil(history.isVisible)
    text = history.text.toPlainText()
    for raw in ("damage", "physical", "weapon", "time", "2026-11-27", "T21:30", "yes"):
        assert raw not in text, raw
    for code in ("text", "kinds", "danger", "when_start", "when_precision", "children_present"):
        assert code not in text, code
    day = "27/11/2026"  # as written in Belgium (nl_BE), not the Netherlands (27-11-2026)
    assert day + " 21:30" in text
    assert "Duwen, slaan; Dingen kapotmaken" in text  # the form's order, not the stored one
    assert "Een wapen, of iets dat als wapen gebruikt werd" in text
    assert "Kinderen erbij\nJa" in text
    # each version: what happened first, then the rest in the form's order
    version = text.split("Versie 1")[1]
    order = [
        "Wat er gebeurd is",
        "Soort geweld",
        "Tekens van groot gevaar",
        "Wanneer",
        "Waar",
        "Kinderen erbij",
        "PV-nummer",
    ]
    places = [version.index(label) for label in order]
    assert places == sorted(places)
    assert version.split("\n")[1] == "Wat er gebeurd is"
    history.close()


COUNTS = {
    "en": (
        "No entries yet",
        "1 entry",
        "2 entries",
        "1 entry found",
        "1 file",
        "1 of 1 entry chosen",
    ),
    "nl": (
        "Nog geen gebeurtenissen",
        "1 gebeurtenis",
        "2 gebeurtenissen",
        "1 gebeurtenis gevonden",
        "1 bestand",
        "1 van 1 gebeurtenis gekozen",
    ),
    "fr": (
        "Aucune entrée pour l'instant",
        "1 entrée",
        "2 entrées",
        "1 entrée trouvée",
        "1 fichier",
        "Choix : 1 sur 1 entrée",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_counts_say_one_and_many(qtbot: Any, make_app: Any, tmp_path: Path, language: str) -> None:
    none, one, many, found, a_file, chosen = COUNTS[language]
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, language)
    page = open_diary(qtbot, app)
    page.apply_filter()
    assert page.count_label.text() == none
    diary = diary_of(app)
    picture = tmp_path / "a.png"
    picture.write_bytes(small_png(2))
    photo = diary.add_attachment(prepare(picture))
    diary.save(None, {"text": "een"}, [photo.id])
    page.apply_filter()
    assert page.count_label.text() == one
    line = page.model.data(page.model.index(0))
    assert " · " + a_file + "\n" in line
    # the report's review counts the same way
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    review = page.report_button.dialog
    qtbot.waitUntil(lambda: review is not None and review.isVisible())
    assert review.count_label.text() == chosen
    review.reject()
    diary.save(None, {"text": "twee"})
    page.apply_filter()
    assert page.count_label.text() == many
    qtbot.keyClicks(page.search, "twee")
    qtbot.waitUntil(lambda: page.count_label.text() == found)
    if language == "en":
        page.check_integrity()
        text = page.dialog.text.toPlainText()
        assert "Nothing was found altered. Checked against their fingerprints: " in text
        assert "2 versions, 1 file." in text
        page.dialog.close()


NAMES = {
    # new entry button, the report button, the review's count: an entry is never a "note"
    # (the cover app) nor a "report" (the PDF)
    "nl": ("Nieuwe gebeurtenis (Ctrl+N)", "Een verslag maken…", "2 van 2 gebeurtenissen gekozen"),
    "fr": ("Nouvelle entrée (Ctrl+N)", "Faire un rapport…", "Choix : 2 sur 2 entrées"),
}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_one_word_for_an_entry(qtbot: Any, make_app: Any, language: str) -> None:
    new, report, chosen = NAMES[language]
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, language)
    diary = diary_of(app)
    diary.save(None, {"text": "een"})
    diary.save(None, {"text": "twee"})
    page = open_diary(qtbot, app)
    page.apply_filter()
    assert page.new_button.text() == new
    assert page.report_button.text() == report
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    review = page.report_button.dialog
    qtbot.waitUntil(lambda: review is not None and review.isVisible())
    assert review.count_label.text() == chosen
    review.reject()
    page.new_entry()
    assert page.times.text().startswith(new.split(" (")[0])


WRONG_WORDS = {
    "nl": re.compile(r"notitie|verslag", re.IGNORECASE),
    "fr": re.compile(r"\bnotes?\b|(?<!par )rapport", re.IGNORECASE),  # not "par rapport à"
}


@pytest.mark.parametrize("language", ["nl", "fr"])
@pytest.mark.parametrize("catalogue", ["private_diary", "private_report"])
def test_catalogues_keep_report_for_the_pdf_only(catalogue: str, language: str) -> None:
    """ "verslag"/"rapport" only where the English says report; never the notes app's word."""
    ts = Path(__file__).resolve().parents[1] / "resources" / "i18n" / f"{catalogue}_{language}.ts"
    checked = 0
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        for found in WRONG_WORDS[language].findall(translation):
            checked += 1
            assert found.lower().startswith(("verslag", "rapport")), translation
            assert "report" in source.lower(), translation
    assert checked or catalogue == "private_diary"


def words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 3}


@pytest.mark.parametrize("language", LANGUAGES)
def test_kinds_read_as_kinds_and_file_buttons_need_a_file(
    qtbot: Any, make_app: Any, tmp_path: Path, language: str
) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, language)
    diary_of(app).save(None, {"text": "x", "kinds": ["damage", "physical"]})
    page = open_diary(qtbot, app)
    page.apply_filter()
    # two kinds in the list: a kind's own comma no longer reads as a third kind
    damage, physical = kind_name("damage"), kind_name("physical")
    assert "," in physical
    assert " · " + physical + "; " + damage + "\n" in page.model.data(page.model.index(0))
    # the examples under each kind add to its name, never repeat it
    page = new_entry(qtbot, app)
    for code, check in page.form.kinds.items():
        hint = page.form.kind_hints[code].text()
        assert hint and check.text() not in hint
        assert not words(check.text()) & words(hint), (check.text(), hint)
    # View, Save a copy and Remove wait for a file to be chosen
    buttons = (page.files.view, page.files.export, page.files.remove)
    assert not any(b.isEnabled() for b in buttons)
    picture = tmp_path / "bruise.png"
    picture.write_bytes(small_png(3))
    add_files(qtbot, page, [picture])
    assert page.files.list.currentRow() == 0 and all(b.isEnabled() for b in buttons)
    page.files.list.setCurrentRow(-1)
    assert not any(b.isEnabled() for b in buttons)
    page.files.list.setCurrentRow(0)
    qtbot.mouseClick(page.files.remove, Qt.MouseButton.LeftButton)
    assert page.files.list.count() == 0 and not any(b.isEnabled() for b in buttons)
