"""The checklist page, driven through its real widgets, across lock and unlock."""

from __future__ import annotations

import secrets
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QListWidget

from app.core.checklist import load_defaults
from app.gui import dialogs, files
from app.gui.private.checklist import export as checklist_export
from tests.helpers import create_space, unlock, window

PASSPHRASE = "Lentebloesem Fiets Ajuin Kasteel"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIPPED = load_defaults()


def default_text(item_id: str, lang: str) -> str:
    for s in SHIPPED["sections"]:
        for i in s["items"]:
            if i["id"] == item_id:
                return str(i["text"][lang])
    raise KeyError(item_id)


def open_checklist(qtbot: Any, app: Any) -> Any:
    win = window(app)
    space = win.session.space
    space.nav.setFocus()
    qtbot.keyClick(space.nav, Qt.Key.Key_4, CTRL)
    page = space.built["checklist"]
    qtbot.waitUntil(lambda: space.stack.currentWidget() is page)
    return page


def lock_and_unlock(qtbot: Any, app: Any) -> Any:
    win = window(app)
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)
    unlock(qtbot, app, PASSPHRASE)
    return open_checklist(qtbot, app)


def labels(widget: QListWidget) -> list[str]:
    return [widget.item(n).text() for n in range(widget.count())]


def ids(widget: QListWidget) -> list[str]:
    return [widget.item(n).data(Qt.ItemDataRole.UserRole) for n in range(widget.count())]


def select_item(qtbot: Any, lists: Any, item_id: str) -> None:
    lists.items.setFocus()
    lists.items.setCurrentRow(ids(lists.items).index(item_id))
    assert lists.current_item == item_id


def test_tick_note_add_move_delete_survive_lock(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = open_checklist(qtbot, app)
    lists = page.lists
    bag = [i["id"] for i in SHIPPED["sections"][0]["items"]]
    assert ids(lists.sections)[:6] == ["bag", "documents", "money", "keys", "plan", "after"]
    assert ids(lists.items) == bag
    assert lists.progress_label.text() == f"0 of {len(bag)} ticked"

    # Tick with Space, on the keyboard.
    select_item(qtbot, lists, "bag.cash")
    qtbot.keyClick(lists.items, Qt.Key.Key_Space)
    row = ids(lists.items).index("bag.cash")
    assert lists.items.item(row).checkState() == Qt.CheckState.Checked
    assert lists.progress_label.text() == f"1 of {len(bag)} ticked"
    assert lists.sections.item(0).text().endswith(f"(1/{len(bag)})")

    # A note, typed and confirmed with Enter.
    select_item(qtbot, lists, "bag.phone")
    lists.note_edit.setFocus()
    qtbot.keyClicks(lists.note_edit, "in the red drawer")
    qtbot.keyClick(lists.note_edit, Qt.Key.Key_Return)
    assert "in the red drawer" in lists.items.item(0).text()

    # Her own item, added with Enter, then moved up twice with Alt+Up.
    lists.new_item.setFocus()
    qtbot.keyClicks(lists.new_item, "Charger for the tablet")
    qtbot.keyClick(lists.new_item, Qt.Key.Key_Return)
    own = lists.current_item
    assert own is not None and own not in bag
    assert ids(lists.items)[-1] == own
    lists.items.setFocus()
    qtbot.keyClick(lists.items, Qt.Key.Key_Up, ALT)
    qtbot.keyClick(lists.items, Qt.Key.Key_Up, ALT)
    assert ids(lists.items)[-3] == own
    qtbot.keyClick(lists.items, Qt.Key.Key_Down, ALT)
    assert ids(lists.items)[-2] == own

    # Edit a standard item's text.
    select_item(qtbot, lists, "bag.clothes")
    lists.text_edit.setFocus()
    lists.text_edit.selectAll()
    qtbot.keyClicks(lists.text_edit, "Clothes for a week")
    qtbot.keyClick(lists.text_edit, Qt.Key.Key_Return)

    # Remove a standard item with Delete (the question is answered "Remove").
    select_item(qtbot, lists, "bag.toiletries")
    dialogs.answer_next(0)
    qtbot.keyClick(lists.items, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "bag.toiletries" not in ids(lists.items))

    # Her own list, made with the keyboard.
    lists.new_section.setFocus()
    qtbot.keyClicks(lists.new_section, "For the cat")
    qtbot.keyClick(lists.new_section, Qt.Key.Key_Return)
    assert lists.sections.currentItem().text().startswith("For the cat")
    assert lists.window().focusWidget() is lists.new_item
    qtbot.keyClicks(lists.new_item, "Cat carrier")
    qtbot.keyClick(lists.new_item, Qt.Key.Key_Return)
    own_section = lists.current_section

    expected = [i for i in bag if i != "bag.toiletries"]
    expected.insert(len(expected) - 1, own)

    page = lock_and_unlock(qtbot, app)
    lists = page.lists
    assert ids(lists.items) == expected
    checked = [
        lists.items.item(n).data(Qt.ItemDataRole.UserRole)
        for n in range(lists.items.count())
        if lists.items.item(n).checkState() == Qt.CheckState.Checked
    ]
    assert checked == ["bag.cash"]
    assert "in the red drawer" in lists.items.item(0).text()
    select_item(qtbot, lists, "bag.phone")
    assert lists.note_edit.text() == "in the red drawer"
    select_item(qtbot, lists, "bag.clothes")
    assert lists.text_edit.text() == "Clothes for a week"
    assert ids(lists.sections)[-1] == own_section
    lists.sections.setCurrentRow(lists.sections.count() - 1)
    assert labels(lists.items) == ["Cat carrier"]
    assert lists.own_box.isEnabled() and lists.section_name.text() == "For the cat"

    # Restore the standard lists: the removed item and the standard text come back,
    # her own item, tick and note stay.
    dialogs.answer_next(0)
    qtbot.mouseClick(lists.restore_button, Qt.MouseButton.LeftButton)
    lists.sections.setCurrentRow(0)
    qtbot.waitUntil(lambda: "bag.toiletries" in ids(lists.items))
    assert ids(lists.items) == [*bag, own]
    select_item(qtbot, lists, "bag.clothes")
    assert lists.text_edit.text() == default_text("bag.clothes", "en")
    select_item(qtbot, lists, "bag.phone")
    assert lists.note_edit.text() == "in the red drawer"
    assert ids(lists.sections)[-1] == own_section


def test_language_follows_the_space(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "nl")
    page = open_checklist(qtbot, app)
    lists = page.lists
    assert labels(lists.items)[0] == default_text("bag.phone", "nl")
    assert page.tabs.tabText(1) == "Noodcontacten"
    window(app).session.ctx.set_language("fr")
    assert labels(lists.items)[0] == default_text("bag.phone", "fr")
    assert page.tabs.tabText(1) == "Contacts d'urgence"
    assert lists.sections.item(0).text().startswith(SHIPPED["sections"][0]["title"]["fr"])


def test_draft_comes_back_after_panic(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = open_checklist(qtbot, app)
    lists = page.lists
    select_item(qtbot, lists, "bag.cash")
    lists.note_edit.setFocus()
    qtbot.keyClicks(lists.note_edit, "half typed note")
    lists.new_item.setText("half typed item")
    win = window(app)
    try:  # Esc is panic; only the press, since the panic removes the field at once
        qtbot.keyPress(lists.note_edit, Qt.Key.Key_Escape)
    except RuntimeError as exc:
        assert "already deleted" in str(exc)
    qtbot.waitUntil(lambda: not win.private_open)
    unlock(qtbot, app, PASSPHRASE)
    space = win.session.space
    page = space.built["checklist"]
    assert space.stack.currentWidget() is page  # opens on the page of the kept draft
    lists = page.lists
    assert lists.current_item == "bag.cash"
    assert lists.note_edit.text() == "half typed note"
    assert lists.new_item.text() == "half typed item"
    assert space.notice.isVisible() or space.notice.text()
    # Kept as a draft only: not stored until she confirms it.
    # The draft stays in the vault until the next lock rewrites it: a crash before then keeps it.
    assert "checklist" in win.session.vault.drafts()
    assert page.model().item("bag.cash", "en").note == ""
    qtbot.keyClick(lists.note_edit, Qt.Key.Key_Return)
    page = lock_and_unlock(qtbot, app)
    select_item(qtbot, page.lists, "bag.cash")
    assert page.lists.note_edit.text() == "half typed note"


def test_contacts_prefilled_and_her_own(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = open_checklist(qtbot, app)
    page.tabs.setFocus()
    qtbot.keyClick(page.tabs, Qt.Key.Key_Tab, CTRL)
    assert page.tabs.currentWidget() is page.contacts
    contacts = page.contacts
    shown = {card.service.id for card in contacts.cards}
    assert {"101", "112", "1712", "106", "0800-30-030", "107", "102", "116-000", "zsg"} <= shown
    card = next(c for c in contacts.cards if c.service.id == "1712")
    assert card.what_for.text() and card.hours.text()
    card.copy_button.setFocus()
    qtbot.keyClick(card.copy_button, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == "1712"
    zsg = next(c for c in contacts.cards if c.service.id == "zsg")
    assert "emergency department" in zsg.what_for.text()

    contacts.name.setFocus()
    qtbot.keyClicks(contacts.name, "Sam")
    qtbot.keyClicks(contacts.number, "0470 12 34 56")
    qtbot.keyClicks(contacts.note, "knows the code word")
    qtbot.keyClick(contacts.note, Qt.Key.Key_Return)
    assert labels(contacts.list) == ["Sam  0470 12 34 56"]
    qtbot.mouseClick(contacts.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(contacts.name, "CAW")
    qtbot.keyClicks(contacts.number, "078 15 03 00")
    qtbot.mouseClick(contacts.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(contacts.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "078 15 03 00"

    page = lock_and_unlock(qtbot, app)
    assert QGuiApplication.clipboard().text() == ""  # the lock cleared what we copied
    contacts = page.contacts
    assert labels(contacts.list) == ["Sam  0470 12 34 56", "CAW  078 15 03 00"]
    contacts.list.setCurrentRow(0)
    assert contacts.note.text() == "knows the code word"
    dialogs.answer_next(0)
    qtbot.mouseClick(contacts.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contacts.list.count() == 1)


def test_pdf_export_after_warning(qtbot: Any, make_app: Any, tmp_path: Path) -> None:
    from pypdf import PdfReader

    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = open_checklist(qtbot, app)
    lists = page.lists
    select_item(qtbot, lists, "bag.phone")
    lists.note_edit.setFocus()
    qtbot.keyClicks(lists.note_edit, "under the stairs")
    qtbot.keyClick(lists.note_edit, Qt.Key.Key_Return)
    lists.new_item.setFocus()
    qtbot.keyClicks(lists.new_item, "Spare glasses")
    qtbot.keyClick(lists.new_item, Qt.Key.Key_Return)

    # Cancel at the warning: nothing is asked or written.
    dialogs.answer_next(1)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialogs.open_dialogs())
    assert not files.open_pickers()

    out = tmp_path / "stick"
    out.mkdir()
    target = out / "list.pdf"
    dialogs.answer_next(0)
    files.answer_next([str(target)])
    page.export_button.setFocus()
    qtbot.keyClick(page.export_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "saved" in page.export_message.text(), timeout=20000)
    reader = PdfReader(str(target))
    text = " ".join(p.extract_text() for p in reader.pages)
    flat = " ".join(text.split())
    for item in ("bag.phone", "bag.cash"):
        assert " ".join(default_text(item, "en").split()) in flat
    assert "under the stairs" in flat
    assert "Spare glasses" in flat
    assert SHIPPED["sections"][-1]["title"]["en"] in flat
    assert "1712" not in flat  # contacts only when asked for
    assert reader.metadata is not None and reader.metadata.title == "List"


def test_canaries_stay_inside_the_vault(qtbot: Any, make_app: Any, tmp_path: Path) -> None:
    note_canary = "nc" + secrets.token_hex(8)
    contact_canary = "cc" + secrets.token_hex(8)
    item_canary = "ic" + secrets.token_hex(8)
    draft_canary = "dc" + secrets.token_hex(8)
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = open_checklist(qtbot, app)
    lists = page.lists
    select_item(qtbot, lists, "bag.cash")
    lists.note_edit.setFocus()
    qtbot.keyClicks(lists.note_edit, note_canary)
    qtbot.keyClick(lists.note_edit, Qt.Key.Key_Return)
    lists.new_item.setFocus()
    qtbot.keyClicks(lists.new_item, item_canary)
    qtbot.keyClick(lists.new_item, Qt.Key.Key_Return)
    page.tabs.setCurrentIndex(1)
    contacts = page.contacts
    contacts.name.setFocus()
    qtbot.keyClicks(contacts.name, contact_canary)
    qtbot.keyClicks(contacts.number, "0470 00 00 00")
    qtbot.keyClick(contacts.number, Qt.Key.Key_Return)
    qtbot.mouseClick(contacts.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(contacts.note, draft_canary)  # unsaved: kept as an encrypted draft
    win = window(app)
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)
    QApplication.processEvents()

    page = lock_and_unlock_after_locked(qtbot, app)
    assert page.contacts.note.text() == draft_canary  # the canaries really were stored
    page.contacts.save()
    page.tabs.setCurrentIndex(0)
    select_item(qtbot, page.lists, "bag.cash")
    assert page.lists.note_edit.text() == note_canary
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)
    app.stop()

    found = []
    for path in tmp_path.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for canary in (note_canary, contact_canary, item_canary, draft_canary):
            for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
                if encoded in data:
                    found.append((path.relative_to(tmp_path), canary))
    assert found == []


def lock_and_unlock_after_locked(qtbot: Any, app: Any) -> Any:
    unlock(qtbot, app, PASSPHRASE)
    return open_checklist(qtbot, app)


def test_keyboard_path_through_the_page(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = open_checklist(qtbot, app)
    lists = page.lists
    win = window(app)
    lists.sections.setFocus()
    qtbot.keyClick(lists.sections, Qt.Key.Key_Down)
    assert lists.current_section == "documents"
    # From the lists straight to their items, then the chosen item.
    for expected in (lists.items, lists.text_edit, lists.note_edit):
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)
        assert win.focusWidget() is expected
    qtbot.keyClicks(lists.note_edit, "with my cousin")
    qtbot.keyClick(lists.note_edit, Qt.Key.Key_Tab)  # leaving the field stores the note
    assert win.focusWidget() is lists.up_button
    assert "with my cousin" in lists.items.item(0).text()
    assert page.model().item("documents.eid", "en").note == "with my cousin"
    # Then a new item, then what changes the lists themselves; her own list is disabled for
    # a standard list, so Tab skips it.
    path = [
        lists.down_button,
        lists.delete_button,
        lists.new_item,
        lists.add_item_button,
        lists.new_section,
        lists.add_section_button,
        lists.restore_button,
    ]
    for expected in path:
        qtbot.keyClick(win.focusWidget(), Qt.Key.Key_Tab)
        assert win.focusWidget() is expected


def test_a_lock_during_the_export_leaves_no_file(
    qtbot: Any, make_app: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    # The real writer is held at a gate so the lock surely comes while the PDF is being
    # written, however fast this machine is; the lock cancels it, then it goes on.
    reached = threading.Event()
    job_of: list[Any] = []
    real_write = checklist_export.write_pdf

    def held(path: Path, document_html: str, title: str) -> None:
        reached.set()
        deadline = time.monotonic() + 20
        while not (job_of and job_of[0].cancelled) and time.monotonic() < deadline:
            time.sleep(0.01)
        real_write(path, document_html, title)

    monkeypatch.setattr(checklist_export, "write_pdf", held)
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = open_checklist(qtbot, app)
    target = tmp_path / "out" / "list.pdf"
    target.parent.mkdir()
    dialogs.answer_next(0)
    files.answer_next([str(target)])
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=20000)
    job = page.exporter.job
    assert job is not None
    job_of.append(job)
    win = window(app)
    win.lock()
    qtbot.waitUntil(lambda: not win.private_open)
    qtbot.waitUntil(lambda: job.finished, timeout=20000)
    QApplication.processEvents()
    assert list(target.parent.iterdir()) == []  # neither the PDF nor a partial file


def row_colour(view: QListWidget) -> QColor:
    """The background of the current row, where no text is drawn."""
    rect = view.visualRect(view.currentIndex())
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.right() - 3, rect.center().y())


def near(a: QColor, b: QColor) -> bool:
    """The same colour, give or take the style's shading of a selected row."""
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= 8


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#17181a"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_the_focused_list_is_the_one_that_is_lit(qtbot: Any, make_app: Any) -> None:
    app = make_app()
    create_space(qtbot, app, PASSPHRASE, "en")
    page = lock_and_unlock(qtbot, app)  # past the welcome screens
    lists = page.lists
    win = window(app)
    for palette in (None, dark_palette()):
        if palette is not None:
            win.session.space.setPalette(palette)
        highlight = lists.items.palette().color(QPalette.ColorRole.Highlight)
        lists.sections.setFocus()
        qtbot.waitUntil(lists.sections.hasFocus)
        assert near(row_colour(lists.sections), highlight)
        quiet = row_colour(lists.items)
        assert not near(quiet, highlight)  # the list without focus is visibly different
        qtbot.keyClick(lists.sections, Qt.Key.Key_Tab)  # Lists, then straight to Items
        assert win.focusWidget() is lists.items
        assert near(row_colour(lists.items), highlight)
        assert near(row_colour(lists.sections), quiet)
        base = lists.items.palette().color(QPalette.ColorRole.Base)
        # A tint between the theme's own colours: dark in a dark theme, light in a light one.
        low, high = sorted((base.lightness(), highlight.lightness()))
        assert low - 3 <= quiet.lightness() <= high + 3
