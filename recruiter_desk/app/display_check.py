"""Whether a window can be shown at all, asked before Qt is started.

Without a display Qt's xcb plugin aborts the process (exit 134) with a hint about missing
libraries that sends people the wrong way. On Linux and the BSDs a graphical session sets
``DISPLAY`` (X11) or ``WAYLAND_DISPLAY``; Windows and macOS always have one. A platform chosen
on purpose (``QT_QPA_PLATFORM=offscreen``, ``vnc``, …) is trusted.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

NEEDS_A_DISPLAY = {"", "xcb", "wayland", "wayland-egl"}


def missing_display(environ: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """What is missing, in one sentence, or None when a window can be shown."""
    if platform.startswith(("win", "darwin")):
        return None
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if chosen not in NEEDS_A_DISPLAY:
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return "no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set)"
