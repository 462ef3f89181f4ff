"""A window's wished-for size, never larger than the screen it opens on (a laptop at 800×600
shows every dialog whole; its contents scroll or give way instead)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

MARGIN = 40
"""Room left around a window for the desktop's panels and the title bar."""


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    parent = window.parentWidget()
    screen = window.screen() or (parent.screen() if parent is not None else None)
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width() - MARGIN)
        height = min(height, room.height() - MARGIN)
    window.resize(width, height)
