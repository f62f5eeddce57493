"""Dates in the diary and its report, in French: four-digit years everywhere."""

from __future__ import annotations

import re
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime

from app.gui.private.report.words import Words
from tests.helpers import create_space, window
from tests.test_diary_page import PASSPHRASE, add_files, new_entry, save

SHORT_YEAR = re.compile(r"\b\d{1,2}/\d{2}/\d{2}(?!\d)")


def test_french_dates_have_four_digit_years(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "fr")
    page = new_entry(qtbot, app)
    page.form.date.setDate(QDate(2026, 3, 9))
    page.form.time.setTime(QTime(21, 5))
    qtbot.keyClicks(page.form.text, "Dans la cuisine.")
    save(qtbot, page)
    page.form.text.setFocus()
    qtbot.keyClicks(page.form.text, " Encore.")
    save(qtbot, page)
    year = str(datetime.now().year)
    assert page.model.index(0, 0).data().startswith("9/03/2026 21:05")
    times = page.times.text()
    assert year in times and not SHORT_YEAR.search(times), times
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    history = page.dialog
    qtbot.waitUntil(history.isVisible)
    text = history.text.toPlainText()
    assert "Version 2" in text and year in text and not SHORT_YEAR.search(text), text
    history.close()
    # a period in the list: both ends with the full year
    page.form.precision.setCurrentIndex(page.form.precision.findData("period"))
    page.form.end.setDate(QDate(2026, 3, 20))
    save(qtbot, page)
    row = page.model.index(0, 0).data()
    assert row.startswith("9/03/2026 – 20/03/2026"), row
    words = Words("fr")
    stamp = datetime(2026, 11, 27, 22, 9, 5).timestamp()
    assert words.day(stamp) == "27/11/2026"
    assert words.moment(stamp) == "27/11/2026 22:09:05"
    assert window(app).session is not None


def test_french_sizes_have_a_decimal_comma(qtbot: Any, make_app: Any, tmp_path: Path) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "fr")
    page = new_entry(qtbot, app)
    qtbot.keyClicks(page.form.text, "Une photo.")
    room = page.room_label.text()
    assert re.search(r"\d,\d Mo|\d,\d MB", room) and not re.search(r"\d\.\d", room), room
    big = tmp_path / "grand.bin"
    big.write_bytes(secrets.token_bytes(2_000_000))
    add_files(qtbot, page, [big])
    message = page.files.message.text()
    assert re.search(r"\d,\d", message) and not re.search(r"\d\.\d", message), message
