"""Small building blocks the private pages share: a scrolling page body, bold and big type."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.gui import dialogs, files


def scrolling(inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless scroll area that resizes it to the width available.

    The area itself takes no Tab stop: every page body put in one holds buttons or fields, and
    the area scrolls to whichever of them gets the focus. A stop on the area would show nothing.
    """
    scroll = QScrollArea()
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(inner)
    return scroll


def fill_with_scrolling(page: QWidget, inner: QWidget, max_width: int) -> None:
    """Make ``inner`` (at most ``max_width`` wide, for readable lines) the page's whole body."""
    inner.setMaximumWidth(max_width)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scrolling(inner))


def make_bold(widget: QWidget, scale: float = 1.0) -> None:
    font = QFont(widget.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)


BIG_NUMBER = 1.8  # phone numbers are read under stress: large and bold

# A flat button draws no focus frame of its own: a border in the theme's highlight colour
# (light and dark alike) shows where the keys go; a transparent one keeps the size the same.
FLAT_FOCUS_STYLE = (
    "QPushButton { border: 2px solid transparent; border-radius: 4px; padding: 2px 8px;"
    " background: transparent; }"
    " QPushButton:focus { border: 2px solid palette(highlight); }"
    " QPushButton:hover { border: 2px solid palette(mid); }"
    " QPushButton:focus:hover { border: 2px solid palette(highlight); }"
)


def big_number_button(number: str) -> QPushButton:
    """A help number, large and bold, that shows clearly when it has the keyboard focus."""
    button = QPushButton(number)
    make_bold(button, BIG_NUMBER)
    button.setFlat(True)
    button.setStyleSheet(FLAT_FOCUS_STYLE)
    return button


class LinkLabel(QLabel):
    """A line with one link that the keyboard reaches too: Tab stops on the link (lit in the
    selection colour), Enter or Space activates it like a click (``linkActivated``), so it goes
    through the same choices (copy, QR code, browser after a warning)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "QLabel { border: 2px solid transparent; border-radius: 4px; }"
            " QLabel:focus { border: 2px solid palette(highlight); }"
        )

    def set_link(self, text: str, url: str) -> None:
        """``text`` (rich text holding the link to ``url``); no link: no Tab stop."""
        self.url = url
        self.setText(text)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if url else Qt.FocusPolicy.NoFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.url and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            event.accept()
            self.linkActivated.emit(self.url)
            return
        super().keyPressEvent(event)


def confirm_save_target(
    parent: QWidget,
    target: Path,
    synced_warning: str,
    title: str,
    labels: tuple[str, str],
    answer: Callable[[bool], None],
) -> QMessageBox | None:
    """Before writing a file she chose: warn when its folder is synchronised to a cloud and
    when a file of that name is there already. ``answer(True)`` goes ahead, at once when there
    is nothing to warn about. Returns the question asked, if any."""
    warnings: list[str] = []
    if files.is_synced_folder(target.parent):
        warnings.append(synced_warning)
    if target.exists():
        warnings.append(
            QCoreApplication.translate(
                "SaveTarget", "A file with this name is already there. Replace it?"
            )
        )
    if not warnings:
        answer(True)
        return None
    return dialogs.ask(
        parent,
        title,
        "\n\n".join(warnings),
        list(labels),
        lambda index: answer(index == 0),
        icon=QMessageBox.Icon.Warning,
    )
