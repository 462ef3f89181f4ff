"""Settings → Journey: the touchpoints a placement gets when its card enters Signed.

A list of the steps (when, what, with whom, which message) and, beside it, the selected step's
form; edits in the form show in the list at once. Save stores the whole journey (undoable from
the Edit menu); Cancel leaves it as it was. "Restore the default" fills in the journey the app
came with, to save or not.

What the dialog does is here; its widgets are laid out in ``journey_editor_view.py``.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QWidget,
)

from recruiter_desk.domain.journeys import Journey, JourneyStep
from recruiter_desk.domain.message_templates import TemplateKey
from recruiter_desk.domain.vocabulary import JourneyAnchor
from recruiter_desk.ui.contact.message_template_labels import template_name
from recruiter_desk.ui.journeys.journey_editor_view import (
    AFTER,
    AUDIENCE,
    BEFORE,
    DAYS,
    MESSAGE,
    MONTHS,
    TITLE,
    WEEKS,
    WHEN,
    JourneyEditorView,
)
from recruiter_desk.ui.journeys.journey_labels import (
    JourneyWording,
    audience_label,
    stored_title,
    touchpoint_title,
)
from recruiter_desk.ui.operations.store_errors import describe_save_error
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.widgets.dialog_buttons import save_cancel_buttons
from recruiter_desk.ui.widgets.item_rows import shift_row

if TYPE_CHECKING:
    from recruiter_desk.services.journeys_service import JourneysService

STEP_ROLE = Qt.ItemDataRole.UserRole + 1
TEMPLATE_KEYS = frozenset(key.value for key in TemplateKey)


class JourneyEditorDialog(JourneyEditorView):
    """Emits ``confirmed(Journey)`` with the edited journey."""

    confirmed = Signal(object)

    def __init__(self, journey: Journey, default: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._default = default
        self._wording = JourneyWording(self)
        self._loading = False

        self.buttons = save_cancel_buttons(self, self._confirm)
        self.main_layout.addWidget(self.buttons)
        self.active.setChecked(journey.active)
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self._shift(-1))
        self.down_button.clicked.connect(lambda: self._shift(1))
        self.restore_button.clicked.connect(self.restore_default)
        self.title.textEdited.connect(self._form_edited)
        for combo in (
            self.audience,
            self.message,
            self.unit,
            self.direction,
            self.anchor,
            self.until_anchor,
        ):
            combo.currentIndexChanged.connect(self._form_edited)
        for spin in (self.amount, self.every, self.until_days, self.for_weeks):
            spin.valueChanged.connect(self._form_edited)
        self.repeats.toggled.connect(self._form_edited)
        self.hand_over.toggled.connect(self._form_edited)
        self._name_units()

        self.table.selectionModel().currentRowChanged.connect(self._show_step)
        self._fill(journey.steps)

    # -- the form ---------------------------------------------------------------------------

    def _name_units(self) -> None:
        """Units that agree with their number: "1 week", "3 weeks"."""
        words = self._wording
        amount = self.amount.value()
        for index, name in enumerate((words.days, words.weeks, words.months)):
            self.unit.setItemText(index, _unit_word(name(amount)))
        self.every.setSuffix(" " + _unit_word(words.weeks(self.every.value())))
        self.for_weeks.setSuffix(" " + _unit_word(words.weeks(self.for_weeks.value())))
        self.until_days.setSuffix(
            " "
            + self.tr("%1 before").replace("%1", _unit_word(words.days(self.until_days.value())))
        )

    def _show_step(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        step = self._step_at(current.row()) if current.isValid() else None
        self.form.setEnabled(step is not None)
        self.remove_button.setEnabled(step is not None)
        if step is None:
            return
        self._loading = True
        try:
            self.title.setText(touchpoint_title(step.title))
            self.audience.setCurrentIndex(self.audience.findData(step.audience))
            self._select_message(step.message_template_key)
            amount, unit = _amount_and_unit(step.offset_days, step.offset_months)
            self.amount.setValue(amount)
            self.unit.setCurrentIndex(unit)
            before = step.offset_months < 0 or (step.offset_months == 0 and step.offset_days < 0)
            self.direction.setCurrentIndex(BEFORE if before else AFTER)
            self.anchor.setCurrentIndex(self.anchor.findData(step.anchor))
            self.repeats.setChecked(bool(step.repeat_every_days))
            self.every.setValue(max(1, (step.repeat_every_days or 7) // 7))
            self.until_days.setValue(max(0, -step.repeat_until_offset_days))
            until = step.repeat_until or JourneyAnchor.START
            self.until_anchor.setCurrentIndex(self.until_anchor.findData(until))
            self.for_weeks.setValue(
                max(1, step.repeat_for_days // 7) if step.repeat_for_days else 8
            )
            self.hand_over.setChecked(step.hand_over_when_late)
        finally:
            self._loading = False

    def _select_message(self, key: str) -> None:
        index = self.message.findData(key)
        if index < 0:
            # A journey-only moment without a template of its own: kept as it is.
            self.message.setItemData(0, key)
            index = 0
        self.message.setCurrentIndex(index)

    def _form_edited(self) -> None:
        self._name_units()
        if self._loading:
            return
        row = self.table.currentIndex().row()
        step = self._step_at(row)
        if step is None:
            return
        self._set_row(row, self._step_from_form(step))
        self.problem.hide()

    def _step_from_form(self, step: JourneyStep) -> JourneyStep:
        sign = -1 if self.direction.currentIndex() == BEFORE else 1
        amount = self.amount.value() * sign
        unit = self.unit.currentIndex()
        days, months = (
            (amount, 0) if unit == DAYS else (amount * 7, 0) if unit == WEEKS else (0, amount)
        )
        repeating = self.repeats.isChecked()
        return replace(
            step,
            title=stored_title(self.title.text().strip(), step.title),
            audience=self.audience.currentData(),
            message_template_key=self.message.currentData() or "",
            anchor=self.anchor.currentData(),
            offset_days=days,
            offset_months=months,
            repeat_every_days=self.every.value() * 7 if repeating else None,
            repeat_until=self.until_anchor.currentData() if repeating else None,
            repeat_until_offset_days=-self.until_days.value() if repeating else 0,
            repeat_for_days=self.for_weeks.value() * 7 if repeating else 0,
            hand_over_when_late=self.hand_over.isChecked(),
        )

    # -- the list ---------------------------------------------------------------------------

    def _fill(self, steps: tuple[JourneyStep, ...]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for step in steps:
            self.model.appendRow([QStandardItem() for _ in range(4)])
            self._set_row(self.model.rowCount() - 1, step)
        self.table.setColumnWidth(WHEN, 220)
        self.table.setColumnWidth(MESSAGE, 140)
        self._select(0)

    def _set_row(self, row: int, step: JourneyStep) -> None:
        when = self._wording.when(step)
        texts = {
            WHEN: when,
            TITLE: touchpoint_title(step.title),
            AUDIENCE: audience_label(step.audience),
            MESSAGE: self._message_label(step.message_template_key),
        }
        for column, text in texts.items():
            item = self.model.item(row, column)
            item.setText(text)
            item.setToolTip(text)
        self.model.item(row, WHEN).setData(step, STEP_ROLE)

    def _message_label(self, key: str) -> str:
        return template_name(TemplateKey(key)) if key in TEMPLATE_KEYS else "—"

    def _step_at(self, row: int) -> JourneyStep | None:
        if not 0 <= row < self.model.rowCount():
            return None
        step: JourneyStep = self.model.item(row, WHEN).data(STEP_ROLE)
        return step

    def _select(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self._show_step(QModelIndex())
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_step(index)

    def add_step(self) -> None:
        """A new touchpoint a week after the start, below the selected one."""
        step = JourneyStep(
            key=f"own_{uuid.uuid4().hex[:10]}",
            title=self.tr("New touchpoint"),
            message_template_key="",
            anchor=JourneyAnchor.START,
            offset_days=7,
        )
        row = self.table.currentIndex().row() + 1 if self.table.currentIndex().isValid() else 0
        self.model.insertRow(row, [QStandardItem() for _ in range(4)])
        self._set_row(row, step)
        self._select(row)
        self.title.setFocus()
        self.title.selectAll()

    def remove_step(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        self.model.removeRow(row)
        self._select(row)

    def _shift(self, step: int) -> None:
        target = shift_row(self.model, self.table.currentIndex().row(), step)
        if target is not None:
            self._select(target)

    def restore_default(self) -> None:
        self._fill(self._default.steps)
        self.active.setChecked(True)
        self.problem.hide()

    # -- result -----------------------------------------------------------------------------

    def journey(self) -> Journey:
        steps = tuple(
            step for row in range(self.model.rowCount()) if (step := self._step_at(row)) is not None
        )
        return Journey(steps, self.active.isChecked())

    def _confirm(self) -> None:
        for row in range(self.model.rowCount()):
            step = self._step_at(row)
            if step is not None and not step.title.strip():
                self._select(row)
                self.problem.setText(self.tr("Every touchpoint needs a description."))
                self.problem.show()
                self.title.setFocus()
                return
        self.problem.hide()
        self.buttons.setEnabled(False)
        # Closed once stored (``open_journey_editor``); a failure keeps the edits here.
        self.confirmed.emit(self.journey())

    def show_failure(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.buttons.setEnabled(True)


def _unit_word(counted: str) -> str:
    """ "3 weeks" → "weeks": the unit of a translated count."""
    return counted.split(" ", 1)[-1]


def _amount_and_unit(days: int, months: int) -> tuple[int, int]:
    if months:
        return abs(months), MONTHS
    if days and days % 7 == 0:
        return abs(days) // 7, WEEKS
    return abs(days), DAYS


def journey_editor(
    journeys: JourneysService, writes: Writes, parent: QWidget | None = None
) -> JourneyEditorDialog:
    """The editor on the stored journey, to be opened; Save stores the edit as one undoable
    step, and the editor closes once it is stored (or stays open, saying why not)."""
    current = journeys.journey()
    dialog = JourneyEditorDialog(current, journeys.default_journey(), parent)

    def save(edited: Journey) -> None:
        if edited == current:
            dialog.accept()
            return
        writes.push(
            QCoreApplication.translate("JourneyEditorDialog", "Edit the journey"),
            lambda: journeys.save_journey(edited, expected=current),
            lambda previous: journeys.save_journey(previous)[1],
            redo=lambda _previous: journeys.save_journey(edited),
            done=lambda _previous: dialog.accept(),
            failed=lambda error: dialog.show_failure(describe_save_error(error)),
        )

    dialog.confirmed.connect(save)
    return dialog
