"""Emergency contacts: the Belgian help numbers from the directory, and her own contacts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import directory
from app.core.checklist import Checklist, Contact
from app.core.directory import Service
from app.gui import dialogs
from app.gui.decoy.search_box import mark_sensitive
from app.gui.private.context import SpaceContext
from app.gui.private.focus_look import show_focus
from app.gui.private.widgets import make_bold, scrolling

ID_ROLE = Qt.ItemDataRole.UserRole


def default_contacts() -> list[Service]:
    """The numbers the directory marks as emergency contacts, in its order."""
    return [s for s in directory.services() if s.contact_default]


class HelpNumber(QFrame):
    """One pre-filled number: what it is for, when it is open; pressing it copies it."""

    def __init__(self, service: Service, ctx: SpaceContext) -> None:
        super().__init__()
        self.service = service
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setWordWrap(True)
        make_bold(self.name)
        self.copy_button = QPushButton(service.number or service.website)
        self.copy_button.setObjectName(f"contact-{service.id}")
        self.copy_button.setAutoDefault(False)
        if service.number:
            big = QFont(self.copy_button.font())
            big.setPointSizeF(big.pointSizeF() * 1.4)
            big.setBold(True)
            self.copy_button.setFont(big)
        self.copy_button.clicked.connect(ctx.generation.guard(self.copy))
        self.what_for = QLabel()
        self.what_for.setWordWrap(True)
        self.hours = QLabel()
        self.hours.setWordWrap(True)
        self.copied = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied, 1)
        layout.addLayout(row)
        layout.addWidget(self.what_for)
        layout.addWidget(self.hours)
        self.retranslate()

    def copy(self) -> None:
        self.ctx.clipboard.copy(self.service.number or self.service.website)
        self.copied.setText(self.tr("Copied. It is cleared again after 30 seconds."))

    def retranslate(self) -> None:
        lang = self.ctx.language
        s = self.service
        self.name.setText(s.name(lang))
        self.what_for.setText(s.purpose(lang))
        hours = s.hours_in(lang)
        self.hours.setText(self.tr("Open: %1").replace("%1", hours) if hours else "")
        if s.number:
            self.copy_button.setToolTip(self.tr("Copy this number"))
            self.copy_button.setAccessibleName(
                self.tr("%1, number %2, press to copy")
                .replace("%1", s.name(lang))
                .replace("%2", s.number)
            )
        else:
            self.copy_button.setToolTip(self.tr("Copy the website address"))
            self.copy_button.setAccessibleName(
                self.tr("%1, website %2, press to copy")
                .replace("%1", s.name(lang))
                .replace("%2", s.website)
            )
        self.copied.setText("")


class ContactsView(QWidget):
    """Help numbers on the left; her own contacts (name, number, note) on the right."""

    def __init__(self, ctx: SpaceContext, model: Callable[[], Checklist]) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = model
        self.current: int | None = None
        self.loaded = ("", "", "")
        self.cache: list[Contact] = []
        guard = ctx.generation.guard

        self.numbers_box = QGroupBox()
        numbers = QVBoxLayout(self.numbers_box)
        self.cards = [HelpNumber(s, ctx) for s in default_contacts()]
        inner = QWidget()
        cards = QVBoxLayout(inner)
        for card in self.cards:
            cards.addWidget(card)
        cards.addStretch(1)
        numbers.addWidget(scrolling(inner))

        self.own_box = QGroupBox()
        self.list = QListWidget()
        self.list.setObjectName("checklistContacts")
        show_focus(self.list)
        self.name = QLineEdit()
        self.name.setObjectName("contactName")
        self.number = QLineEdit()
        self.number.setObjectName("contactNumber")
        self.note = QLineEdit()
        self.note.setObjectName("contactNote")
        for edit in (self.name, self.number, self.note):
            mark_sensitive(edit)
            edit.returnPressed.connect(guard(self.save))
        self.new_button = QPushButton()
        self.new_button.setObjectName("contactNew")
        self.save_button = QPushButton()
        self.save_button.setObjectName("contactSave")
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("contactCopy")
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("contactDelete")
        for button in (self.new_button, self.save_button, self.copy_button, self.delete_button):
            button.setAutoDefault(False)
        self.message = QLabel()
        self.message.setObjectName("contactMessage")
        self.message.setWordWrap(True)
        own = QVBoxLayout(self.own_box)
        own.addWidget(self.list, 1)
        form = QFormLayout()
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.number_label = QLabel()
        self.number_label.setBuddy(self.number)
        self.note_label = QLabel()
        self.note_label.setBuddy(self.note)
        form.addRow(self.name_label, self.name)
        form.addRow(self.number_label, self.number)
        form.addRow(self.note_label, self.note)
        own.addLayout(form)
        # Two by two: in a row of four, the French labels made this column so wide that the
        # help numbers next to it were squeezed into a sideways-scrolling strip.
        buttons = QGridLayout()
        order = (self.save_button, self.new_button, self.copy_button, self.delete_button)
        for n, button in enumerate(order):
            buttons.addWidget(button, n // 2, n % 2)
        buttons.setColumnStretch(2, 1)
        own.addLayout(buttons)
        own.addWidget(self.message)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.numbers_box, 1)
        layout.addWidget(self.own_box, 1)

        self.list.currentRowChanged.connect(guard(self._on_row))
        self.new_button.clicked.connect(guard(self.start_new))
        self.save_button.clicked.connect(guard(self.save))
        self.copy_button.clicked.connect(guard(self.copy))
        self.delete_button.clicked.connect(guard(self.ask_delete))
        self.retranslate()

    def retranslate(self) -> None:
        self.numbers_box.setTitle(self.tr("Help numbers"))
        self.own_box.setTitle(self.tr("Your contacts"))
        self.own_box.setToolTip(self.tr("For example a trusted person, your CAW or a lawyer."))
        self.name_label.setText(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("For example a trusted person"))
        self.name.setToolTip(self.tr("For example a trusted person, your CAW or a lawyer."))
        self.number_label.setText(self.tr("Number"))
        self.note_label.setText(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("When to call, what they know"))
        self.new_button.setText(self.tr("New contact"))
        self.save_button.setText(self.tr("Save contact"))
        self.copy_button.setText(self.tr("Copy number"))
        self.delete_button.setText(self.tr("Remove…"))
        for card in self.cards:
            card.retranslate()
        if self._fields() == self.loaded:  # never overwrite what she is typing
            self.refresh(self.current)

    def refresh(self, select: int | None = None) -> None:
        self.cache = self.model().contacts()
        self.list.blockSignals(True)
        self.list.clear()
        row = -1
        for n, c in enumerate(self.cache):
            entry = QListWidgetItem(f"{c.name}  {c.number}".strip())
            entry.setData(ID_ROLE, c.id)
            self.list.addItem(entry)
            if c.id == select:
                row = n
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._load(self.cache[row] if row >= 0 else None)

    def _load(self, contact: Contact | None) -> None:
        self.current = contact.id if contact else None
        self.name.setText(contact.name if contact else "")
        self.number.setText(contact.number if contact else "")
        self.note.setText(contact.note if contact else "")
        self.loaded = (self.name.text(), self.number.text(), self.note.text())
        self.copy_button.setEnabled(contact is not None)
        self.delete_button.setEnabled(contact is not None)

    def _fields(self) -> tuple[str, str, str]:
        return self.name.text(), self.number.text(), self.note.text()

    def _on_row(self, row: int) -> None:
        self.message.setText("")
        self._load(self.cache[row] if 0 <= row < len(self.cache) else None)

    def start_new(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._load(None)
        self.message.setText("")
        self.name.setFocus()

    def save(self) -> None:
        name, number, note = self._fields()
        if not (name.strip() or number.strip()):
            self.message.setText(self.tr("Type a name or a number first."))
            return
        if self.current is None:
            self.current = self.model().add_contact(name, number, note)
        else:
            self.model().update_contact(self.current, name, number, note)
        self.refresh(self.current)
        self.message.setText(self.tr("Saved."))

    def copy(self) -> None:
        contact = next((c for c in self.cache if c.id == self.current), None)
        if contact is None or not contact.number:
            return
        self.ctx.clipboard.copy(contact.number)
        self.message.setText(self.tr("Copied. It is cleared again after 30 seconds."))

    def ask_delete(self) -> None:
        contact = next((c for c in self.cache if c.id == self.current), None)
        if contact is None:
            return
        dialogs.ask(
            self,
            self.tr("Remove this contact?"),
            contact.name or contact.number,
            [self.tr("Remove"), self.tr("Cancel")],
            self.ctx.generation.guard(lambda answer: self._delete(answer, contact.id)),
        )

    def _delete(self, answer: int, contact_id: int) -> None:
        if answer != 0:
            return
        self.model().delete_contact(contact_id)
        self.current = None
        self.refresh()
        self.message.setText(self.tr("Removed."))
        self.list.setFocus()

    # drafts and lock -------------------------------------------------------------------------
    def draft(self) -> dict[str, Any]:
        fields = self._fields()
        if fields == self.loaded:
            return {}
        name, number, note = fields
        return {"contact": {"id": self.current, "name": name, "number": number, "note": note}}

    def restore_draft(self, payload: dict[str, Any]) -> None:
        kept = payload.get("contact")
        if not isinstance(kept, dict):
            return
        contact_id = kept.get("id")
        if isinstance(contact_id, int) and any(c.id == contact_id for c in self.cache):
            self.refresh(contact_id)
        else:
            self.start_new()
        self.name.setText(str(kept.get("name", "")))
        self.number.setText(str(kept.get("number", "")))
        self.note.setText(str(kept.get("note", "")))
        self.name.setFocus()

    def clear(self) -> None:
        for edit in (self.name, self.number, self.note):
            edit.setText("")
        self.list.blockSignals(True)
        self.list.clear()
        self.cache = []
        self.current = None
        self.message.setText("")
