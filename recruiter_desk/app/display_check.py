"""Whether a window can be shown at all, asked before Qt is started.

Without a display Qt's xcb plugin aborts the process (exit 134) with a hint about missing
libraries that sends people the wrong way. On Linux and the BSDs a graphical session sets
``DISPLAY`` (X11) or ``WAYLAND_DISPLAY``; Windows and macOS always have one. A platform chosen
on purpose (``QT_QPA_PLATFORM=offscreen``, ``vnc``, …) is trusted.

A variable that is set is not enough: after a logout, in a stale ``tmux`` or over an SSH
session whose forwarding closed, ``DISPLAY=:0`` names a server that is gone, and Qt aborts the
same way. So the display is asked whether it answers, the way Xlib and libwayland connect: an
X display ``:N`` at the socket ``/tmp/.X11-unix/XN`` (or Linux's abstract socket of that name),
``host:N`` at TCP port 6000 + N, a path (XQuartz's launchd socket) at that path; a Wayland
display at ``$XDG_RUNTIME_DIR/$WAYLAND_DISPLAY`` (or the absolute path it names). Connecting
sends nothing; the connection is closed at once.
"""

from __future__ import annotations

import os
import re
import socket
import sys
from collections.abc import Mapping

NEEDS_A_DISPLAY = {"", "xcb", "wayland", "wayland-egl"}
X11_SOCKETS = "/tmp/.X11-unix"
TIMEOUT_S = 1.0

_X_DISPLAY = re.compile(r"^(?P<host>.*):(?P<number>\d+)(?:\.\d+)?$")


def missing_display(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """What is missing, in one sentence, or None when a window can be shown."""
    if platform.startswith(("win", "darwin")):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen not in NEEDS_A_DISPLAY:
        return None
    x11, wayland = environ.get("DISPLAY", ""), environ.get("WAYLAND_DISPLAY", "")
    if not x11 and not wayland:
        return "no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set)"
    if wayland and wayland_answers(wayland, environ.get("XDG_RUNTIME_DIR", "")):
        return None
    if x11 and x11_answers(x11):
        return None
    named = [
        f"the display {name}={value}"
        for name, value in (("DISPLAY", x11), ("WAYLAND_DISPLAY", wayland))
        if value
    ]
    verb = "does" if len(named) == 1 else "do"
    return f"{' and '.join(named)} {verb} not answer (its session may have ended)"


def x11_answers(display: str) -> bool:
    match = _X_DISPLAY.match(display.strip())
    if match is None:
        return False
    host, number = match["host"], int(match["number"])
    if host.startswith("/"):  # XQuartz: the socket's path itself
        return _unix_answers(host) or _unix_answers(f"{host}:{number}")
    if host in ("", "unix"):
        path = f"{X11_SOCKETS}/X{number}"
        return _unix_answers(path) or (sys.platform == "linux" and _unix_answers("\0" + path))
    return _tcp_answers(host, 6000 + number)


def wayland_answers(display: str, runtime_dir: str) -> bool:
    path = display if display.startswith("/") else os.path.join(runtime_dir or "", display)
    return bool(runtime_dir or display.startswith("/")) and _unix_answers(path)


def _unix_answers(path: str) -> bool:
    if not hasattr(socket, "AF_UNIX"):
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(TIMEOUT_S)
        try:
            probe.connect(path)
        except (OSError, ValueError):
            return False
    return True


def _tcp_answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=TIMEOUT_S):
            return True
    except OSError:
        return False
