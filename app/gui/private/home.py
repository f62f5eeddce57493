"""Home: what to do now, the numbers for her language, the quick-exit gestures."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.core import directory
from app.gui.private.context import SpaceContext
from app.gui.private.numbers import NumberCard
from app.gui.private.registry import PageSpec, PrivatePage, register
from app.gui.private.widgets import fill_with_scrolling


class HomePage(PrivatePage):
    def __init__(self, ctx: SpaceContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.numbers_title = QLabel()
        self.gestures = QLabel()
        self.gestures.setWordWrap(True)
        self.gestures.setTextFormat(Qt.TextFormat.RichText)
        self.cards: list[NumberCard] = []
        self.cards_lang = ""
        grid = self.grid = QGridLayout()
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addWidget(self.intro)
        layout.addWidget(self.numbers_title)
        layout.addLayout(grid)
        layout.addWidget(self.gestures)
        layout.addStretch(1)
        fill_with_scrolling(self, inner, 820)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            "<p>"
            + self.tr("This is your private space. Only your passphrase opens it.")
            + "</p><p><b>"
            + self.tr("In danger now? Call 112 or 101.")
            + "</b></p><p>"
            + self.tr("What you can do here:")
            + "</p><ul><li>"
            + self.tr("Write down what happened, in your own words: Diary (Ctrl+3).")
            + "</li><li>"
            + self.tr("Get ready, step by step: Checklist (Ctrl+4).")
            + "</li><li>"
            + self.tr("Read what can help, and where to go: Guidance (Ctrl+2).")
            + "</li></ul>"
        )
        self.numbers_title.setText("<b>" + self.tr("Help by phone") + "</b>")
        self.gestures.setText(
            "<p><b>"
            + self.tr("Someone comes in?")
            + "</b><br>"
            + self.tr(
                "Press Esc, or press Shift three times, or the red button. The notes come back at once and this space is locked."
            )
            + "</p><p>"
            + self.tr(
                "Lock calmly: Ctrl+L. Pages: Ctrl+1 to Ctrl+5, or Ctrl+Page Up and Ctrl+Page Down."
            )
            + "</p><p>"
            + self.tr(
                "To come back: type your passphrase in the search box of the notes and press Enter. Capitals do not count."
            )
            + "</p>"
        )
        lang = self.ctx.language
        if lang != self.cards_lang:
            self._build_cards(lang)

    def _build_cards(self, lang: str) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for i, service in enumerate(directory.for_home(lang)):
            card = NumberCard(service, lang, self.ctx.clipboard)
            self.cards.append(card)
            self.grid.addWidget(card, i // 2, i % 2)
        self.cards_lang = lang


def _title() -> str:
    return QCoreApplication.translate("PrivateSpace", "Home")


register(PageSpec("home", 1, _title, HomePage))
