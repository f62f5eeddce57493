"""The PanicGuard: one application-wide event filter for the panic keys and the idle lock, plus
locking on focus loss and when the screen locks or the system sleeps."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from app.gui.screen_lock import ScreenLockListener, watch_windows_sessions

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

SHIFT_TAPS = 3
SHIFT_WINDOW_S = 2.0
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.HoverMove,
    QEvent.Type.HoverEnter,
}


class PanicGuard(QObject):
    """Esc, or Shift tapped alone three times within 2 s: panic, from anywhere in the private
    space (dialogs, menus and pop-ups included) and while an unlock or creation is pending."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._shift_down = False
        self._shift_clean = False
        self._taps: list[float] = []
        self.idle_ms_override: int | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._idle_timeout)
        window.private_opened.connect(self._restart_idle)
        window.private_locked.connect(self.idle.stop)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.installEventFilter(self)
        app.applicationStateChanged.connect(self._application_state)
        self.screen_lock = ScreenLockListener(self)
        self.screen_lock.locked.connect(self._screen_locked)
        self._windows_sessions = watch_windows_sessions(self.screen_lock, window)

    # state ----------------------------------------------------------------------------------
    def watching(self) -> bool:
        return self.window.private_open or self.window.unlock.pending or self.window.create_pending

    def panic(self) -> None:
        self._taps.clear()
        self.window.lock()

    # idle -------------------------------------------------------------------------------------
    def idle_ms(self) -> int:
        if self.idle_ms_override is not None:
            return self.idle_ms_override
        try:
            minutes = float(str(self.window.private_options.get("idle_minutes", "5")))
        except ValueError:
            minutes = 5.0
        return int(max(minutes, 0.01) * 60_000)

    def _restart_idle(self) -> None:
        if self.window.private_open:
            self.idle.start(self.idle_ms())

    def _idle_timeout(self) -> None:
        if self.window.private_open:
            self.window.lock()

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            return
        self.window.unlock.cancel()
        if (
            self.window.private_open
            and self.window.private_options.get("lock_on_focus_loss") == "1"
        ):
            self.window.lock()

    def _screen_locked(self) -> None:
        self.window.unlock.cancel()
        if self.window.create_pending:
            self.window.create_flow.cancel()
        if self.window.private_open:
            self.window.lock()

    # keys -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _ACTIVITY and self.window.private_open and self.idle.isActive():
            self.idle.start(self.idle_ms())
        if kind == QEvent.Type.Show:
            self._neutral_title(watched)
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(event, QKeyEvent) or not self._first_delivery(watched):
            return False
        if not self.watching():
            self._shift_down = False
            self._taps.clear()
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape and kind != QEvent.Type.KeyRelease:
            return self._escape()
        if kind == QEvent.Type.ShortcutOverride:
            return False
        if event.isAutoRepeat():
            return False
        if kind == QEvent.Type.KeyPress:
            if key == Qt.Key.Key_Shift:
                self._shift_down = True
                self._shift_clean = True
            else:
                self._shift_clean = False
                self._taps.clear()
            return False
        if key == Qt.Key.Key_Shift and self._shift_down:
            self._shift_down = False
            if self._shift_clean:
                now = time.monotonic()
                self._taps = [t for t in self._taps if now - t <= SHIFT_WINDOW_S] + [now]
                if len(self._taps) >= SHIFT_TAPS:
                    self.panic()
        return False

    def _neutral_title(self, watched: QObject) -> None:
        """A private dialog is a window of its own: window lists and Alt+Tab show its title.
        Give it the notes' title, so nothing there names the private space."""
        if (
            isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self.window
            and self.watching()
        ):
            watched.setWindowTitle(self.window.windowTitle())

    def _escape(self) -> bool:
        window = self.window
        if window.private_open:
            if window.private_options.get("esc_panics", "1") != "1":
                return False
            self.panic()
            return True
        # Pending unlock or the create dialog: Esc cancels and empties the search box.
        if window.create_pending:
            window.create_flow.cancel()
        window.unlock.cancel()
        window.notes.search.setText("")
        return True

    def _first_delivery(self, watched: QObject) -> bool:
        """A key event travels from the window to the focus widget and up to its parents; the
        filter sees each step. Act once: where Qt first delivers it to a widget (the focus
        widget of the pop-up or window, or the pop-up or window itself when nothing has focus)."""
        if isinstance(watched, QWindow) or not isinstance(watched, QWidget):
            return False
        top = QApplication.activePopupWidget() or watched.window()
        focused = top.focusWidget()
        return watched is (focused if focused is not None else top)
