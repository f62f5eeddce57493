"""Small building blocks the private pages share: a scrolling page body, bold and big type."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling(inner: QWidget) -> QScrollArea:
    """``inner`` in a frameless scroll area that resizes it to the width available."""
    scroll = QScrollArea()
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
