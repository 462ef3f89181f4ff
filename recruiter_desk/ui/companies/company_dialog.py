"""Add or edit a company."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from recruiter_desk.domain.draft_validation import validate_company_draft
from recruiter_desk.domain.records import Company, CompanyDraft
from recruiter_desk.domain.vocabulary import CompanyStatus
from recruiter_desk.ui.labels.vocabulary_labels import company_status_label, country_choices
from recruiter_desk.ui.widgets.form_dialog import FormDialog, multi_line


def _days(value: int | None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 3650)
    spin.setSpecialValueText("–")
    spin.setValue(value or 0)
    return spin


class CompanyDialog(FormDialog):
    def __init__(
        self, company: Company | None = None, parent: QWidget | None = None, *, country: str = "NL"
    ) -> None:
        super().__init__(self.tr("Edit company") if company else self.tr("New company"), parent)
        self.company = company
        draft = company.to_draft() if company else CompanyDraft(name="", country=country)

        self.name = QLineEdit(draft.name)
        self.website = QLineEdit(draft.website)
        self.website.setPlaceholderText("www.example.nl")
        self.industry = QLineEdit(draft.industry)
        self.location = QLineEdit(draft.location)
        self.country = QComboBox()
        for code, label in country_choices():
            self.country.addItem(label, code)
        self.country.setCurrentIndex(max(self.country.findData(draft.country), 0))
        self.status = QComboBox()
        for status in CompanyStatus:
            self.status.addItem(company_status_label(status), status.value)
        self.status.setCurrentIndex(max(self.status.findData(draft.status.value), 0))
        self.ideal_days = _days(draft.keep_in_touch_ideal_days)
        self.ideal_days.setSuffix(self.tr(" days"))
        self.max_days = _days(draft.keep_in_touch_max_days)
        self.max_days.setSuffix(self.tr(" days"))
        self.qualifiers = multi_line(draft.brand_qualifiers, 2)
        self.winners = multi_line(draft.brand_winners, 2)
        self.personality = multi_line(draft.brand_personality, 2)
        self.notes = multi_line(draft.notes, 3)

        self.add_field("name", self.tr("&Name *"), self.name)
        self.add_field("website", self.tr("&Website"), self.website)
        self.add_field("industry", self.tr("&Industry"), self.industry)
        self.add_field("location", self.tr("L&ocation"), self.location)
        self.add_field("country", self.tr("Co&untry"), self.country)
        self.add_field("status", self.tr("&Status"), self.status)
        self.add_field("keep_in_touch_ideal_days", self.tr("Keep in touch &every"), self.ideal_days)
        self.add_field("keep_in_touch_max_days", self.tr("…and at &most every"), self.max_days)
        self.add_field("brand_qualifiers", self.tr("Must-&haves they offer"), self.qualifiers)
        self.add_field("brand_winners", self.tr("Why people &choose them"), self.winners)
        self.add_field("brand_personality", self.tr("&Personality"), self.personality)
        self.add_field("notes", self.tr("No&tes"), self.notes)
        self.setMinimumWidth(520)
        self.name.setFocus()

    def draft(self) -> CompanyDraft:
        return CompanyDraft(
            name=self.name.text(),
            website=self.website.text(),
            industry=self.industry.text(),
            location=self.location.text(),
            country=self.country.currentData(),
            status=CompanyStatus(self.status.currentData()),
            brand_qualifiers=self.qualifiers.toPlainText(),
            brand_winners=self.winners.toPlainText(),
            brand_personality=self.personality.toPlainText(),
            keep_in_touch_ideal_days=self.ideal_days.value() or None,
            keep_in_touch_max_days=self.max_days.value() or None,
            notes=self.notes.toPlainText(),
        )

    def validate(self, draft: Any) -> Any:
        return validate_company_draft(draft)
