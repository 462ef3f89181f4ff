"""Keys that several widgets treat alike."""

from __future__ import annotations

from PySide6.QtCore import Qt

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
"""Return on the main keyboard and Enter on the keypad: both submit."""
