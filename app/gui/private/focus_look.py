"""Lists that show whether they have the keyboard focus, in light and dark themes alike."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

QUIET_SHARE = 0.3  # how much of the selection colour a list without focus keeps

_GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def _mix(colour: QColor, ground: QColor, share: float) -> QColor:
    return QColor(
        round(colour.red() * share + ground.red() * (1 - share)),
        round(colour.green() * share + ground.green() * (1 - share)),
        round(colour.blue() * share + ground.blue() * (1 - share)),
    )


class FocusAwareDelegate(QStyledItemDelegate):
    """The chosen row is lit in the selection colour while its list has the focus, and only a
    tint of it otherwise: with several lists side by side she sees where the keys go. The
    colours come from the palette, so a dark theme gets a dark tint."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        view = self.parent()
        if not isinstance(view, QAbstractItemView) or view.hasFocus():
            return
        palette = QPalette(option.palette)  # type: ignore[attr-defined]
        for group in _GROUPS:
            palette.setColor(
                group,
                QPalette.ColorRole.Highlight,
                _mix(
                    palette.color(group, QPalette.ColorRole.Highlight),
                    palette.color(group, QPalette.ColorRole.Base),
                    QUIET_SHARE,
                ),
            )
            palette.setColor(
                group,
                QPalette.ColorRole.HighlightedText,
                palette.color(group, QPalette.ColorRole.Text),
            )
        option.palette = palette  # type: ignore[attr-defined]


def show_focus(view: QAbstractItemView) -> None:
    """Give ``view`` the focus-aware look."""
    view.setItemDelegate(FocusAwareDelegate(view))
