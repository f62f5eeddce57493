"""The Guidance page (Ctrl+2): guidance texts and the help directory, in the space's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from app.gui.private.context import SpaceContext
from app.gui.private.guidance.directory_view import DirectoryView
from app.gui.private.guidance.link_actions import LinkActions
from app.gui.private.guidance.reader import GuidanceReader
from app.gui.private.registry import PageSpec, PrivatePage, register

CONFIRMATION_MS = 8000


class GuidancePage(PrivatePage):
    def __init__(self, ctx: SpaceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.link_actions = LinkActions(self, ctx)
        self.reader = GuidanceReader()
        self.directory = DirectoryView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("guidanceTabs")
        self.tabs.addTab(self.reader, "")
        self.tabs.addTab(self.directory, "")
        self.status = QLabel()
        self.status.setObjectName("guidanceStatus")
        self.status.setWordWrap(True)
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(CONFIRMATION_MS)
        self.status_timer.timeout.connect(ctx.generation.guard(self.status.clear))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.reader.link.connect(ctx.generation.guard(self.link_actions.activate))
        self.directory.link.connect(ctx.generation.guard(self.link_actions.activate))
        self.directory.number_pressed.connect(ctx.generation.guard(self.link_actions.copy_number))
        self.link_actions.confirmed.connect(ctx.generation.guard(self.confirm))
        self.retranslate()

    def confirm(self, text: str) -> None:
        """A quiet line under the text, gone after a few seconds."""
        self.status.setText(text)
        self.status_timer.start()

    def show_directory(self) -> None:
        self.tabs.setCurrentWidget(self.directory)

    def show_guidance(self, key: str = "") -> None:
        self.tabs.setCurrentWidget(self.reader)
        if key:
            self.reader.show_section(key)

    def search_page(self) -> bool:
        if self.tabs.currentWidget() is self.directory:
            self.directory.focus_search()
        else:
            self.reader.focus_search()
        return True

    def retranslate(self) -> None:
        lang = self.ctx.language
        self.tabs.setTabText(0, self.tr("Guidance"))
        self.tabs.setTabText(1, self.tr("Help directory"))
        self.reader.retranslate(lang)
        self.directory.retranslate(lang)

    def clear(self) -> None:
        self.status_timer.stop()
        self.status.clear()
        self.link_actions.close_dialogs()
        self.reader.clear()
        self.directory.clear()


def _title() -> str:
    return QCoreApplication.translate("GuidancePage", "Guidance")


register(PageSpec("guidance", 2, _title, GuidancePage))
