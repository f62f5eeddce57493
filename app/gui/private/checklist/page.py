"""The checklist page (Ctrl+4): her lists, emergency contacts and the PDF export."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from app.core.checklist import Checklist
from app.gui.private.checklist.contacts import ContactsView, default_contacts
from app.gui.private.checklist.export import ChecklistExport, checklist_html
from app.gui.private.checklist.lists import ListsView
from app.gui.private.context import SpaceContext
from app.gui.private.registry import PageSpec, PrivatePage, register


class ChecklistPage(PrivatePage):
    def __init__(self, ctx: SpaceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._checklist: Checklist | None = None
        self.lists = ListsView(ctx, self.model)
        self.contacts = ContactsView(ctx, self.model)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("checklistTabs")
        self.tabs.addTab(self.lists, "")
        self.tabs.addTab(self.contacts, "")
        self.export_button = QPushButton()
        self.export_button.setObjectName("checklistExport")
        self.export_button.setAutoDefault(False)
        self.include_contacts = QCheckBox()
        self.include_contacts.setObjectName("checklistExportContacts")
        self.export_message = QLabel()
        self.export_message.setObjectName("checklistExportMessage")
        self.export_message.setWordWrap(True)
        self.exporter = ChecklistExport(self, ctx, self.export_html, self._export_message)
        self.export_button.clicked.connect(ctx.generation.guard(self.export))

        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.include_contacts)
        bottom.addWidget(self.export_message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def model(self) -> Checklist:
        """Her checklist in the open vault (again after a passphrase change replaced it)."""
        db = self.ctx.vault.db
        if self._checklist is None or self._checklist.db is not db:
            self._checklist = Checklist(db)
        return self._checklist

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Lists"))
        self.tabs.setTabText(1, self.tr("Emergency contacts"))
        self.tabs.setTabToolTip(0, "Ctrl+Tab")
        self.tabs.setTabToolTip(1, "Ctrl+Tab")
        self.export_button.setText(self.tr("Save as PDF…"))
        self.include_contacts.setText(self.tr("Include the contacts"))
        self.lists.retranslate()
        self.contacts.retranslate()

    def export(self) -> None:
        self.lists.commit()
        self.exporter.start()

    def export_html(self) -> str:
        lang = self.ctx.language
        with_contacts = self.include_contacts.isChecked()
        return checklist_html(
            self.tr("List"),
            self.model().sections(lang),
            default_contacts() if with_contacts else [],
            self.model().contacts() if with_contacts else [],
            lang,
            self.tr("Help numbers"),
            self.tr("Your contacts"),
        )

    def _export_message(self, text: str) -> None:
        self.export_message.setText(text)

    # the draft hook --------------------------------------------------------------------------
    def draft(self) -> dict[str, Any] | None:
        payload: dict[str, Any] = {}
        payload.update(self.lists.draft())
        payload.update(self.contacts.draft())
        if not payload:
            return None
        payload["tab"] = self.tabs.currentIndex()
        return payload

    def restore_draft(self, payload: dict[str, Any]) -> None:
        tab = payload.get("tab")
        if isinstance(tab, int) and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
        self.lists.restore_draft(payload)
        self.contacts.restore_draft(payload)

    def search_page(self) -> bool:
        self.tabs.setCurrentIndex(0)
        self.lists.sections.setFocus()
        return True

    def clear(self) -> None:
        self.lists.clear()
        self.contacts.clear()
        self.export_message.setText("")
        self._checklist = None


def _title() -> str:
    return QCoreApplication.translate("PrivateSpace", "Checklist")


register(PageSpec("checklist", 4, _title, ChecklistPage))
