"""A new card on the board: choose (or create) the person and the vacancy, and the stage."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.pipeline import Stage
from recruiter_desk.ui.labels.stage_labels import stage_label
from recruiter_desk.ui.widgets.dialog_buttons import button_row
from recruiter_desk.ui.widgets.record_picker import LIST_MIN_ROWS, RecordPicker, Search

MAX_ROWS = 12
"""The most rows a list is given: enough to read, not a wall of names."""
PREFERRED_WIDTH = 640
FRAME_ALLOWANCE = 60
"""Room kept free around the dialog: the window frame and title bar, a panel or dock."""


class NewPlacementDialog(QDialog):
    """Emits ``confirmed(person_id, vacancy_id, stage_id)``; ``new_person_requested`` and
    ``new_vacancy_requested`` let the controller open those dialogs on top of this one."""

    confirmed = Signal(int, int, int)
    new_person_requested = Signal()
    new_vacancy_requested = Signal()

    def __init__(
        self,
        find_people: Search,
        find_vacancies: Search,
        stages: list[Stage],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New placement"))
        self.person = RecordPicker(find_people, self.tr("Search people by name, role or place"))
        self.vacancy = RecordPicker(
            find_vacancies, self.tr("Search open vacancies by title or company")
        )
        self.new_person = QPushButton(self.tr("New &person…"))
        self.new_vacancy = QPushButton(self.tr("New &vacancy…"))
        self.new_person.clicked.connect(self.new_person_requested)
        self.new_vacancy.clicked.connect(self.new_vacancy_requested)
        self.stage = QComboBox()
        for stage in stages:
            if not stage.closed:
                self.stage.addItem(stage_label(stage), stage.id)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.hide()

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Person")), 0, 0)
        grid.addWidget(self.new_person, 0, 1)
        grid.addWidget(self.person, 1, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Vacancy")), 2, 0)
        grid.addWidget(self.new_vacancy, 2, 1)
        grid.addWidget(self.vacancy, 3, 0, 1, 2)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)
        form = QFormLayout()
        form.addRow(self.tr("Stage"), self.stage)

        self.buttons = button_row(self, self.tr("Add to board"), self._confirm)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.person.committed.connect(self._move_on)
        self.vacancy.committed.connect(self._move_on)
        screen = (
            parent.screen() if parent is not None else None
        ) or QGuiApplication.primaryScreen()
        if screen is not None:
            self.fit_to(screen.availableGeometry().size())
        self.person.setFocus()

    def fit_to(self, available: QSize) -> None:
        """As tall as ``available`` allows (up to a dozen rows per list), so that the matches
        can be read, and never taller than the screen; as wide as long names need."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        base = self.minimumSizeHint().height()
        row = max(self.person.row_height(), 1)
        spare = available.height() - FRAME_ALLOWANCE - base
        extra_rows = min(max(spare // (2 * row), 0), MAX_ROWS - LIST_MIN_ROWS)
        width = min(PREFERRED_WIDTH, available.width() - FRAME_ALLOWANCE)
        self.resize(max(width, self.minimumWidth()), base + 2 * extra_rows * row)

    def _move_on(self) -> None:
        """Enter took a choice: on to what is still missing, or add the card."""
        if self.person.chosen_id() is None:
            self.person.setFocus()
        elif self.vacancy.chosen_id() is None:
            self.vacancy.setFocus()
        else:
            self._confirm()

    def _confirm(self) -> None:
        if not self.buttons.isEnabled():
            return  # already confirmed: the card is being written
        person_id = self.person.chosen_id()
        vacancy_id = self.vacancy.chosen_id()
        if person_id is None or vacancy_id is None:
            self.problem.setText(
                self.tr("Choose a person and a vacancy (or create them with the buttons above).")
            )
            self.problem.show()
            return
        self.problem.hide()
        self.buttons.setEnabled(False)
        # The controller writes, then closes the dialog (or it stays open and says why).
        self.confirmed.emit(person_id, vacancy_id, self.stage.currentData())

    def show_failure(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.buttons.setEnabled(True)
