"""Text copied from the private space: "do not store" hints, and cleared on lock, on quit and
after 30 seconds if unchanged. Only text the app put there itself is ever cleared.

Copies made with Ctrl+C in private fields are caught too: while the private space is open, any
clipboard change that this app owns is re-published with the hints and tracked the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"\x01\x00\x00\x00",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
    "CanUploadToCloudClipboard": b"\x00\x00\x00\x00",
}


class PrivateClipboard(QObject):
    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._publishing = False
        self.watching = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear)
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        for fmt, value in _HINTS.items():
            mime.setData(fmt, value)
        self._publishing = True
        try:
            QGuiApplication.clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        finally:
            self._publishing = False
        self._copied = text
        self._timer.start()

    def _changed(self) -> None:
        """Ctrl+C in a private field: add the hints and track it like our own copies."""
        if self._publishing or not self.watching:
            return
        board = QGuiApplication.clipboard()
        mime = board.mimeData(QClipboard.Mode.Clipboard)
        if mime is None or not mime.hasText() or mime.hasFormat("x-kde-passwordManagerHint"):
            return
        if not board.ownsClipboard() and QGuiApplication.platformName() != "offscreen":
            return  # another program's copy (offscreen, every copy is this process's)
        self.copy(mime.text())

    def clear(self) -> None:
        """Clear the clipboard if it still holds our text, and PRIMARY if we own it."""
        self._timer.stop()
        board = QGuiApplication.clipboard()
        if self._copied is not None and board.text(QClipboard.Mode.Clipboard) == self._copied:
            board.clear(QClipboard.Mode.Clipboard)
        self._copied = None
        if board.supportsSelection() and board.ownsSelection():
            board.clear(QClipboard.Mode.Selection)
