"""Screen lock and sleep on a private D-Bus: the signals a desktop sends reach the listener."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

import pytest
from PySide6.QtDBus import QDBusConnection

from app.gui.screen_lock import ScreenLockListener
from tests.helpers import create_space, window


@pytest.fixture
def private_bus() -> Iterator[str]:
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    yield address
    proc.terminate()
    proc.wait(5)


def send(address: str, path: str, interface: str, member: str, *args: str) -> None:
    subprocess.run(
        ["dbus-send", f"--bus={address}", "--type=signal", path, f"{interface}.{member}", *args],
        check=True,
    )


@pytest.mark.parametrize(
    ("path", "interface", "member", "args"),
    [
        (
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver",
            "ActiveChanged",
            ["boolean:true"],
        ),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", ["boolean:true"]),
        (
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            ["boolean:true"],
        ),
        ("/org/freedesktop/login1/session/_31", "org.freedesktop.login1.Session", "Lock", []),
    ],
)
def test_bus_signals_lock_the_space(
    qtbot, make_app, private_bus, path, interface, member, args
) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    create_space(qtbot, app, "lentebloesem fiets ajuin kasteel")
    name = f"bus-{member}-{path.count('/')}"
    bus = QDBusConnection.connectToBus(private_bus, name)
    assert bus.isConnected()
    listener = ScreenLockListener()
    # login1 signals must come from that service name: on a private bus, match any sender.
    listener.connect_buses(session=bus, system=_AnySender(bus))
    listener.locked.connect(win.lock)
    assert listener.connected
    send(private_bus, path, interface, member, *args)
    qtbot.waitUntil(lambda: not win.private_open, timeout=5000)
    QDBusConnection.disconnectFromBus(name)


def test_inactive_screen_saver_does_not_lock(qtbot, make_app, private_bus) -> None:  # type: ignore[no-untyped-def]
    app = make_app()
    win = window(app)
    create_space(qtbot, app, "lentebloesem fiets ajuin kasteel")
    bus = QDBusConnection.connectToBus(private_bus, "bus-inactive")
    listener = ScreenLockListener()
    listener.connect_buses(session=bus, system=bus)
    listener.locked.connect(win.lock)
    send(
        private_bus,
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
        "boolean:false",
    )
    qtbot.wait(500)
    assert win.private_open
    QDBusConnection.disconnectFromBus("bus-inactive")


class _AnySender:
    """The system-bus side on the private bus: same connection, sender not checked."""

    def __init__(self, bus: QDBusConnection) -> None:
        self.bus = bus

    def isConnected(self) -> bool:
        return self.bus.isConnected()

    def connect(self, _service: str, *rest: object) -> bool:
        return bool(self.bus.connect("", *rest))  # type: ignore[call-overload]


def test_windows_session_messages_that_lock() -> None:
    from app.gui.screen_lock import WM_WTSSESSION_CHANGE, session_change_locks

    assert session_change_locks(WM_WTSSESSION_CHANGE, 0x7)  # WTS_SESSION_LOCK
    assert session_change_locks(WM_WTSSESSION_CHANGE, 0x2)  # console disconnect
    assert not session_change_locks(WM_WTSSESSION_CHANGE, 0x8)  # unlock
    assert not session_change_locks(0x0100, 0x7)  # another message
