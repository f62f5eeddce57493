"""Earlier versions only when there are some; kinds in the form's order everywhere."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.helpers import create_space
from tests.test_diary_page import PASSPHRASE, diary_of, new_entry, open_diary, save


def test_history_waits_for_a_second_version_and_kinds_keep_the_form_order(
    qtbot: Any, make_app: Any
) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = new_entry(qtbot, app)
    qtbot.keyClicks(page.form.text, "He shouted.")
    save(qtbot, page)
    assert not page.history_button.isEnabled()  # only version 1: nothing earlier to show
    stored_order = ["sexual", "threats"]
    # a version stored with its kinds in another order (as an older copy of the app did)
    diary = diary_of(app)
    fields = dict(diary.entry(page.entry_id).fields, kinds=stored_order)
    diary.save(page.entry_id, fields)
    assert diary.entry(page.entry_id).fields["kinds"] == stored_order
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    page = open_diary(qtbot, app)
    page.model.reload()
    line = page.model.data(page.model.index(0))
    assert line.index("Threats") < line.index("Forced sex"), line
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert page.history_button.isEnabled()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    text = page.dialog.text.toPlainText()
    assert text.index("Threats") < text.index("Forced sex"), text
