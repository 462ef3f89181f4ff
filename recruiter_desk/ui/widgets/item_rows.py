"""Reordering the rows of an item model from Move up / Move down buttons."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel


def shift_row(model: QStandardItemModel, row: int, step: int) -> int | None:
    """Move ``row`` by ``step`` places; the row it lands on, or None when it cannot move."""
    target = row + step
    if row < 0 or not 0 <= target < model.rowCount():
        return None
    model.insertRow(target, model.takeRow(row))
    return target
