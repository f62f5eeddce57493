"""Check boxes and hints whose text wraps: the diary's form never needs to scroll sideways.

A plain QCheckBox keeps its label on one line, so a long label (or a long translation) makes the
whole form wider than its pane. These wrap onto more lines instead, whatever the language.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class WrapCheckBox(QCheckBox):
    """A check box whose label wraps; the indicator stays beside the first line."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        opt = QStyleOptionButton()
        self.initStyleOption(opt)
        return opt

    def _one_line(self) -> QSize:
        return super().sizeHint()

    def text_left(self) -> int:
        """Room the indicator and its spacing take before the text."""
        opt = self._option()
        opt.rect = QRect(QPoint(0, 0), self._one_line())
        contents = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, opt, self)
        return contents.left()

    def _text_height(self, width: int) -> int:
        return (
            self.fontMetrics()
            .boundingRect(QRect(0, 0, max(width, 1), 100_000), int(WRAP), self.text())
            .height()
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        line = self._one_line().height()
        extra = line - self.fontMetrics().height()
        return max(line, self._text_height(width - self.text_left()) + extra)

    def minimumSizeHint(self) -> QSize:
        words = self.text().split() or [""]
        longest = max(self.fontMetrics().horizontalAdvance(w) for w in words)
        return QSize(self.text_left() + longest + 2, self._one_line().height())

    def sizeHint(self) -> QSize:
        return self._one_line()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        opt = self._option()
        style = self.style()
        line = QRect(opt.rect.topLeft(), QSize(opt.rect.width(), self._one_line().height()))
        indicator = QStyleOptionButton(opt)
        indicator.rect = line
        indicator.rect = style.subElementRect(
            QStyle.SubElement.SE_CheckBoxIndicator, indicator, self
        )
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, indicator)
        left = self.text_left()
        top = (line.height() - self.fontMetrics().height()) // 2
        area = QRect(left, top, max(opt.rect.width() - left, 1), opt.rect.height() - top)
        shown = style.itemTextRect(self.fontMetrics(), area, int(WRAP), True, self.text())
        style.drawItemText(
            painter,
            area,
            int(WRAP),
            opt.palette,
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.WindowText,
        )
        if self.hasFocus():
            focus = QStyleOptionFocusRect()
            focus.initFrom(self)
            focus.rect = shown.adjusted(-2, -1, 2, 1).intersected(self.rect())
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


class Hint(QLabel):
    """A wrapped, smaller second line under a check box (its examples); a click ticks the box."""

    clicked = Signal()

    def __init__(self, buddy: QCheckBox) -> None:
        super().__init__()
        self.setWordWrap(True)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.setFont(font)
        self.buddy_box = buddy
        self.clicked.connect(buddy.toggle)

    def indent_under(self, box: QWidget) -> None:
        """Line the hint up with the check box's text, not with its indicator."""
        if isinstance(box, WrapCheckBox):
            self.setIndent(box.text_left())
        self.setContentsMargins(0, 0, 0, 4)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)
