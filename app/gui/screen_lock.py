"""Tells when the screen locks or the system goes to sleep (Linux: D-Bus; elsewhere: nothing
extra, the idle lock and focus loss still apply)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal, Slot

_SESSION_SIGNALS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "ActiveChanged"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "ActiveChanged"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "ActiveChanged"),
)
_LOGIN1 = "org.freedesktop.login1"


class ScreenLockListener(QObject):
    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []

    def connect_buses(self) -> None:
        """Listen on D-Bus (Linux); called once the notes are on screen."""
        if self.connected or not sys.platform.startswith("linux"):
            return
        self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for interface, path, name in _SESSION_SIGNALS:
                if session.connect("", path, interface, name, self, "1onActiveChanged(bool)"):
                    self.connected.append(f"{interface}.{name}")
        system = QDBusConnection.systemBus()
        if system.isConnected():
            if system.connect(
                _LOGIN1, "/org/freedesktop/login1", f"{_LOGIN1}.Manager", "PrepareForSleep",
                self, "1onPrepareForSleep(bool)",
            ):
                self.connected.append("PrepareForSleep")
            if system.connect(_LOGIN1, "", f"{_LOGIN1}.Session", "Lock", self, "1onSessionLock()"):
                self.connected.append("Session.Lock")

    @Slot(bool)
    def onActiveChanged(self, active: bool) -> None:  # noqa: N802 - D-Bus slot name
        if active:
            self.locked.emit()

    @Slot(bool)
    def onPrepareForSleep(self, starting: bool) -> None:  # noqa: N802
        if starting:
            self.locked.emit()

    @Slot()
    def onSessionLock(self) -> None:  # noqa: N802
        self.locked.emit()
