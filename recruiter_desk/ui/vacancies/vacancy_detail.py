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
from recruiter_desk.ui.widgets.link_list import Link


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
        self.add_text(self.tr("Notes"), vacancy.notes)
        self.no_candidates = (
            self.add_block(self.tr("Candidates"), self.tr("none yet"))
            if not vacancy.placements
            else None
        )
        self.candidates = self.add_links(
            self.tr("Candidates"),
            [
                Link(
                    p.person_name,
                    "placement",
                    p.placement_id,
                    named_stage_label(p.stage_key, p.stage_name)
                    + (
                        self.tr(" (still open on the board)")
                        if vacancy.is_closed and not p.closed
                        else ""
                    ),
                )
                for p in vacancy.placements
            ],
        )
