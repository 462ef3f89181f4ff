"""The first start on an empty data folder: what the app does, three ways to begin, and where
the data lives.

Each way to begin is one button that does one thing and closes the welcome: import contacts
(offered when the app can import), add a first placement (the board's dialog), or look at the
sample data (a separate run on a throwaway folder; this data folder stays as it is). "Start
with an empty desk" just closes it. The texts are plain text: the folder's path is the user's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.ui.widgets.screen_fit import fit_to_screen

Action = Callable[[], object]


class WelcomeDialog(QDialog):
    def __init__(
        self,
        data_dir: Path,
        *,
        add_placement: Action,
        show_sample_data: Action,
        import_contacts: Action | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Recruiter Desk"))
        self.setObjectName("welcome")
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        title = QLabel(self.tr("Welcome to Recruiter Desk"))
        title.setObjectName("welcomeTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(
            _text(
                self.tr(
                    "Your placements on one board that goes on past the signature, every "
                    "contact with your candidates and clients on their timeline, and "
                    "reminders at the right moment, through the channel each person prefers."
                )
            )
        )
        layout.addWidget(_text(self.tr("How would you like to begin?")))

        self.import_button: QPushButton | None = None
        if import_contacts is not None:
            self.import_button = self._way(
                layout,
                self.tr("Import contacts…"),
                self.tr("From a LinkedIn export, your phone's address book or a spreadsheet."),
                import_contacts,
            )
        self.placement_button = self._way(
            layout,
            self.tr("Add a first placement…"),
            self.tr("A candidate for a vacancy, on the board."),
            add_placement,
        )
        self.sample_button = self._way(
            layout,
            self.tr("Look at the sample data"),
            self.tr(
                "Opens a second window with made-up people and placements; your own data "
                "stays empty and is not touched."
            ),
            show_sample_data,
        )

        layout.addStretch(1)
        self.data_dir = data_dir
        where = _text(
            self.tr(
                "Everything stays in one file on this computer, in %1. No account, no "
                "server, no network."
            ).replace("%1", str(data_dir))
        )
        where.setObjectName("welcomeDataFolder")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(where)

        buttons = QDialogButtonBox()
        self.folder_button = buttons.addButton(
            self.tr("Open data folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        )
        self.empty_button = buttons.addButton(
            self.tr("Start with an empty desk"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 580, 400)

    def _way(self, layout: QVBoxLayout, text: str, explains: str, action: Action) -> QPushButton:
        row = QHBoxLayout()
        button = QPushButton(text)
        button.setMinimumWidth(210)
        button.setAccessibleDescription(explains)
        label = _text(explains)
        label.setBuddy(button)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(label, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(row)

        def chosen() -> None:
            self.accept()
            action()

        button.clicked.connect(chosen)
        return button


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
