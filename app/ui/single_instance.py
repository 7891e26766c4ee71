"""One window per journal: a second launch brings the first one forward.

The first instance listens on a local (Unix domain) socket in the user's private
runtime folder; a second launch for the same journal folder connects, says
"show", and exits. This is local IPC between the user's own processes, never a
network socket. The socket name is a hash, so it reveals nothing about the folder.

The socket is Python's own, watched by a ``QSocketNotifier``: Qt's QLocalServer
would load QtNetwork (~6 ms of start-up and ~2.5 MiB) for this one socket. On
Windows, where local sockets are named pipes, QLocalServer does the job.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import stat
import struct
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QStandardPaths, QTimer, Signal

from app import APP_ID
from app.digests import sha256_hexdigest

CONNECT_TIMEOUT_MS = 500
_MESSAGE = b"show"
_BACKLOG = 4
_ON_WINDOWS = sys.platform == "win32"
SOCKET_PATH_MAX = 103  # sun_path holds 108 bytes on Linux, 104 on macOS, with the NUL


def server_name(folder: Path) -> str | None:
    """A per-user, per-journal socket path in a folder only this user can use.

    The runtime folder when Qt accepts one; else a 0700 folder of our own in the
    temp folder, checked to be ours. Never a name relative to the working folder,
    where another local user could take it and keep the app from opening. None
    when no private place exists: the app then simply runs without being found.
    """
    user = os.environ.get("USERNAME", "") if _ON_WINDOWS else str(os.getuid())
    digest = sha256_hexdigest(f"{APP_ID}\0{user}\0{folder}".encode())[:16]
    if _ON_WINDOWS:  # pragma: no cover - named pipes, private through QLocalServer's option
        return f"threshold-{digest}"
    runtime = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    leaf = f"threshold-{digest}"
    if runtime and len(os.fsencode(Path(runtime) / leaf)) <= SOCKET_PATH_MAX:
        return str(Path(runtime) / leaf)
    # No runtime folder, or one so deep a socket path would not fit (binding would
    # fail and a second launch would open a second window on the same journal).
    base = _private_temp_folder()
    if base is None or len(os.fsencode(base / leaf)) > SOCKET_PATH_MAX:
        return None
    return str(base / leaf)


def _private_temp_folder() -> Path | None:
    """``<temp>/threshold-<uid>``, made 0700; None if it is not a folder of ours alone."""
    import tempfile  # noqa: PLC0415 - only when Qt has no runtime folder

    folder = Path(tempfile.gettempdir()) / f"threshold-{os.getuid()}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    try:
        info = folder.lstat()
    except OSError:
        return None
    private = stat.S_ISDIR(info.st_mode) and not info.st_mode & 0o077
    return folder if private and info.st_uid == os.getuid() else None


def ask_running_instance_to_show(name: str | None) -> bool:
    """Whether another instance was listening (and was asked to come forward)."""
    if name is None:
        return False
    if _ON_WINDOWS:  # pragma: no cover - Windows only
        return _ask_through_qt(name)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(CONNECT_TIMEOUT_MS / 1000)
        try:
            client.connect(name)
            if not _peer_is_this_user(client):
                return False  # not our app: never let another user's socket stop us
            client.sendall(_MESSAGE)
        except OSError:
            return False  # nobody listens (no file, or a stale one), or it went away
    return True


def _peer_is_this_user(connection: socket.socket) -> bool:
    """Whether the listener runs as this user (Linux says; elsewhere the folder is the guard)."""
    option = getattr(socket, "SO_PEERCRED", None)
    if option is None:  # pragma: no cover - not Linux: the private folder is the guard
        return True
    credentials = connection.getsockopt(socket.SOL_SOCKET, option, struct.calcsize("3i"))
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return bool(uid == os.getuid())


class InstanceServer(QObject):
    """Listens for later launches.

    Signals:
        showRequested: another launch asked this window to come forward.
    """

    showRequested = Signal()

    def __init__(self, name: str | None) -> None:
        super().__init__()
        self._listener: _UnixListener | QObject | None
        if name is None:
            self._listener = None  # no private place for the socket: not findable
        elif _ON_WINDOWS:  # pragma: no cover - Windows only
            self._listener = _qt_listener(name, self, self.showRequested.emit)
        else:
            self._listener = _UnixListener.open(name, self, self.showRequested.emit)

    def is_listening(self) -> bool:
        """Whether later launches can reach this one."""
        return self._listener is not None

    def close(self) -> None:
        """Stop listening (on quit)."""
        if isinstance(self._listener, _UnixListener):
            self._listener.close()
        self._listener = None


class _UnixListener(QObject):
    """A listening Unix socket; each connection that says "show" calls ``on_show``."""

    def __init__(
        self, server: socket.socket, path: str, parent: QObject, on_show: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self._server = server
        self._path = path
        self._on_show = on_show
        self._notifier = QSocketNotifier(server.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._accept)
        self._pending: dict[socket.socket, QSocketNotifier] = {}

    @classmethod
    def open(cls, path: str, parent: QObject, on_show: Callable[[], None]) -> _UnixListener | None:
        """Listen at ``path`` (replacing a stale socket a crash left); None if another listens."""
        server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            _bind_private(server, path)
        except OSError:
            server.close()
            return None
        server.listen(_BACKLOG)
        server.setblocking(False)
        return cls(server, path, parent, on_show)

    def close(self) -> None:
        """Stop listening and remove the socket file."""
        self._notifier.setEnabled(False)
        for connection in list(self._pending):
            self._drop(connection)
        self._server.close()
        with contextlib.suppress(OSError):
            os.unlink(self._path)

    def _accept(self) -> None:
        try:
            connection, _ = self._server.accept()
        except OSError:
            return
        connection.setblocking(False)
        notifier = QSocketNotifier(connection.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(lambda: self._read(connection))
        self._pending[connection] = notifier
        # A launch that connects and never speaks is let go, not waited for.
        QTimer.singleShot(CONNECT_TIMEOUT_MS, self, lambda: self._drop(connection))

    def _read(self, connection: socket.socket) -> None:
        try:
            message = connection.recv(len(_MESSAGE))
        except BlockingIOError:
            return
        except OSError:
            message = b""
        self._drop(connection)
        if message == _MESSAGE:
            self._on_show()

    def _drop(self, connection: socket.socket) -> None:
        notifier = self._pending.pop(connection, None)
        if notifier is None:
            return
        notifier.setEnabled(False)
        notifier.deleteLater()
        connection.close()


def _bind_private(server: socket.socket, path: str) -> None:
    """Bind to ``path``, readable by this user only; a stale socket file is replaced.

    Raises OSError when another instance is listening there.
    """
    try:
        server.bind(path)
    except OSError as error:
        if error.errno != errno.EADDRINUSE or _someone_listens(path):
            raise
        os.unlink(path)  # left by a crash: nobody answers on it
        server.bind(path)
    os.chmod(path, 0o600)


def _someone_listens(path: str) -> bool:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(CONNECT_TIMEOUT_MS / 1000)
        try:
            probe.connect(path)
        except OSError:
            return False
    return True


def _ask_through_qt(name: str) -> bool:  # pragma: no cover - Windows only
    from PySide6.QtNetwork import QLocalSocket  # noqa: PLC0415 - Windows only

    local = QLocalSocket()
    local.connectToServer(name)
    if not local.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    local.write(_MESSAGE)
    local.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    local.disconnectFromServer()
    return True


def _qt_listener(
    name: str, parent: QObject, on_show: Callable[[], None]
) -> QObject:  # pragma: no cover
    """QLocalServer on Windows (named pipes), as before."""
    from PySide6.QtNetwork import QLocalServer, QLocalSocket  # noqa: PLC0415 - Windows only

    server = QLocalServer(parent)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        QLocalServer.removeServer(name)
        server.listen(name)

    def on_connection() -> None:
        connection = server.nextPendingConnection()
        if connection is None:
            return
        connection.readyRead.connect(lambda: read(connection))
        connection.disconnected.connect(connection.deleteLater)

    def read(connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(_MESSAGE):
            on_show()

    server.newConnection.connect(on_connection)
    return server
