"""The diary form's labels above their fields use the form's width before they wrap."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.helpers import create_space, window
from tests.test_diary_page import PASSPHRASE, new_entry


def test_french_labels_stay_on_one_line_when_they_fit(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    win = window(app)
    win.resize(960, 640)
    create_space(qtbot, app, PASSPHRASE, "fr")
    page = new_entry(qtbot, app)
    qtbot.mouseClick(page.form.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.form.details.isVisible)
    QApplication.processEvents()
    checked = 0
    for key in ("words", "effect", "witnesses", "injuries", "place"):
        label = page.form.labels[key]
        metrics = label.fontMetrics()
        assert label.width() > 300, (key, label.width())
        if metrics.horizontalAdvance(label.text()) < label.width():
            assert label.height() < 2 * metrics.lineSpacing(), (key, label.text(), label.height())
            checked += 1
    assert checked >= 3
