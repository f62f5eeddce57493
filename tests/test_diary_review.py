"""Fixes from a user review of the diary, through the real widgets: the form fits its pane,
an opened entry shows its text box, Enter never erases, the history speaks her language,
counts use singular and plural, one word per language for an entry, and small things."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget

from app.gui.private.diary.wrap import WrapCheckBox
from tests.helpers import create_space, window
from tests.test_diary_page import PASSPHRASE, new_entry

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
        label = page.form.form.labelForField(QApplication.focusWidget())
        if isinstance(label, QLabel):
            seen += 1
            left, right = inside(label, viewport)
            assert left >= 0 and right <= viewport.width(), label.text()
    assert seen >= 10
