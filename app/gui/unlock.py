"""Unlock from the search box: derive off the GUI thread, try every slot, cancel on any sign
that she is no longer waiting for it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from app.core.passphrase import long_enough_to_try
from app.core.slots import SlotHit
from app.core.spaces import Spaces
from app.gui.worker import Job

_CANCELLING_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class UnlockController(QObject):
    """``start(text)`` looks for a private space; ``found`` fires only for a hit not cancelled."""

    found = Signal(object)  # SlotHit
    pending_changed = Signal(bool)

    def __init__(self, spaces: Spaces, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spaces = spaces
        self._job: Job | None = None

    @property
    def pending(self) -> bool:
        return self._job is not None

    def start(self, text: str) -> None:
        self.cancel()
        if not long_enough_to_try(text):
            return  # an ordinary search: nothing else happens
        spaces = self.spaces

        def work() -> SlotHit | None:
            return spaces.find(spaces.derive(text))

        self._job = Job(work, self._done, self._failed)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.pending_changed.emit(True)
        self._job.start()

    def cancel(self) -> None:
        if self._job is None:
            return
        self._job.cancel()
        self._finish()

    def _finish(self) -> None:
        self._job = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.pending_changed.emit(False)

    def _done(self, hit: SlotHit | None) -> None:
        self._finish()
        if hit is not None:
            self.found.emit(hit)

    def _failed(self, _exc: BaseException) -> None:
        self._finish()  # a miss and a failure look the same: an ordinary search

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._job is not None and event.type() in _CANCELLING_EVENTS:
            self.cancel()
        return False

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` now if nothing is pending (used by tests and shutdown)."""
        if self._job is None:
            callback()
