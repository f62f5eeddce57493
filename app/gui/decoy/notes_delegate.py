"""Draws a note in the list as two lines: its title, then the date and the start of the text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.gui.decoy.notes_model import SUBTITLE_ROLE

_Index = QModelIndex | QPersistentModelIndex
PAD = 6


class NoteDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, 2 * height + 3 * PAD // 2 + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        title = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        main = option.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        rect: QRect = option.rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
        line = QFontMetrics(option.font).height()
        painter.save()
        bold = option.font
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(main)
        metrics = QFontMetrics(bold)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        bold.setBold(False)
        painter.setFont(bold)
        painter.setPen(_secondary(option.palette, selected))
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        painter.drawText(
            QRect(rect.left(), rect.top() + line + PAD // 2, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


def _secondary(palette: QPalette, selected: bool) -> QColor:
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
    return palette.color(QPalette.ColorGroup.Normal, role)
