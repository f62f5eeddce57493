"""The notes face, driven through its widgets as a suspicious person would use it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.gui import dialogs
from tests.helpers import window

CTRL = Qt.KeyboardModifier.ControlModifier


def titles(win) -> list[str]:  # type: ignore[no-untyped-def]
    model = win.notes.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def new_note(qtbot, win, title: str, body: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(win.notes.list, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(win.notes.title, title)
    win.notes.body.setFocus()
    qtbot.keyClicks(win.notes.body, body)
    qtbot.waitUntil(lambda: win.notes.saved_label.text() != "", timeout=3000)


def test_title_and_plain_look(make_app) -> None:  # type: ignore[no-untyped-def]
    win = window(make_app())
    assert win.windowTitle() == "Notes"
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Help"]


def test_create_edit_rename_search_and_sort(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    win = window(make_app())
    new_note(qtbot, win, "Groceries", "milk and bread")
    new_note(qtbot, win, "Holiday", "book the train")
    assert titles(win) == ["Holiday", "Groceries"]  # newest change first
    win.notes.list.setCurrentIndex(win.notes.model.index(1, 0))
    assert win.notes.title.text() == "Groceries"
    win.notes.body.setFocus()
    qtbot.keyClicks(win.notes.body, " and eggs")
    qtbot.waitUntil(lambda: titles(win)[0] == "Groceries", timeout=3000)
    # rename with F2
    win.notes.list.setFocus()
    qtbot.keyClick(win.notes.list, Qt.Key.Key_F2)
    assert win.notes.title.hasFocus()
    qtbot.keyClicks(win.notes.title, "Shopping")
    qtbot.waitUntil(lambda: "Shopping" in titles(win), timeout=3000)
    # search as you type, titles and bodies
    qtbot.keyClick(win.notes.body, Qt.Key.Key_F, CTRL)
    assert win.notes.search.hasFocus()
    qtbot.keyClicks(win.notes.search, "TRAIN")
    assert titles(win) == ["Holiday"]
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Escape)
    assert win.notes.search.text() == ""
    assert len(titles(win)) == 2


def test_delete_with_undo(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    win = window(make_app())
    new_note(qtbot, win, "One", "first")
    new_note(qtbot, win, "Two", "second")
    win.notes.list.setFocus()
    qtbot.keyClick(win.notes.list, Qt.Key.Key_Delete)
    assert titles(win) == ["One"]
    assert win._undo_button.isVisible()
    qtbot.mouseClick(win._undo_button, Qt.MouseButton.LeftButton)
    assert sorted(titles(win)) == ["One", "Two"]


def test_undo_delete_by_keyboard(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    win = window(make_app())
    new_note(qtbot, win, "One", "first")
    new_note(qtbot, win, "Two", "second")
    edit_menu = win.menuBar().actions()[1].menu()
    undo_keys = QKeySequence(QKeySequence.StandardKey.Undo)
    undo = next(a for a in edit_menu.actions() if a.shortcut() == undo_keys)
    assert undo.text() == "&Undo delete"
    assert not undo.isEnabled()  # nothing deleted yet
    # Ctrl+Z right where the note was deleted brings it back.
    win.notes.list.setFocus()
    qtbot.keyClick(win.notes.list, Qt.Key.Key_Delete)
    assert titles(win) == ["One"] and undo.isEnabled()
    qtbot.keyClick(win.notes.list, Qt.Key.Key_Z, CTRL)
    assert sorted(titles(win)) == ["One", "Two"]
    assert not undo.isEnabled() and not win._undo_button.isVisible()
    # Tab from the list reaches the Undo button (the note text keeps Tab for itself).
    win.notes.list.setFocus()
    qtbot.keyClick(win.notes.list, Qt.Key.Key_Delete)
    qtbot.keyClick(win.notes.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win._undo_button
    qtbot.keyClick(win._undo_button, Qt.Key.Key_Space)
    assert sorted(titles(win)) == ["One", "Two"]
    assert QApplication.focusWidget() is win.notes.list  # focus not lost with the button
    # In the note text, Ctrl+Z undoes her typing first, then the delete.
    qtbot.keyClick(win.notes.list, Qt.Key.Key_Delete)
    shown = win.notes.body.toPlainText()
    win.notes.body.setFocus()
    qtbot.keyClicks(win.notes.body, "xyz")
    qtbot.keyClick(win.notes.body, Qt.Key.Key_Z, CTRL)
    assert win.notes.body.toPlainText() == shown  # the typing, not the delete
    assert len(titles(win)) == 1
    qtbot.keyClick(win.notes.body, Qt.Key.Key_Z, CTRL)
    assert sorted(titles(win)) == ["One", "Two"]


def test_notes_survive_a_restart(qtbot, make_app, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    new_note(qtbot, win, "Kept", "across restarts")
    win.notes.body.setFocus()
    qtbot.keyClicks(win.notes.body, " unsaved tail")
    win.close()  # quit saves what the autosave timer had not yet written
    app.stop()
    again = make_app()
    assert titles(window(again)) == ["Kept"]
    window(again).notes.list.setCurrentIndex(window(again).notes.model.index(0, 0))
    assert window(again).notes.body.toPlainText() == "across restarts unsaved tail"


def test_quit_shortcut_and_about_box(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    win = window(make_app())
    win.about_action.trigger()
    qtbot.waitUntil(lambda: len(dialogs.open_dialogs()) == 1)
    box = dialogs.open_dialogs()[0]
    assert "Notes" in box.text()
    box.buttons()[0].click()
    qtbot.waitUntil(lambda: not dialogs.open_dialogs())
    qtbot.keyClick(win.notes.body, Qt.Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not win.isVisible())


def test_big_paste_emoji_rtl_and_long_title(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    qtbot.keyClick(win.notes.list, Qt.Key.Key_N, CTRL)
    title = "ع" * 1000 + "🙂" * 1000
    win.notes.title.setText(title)
    win.notes.title.textEdited.emit(title)
    big = ("שלום עולם 🙂 émoji ünïcode\n" * 400_000)[:10_000_000]
    QApplication.clipboard().setText(big)
    win.notes.body.setFocus()
    win.notes.body.paste()
    assert win.notes.save()
    note = app.folder.notes.get(win.notes.current_id)
    assert note is not None and note.title == title and len(note.body) == len(big)
    shown = titles(win)[0]
    assert len(shown) <= 80
    QApplication.clipboard().clear()


def test_full_disk_keeps_the_text_and_says_so(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    new_note(qtbot, win, "Small", "text")
    # Simulate a full disk with SQLite's own page limit on the notes connection.
    conn = app.folder.notes_db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    messages: list[str] = []
    win.notes.status.connect(messages.append)
    win.notes.body.setFocus()
    win.notes.body.setPlainText("x" * 200_000)
    assert not win.notes.save()
    assert messages and "full" in messages[-1]
    assert win.notes.body.toPlainText() == "x" * 200_000
    conn.execute("PRAGMA max_page_count = 1000000")
    assert win.notes.save()


def test_window_size_is_remembered(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    window(app).resize(700, 500)
    window(app).close()
    app.stop()
    again = window(make_app())
    assert (again.width(), again.height()) == (700, 500)


def test_a_folder_where_no_lock_can_be_made_still_opens(qtbot, make_app, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from app.core.keys import TEST_KDF
    from app.core.storage import DataFolder

    folder = DataFolder(data_dir, kdf=TEST_KDF, slot_size=64 * 4096)
    folder.open()
    folder.notes.create("kept", "text")
    folder.close()
    (data_dir / "notes.lock").mkdir()  # no lock file can be created here
    app = make_app()
    assert titles(window(app)) == ["kept"]


def test_enter_in_the_title_goes_on_to_the_text(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    win = window(make_app())
    qtbot.keyClick(win.notes.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    win.notes.title.setFocus()
    qtbot.keyClicks(win.notes.title, "Groceries")
    qtbot.keyClick(win.notes.title, Qt.Key.Key_Return)
    assert win.notes.body.hasFocus()
    qtbot.keyClicks(win.notes.body, "milk")
    assert win.notes.title.text() == "Groceries" and win.notes.body.toPlainText() == "milk"


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_every_file_menu_item_has_its_own_access_key(language: str) -> None:
    from app.gui.i18n import load_translator

    translator = load_translator("notes", language)

    def text(context: str, source: str) -> str:
        return (translator.translate(context, source) if translator else "") or source

    items = [
        text("MainWindow", "&New note"),
        text("MainWindow", "&Rename note"),
        text("NotesPage", "&Delete note"),
        text("MainWindow", "&Quit"),
    ]
    keys = []
    for item in items:
        assert item.count("&") == 1, item
        keys.append(item[item.index("&") + 1].lower())
    assert len(set(keys)) == len(keys), items


def test_the_about_box_is_not_a_narrow_column(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    win = window(make_app())
    win.about_action.trigger()
    box = dialogs.open_dialogs()[-1]
    qtbot.waitUntil(box.isVisible)
    assert box.width() >= 300
    box.reject()


def test_edit_menu_cuts_copies_pastes_and_selects_in_the_focused_field(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import create_space

    app = make_app()
    win = window(app)
    new_note(qtbot, win, "Recipe", "flour sugar")
    cut, copy, paste, select_all = win.text_actions
    win.notes.body.setFocus()
    select_all.trigger()
    assert win.notes.body.textCursor().selectedText() == "flour sugar"
    copy.trigger()
    assert QApplication.clipboard().text() == "flour sugar"
    win.notes.title.setFocus()
    win.notes.title.end(False)
    paste.trigger()
    assert win.notes.title.text() == "Recipeflour sugar"
    win.notes.title.selectAll()
    cut.trigger()
    assert win.notes.title.text() == "" and QApplication.clipboard().text() == "Recipeflour sugar"
    QApplication.clipboard().clear()
    # While the private space shows, none of the notes' menu actions is live.
    create_space(qtbot, app, "lentebloesem fiets ajuin kasteel")
    assert not any(a.isEnabled() for a in win.text_actions)
    win.lock()
    assert all(a.isEnabled() for a in win.text_actions)


def test_a_search_that_finds_nothing_says_so_quietly(qtbot, make_app) -> None:  # type: ignore[no-untyped-def]
    win = window(make_app())
    new_note(qtbot, win, "Shopping", "milk")
    label = win.notes.nothing_found
    win.notes.search.setFocus()
    qtbot.keyClicks(win.notes.search, "milk")
    assert titles(win) == ["Shopping"] and not label.isVisible()
    qtbot.keyClicks(win.notes.search, "shake")
    assert titles(win) == [] and label.isVisible()
    assert label.text() == "No notes found"
    qtbot.keyClick(win.notes.search, Qt.Key.Key_Escape)
    assert titles(win) == ["Shopping"] and not label.isVisible()
