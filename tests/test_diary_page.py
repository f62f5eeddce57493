"""The diary page through its real widgets: keyboard, saving, revisions, files, drafts, leaks."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication

from app.core.diary import Diary
from app.gui import dialogs, files
from tests.helpers import create_space, unlock, window
from tests.test_diary_support import photo_bytes, small_png

PASSPHRASE = "Lentebloesem Fiets Ajuin Kasteel"
CTRL = Qt.KeyboardModifier.ControlModifier


def open_diary(qtbot: Any, app: Any) -> Any:
    space = window(app).session.space
    space.nav.setFocus()
    qtbot.keyClick(space.nav, Qt.Key.Key_3, CTRL)
    page = space.built["diary"]
    qtbot.waitUntil(lambda: space.stack.currentWidget() is page)
    return page


def new_entry(qtbot: Any, app: Any) -> Any:
    """Ctrl+N from somewhere else in the private space."""
    space = window(app).session.space
    space.nav.setFocus()
    qtbot.keyClick(space.nav, Qt.Key.Key_N, CTRL)
    page = space.built["diary"]
    qtbot.waitUntil(lambda: page.form.text.hasFocus())
    return page


def diary_of(app: Any) -> Diary:
    vault = window(app).session.vault
    return Diary(vault.db, vault.room_left)


def save(qtbot: Any, page: Any) -> None:
    """Ctrl+S in the main box (after a closed dialog, offscreen Qt does not give focus back)."""
    page.window().activateWindow()
    page.form.text.setFocus()
    qtbot.waitUntil(page.form.text.hasFocus)
    qtbot.keyClick(page.form.text, Qt.Key.Key_S, CTRL)


def lock_unlock(qtbot: Any, app: Any) -> Any:
    win = window(app)
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)
    unlock(qtbot, app, PASSPHRASE)
    return win.session.space


def test_write_save_edit_and_history_by_keyboard(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = new_entry(qtbot, app)
    assert page.form.text.placeholderText().startswith("Write what happened")
    assert page.form.precision.currentData() == "time"
    assert page.form.date.date() == QDate.currentDate()
    assert not page.form.details.isVisible()
    qtbot.keyClicks(page.form.text, "He threw my phone against the wall.")
    # Tab leaves the big box for "Add more"; Space opens it; Tab goes on into the details
    qtbot.keyClick(page.form.text, Qt.Key.Key_Tab)
    assert page.form.more.hasFocus()
    qtbot.keyClick(page.form.more, Qt.Key.Key_Space)
    assert page.form.details.isVisible()
    page.form.kinds["damage"].setFocus()
    qtbot.keyClick(page.form.kinds["damage"], Qt.Key.Key_Space)
    page.form.danger["neck"].setFocus()
    qtbot.keyClick(page.form.danger["neck"], Qt.Key.Key_Space)
    assert page.form.danger_note.isVisible()
    assert "doctor" in page.form.danger_note.text()
    page.form.lines["pv_number"].setFocus()
    qtbot.keyClicks(page.form.lines["pv_number"], "BR.12.34.567890/24")
    qtbot.keyClick(page.form.lines["pv_number"], Qt.Key.Key_S, CTRL)
    assert page.status.text().startswith("Saved")
    diary = diary_of(app)
    [row] = diary.rows()
    entry = diary.entry(row.id)
    assert entry.fields["text"] == "He threw my phone against the wall."
    assert entry.fields["kinds"] == ["damage"] and entry.fields["danger"] == ["neck"]
    assert entry.fields["pv_number"] == "BR.12.34.567890/24"
    assert entry.fields["when_precision"] == "time"
    # a second save of the same entry is a new version; the first stays
    page.form.text.setFocus()
    qtbot.keyClicks(page.form.text, " It broke.")
    save(qtbot, page)
    assert diary.entry(row.id).revisions == 2
    assert "version 2" in page.times.text()
    qtbot.mouseClick(page.history_button, Qt.MouseButton.LeftButton)
    history = page.dialog
    qtbot.waitUntil(history.isVisible)
    text = history.text.toPlainText()
    assert "Version 2" in text and "Version 1" in text and "It broke." in text
    qtbot.mouseClick(
        history.findChild(type(page.save_button), "diaryHistoryClose"), Qt.MouseButton.LeftButton
    )
    # back to the list: the row shows the date, the kind and the start of the text
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list_view
    line = page.model.data(page.model.index(0))
    assert "Damage to things" in line and "He threw my phone" in line
    # Enter on a row opens it again
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.form_view
    assert page.form.text.toPlainText().endswith("It broke.")


def test_search_filter_and_ctrl_f(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    diary = diary_of(app)
    diary.save(None, {"text": "Shouting about money", "kinds": ["control"]})
    diary.save(None, {"text": "Pushed me on the stairs", "kinds": ["physical"]})
    page = open_diary(qtbot, app)
    page.apply_filter()
    assert page.model.rowCount() == 2
    qtbot.keyClick(page.list, Qt.Key.Key_F, CTRL)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "stair")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "Pushed me" in page.model.data(page.model.index(0))
    page.search.setText("")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("control"))
    assert page.model.rowCount() == 1 and "money" in page.model.data(page.model.index(0))
    assert page.count_label.text() == "1 entry found"


def test_future_date_asks_gently_and_empty_form_is_not_saved(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = new_entry(qtbot, app)
    save(qtbot, page)
    assert "Nothing to save" in page.status.text()
    qtbot.keyClicks(page.form.text, "Planned for next week")
    page.form.date.setDate(QDate.currentDate().addDays(7))
    dialogs.answer_next(1)  # "Let me change the date"
    save(qtbot, page)
    qtbot.waitUntil(lambda: page.form.details.isVisible() and page.form.date.hasFocus())
    assert diary_of(app).count() == 0
    assert page.form.text.toPlainText() == "Planned for next week"
    dialogs.answer_next(0)  # "Yes, save it"
    qtbot.keyClick(page.form.date, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: diary_of(app).count() == 1)


def add_files(qtbot: Any, page: Any, paths: list[Path]) -> None:
    before = page.files.handled
    files.answer_next([str(p) for p in paths])
    qtbot.mouseClick(page.files.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.files.handled == before + len(paths), timeout=20000)


def test_files_good_and_bad_keep_the_text(qtbot: Any, make_app: Any, tmp_path: Path) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = new_entry(qtbot, app)
    qtbot.keyClicks(page.form.text, "Bruises on my arm")
    outside = tmp_path / "outside"
    outside.mkdir()
    fake = outside / "bruise.jpg"
    fake.write_bytes(b"not a picture")
    add_files(qtbot, page, [fake])
    assert "not one this app can read" in page.files.message.text()
    empty = outside / "empty.png"
    empty.write_bytes(b"")
    add_files(qtbot, page, [empty])
    assert "empty" in page.files.message.text()
    folder = outside / "folder.jpg"
    folder.mkdir()
    add_files(qtbot, page, [folder])
    assert "could not be read" in page.files.message.text()
    big = outside / "scan.pdf"
    big.write_bytes(b"%PDF" + bytes(600_000))
    add_files(qtbot, page, [big])
    assert "there is room for" in page.files.message.text()
    assert page.files.list.count() == 0
    assert page.form.text.toPlainText() == "Bruises on my arm"
    photo = outside / "arm.jpg"
    photo.write_bytes(photo_bytes(1, size=(320, 240), gps=True))
    screenshot = outside / "message.png"
    screenshot.write_bytes(small_png(2))
    add_files(qtbot, page, [photo, screenshot])
    assert page.files.list.count() == 2
    assert "location data" in page.files.message.text() or page.files.items[0].had_location
    save(qtbot, page)
    diary = diary_of(app)
    [row] = diary.rows()
    entry = diary.entry(row.id)
    assert [a.name for a in entry.attachments] == ["arm.jpg", "message.png"]
    assert entry.attachments[0].original_date == "2024-03-05T21:14:00"
    # the viewer shows a picture; an audio file says what is not possible
    page.files.list.setCurrentRow(0)
    qtbot.mouseClick(page.files.view, Qt.MouseButton.LeftButton)
    viewer = page.files.viewer
    qtbot.waitUntil(viewer.isVisible)
    assert not viewer.image.pixmap().isNull()
    viewer.reject()
    memo = outside / "memo.m4a"
    memo.write_bytes(b"\0\0\0\x20ftypM4A " + b"a" * 300)
    add_files(qtbot, page, [memo])
    page.files.list.setCurrentRow(2)
    qtbot.mouseClick(page.files.view, Qt.MouseButton.LeftButton)
    assert "cannot be opened inside the app" in page.files.message.text()
    # a follow-up file and a removed one make new versions
    save(qtbot, page)
    page.files.list.setCurrentRow(1)
    qtbot.mouseClick(page.files.remove, Qt.MouseButton.LeftButton)
    save(qtbot, page)
    assert [a.name for a in diary.entry(row.id).attachments] == ["arm.jpg", "memo.m4a"]
    assert [len(r.attachments) for r in diary.revisions(row.id)] == [2, 3, 2]
    # save a copy (not encrypted) to a path she picks
    target = outside / "copy.jpg"
    files.answer_next([str(target)])
    page.files.list.setCurrentRow(0)
    qtbot.mouseClick(page.files.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    assert target.read_bytes() == diary.attachment_data(entry.attachments[0].id)


def test_drop_files_on_the_text_box(qtbot: Any, make_app: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = new_entry(qtbot, app)
    shot = tmp_path / "shot.png"
    shot.write_bytes(small_png(5))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(shot))])
    page.form.text.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: page.files.list.count() == 1, timeout=10000)
    assert page.form.text.toPlainText() == ""  # the path was not pasted as text


def test_draft_autosave_and_restore_after_lock(qtbot: Any, make_app: Any, tmp_path: Path) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = new_entry(qtbot, app)
    qtbot.keyClicks(page.form.text, "Half written")
    page.form.lines["place"].setText("kitchen")
    shot = tmp_path / "shot.png"
    shot.write_bytes(small_png(3))
    add_files(qtbot, page, [shot])
    page.save_draft()  # what the timer does every few seconds
    stored = window(app).session.vault.drafts()["diary"]
    assert stored["fields"]["text"] == "Half written" and len(stored["attachments"]) == 1
    space = lock_unlock(qtbot, app)
    assert space.current_key() == "diary"
    page = space.built["diary"]
    assert page.stack.currentWidget() is page.form_view
    assert page.form.text.toPlainText() == "Half written"
    assert page.form.lines["place"].text() == "kitchen"
    assert page.files.list.count() == 1
    save(qtbot, page)
    diary = diary_of(app)
    assert diary.count() == 1
    assert len(diary.entry(diary.rows()[0].id).attachments) == 1
    # nothing unsaved any more: the next unlock opens Home
    space = lock_unlock(qtbot, app)
    assert space.current_key() == "home"


def test_integrity_check_in_the_page(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    diary = diary_of(app)
    good = diary.save(None, {"text": "first"})
    bad = diary.save(None, {"text": "second"})
    page = open_diary(qtbot, app)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    report = page.dialog
    qtbot.waitUntil(report.isVisible)
    assert "Nothing was found altered" in report.text.toPlainText()
    assert diary.fingerprint() in report.text.toPlainText()
    assert "clock" in report.text.toPlainText()
    report.reject()
    with diary.db.write() as c:
        c.execute(
            "UPDATE diary_revisions SET body = replace(body, 'second', 'secund')"
            " WHERE entry_id = ?",
            (bad,),
        )
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    text = page.dialog.text.toPlainText()
    assert f"#{bad}" in text and f"#{good}" not in text
    page.dialog.reject()


def test_delete_entry_from_the_form(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    diary = diary_of(app)
    entry_id = diary.save(None, {"text": "to be deleted"})
    page = open_diary(qtbot, app)
    page.open_entry(entry_id)
    dialogs.answer_next(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: diary.count() == 0)
    assert page.stack.currentWidget() is page.list_view
    assert diary.verify().ok


def test_canaries_stay_inside_the_vault(qtbot: Any, make_app: Any, tmp_path: Path) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = new_entry(qtbot, app)
    canaries = {}
    form = page.form
    form.show_more(True)
    for name, widget in [("text", form.text), *form.lines.items(), *form.boxes.items()]:
        canary = name[:2] + secrets.token_hex(8)
        canaries[name] = canary
        widget.setFocus()
        qtbot.keyClicks(widget, canary)
    file_canary = "fc" + secrets.token_hex(8)
    source = tmp_path / "note.txt"
    source.write_text("evidence " + file_canary)
    page.files.delete_original.setChecked(True)
    add_files(qtbot, page, [source])
    assert not source.exists()
    save(qtbot, page)
    draft_canary = "dc" + secrets.token_hex(8)
    form.text.setFocus()
    qtbot.keyClicks(form.text, " " + draft_canary)  # unsaved: kept as an encrypted draft
    win = window(app)
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)
    QApplication.processEvents()
    unlock(qtbot, app, PASSPHRASE)
    page = win.session.space.built["diary"]
    assert draft_canary in page.form.text.toPlainText()  # the canaries really were stored
    assert canaries["place"] == page.form.lines["place"].text()
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)
    app.stop()
    found = []
    every = [*canaries.values(), file_canary, draft_canary]
    for path in tmp_path.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for canary in every:
            for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
                if encoded in data:
                    found.append((path.relative_to(tmp_path), canary))
    assert found == []


def test_dates_follow_the_space_language_not_the_computer(qtbot: Any, make_app: Any) -> None:
    # The computer says American English; the space is English, then Dutch: day before month,
    # a 24-hour clock, in the list, the form's date fields and the filters alike.
    QLocale.setDefault(QLocale("en_US"))
    try:
        app = make_app()
        create_space(qtbot, app, PASSPHRASE, "en")
        page = new_entry(qtbot, app)
        page.form.date.setDate(QDate(2026, 3, 9))
        page.form.time.setTime(QTime(21, 5))
        qtbot.keyClicks(page.form.text, "It happened in the kitchen.")
        save(qtbot, page)
        assert "09/03/2026" in page.form.date.text()
        assert "21:05" in page.form.time.text()
        recorded = page.times.text()
        assert "AM" not in recorded and "PM" not in recorded
        assert page.model.index(0, 0).data().startswith("09/03/2026 21:05")
        window(app).session.set_language("nl")
        assert page.form.date.text() == "9/03/2026"
        assert page.model.index(0, 0).data().startswith("9/03/2026 21:05")
        assert page.times.text().startswith("Geschreven 2")  # a day first, no AM or PM
        assert page.locale().name() == "nl_BE"
        assert page.from_date.locale().name() == "nl_BE"
    finally:
        QLocale.setDefault(QLocale.c())
