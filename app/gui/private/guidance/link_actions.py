"""What a click on a link does in the private space: never open it directly.

A phone number is copied. A website is copied by default, can be shown as a QR code to open on a
safer phone, or opened in the browser after the warning of ``app.gui.links``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QWidget

from app.core import directory
from app.gui import dialogs, links
from app.gui.private.context import SpaceContext
from app.gui.private.guidance.qr import QrDialog

COPY, QR, BROWSER = 0, 1, 2


def readable_number(dial: str) -> str:
    """The number as the directory writes it ("0800 30 030"), or its digits."""
    digits = "".join(ch for ch in dial if ch.isdigit())
    for service in directory.services():
        if service.dial == digits:
            return service.number
    return digits


def sms_only(dial: str) -> bool:
    digits = "".join(ch for ch in dial if ch.isdigit())
    return any(s.dial == digits and s.sms for s in directory.services())


class LinkActions(QObject):
    """Handles links for one page; ``confirmed`` carries the quiet line to show after a copy."""

    confirmed = Signal(str)

    def __init__(self, page: QWidget, ctx: SpaceContext) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = ctx
        self.qr_dialog: QrDialog | None = None

    def activate(self, url: QUrl | str) -> None:
        link = url if isinstance(url, QUrl) else QUrl(url)
        scheme = link.scheme().lower()
        if scheme == "tel":
            self.copy_number(link.path())
        elif scheme in links.WEB_SCHEMES:
            self.offer(link.toString())

    def copy_number(self, dial: str) -> None:
        number = readable_number(dial)
        if not number:
            return
        self.ctx.clipboard.copy(number)
        if sms_only(number):
            text = self.tr("Copied %1 (text messages only). It is cleared again after 30 seconds.")
        else:
            text = self.tr("Copied %1. It is cleared again after 30 seconds.")
        self.confirmed.emit(text.replace("%1", number))

    def copy_link(self, url: str) -> None:
        self.ctx.clipboard.copy(url)
        self.confirmed.emit(self.tr("Link copied. It is cleared again after 30 seconds."))

    def offer(self, url: str) -> None:
        """Copy (the default), a QR code, or the browser after a warning; Cancel does nothing."""
        dialogs.ask(
            self.page,
            self.tr("Website"),
            self.tr("What do you want to do with this website?"),
            [
                self.tr("Copy the link"),
                self.tr("Show a QR code"),
                self.tr("Open in the browser..."),
                self.tr("Cancel"),
            ],
            self.ctx.generation.guard(lambda index: self._chosen(index, url)),
            informative=url,
        )

    def _chosen(self, index: int, url: str) -> None:
        if index == COPY:
            self.copy_link(url)
        elif index == QR:
            self.show_qr(url)
        elif index == BROWSER:
            self.open_in_browser(url)

    def show_qr(self, url: str) -> QrDialog:
        if self.qr_dialog is not None:
            self.qr_dialog.close()
            self.qr_dialog.deleteLater()
        self.qr_dialog = QrDialog(url, self.page)
        self.qr_dialog.open()
        return self.qr_dialog

    def open_in_browser(self, url: str) -> None:
        warning = links.LinkWarning(
            title=self.tr("Open in the browser?"),
            text=self.tr(
                "The browser keeps this website in its history. If the browser is signed in to "
                "an account (Google, Microsoft, Firefox), the history is also synced to other "
                "devices. Copying the link, or a QR code to open it on a safer phone, leaves no "
                "browser history here."
            ),
            open_label=self.tr("Open anyway"),
            cancel_label=self.tr("Cancel"),
        )
        links.open_after_warning(self.page, url, warning, guard=self.ctx.generation.guard)

    def close_dialogs(self) -> None:
        if self.qr_dialog is not None:
            self.qr_dialog.close()
            self.qr_dialog.deleteLater()
            self.qr_dialog = None
