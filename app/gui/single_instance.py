"""One instance at a time: a lock file in the data folder, and a local socket to wake the first."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QLockFile, QObject, Signal

LOCK_NAME = "notes.lock"
_SOCKET = "notes.sock"


def _socket_name(folder: Path) -> str:
    path = folder / _SOCKET
    if len(str(path)) < 100:
        return str(path)
    digest = hashlib.sha256(str(folder).encode()).hexdigest()[:16]
    return str(Path(QDir.tempPath()) / f"notes-{digest}")


class SingleInstance(QObject):
    """``acquire()`` is True for the first instance; a later launch calls ``wake_first()``."""

    woken = Signal()

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.lock = QLockFile(str(folder / LOCK_NAME))
        self.lock.setStaleLockTime(0)
        self.server: Any = None  # QLocalServer, imported after the first paint

    def acquire(self) -> bool:
        """False only when another instance holds the lock. A folder where no lock file can be
        made (read-only, odd permissions) still opens: the notes say calmly what cannot be saved."""
        if self.lock.tryLock(0):
            return True
        if self.lock.error() != QLockFile.LockError.LockFailedError:
            return True
        pid = self.lock.getLockInfo()[0]
        return not pid  # no process named in it: not a lock another instance holds

    def listen(self) -> None:
        """Answer later launches (done after the first paint: start-up stays fast)."""
        if self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        name = _socket_name(self.folder)
        QLocalServer.removeServer(name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(name):
            server.newConnection.connect(self._on_connection)
            self.server = server

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.disconnectFromServer()
            conn.deleteLater()
        self.woken.emit()

    def wake_first(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        sock = QLocalSocket()
        sock.connectToServer(_socket_name(self.folder))
        ok = sock.waitForConnected(1000)
        sock.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            name = _socket_name(self.folder)
            if os.path.exists(name):
                self.server.removeServer(name)
        self.lock.unlock()
