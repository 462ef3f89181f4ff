"""The Save / Cancel row every editing dialog ends with, in the interface's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox


def save_cancel_buttons(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    """Save runs ``save`` (which validates and accepts); Cancel, Esc and closing reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("DialogButtons", "Save")
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("DialogButtons", "Cancel")
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons
