"""The one place that opens a web address in a browser, and only after a warning.

A browser keeps the address in its history and, when it is signed in to an account, syncs it to
other devices. So nothing opens a link directly: callers go through ``open_after_warning``, which
asks first. Tests patch ``open_url`` to see whether a browser would have been started.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.gui import dialogs

WEB_SCHEMES = ("https", "http")


@dataclass(frozen=True)
class LinkWarning:
    """The warning's texts, already translated by the caller (links belong to no catalogue)."""

    title: str
    text: str
    open_label: str
    cancel_label: str


def open_url(url: str) -> bool:
    """Start the browser. Only ``open_after_warning`` calls this."""
    return QDesktopServices.openUrl(QUrl(url))


def is_web(url: str) -> bool:
    return QUrl(url).scheme().lower() in WEB_SCHEMES


def open_after_warning(
    parent: QWidget,
    url: str,
    warning: LinkWarning,
    guard: Callable[[Callable[[int], None]], Callable[[int], None]] = lambda cb: cb,
    on_done: Callable[[bool], None] | None = None,
) -> QMessageBox | None:
    """Warn that the browser keeps (and may sync) this address; open it only if she says so.

    ``guard`` wraps the answer (the private space passes its lock generation's guard, so an
    answer arriving after a lock does nothing). Only web addresses are ever opened.
    """
    if not is_web(url):
        return None

    def answered(index: int) -> None:
        opened = index == 0 and open_url(url)
        if on_done is not None:
            on_done(bool(opened))

    box = dialogs.ask(
        parent,
        warning.title,
        warning.text,
        [warning.open_label, warning.cancel_label],
        guard(answered),
        informative=url,
        icon=QMessageBox.Icon.Warning,
    )
    # Enter alone must not start the browser: the safe answer is the default one.
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.RejectRole and isinstance(
            button, QPushButton
        ):
            box.setDefaultButton(button)
    return box
