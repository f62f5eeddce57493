"""Her lists: sections with progress, items she ticks, annotates, adds, edits, moves and removes."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.checklist import Checklist, Item, Section
from app.gui import dialogs
from app.gui.decoy.search_box import mark_sensitive
from app.gui.private.context import SpaceContext
from app.gui.private.focus_look import show_focus

ID_ROLE = Qt.ItemDataRole.UserRole


def _line(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    mark_sensitive(edit)
    return edit


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    button.setAutoDefault(False)
    return button


class ListsView(QWidget):
    """Sections on the left, the chosen section's items and the item form on the right."""

    def __init__(self, ctx: SpaceContext, model: Callable[[], Checklist]) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = model
        self.current_section: str | None = None
        self.current_item: str | None = None
        self.loaded_text = ""
        self.loaded_note = ""
        self.loaded_section_name = ""
        self.sections_cache: list[Section] = []
        guard = ctx.generation.guard

        self.sections = QListWidget()
        self.sections.setObjectName("checklistSections")
        self.sections.setMaximumWidth(300)
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        show_focus(self.sections)
        self.new_section = _line("checklistNewSection")
        self.add_section_button = _button("checklistAddSection")
        self.section_name = _line("checklistSectionName")
        self.delete_section_button = _button("checklistDeleteSection")
        self.restore_button = _button("checklistRestore")

        self.progress = QProgressBar()
        self.progress.setObjectName("checklistProgress")
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("checklistProgressLabel")
        self.items = QListWidget()
        self.items.setObjectName("checklistItems")
        self.items.setWordWrap(True)
        show_focus(self.items)
        self.text_edit = _line("checklistItemText")
        self.note_edit = _line("checklistItemNote")
        self.up_button = _button("checklistUp")
        self.down_button = _button("checklistDown")
        self.delete_button = _button("checklistDelete")
        self.new_item = _line("checklistNewItem")
        self.add_item_button = _button("checklistAddItem")
        self.message = QLabel()
        self.message.setObjectName("checklistMessage")
        self.message.setWordWrap(True)

        # Left column: the sections.
        left = QVBoxLayout()
        self.sections_label = QLabel()
        self.sections_label.setBuddy(self.sections)
        left.addWidget(self.sections_label)
        left.addWidget(self.sections, 1)
        self.own_box = QGroupBox()
        own = QFormLayout(self.own_box)
        self.section_name_label = QLabel()
        own.addRow(self.section_name_label, self.section_name)
        own.addRow(self.delete_section_button)
        left.addWidget(self.own_box)
        # The name gets the column's whole width (its hint is not clipped), the button below.
        new_row = QHBoxLayout()
        new_row.addStretch(1)
        new_row.addWidget(self.add_section_button)
        self.new_section_label = QLabel()
        self.new_section_label.setBuddy(self.new_section)
        left.addWidget(self.new_section_label)
        left.addWidget(self.new_section)
        left.addLayout(new_row)
        left.addWidget(self.restore_button)

        # Right column: progress, items, the chosen item, a new item.
        right = QVBoxLayout()
        right.addWidget(self.progress_label)
        right.addWidget(self.progress)
        self.items_label = QLabel()
        self.items_label.setBuddy(self.items)
        # The keys, in a line that wraps: in a long language a header line would widen the
        # window.
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("checklistKeys")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setEnabled(False)  # quieter type, as a hint
        right.addWidget(self.items_label)
        right.addWidget(self.items, 1)
        right.addWidget(self.keys_hint)
        self.item_box = QGroupBox()
        form = QFormLayout(self.item_box)
        self.text_label = QLabel()
        self.text_label.setBuddy(self.text_edit)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note_edit)
        form.addRow(self.text_label, self.text_edit)
        form.addRow(self.note_label, self.note_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        right.addWidget(self.item_box)
        self.new_item_label = QLabel()
        self.new_item_label.setBuddy(self.new_item)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.add_item_button)
        right.addWidget(self.new_item_label)
        right.addLayout(add_row)
        right.addWidget(self.message)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(right, 5)

        self.sections.currentRowChanged.connect(guard(self._on_section))
        self.items.currentRowChanged.connect(guard(self._on_item))
        self.items.itemChanged.connect(guard(self._on_item_changed))
        self.text_edit.editingFinished.connect(guard(self.commit))
        self.note_edit.editingFinished.connect(guard(self.commit))
        self.section_name.editingFinished.connect(guard(self._rename_section))
        self.new_item.returnPressed.connect(guard(self.add_item))
        self.add_item_button.clicked.connect(guard(self.add_item))
        self.new_section.returnPressed.connect(guard(self.add_section))
        self.add_section_button.clicked.connect(guard(self.add_section))
        self.delete_section_button.clicked.connect(guard(self.ask_delete_section))
        self.up_button.clicked.connect(guard(lambda: self.move_item(-1)))
        self.down_button.clicked.connect(guard(lambda: self.move_item(1)))
        self.delete_button.clicked.connect(guard(self.ask_delete_item))
        self.restore_button.clicked.connect(guard(self.ask_restore))

        # One path for the keyboard: from the lists straight to their items and the chosen
        # item, a new item; then what changes the lists themselves (used less often).
        chain = [
            self.sections,
            self.items,
            self.text_edit,
            self.note_edit,
            self.up_button,
            self.down_button,
            self.delete_button,
            self.new_item,
            self.add_item_button,
            self.section_name,
            self.delete_section_button,
            self.new_section,
            self.add_section_button,
            self.restore_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._shortcuts: list[QShortcut] = []
        for seq, slot, owner, context in (
            (
                "Alt+Up",
                lambda: self.move_item(-1),
                self,
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            ),
            (
                "Alt+Down",
                lambda: self.move_item(1),
                self,
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            ),
            ("Delete", self.ask_delete_item, self.items, Qt.ShortcutContext.WidgetShortcut),
        ):
            shortcut = QShortcut(QKeySequence(seq), owner)
            shortcut.setContext(context)
            shortcut.activated.connect(guard(slot))
            self._shortcuts.append(shortcut)
        self.retranslate()

    # texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.sections_label.setText(self.tr("Lists"))
        self.own_box.setTitle(self.tr("Your own list"))
        self.section_name_label.setText(self.tr("Name"))
        self.delete_section_button.setText(self.tr("Remove this list…"))
        self.new_section_label.setText(self.tr("New list"))
        self.new_section.setPlaceholderText(self.tr("Name of a new list"))
        self.add_section_button.setText(self.tr("Add list"))
        self.restore_button.setText(self.tr("Restore the standard lists…"))
        self.restore_button.setToolTip(
            self.tr("Removed items come back. Your own items, ticks and notes stay.")
        )
        self.items_label.setText(self.tr("Items"))
        keys = self.tr("Space ticks, Alt+Up and Alt+Down move, Delete removes.")
        self.keys_hint.setText(keys)
        self.items.setAccessibleDescription(keys)
        self.item_box.setTitle(self.tr("Chosen item"))
        self.text_label.setText(self.tr("Text"))
        self.note_label.setText(self.tr("Note"))
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip("Alt+Up")
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip("Alt+Down")
        self.delete_button.setText(self.tr("Remove…"))
        self.delete_button.setToolTip(self.tr("Delete"))
        self.new_item_label.setText(self.tr("New item in this list"))
        self.new_item.setPlaceholderText(self.tr("Type and press Enter"))
        self.add_item_button.setText(self.tr("Add item"))
        self.message.setText("")
        self.refresh()

    # building ----------------------------------------------------------------------------
    def refresh(self, section: str | None = None, item: str | None = None) -> None:
        """Rebuild both lists from the vault, keeping (or moving to) the chosen section/item."""
        self.commit()
        section = section or self.current_section
        item = item or self.current_item
        self.sections_cache = self.model().sections(self.ctx.language)
        self.sections.blockSignals(True)
        self.sections.clear()
        row = 0
        for n, s in enumerate(self.sections_cache):
            entry = QListWidgetItem(self._section_label(s))
            entry.setData(ID_ROLE, s.id)
            self.sections.addItem(entry)
            if s.id == section:
                row = n
        self.sections.setCurrentRow(row if self.sections_cache else -1)
        self.sections.blockSignals(False)
        self.current_section = self.sections_cache[row].id if self.sections_cache else None
        self._fill_items(item)

    @staticmethod
    def _section_label(s: Section) -> str:
        done, total = s.progress
        return f"{s.title}  ({done}/{total})"

    def _section(self) -> Section | None:
        return next((s for s in self.sections_cache if s.id == self.current_section), None)

    def _item(self, item_id: str | None) -> Item | None:
        section = self._section()
        if section is None or item_id is None:
            return None
        return next((i for i in section.items if i.id == item_id), None)

    def _fill_items(self, item: str | None) -> None:
        section = self._section()
        self.items.blockSignals(True)
        self.items.clear()
        row = -1
        for n, i in enumerate(section.items if section else []):
            entry = QListWidgetItem(self._item_label(i))
            entry.setData(ID_ROLE, i.id)
            entry.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            entry.setCheckState(Qt.CheckState.Checked if i.done else Qt.CheckState.Unchecked)
            self.items.addItem(entry)
            if i.id == item:
                row = n
        if row < 0 and self.items.count():
            row = 0
        self.items.setCurrentRow(row)
        self.items.blockSignals(False)
        own = bool(section and section.own)
        self.own_box.setEnabled(own)
        self.section_name.setText(section.title if own and section else "")
        self.loaded_section_name = self.section_name.text()
        self._show_progress()
        self._load_item(self.items.item(row).data(ID_ROLE) if row >= 0 else None)

    @staticmethod
    def _item_label(i: Item) -> str:
        return f"{i.text}  —  {i.note}" if i.note else i.text

    def progress_text(self, done: int, total: int) -> str:
        """How many are ticked, with the word agreeing with the count (French: "0 sur 3
        coché", "2 sur 3 cochés"); a list without items says so."""
        if total == 0:
            return self.tr("No items in this list yet")
        if done == 0:
            text = self.tr("0 of %2 ticked")
        elif done == 1:
            text = self.tr("1 of %2 ticked")
        else:
            text = self.tr("%1 of %2 ticked")
        return text.replace("%1", str(done)).replace("%2", str(total))

    def _show_progress(self) -> None:
        section = self._section()
        done, total = section.progress if section else (0, 0)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.progress_text(done, total))
        row = self.sections.currentRow()
        if section is not None and 0 <= row < self.sections.count():
            self.sections.item(row).setText(self._section_label(section))

    def _load_item(self, item_id: str | None) -> None:
        self.current_item = item_id
        item = self._item(item_id)
        self.item_box.setEnabled(item is not None)
        self.text_edit.setText(item.text if item else "")
        self.note_edit.setText(item.note if item else "")
        self.note_edit.setPlaceholderText(
            (item.hint if item and item.hint else self.tr("Where is it? Who has it?"))
            if item
            else ""
        )
        self.loaded_text = self.text_edit.text()
        self.loaded_note = self.note_edit.text()

    # reacting ---------------------------------------------------------------------------------
    def _on_section(self, row: int) -> None:
        self.commit()
        self._rename_section()
        if not 0 <= row < len(self.sections_cache):
            return
        self.current_section = self.sections_cache[row].id
        self.current_item = None
        self._fill_items(None)

    def _on_item(self, row: int) -> None:
        self.commit()
        entry = self.items.item(row) if row >= 0 else None
        self._load_item(str(entry.data(ID_ROLE)) if entry is not None else None)

    def _on_item_changed(self, entry: QListWidgetItem) -> None:
        item = self._item(str(entry.data(ID_ROLE)))
        if item is None:
            return
        done = entry.checkState() == Qt.CheckState.Checked
        if done != item.done:
            self.model().set_done(item.id, done)
            item.done = done
            self._show_progress()

    def commit(self) -> None:
        """Store what she changed in the chosen item's text or note."""
        item = self._item(self.current_item)
        if item is None:
            return
        text, note = self.text_edit.text(), self.note_edit.text()
        changed = False
        if text != self.loaded_text:
            self.model().set_text(item.id, text)
            fresh = self.model().item(item.id, self.ctx.language)
            item.text = fresh.text if fresh else text.strip()
            if text.strip() != item.text:
                self.text_edit.setText(item.text)
            self.loaded_text = self.text_edit.text()
            changed = True
        if note != self.loaded_note:
            self.model().set_note(item.id, note)
            item.note = note
            self.loaded_note = note
            changed = True
        if changed:
            for n in range(self.items.count()):
                entry = self.items.item(n)
                if entry.data(ID_ROLE) == item.id:
                    self.items.blockSignals(True)
                    entry.setText(self._item_label(item))
                    self.items.blockSignals(False)

    def add_item(self) -> None:
        text = self.new_item.text().strip()
        if not text or self.current_section is None:
            return
        self.commit()
        item_id = self.model().add_item(self.current_section, text)
        self.new_item.setText("")
        self.refresh(self.current_section, item_id)
        self.message.setText(self.tr("Added."))

    def move_item(self, delta: int) -> None:
        if self.current_item is None:
            return
        self.commit()
        if self.model().move_item(self.current_item, delta):
            self.refresh(self.current_section, self.current_item)
        self.items.setFocus()

    def ask_delete_item(self) -> None:
        item = self._item(self.current_item)
        if item is None:
            return
        self.commit()
        text = (
            self.tr("Your own item and its note are removed for good.")
            if item.own
            else self.tr("It comes back when you restore the standard lists.")
        )
        dialogs.ask(
            self,
            self.tr("Remove this item?"),
            item.text,
            [self.tr("Remove"), self.tr("Cancel")],
            self.ctx.generation.guard(lambda answer: self._delete_item(answer, item.id)),
            informative=text,
        )

    def _delete_item(self, answer: int, item_id: str) -> None:
        if answer != 0:
            return
        row = self.items.currentRow()
        self.model().delete_item(item_id)
        self.current_item = None
        self.refresh(self.current_section)
        if self.items.count():
            self.items.setCurrentRow(min(row, self.items.count() - 1))
        self.items.setFocus()
        self.message.setText(self.tr("Removed."))

    def add_section(self) -> None:
        title = self.new_section.text().strip()
        if not title:
            return
        self.commit()
        section_id = self.model().add_section(title)
        self.new_section.setText("")
        self.refresh(section_id)
        self.new_item.setFocus()
        self.message.setText(self.tr("List added. Add its first item below."))

    def _rename_section(self) -> None:
        section = self._section()
        name = self.section_name.text().strip()
        if section is None or not section.own or not name or name == self.loaded_section_name:
            return
        self.model().rename_section(section.id, name)
        section.title = name
        self.loaded_section_name = name
        self._show_progress()

    def ask_delete_section(self) -> None:
        section = self._section()
        if section is None or not section.own:
            return
        dialogs.ask(
            self,
            self.tr("Remove this list?"),
            section.title,
            [self.tr("Remove"), self.tr("Cancel")],
            self.ctx.generation.guard(lambda answer: self._delete_section(answer, section.id)),
            informative=self.tr("The list and all its items and notes are removed for good."),
        )

    def _delete_section(self, answer: int, section_id: str) -> None:
        if answer != 0:
            return
        self.model().delete_section(section_id)
        self.current_section = None
        self.current_item = None
        self.refresh()
        self.sections.setFocus()

    def ask_restore(self) -> None:
        self.commit()
        dialogs.ask(
            self,
            self.tr("Restore the standard lists?"),
            self.tr(
                "Items you removed come back and changed texts get their standard text again. "
                "Your own items and lists, your ticks and your notes stay."
            ),
            [self.tr("Restore"), self.tr("Cancel")],
            self.ctx.generation.guard(self._restore),
        )

    def _restore(self, answer: int) -> None:
        if answer != 0:
            return
        self.model().restore_defaults()
        self.refresh()
        self.message.setText(self.tr("The standard lists are back."))

    # drafts and lock ------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        """What she is typing and has not stored yet."""
        payload: dict[str, Any] = {}
        if self.current_item is not None:
            if self.text_edit.text() != self.loaded_text:
                payload["item"] = self.current_item
                payload["text"] = self.text_edit.text()
            if self.note_edit.text() != self.loaded_note:
                payload["item"] = self.current_item
                payload["note"] = self.note_edit.text()
        if self.new_item.text():
            payload["new_item"] = self.new_item.text()
        if self.new_section.text():
            payload["new_section"] = self.new_section.text()
        if self.section_name.text() != self.loaded_section_name:
            payload["section_name"] = self.section_name.text()
        if payload:
            payload["section"] = self.current_section
        return payload

    def restore_draft(self, payload: dict[str, Any]) -> None:
        section = payload.get("section")
        item = payload.get("item")
        if isinstance(section, str) or isinstance(item, str):
            self.refresh(
                section if isinstance(section, str) else None,
                item if isinstance(item, str) else None,
            )
        focus: QWidget | None = None
        if isinstance(item, str) and item == self.current_item:
            if isinstance(payload.get("text"), str):
                self.text_edit.setText(payload["text"])
                focus = self.text_edit
            if isinstance(payload.get("note"), str):
                self.note_edit.setText(payload["note"])
                focus = self.note_edit
        if isinstance(payload.get("section_name"), str) and self.own_box.isEnabled():
            self.section_name.setText(payload["section_name"])
            focus = self.section_name
        if isinstance(payload.get("new_section"), str):
            self.new_section.setText(payload["new_section"])
            focus = self.new_section
        if isinstance(payload.get("new_item"), str):
            self.new_item.setText(payload["new_item"])
            focus = self.new_item
        if focus is not None:
            focus.setFocus()

    def clear(self) -> None:
        for edit in (
            self.text_edit,
            self.note_edit,
            self.new_item,
            self.new_section,
            self.section_name,
        ):
            edit.setText("")
        self.items.blockSignals(True)
        self.sections.blockSignals(True)
        self.items.clear()
        self.sections.clear()
        self.sections_cache = []
        self.current_item = None
        self.current_section = None
        self.message.setText("")
