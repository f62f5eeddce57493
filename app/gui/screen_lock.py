"""Tells when the screen locks or the system goes to sleep (Linux: D-Bus; elsewhere nothing
extra: the idle lock and the minimise and focus-loss locks still apply)."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import SLOT, QObject, Signal, Slot

SCREEN_SAVER_SIGNALS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)
LOGIN1 = "org.freedesktop.login1"


class ScreenLockListener(QObject):
    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []

    def connect_buses(self, session: Any = None, system: Any = None) -> None:
        """Listen on the session and system buses (tests pass private ones); called once the
        notes are on screen."""
        if self.connected or not sys.platform.startswith("linux"):
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session = session if session is not None else QDBusConnection.sessionBus()
        system = system if system is not None else QDBusConnection.systemBus()
        if session.isConnected():
            for interface, path in SCREEN_SAVER_SIGNALS:
                # PySide6 takes the SLOT() string here, whatever its type stubs say.
                if session.connect(  # type: ignore[call-overload]
                    "", path, interface, "ActiveChanged", self, SLOT("onActiveChanged(bool)")
                ):
                    self.connected.append(f"{interface} {path}")
        if system.isConnected():
            if system.connect(  # type: ignore[call-overload]
                LOGIN1,
                "/org/freedesktop/login1",
                f"{LOGIN1}.Manager",
                "PrepareForSleep",
                self,
                SLOT("onPrepareForSleep(bool)"),
            ):
                self.connected.append("PrepareForSleep")
            if system.connect(  # type: ignore[call-overload]
                LOGIN1, "", f"{LOGIN1}.Session", "Lock", self, SLOT("onSessionLock()")
            ):
                self.connected.append("Session.Lock")

    @Slot(bool)
    def onActiveChanged(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot(bool)
    def onPrepareForSleep(self, starting: bool) -> None:
        if starting:
            self.locked.emit()

    @Slot()
    def onSessionLock(self) -> None:
        self.locked.emit()


# Windows, best effort: session-change notifications for the main window.
WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
_LOCKING_CHANGES = {WTS_CONSOLE_DISCONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOCK}


def session_change_locks(message: int, wparam: int) -> bool:
    """True for the Windows messages that mean: the session is being locked or left."""
    return message == WM_WTSSESSION_CHANGE and wparam in _LOCKING_CHANGES


def watch_windows_sessions(listener: ScreenLockListener, window: Any) -> object | None:
    """Register the main window for session notifications and feed them to ``listener``."""
    if sys.platform != "win32":
        return None
    window_id = int(window.winId())
    import ctypes
    from ctypes import wintypes

    from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication

    class _Filter(QAbstractNativeEventFilter):
        def nativeEventFilter(self, event_type: object, message: object) -> object:
            if bytes(event_type) == b"windows_generic_MSG":  # type: ignore[call-overload]
                msg = wintypes.MSG.from_address(int(message))  # type: ignore[call-overload]
                if session_change_locks(int(msg.message), int(msg.wParam)):
                    listener.locked.emit()
            return False, 0

    try:
        ctypes.windll.wtsapi32.WTSRegisterSessionNotification(window_id, 0)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return None
    native = _Filter()
    app = QCoreApplication.instance()
    if app is not None:
        app.installNativeEventFilter(native)
    return native
