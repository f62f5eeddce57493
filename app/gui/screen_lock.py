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
