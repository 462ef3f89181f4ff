"""The detail pane of one vacancy: the deal with the client and where each candidate stands."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from recruiter_desk.domain.records import Vacancy
from recruiter_desk.ui.labels.stage_labels import named_stage_label
from recruiter_desk.ui.labels.vocabulary_labels import vacancy_status_label
from recruiter_desk.ui.widgets.date_fields import to_qdate
from recruiter_desk.ui.widgets.detail_form import DetailForm


def _day(value: date) -> str:
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)


class VacancyDetail(DetailForm):
    def __init__(self, vacancy: Vacancy, parent: QWidget | None = None) -> None:
        super().__init__(vacancy.title, vacancy.company_name, parent)
        self.add_row(self.tr("Status"), vacancy_status_label(vacancy.status))
        self.add_row(self.tr("Location"), vacancy.location)
        if vacancy.opened_on:
            self.add_row(self.tr("Opened"), _day(vacancy.opened_on))
        if vacancy.closed_on:
            self.add_row(self.tr("Closed"), _day(vacancy.closed_on))
        self.add_row(self.tr("Fee terms"), vacancy.fee_terms)
        if vacancy.fee_percent is not None:
            self.add_row(
                self.tr("Fee"),
                self.tr("%1 %").replace("%1", QLocale().toString(vacancy.fee_percent, "g", 6)),
            )
        if vacancy.guarantee_days is not None:
            self.add_row(self.tr("Guarantee"), self.tr("%n day(s)", "", vacancy.guarantee_days))
        self.add_row(self.tr("Notes"), vacancy.notes)
        self.candidates = self.add_block(
            self.tr("Candidates"),
            "\n".join(
                f"{p.person_name} · {named_stage_label(p.stage_key, p.stage_name)}"
                for p in vacancy.placements
            )
            or self.tr("none yet"),
        )
