"""Slow work off the GUI thread; the result comes back through a queued Qt signal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Bridge(QObject):
    done = Signal(object, object)  # result, exception


# Jobs stay referenced until their result is delivered: a job dropped by its owner while the
# queued result is in flight would take its bridge object with it.
_running: set[Job] = set()


class Job:
    """Run ``work`` in a thread; ``on_done(result)`` or ``on_error(exc)`` run on the GUI thread
    unless the job was cancelled first, in which case ``on_discard(result)`` cleans up."""

    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_discard: Callable[[Any], None] | None = None,
    ) -> None:
        self._work = work
        self._on_done = on_done
        self._on_error = on_error
        self._on_discard = on_discard
        self.cancelled = False
        self.finished = False
        self._bridge = _Bridge()
        self._bridge.done.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self) -> Job:
        _running.add(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.cancelled = True

    def wait(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    def _run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # delivered to the GUI thread, never printed
            self._bridge.done.emit(None, exc)
            return
        self._bridge.done.emit(result, None)

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.finished = True
        _running.discard(self)
        if self.cancelled:
            if result is not None and self._on_discard is not None:
                self._on_discard(result)  # e.g. close a vault nobody is waiting for any more
            return
        if error is not None:
            if self._on_error is not None:
                self._on_error(error)
            return
        self._on_done(result)
