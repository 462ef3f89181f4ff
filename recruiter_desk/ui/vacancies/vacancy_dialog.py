"""Add or edit a vacancy: the company it is for, the role, and the fee terms."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDoubleSpinBox, QLineEdit, QSpinBox, QWidget

from recruiter_desk.domain.draft_validation import validate_vacancy_draft
from recruiter_desk.domain.records import Vacancy, VacancyDraft
from recruiter_desk.domain.vocabulary import VacancyStatus
from recruiter_desk.ui.labels.vocabulary_labels import vacancy_status_label
from recruiter_desk.ui.widgets.date_fields import from_qdate, to_qdate
from recruiter_desk.ui.widgets.form_dialog import FormDialog, multi_line
from recruiter_desk.ui.widgets.record_picker import Presentation, RecordPicker, Search

# The date edit's lowest value stands for "no date": a QDateEdit cannot be empty.
NO_DATE = QDate(2000, 1, 1)


class VacancyDialog(FormDialog):
    def __init__(
        self,
        vacancy: Vacancy | None,
        company_choices: Search,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        """``company_choices(text)`` returns matching ``(id, name)`` pairs for the picker."""
        super().__init__(self.tr("Edit vacancy") if vacancy else self.tr("New vacancy"), parent)
        self.vacancy = vacancy
        draft = (
            vacancy.to_draft()
            if vacancy
            else VacancyDraft(company_id=None, title="", opened_on=today or date.today())
        )

        self.title = QLineEdit(draft.title)
        self.company = RecordPicker(
            company_choices, self.tr("Type part of the name, then choose"), Presentation.DROP_DOWN
        )
        if vacancy is not None:
            self.company.set_choice(vacancy.company_id, vacancy.company_name)
        self.location = QLineEdit(draft.location)
        self.status = QComboBox()
        for status in VacancyStatus:
            self.status.addItem(vacancy_status_label(status), status.value)
        self.status.setCurrentIndex(max(self.status.findData(draft.status.value), 0))
        self.opened_on = QDateEdit()
        self.opened_on.setCalendarPopup(True)
        self.opened_on.setMinimumDate(NO_DATE)
        self.opened_on.setSpecialValueText("–")
        opened = draft.opened_on
        self.opened_on.setDate(to_qdate(opened) if opened else NO_DATE)
        self.fee_terms = multi_line(draft.fee_terms, 2)
        self.fee_terms.setPlaceholderText(
            self.tr("e.g. 20% of the gross annual salary, invoiced at signing")
        )
        self.fee_percent = QDoubleSpinBox()
        self.fee_percent.setRange(0, 100)
        self.fee_percent.setDecimals(1)
        self.fee_percent.setSingleStep(0.5)
        self.fee_percent.setSuffix(self.tr(" %"))
        self.fee_percent.setSpecialValueText("–")
        self.fee_percent.setValue(draft.fee_percent or 0)
        self.guarantee_days = QSpinBox()
        self.guarantee_days.setRange(0, 3650)
        self.guarantee_days.setSuffix(self.tr(" days"))
        self.guarantee_days.setSpecialValueText("–")
        self.guarantee_days.setValue(draft.guarantee_days or 0)
        self.notes = multi_line(draft.notes, 3)

        self.add_field("title", self.tr("&Title *"), self.title)
        self.add_field("company_id", self.tr("&Company *"), self.company)
        self.add_field("location", self.tr("&Location"), self.location)
        self.add_field("status", self.tr("&Status"), self.status)
        self.add_field("opened_on", self.tr("&Opened on"), self.opened_on)
        self.add_field("fee_terms", self.tr("&Fee terms"), self.fee_terms)
        self.add_field("fee_percent", self.tr("Fee &percentage"), self.fee_percent)
        self.add_field("guarantee_days", self.tr("&Guarantee"), self.guarantee_days)
        self.add_field("notes", self.tr("&Notes"), self.notes)
        self.setMinimumWidth(520)
        self.title.setFocus()

    def draft(self) -> VacancyDraft:
        opened = self.opened_on.date()
        return VacancyDraft(
            company_id=self.company.resolve(),
            title=self.title.text(),
            location=self.location.text(),
            status=VacancyStatus(self.status.currentData()),
            fee_terms=self.fee_terms.toPlainText(),
            fee_percent=self.fee_percent.value() or None,
            guarantee_days=self.guarantee_days.value() or None,
            opened_on=None if opened == NO_DATE else from_qdate(opened),
            notes=self.notes.toPlainText(),
        )

    def validate(self, draft: Any) -> Any:
        return validate_vacancy_draft(draft)
