"""One Recruiter Desk per data directory.

Two guards, because each covers the other's blind spot:

* `SingleInstance` is the friendly one. A second start finds the first
  through a local socket, asks it to come to the front and exits, so a user
  who clicks the launcher twice sees their window instead of an error.
* `DataDirLock` is the safe one. The socket check can race (two starts in the
  same instant both find no server) and a stale socket file is removed
  blindly, so the database itself is guarded by a lock file that the
  operating system ties to the holding process.

The pattern follows Vorta's `qt_single_application.py`; the key follows house
rule 10 (it starts with `APP_ID`).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from recruiter_desk import APP_ID

logger = logging.getLogger(__name__)

ACTIVATE_MESSAGE = b"activate\n"
"""What a second start sends to the running instance; a line, so it can grow into a protocol."""

LOCK_FILE_NAME = "recruiter-desk.lock"

_CONNECT_TIMEOUT_MS = 500
_MAX_MESSAGE_BYTES = 1024
"""A peer that sends more than this without a newline is not one of us; drop it."""

_USER_PART_MAX = 8
_HASH_PART_LENGTH = 8


def instance_key(data_dir: Path) -> str:
    """The local-socket name for one user's instance on one data directory.

    Each data directory gets its own instance, so a `--demo` run or a second
    real desk can be open next to the normal one. The user name keeps users
    apart where the namespace is shared (Windows named pipes, `/tmp` on Linux).

    The name must stay short: on macOS and Linux it becomes a socket file in the
    temporary folder and the whole path must fit in `sun_path` (104 bytes on
    macOS, whose temporary folder alone is about 50). Only ASCII letters,
    digits, dots and dashes are used, which every platform accepts.
    """
    canonical = os.path.normcase(str(Path(data_dir).expanduser().resolve()))
    digest = hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:_HASH_PART_LENGTH]
    return f"{APP_ID}-{_user_part()}-{digest}"


def _user_part() -> str:
    """The user name reduced to safe characters; the data-dir hash carries the uniqueness."""
    try:
        name = getpass.getuser()
    except Exception:  # no USER/LOGNAME and no pwd entry (containers, some Windows services)
        name = ""
    safe = re.sub(r"[^A-Za-z0-9]", "", name)[:_USER_PART_MAX]
    return safe or "user"


class SingleInstance(QObject):
    """Makes a second start of the app hand over to the first one.

    Create it after the `QCoreApplication`/`QApplication`, call `acquire()`
    before building any window, and exit when it returns False. Connect
    `activation_requested` to something that shows and raises the main window.
    """

    activation_requested = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    @property
    def key(self) -> str:
        return self._key

    @property
    def is_primary(self) -> bool:
        """True once `acquire()` made this process the listening instance."""
        return self._server is not None and self._server.isListening()

    def acquire(self, timeout_ms: int = _CONNECT_TIMEOUT_MS) -> bool:
        """Become the running instance (True) or wake the running one (False).

        A server that accepts the connection is alive, even when its event
        loop is busy: the operating system queues the connection. When nobody
        answers, a socket file left by a crashed instance would make `listen()`
        fail on Unix, so it is removed first. That removal is blind, which is
        why `DataDirLock` guards the database as well.
        """
        if self._server is not None:
            return True
        if self._notify_running_instance(timeout_ms):
            return False

        QLocalServer.removeServer(self._key)
        server = QLocalServer(self)
        # Only this user may connect: nobody else can poke our window to the front.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept_connections)
        if not server.listen(self._key):
            # Still the instance in charge as far as we know; the data-dir lock
            # decides whether we may open the database. We only lose activation.
            logger.warning(
                "Cannot listen on local socket %r (%s); a second start will not raise this window",
                self._key,
                server.errorString(),
            )
            server.deleteLater()
            return True
        self._server = server
        logger.debug("Listening for second starts on %r", server.fullServerName())
        return True

    def release(self) -> None:
        """Stop listening, so the socket file disappears before the process ends."""
        for socket in list(self._buffers):
            self._forget(socket)
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _notify_running_instance(self, timeout_ms: int) -> bool:
        socket = QLocalSocket()
        try:
            socket.connectToServer(self._key)
            if not socket.waitForConnected(timeout_ms):
                return False
            socket.write(ACTIVATE_MESSAGE)
            if not socket.waitForBytesWritten(timeout_ms):
                logger.warning("The running instance did not take the activation request")
            socket.disconnectFromServer()
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(timeout_ms)
            return True
        finally:
            socket.abort()

    @Slot()
    def _accept_connections(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._read_and_forget(s))
            # Data can arrive before readyRead is connected; read what is there.
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer.extend(bytes(socket.readAll().data()))
        while b"\n" in buffer:
            line, _, rest = bytes(buffer).partition(b"\n")
            buffer[:] = rest
            if line.strip() == ACTIVATE_MESSAGE.strip():
                self.activation_requested.emit()
            else:
                logger.warning("Ignoring unknown message from a second start: %r", line[:80])
        if len(buffer) > _MAX_MESSAGE_BYTES:
            logger.warning("Dropping a local connection that sent an oversized message")
            self._forget(socket)

    def _read_and_forget(self, socket: QLocalSocket) -> None:
        self._read(socket)
        self._forget(socket)

    def _forget(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is None:
            return
        socket.abort()
        socket.deleteLater()


class DataDirLock:
    """An exclusive, crash-safe claim on one data directory.

    `QLockFile` writes the holder's pid, host and program name, and on Unix
    also holds an OS lock on the file. With `setStaleLockTime(0)` a lock is
    never considered stale just because it is old (we hold it for hours);
    `tryLock()` itself removes a lock whose process is gone. If the pid has
    been reused by another program since (after a reboot, say), `tryLock()`
    still fails; `removeStaleLockFile()` then deletes the file only if no live
    process holds it (flock on Unix, an open handle on Windows), so it is safe
    to call.
    """

    def __init__(self, data_dir: Path) -> None:
        self._path = Path(data_dir) / LOCK_FILE_NAME
        self._lock = QLockFile(str(self._path))
        self._lock.setStaleLockTime(0)

    @property
    def path(self) -> Path:
        return self._path

    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def try_lock(self, timeout_ms: int = 0) -> bool:
        """Take the lock, or return False when another live process holds it."""
        if self._lock.isLocked():
            return True
        self._path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(timeout_ms):
            return True
        if (
            self._lock.error() == QLockFile.LockError.LockFailedError
            and self._lock.removeStaleLockFile()
        ):
            logger.info("Removed a stale lock file at %s", self._path)
            return self._lock.tryLock(timeout_ms)
        return False

    def could_not_be_made(self) -> bool:
        """After a failed ``try_lock``: the lock file could not be written (a read-only folder,
        a full disk), which is not the same as another live process holding it."""
        return self._lock.error() in (
            QLockFile.LockError.PermissionError,
            QLockFile.LockError.UnknownError,
        )

    def holder(self) -> tuple[int, str, str] | None:
        """(pid, host name, program) of the current holder, for the "already in use" message."""
        pid, hostname, appname = self._lock.getLockInfo()
        return (int(pid), str(hostname), str(appname)) if pid else None

    def unlock(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()
