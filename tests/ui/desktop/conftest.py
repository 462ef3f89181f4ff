"""The desktop stand-in for the tests marked ``desktop``: a real X display (Xvfb) with a real
system tray (Debian's ``trayer``), and a real D-Bus session with a real notification daemon
(Debian's ``dunst``). ``scripts/run_desktop_tests.sh`` starts them and runs these tests with
``QT_QPA_PLATFORM=xcb``.

Elsewhere (the normal offscreen run, a machine without the tools) each test is skipped with
the reason. With ``RECRUITER_DESK_REQUIRE_DESKTOP=1`` (as ``.ci/run`` sets it) a missing
stand-in fails the test instead: CI must never pass by skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

REQUIRE = os.environ.get("RECRUITER_DESK_REQUIRE_DESKTOP") == "1"
HOW = "scripts/run_desktop_tests.sh starts Xvfb, trayer and dunst and runs these tests"


def unavailable(reason: str) -> None:
    if REQUIRE:
        pytest.fail(f"RECRUITER_DESK_REQUIRE_DESKTOP=1, but {reason}", pytrace=False)
    pytest.skip(f"{reason} ({HOW})")


@pytest.fixture
def x_display(qapp: object) -> str:
    platform = QGuiApplication.platformName()
    if platform != "xcb" or not os.environ.get("DISPLAY"):
        unavailable(f"needs a real X display (QT_QPA_PLATFORM=xcb and DISPLAY), not {platform!r}")
    return os.environ["DISPLAY"]


@pytest.fixture
def real_tray(qtbot: QtBot, x_display: str) -> None:
    """A system tray on the display. Asked after the QApplication exists, never before."""
    if shutil.which("xdotool") is None:
        unavailable("xdotool (to click like a user) is not installed")
    try:
        qtbot.waitUntil(QSystemTrayIcon.isSystemTrayAvailable, timeout=10_000)
    except qtbot.TimeoutError:
        unavailable("there is no system tray on the display (is trayer running?)")


def server_name() -> str:
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection("SESSION", auth_timeout=2) as connection:
        reply = connection.send_and_get_reply(
            new_method_call(
                DBusAddress(
                    "/org/freedesktop/Notifications",
                    bus_name="org.freedesktop.Notifications",
                    interface="org.freedesktop.Notifications",
                ),
                "GetServerInformation",
            ),
            timeout=5,
        )
    return str(reply.body[0])


@pytest.fixture
def notification_daemon(x_display: str) -> str:
    """dunst owns ``org.freedesktop.Notifications`` on the session bus."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        unavailable("there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS)")
    for tool in ("dbus-monitor", "dunstctl"):
        if shutil.which(tool) is None:
            unavailable(f"{tool} is not installed")
    try:
        name = server_name()
    except Exception as error:
        unavailable(f"no notification daemon answers on the session bus: {error}")
    if name != "dunst":
        unavailable(f"the notification daemon is {name!r}, not dunst")
    return name


class BusMonitor:
    """``dbus-monitor`` watching the notification interface; its lines are collected on a
    thread so the test keeps Qt's event loop running while it waits."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            ["dbus-monitor", "--session", "interface='org.freedesktop.Notifications'"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def wait_for(self, qtbot: QtBot, found: Callable[[str], bool], timeout: float = 10) -> str:
        try:
            qtbot.waitUntil(lambda: found(self.text), timeout=int(timeout * 1000))
        except qtbot.TimeoutError:
            raise AssertionError(f"dbus-monitor did not see it; it saw:\n{self.text}") from None
        return self.text

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)
        self._reader.join(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.fixture
def bus_monitor(qtbot: QtBot, notification_daemon: str) -> Iterator[BusMonitor]:
    monitor = BusMonitor()
    # It prints the bus's NameAcquired signal once it is listening.
    monitor.wait_for(qtbot, lambda text: "NameAcquired" in text or "NameLost" in text)
    yield monitor
    monitor.stop()


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    """Where screenshots go: ``RECRUITER_DESK_SCREENSHOTS`` (to look at them) or tmp."""
    folder = Path(os.environ.get("RECRUITER_DESK_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
