"""A new card on the board: choose (or create) the person and the vacancy, and the stage."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.pipeline import Stage
from recruiter_desk.ui.labels.stage_labels import stage_label
from recruiter_desk.ui.widgets.record_picker import RecordPicker, Search


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
        form = QFormLayout()
        form.addRow(self.tr("Stage"), self.stage)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to board"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.person.query.setFocus()

    def _confirm(self) -> None:
        person_id = self.person.selected_id()
        vacancy_id = self.vacancy.selected_id()
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
