"""The desktop's notification service (``org.freedesktop.Notifications``) over D-Bus.

PySide6's QtDBus cannot marshal the ``uint32`` that ``Notify`` takes, so the call is made with
``jeepney`` (pure Python; installed with ``keyring`` on Linux). The connection is opened on
first use and dropped on any error, so a notification service that starts later, or restarts,
is found at the next notification: nothing is decided once and for all.

Clicks come back as the ``ActionInvoked`` signal; a ``QSocketNotifier`` on the connection's
socket reads them on the GUI thread, without a thread of its own. Calls block the GUI thread
for at most ``timeout`` seconds (a service answers in milliseconds; a hung one is given up).
"""

from __future__ import annotations

import contextlib
import html
import logging
import os
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
DEFAULT_ACTION = "default"
NOTIFY_SIGNATURE = "susssasa{sv}i"

Connect = Callable[[], Any]
"""Opens a blocking jeepney connection to the session bus (a seam for tests)."""


def open_session_bus() -> Any:
    """Raises when there is no session bus (no ``DBUS_SESSION_BUS_ADDRESS``, not Linux…)."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise ConnectionError("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
    from jeepney.io.blocking import open_dbus_connection

    return open_dbus_connection("SESSION", auth_timeout=1.0)


class DesktopNotifications(QObject):
    """``notify`` returns the service's id for the notification, or None when there is no
    working service (the caller then tries its next way of telling the user)."""

    action_invoked = Signal(int, str)  # notification id, action key
    closed = Signal(int, int)  # notification id, reason

    def __init__(
        self,
        app_name: str,
        *,
        connect: Connect = open_session_bus,
        timeout: float = 2.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.app_name = app_name
        self._connect = connect
        self._timeout = timeout
        self._connection: Any = None
        self._signals: deque[Any] = deque()
        self._filter: Any = None
        self._reader: QSocketNotifier | None = None
        self._capabilities: frozenset[str] | None = None
        self.server_name = ""

    @property
    def connected(self) -> bool:
        return self._connection is not None

    def notify(
        self,
        summary: str,
        body: str,
        *,
        actions: Sequence[tuple[str, str]] = (),
        icon: str = "",
        desktop_entry: str = "",
        replaces_id: int = 0,
        resident: bool = False,
    ) -> int | None:
        """``actions`` are (key, label) pairs; the key ``"default"`` is what a click on the
        notification invokes. ``resident``: stays until acted on, where the service can."""
        try:
            self._ensure_connection()
            capabilities = self.capabilities()
            if "body-markup" in capabilities:
                # The text is the user's own words: shown as written, never as markup.
                body = html.escape(body, quote=False)
            hints: dict[str, tuple[str, Any]] = {"urgency": ("y", 1)}
            if desktop_entry:
                hints["desktop-entry"] = ("s", desktop_entry)
            if resident:
                hints["resident"] = ("b", True)
            flat = [part for pair in actions for part in pair] if "actions" in capabilities else []
            expire_ms = 0 if resident else -1  # 0: until acted on; -1: the service decides
            reply = self._call(
                "Notify",
                NOTIFY_SIGNATURE,
                (self.app_name, replaces_id, icon, summary, body, flat, hints, expire_ms),
            )
            notification_id = int(reply[0])
        except Exception as error:
            # No bus, no service, a service that hung or went away: not a bug. Forget the
            # connection so that the next notification tries afresh.
            log.info("desktop notification not shown: %s", error)
            self.close()
            return None
        self._dispatch_queued()
        return notification_id

    def capabilities(self) -> frozenset[str]:
        """What the service can do ("actions", "body-markup", "persistence", …), asked once
        per connection."""
        if self._capabilities is None:
            self._capabilities = frozenset(str(c) for c in self._call("GetCapabilities", "", ())[0])
        return self._capabilities

    def withdraw(self, notification_id: int) -> None:
        """Take a notification off the screen (its reminder was done elsewhere)."""
        if self._connection is None:
            return
        try:
            self._call("CloseNotification", "u", (notification_id,))
        except Exception as error:
            log.info("could not close a desktop notification: %s", error)
            self.close()

    def _call(self, method: str, signature: str, body: tuple[Any, ...]) -> Any:
        from jeepney import DBusAddress, MessageType, new_method_call

        connection = self._ensure_connection()
        message = new_method_call(
            DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=INTERFACE),
            method,
            signature or None,
            body,
        )
        reply = connection.send_and_get_reply(message, timeout=self._timeout)
        if reply.header.message_type is MessageType.error:
            raise ConnectionError(f"{method} failed: {reply.body}")
        return reply.body

    def close(self) -> None:
        self._capabilities = None
        if self._reader is not None:
            self._reader.setEnabled(False)
            self._reader.deleteLater()
            self._reader = None
        if self._connection is not None:
            with contextlib.suppress(OSError):
                self._connection.close()
            self._connection = None

    # -- the connection ------------------------------------------------------------------------

    def _ensure_connection(self) -> Any:
        if self._connection is not None:
            return self._connection
        from jeepney import MatchRule, message_bus
        from jeepney.io.blocking import Proxy

        connection = self._connect()
        try:
            rule = MatchRule(type="signal", interface=INTERFACE, path=OBJECT_PATH)
            Proxy(message_bus, connection, timeout=self._timeout).AddMatch(rule)
            self._filter = connection.filter(rule, queue=self._signals)
        except Exception:
            connection.close()
            raise
        self._connection = connection
        self._reader = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._read_incoming)
        return connection

    def _read_incoming(self) -> None:
        connection = self._connection
        if connection is None:
            return
        try:
            while True:
                connection.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ValueError) as error:  # the bus went away
            log.info("D-Bus session closed: %s", error)
            self.close()
        self._dispatch_queued()

    def _dispatch_queued(self) -> None:
        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(_member_field())
            if member == "ActionInvoked":
                notification_id, key = message.body
                self.action_invoked.emit(int(notification_id), str(key))
            elif member == "NotificationClosed":
                notification_id, reason = message.body
                self.closed.emit(int(notification_id), int(reason))


def _member_field() -> Any:
    from jeepney import HeaderFields

    return HeaderFields.member
