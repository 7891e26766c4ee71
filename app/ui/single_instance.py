"""One window per journal: a second launch brings the first one forward.

The first instance listens on a local (Unix domain) socket in the user's private
runtime folder; a second launch for the same journal folder connects, says
"show", and exits. This is local IPC between the user's own processes, never a
network socket. The socket name is a hash, so it reveals nothing about the folder.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app import APP_ID

CONNECT_TIMEOUT_MS = 500
_MESSAGE = b"show"


def server_name(folder: Path) -> str:
    """A per-user, per-journal socket path in the private runtime folder."""
    digest = hashlib.sha256(f"{APP_ID}\0{os.getuid()}\0{folder}".encode()).hexdigest()[:16]
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    return str(Path(runtime) / f"threshold-{digest}") if runtime else f"threshold-{digest}"


def ask_running_instance_to_show(name: str) -> bool:
    """Whether another instance was listening (and was asked to come forward)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(_MESSAGE)
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches.

    Signals:
        showRequested: another launch asked this window to come forward.
    """

    showRequested = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self._server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket left by a crash
            self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def close(self) -> None:
        """Stop listening (on quit)."""
        self._server.close()

    def _on_connection(self) -> None:
        connection = self._server.nextPendingConnection()
        if connection is None:
            return
        connection.readyRead.connect(lambda: self._on_message(connection))
        connection.disconnected.connect(connection.deleteLater)

    def _on_message(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(_MESSAGE):
            self.showRequested.emit()
