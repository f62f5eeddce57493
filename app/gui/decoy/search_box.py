"""The notes' search box; it is also where a passphrase is typed, so it keeps nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

SENSITIVE_HINTS = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText


def mark_sensitive(widget: QWidget) -> None:
    """Ask input methods to store nothing and predict nothing for this field."""
    widget.setInputMethodHints(widget.inputMethodHints() | SENSITIVE_HINTS)


def empty_without_undo(edit: QLineEdit) -> None:
    """``clear()`` can be undone with Ctrl+Z; ``setText("")`` resets the undo history."""
    edit.setText("")


def _is_enter(key: int) -> bool:
    return key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchBox(QLineEdit):
    """Filters the notes as you type; Enter and Ctrl+Shift+Enter are reported, nothing more."""

    entered = Signal(str)
    create_requested = Signal(str)
    escaped = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesSearch")
        self.setPlaceholderText(self.tr("Search notes"))
        self.setAccessibleName(self.tr("Search notes"))
        self.setClearButtonEnabled(False)
        mark_sensitive(self)

    def event(self, event: QEvent) -> bool:
        # Ctrl+Shift+Enter is taken before QLineEdit sees it (it would also emit returnPressed).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (_is_enter(event.key()) or event.key() == Qt.Key.Key_Escape)
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if _is_enter(key):
            if mods == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                self.create_requested.emit(self.text())
            elif mods == Qt.KeyboardModifier.NoModifier:
                self.entered.emit(self.text())
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            empty_without_undo(self)
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class FocusOutWatcher(QObject):
    """Tells when a widget loses focus (used to cancel a pending unlock)."""

    lost = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.lost.emit()
        return False
