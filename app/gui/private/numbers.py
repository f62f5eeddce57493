"""A help number shown large; pressing it copies the number (with "do not store" hints)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.core.directory import Service
from app.gui.clipboard import PrivateClipboard
from app.gui.private.widgets import big_number_button, make_bold


class NumberCard(QFrame):
    def __init__(
        self,
        service: Service,
        lang: str,
        clipboard: PrivateClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.lang = lang
        self.clipboard = clipboard
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setWordWrap(True)
        make_bold(self.name)
        self.number = big_number_button(service.number)
        self.number.setObjectName(f"number-{service.id}")
        self.number.clicked.connect(self.copy)
        self.hours = QLabel()
        self.hours.setWordWrap(True)
        self.copied = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.number)
        layout.addWidget(self.hours)
        layout.addWidget(self.copied)
        self.retranslate()

    def copy(self) -> None:
        self.clipboard.copy(self.service.number)
        self.copied.setText(self.tr("Copied. It is cleared again after 30 seconds."))

    def retranslate(self, lang: str | None = None) -> None:
        if lang:
            self.lang = lang
        self.name.setText(self.service.name(self.lang))
        self.hours.setText(self.service.hours_in(self.lang))
        self.number.setToolTip(self.tr("Copy this number"))
        self.number.setAccessibleName(
            self.tr("%1, number %2, press to copy")
            .replace("%1", self.service.name(self.lang))
            .replace("%2", self.service.number)
        )
