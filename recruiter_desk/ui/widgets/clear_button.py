"""The clear button of a text field, with a name a screen reader can say.

``QLineEdit.setClearButtonEnabled`` adds a small tool button with an icon and no name: a screen
reader announces it as "button". Every field with a clear button gets it through here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QToolButton


def enable_clear_button(edit: QLineEdit) -> None:
    edit.setClearButtonEnabled(True)
    name = QCoreApplication.translate("ClearButton", "Clear the text")
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)
        button.setToolTip(name)
