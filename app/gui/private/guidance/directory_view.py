"""The help directory: a searchable list of services, filtered by region, numbers large."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import directory, guidance
from app.core.directory import Service
from app.gui.decoy.search_box import empty_without_undo, mark_sensitive
from app.gui.private.formats import space_locale
from app.gui.private.guidance import synonyms
from app.gui.private.widgets import LinkLabel, big_number_button, scrolling

REGION_CHOICES = ("", "national", "flanders", "brussels", "wallonia")


def link_html(url: str) -> str:
    shown = QUrl(url).host().removeprefix("www.") or url
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(shown)}</a>'


def checked_date(checked: str, lang: str) -> str:
    date = QDate.fromString(checked, "yyyy-MM-dd")
    if not date.isValid():
        return checked
    return space_locale(lang).toString(date, "d MMMM yyyy")


class ServiceCard(QFrame):
    """One service: name, the number large (pressing it copies it), hours, what it is for,
    website, source and the date the facts were checked."""

    number_pressed = Signal(str)
    link = Signal(object)

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName(f"service-{service.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setWordWrap(True)
        bold = QFont(self.name.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        self.name.setFont(bold)
        self.number: QPushButton | None = None
        self.sms_badge: QLabel | None = None
        number_row = QHBoxLayout()
        if service.number:
            self.number = big_number_button(service.number)
            self.number.setObjectName(f"number-{service.id}")
            self.number.clicked.connect(lambda: self.number_pressed.emit(service.number))
            if service.sms:
                self.sms_badge = QLabel()
                self.sms_badge.setObjectName("smsBadge")
                self.sms_badge.setFont(bold)
                number_row.addWidget(self.sms_badge)
            number_row.addWidget(self.number)
        number_row.addStretch(1)
        self.hours = QLabel()
        self.hours.setWordWrap(True)
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.website = LinkLabel()
        self.website.setObjectName("serviceWebsite")
        self.website.linkActivated.connect(self.link.emit)
        self.source = LinkLabel()
        self.source.setObjectName("serviceSource")
        self.source.setWordWrap(True)
        self.source.linkActivated.connect(self.link.emit)
        small = QFont(self.source.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.source.setFont(small)
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addLayout(number_row)
        layout.addWidget(self.hours)
        layout.addWidget(self.purpose)
        layout.addWidget(self.website)
        layout.addWidget(self.source)

    def retranslate(self, lang: str, checked: str) -> None:
        s = self.service
        self.name.setText(s.name(lang))
        if self.number is not None:
            if s.sms:
                self.number.setToolTip(self.tr("Copy this number (text messages only)"))
                self.number.setAccessibleName(
                    self.tr("%1, text message number %2, press to copy")
                    .replace("%1", s.name(lang))
                    .replace("%2", s.number)
                )
            else:
                self.number.setToolTip(self.tr("Copy this number"))
                self.number.setAccessibleName(
                    self.tr("%1, number %2, press to copy")
                    .replace("%1", s.name(lang))
                    .replace("%2", s.number)
                )
        if self.sms_badge is not None:
            self.sms_badge.setText(self.tr("SMS"))
            self.sms_badge.setToolTip(self.tr("Text messages only, not calls"))
        self.hours.setText(s.hours_in(lang))
        self.purpose.setText(s.purpose(lang))
        self.website.set_link(
            self.tr("Website: %1").replace("%1", link_html(s.website)) if s.website else "",
            s.website,
        )
        self.website.setVisible(bool(s.website))
        self.source.set_link(
            self.tr("Source: %1, checked on %2")
            .replace("%1", link_html(s.source))
            .replace("%2", html.escape(checked_date(checked, lang))),
            s.source,
        )


class DirectoryView(QWidget):
    number_pressed = Signal(str)
    link = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ""
        self.checked, services = directory.load()
        self.search = QLineEdit()
        self.search.setObjectName("directorySearch")
        self.search.setClearButtonEnabled(True)
        mark_sensitive(self.search)
        self.region = QComboBox()
        self.region.setObjectName("directoryRegion")
        for code in REGION_CHOICES:
            self.region.addItem("", code)
        self.region_label = QLabel()
        self.region_label.setBuddy(self.region)
        self.empty = QLabel()
        self.empty.setObjectName("directoryEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.need_note = QLabel()
        self.need_note.setObjectName("directoryNeedNote")
        self.need_note.setWordWrap(True)
        self.need_note.hide()
        self.cards: list[ServiceCard] = []
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.addWidget(self.need_note)
        for service in services:
            card = ServiceCard(service)
            card.number_pressed.connect(self.number_pressed.emit)
            card.link.connect(self.link.emit)
            self.cards.append(card)
            column.addWidget(card)
        column.addWidget(self.empty)
        column.addStretch(1)
        inner.setMaximumWidth(760)
        scroll = scrolling(inner)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.region_label)
        top.addWidget(self.region)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.search.textChanged.connect(self.apply_filter)
        self.region.currentIndexChanged.connect(self.apply_filter)
        self.setFocusProxy(self.search)

    def current_region(self) -> str:
        return str(self.region.currentData() or "")

    def set_region(self, region: str) -> None:
        self.region.setCurrentIndex(max(0, self.region.findData(region)))

    def visible_services(self) -> list[Service]:
        return [c.service for c in self.cards if not c.isHidden()]

    def apply_filter(self) -> None:
        region, query, lang = self.current_region(), self.search.text(), self.lang or "en"
        # The words she types, and what the services' texts say for them ("shelter", "rape"),
        # in the name, number, hours and what each service is for.
        helpers = {s for need in synonyms.needs_of(query) for s in need.services}
        shown = {
            c.service.id
            for c in self.cards
            if guidance.in_region(c.service, region)
            and (
                c.service.id in helpers
                or synonyms.matches(guidance.service_text(c.service, lang), query)
            )
        }
        for card in self.cards:
            card.setHidden(card.service.id not in shown)
        self.empty.setText(
            self.tr(
                "No service found for these words. Try another word, or empty the search "
                "box to see every service."
            )
            if not region
            else self.tr(
                "No service found here for these words. Try another word, or choose All regions."
            )
        )
        self.empty.setVisible(not shown)
        notes = [self.need_text(need.key) for need in synonyms.needs_of(query)]
        self.need_note.setText("\n".join(n for n in notes if n))
        self.need_note.setVisible(bool(shown) and bool(self.need_note.text()))

    def need_text(self, key: str) -> str:
        if key == "shelter":
            return self.tr(
                "Shelters are not listed here. These services can help you find a safe "
                "place to stay."
            )
        if key == "legal":
            return self.tr(
                "Lawyers are not listed here. These services answer legal questions and "
                "explain your rights and the procedure."
            )
        return ""

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.search.setPlaceholderText(self.tr("Search by name, number or need"))
        self.search.setAccessibleName(self.tr("Search the help directory"))
        self.region_label.setText(self.tr("Region:"))
        names = {
            "": self.tr("All regions"),
            "national": self.tr("Whole country"),
            "flanders": self.tr("Flanders"),
            "brussels": self.tr("Brussels"),
            "wallonia": self.tr("Wallonia"),
        }
        for i in range(self.region.count()):
            self.region.setItemText(i, names[str(self.region.itemData(i) or "")])
        for card in self.cards:
            card.retranslate(lang, self.checked)
        self.apply_filter()

    def clear(self) -> None:
        empty_without_undo(self.search)
