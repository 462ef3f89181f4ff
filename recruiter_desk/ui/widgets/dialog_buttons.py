"""The button row every dialog ends with, in the interface's language.

One shape everywhere: the button that does the dialog's job, named for what it does ("Add to
board", "Snooze", "Save"), then Cancel (or Close where nothing is lost by leaving). The job's
button runs a callback that validates and then accepts, or keeps the dialog open and says
why; Cancel, Esc and closing the window reject. Cancel, Close and Save are translated here,
once; a job's own name is translated where the dialog says it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox

Standard = QDialogButtonBox.StandardButton


def button_row(
    dialog: QDialog,
    accept_text: str,
    on_accept: Callable[[], None],
    *,
    accept: Standard = Standard.Ok,
    reject: Standard = Standard.Cancel,
) -> QDialogButtonBox:
    """``accept_text`` on the job's button (``accept``, which gives it its place in the
    platform's order), running ``on_accept``; ``reject`` (Cancel or Close) rejects."""
    buttons = QDialogButtonBox(accept | reject)
    buttons.button(accept).setText(accept_text)
    buttons.button(reject).setText(_reject_text(reject))
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def save_cancel_buttons(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    """Save runs ``save`` (which validates and accepts); Cancel, Esc and closing reject."""
    return button_row(
        dialog, QCoreApplication.translate("DialogButtons", "Save"), save, accept=Standard.Save
    )


def save_close_buttons(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    """For a dialog that is also read (a placement): Save runs ``save``; Close leaves."""
    return button_row(
        dialog,
        QCoreApplication.translate("DialogButtons", "Save"),
        save,
        accept=Standard.Save,
        reject=Standard.Close,
    )


def close_button_row(dialog: QDialog) -> QDialogButtonBox:
    """Only Close: for a dialog whose work is saved as it is done (or that only tells)."""
    buttons = QDialogButtonBox(Standard.Close)
    buttons.button(Standard.Close).setText(_reject_text(Standard.Close))
    buttons.rejected.connect(dialog.reject)
    return buttons


def _reject_text(button: Standard) -> str:
    if button == Standard.Close:
        return QCoreApplication.translate("DialogButtons", "Close")
    return QCoreApplication.translate("DialogButtons", "Cancel")
