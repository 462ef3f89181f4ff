"""The detail pane of one company: who we know there and how warm the relationship is."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from recruiter_desk.domain.records import Company
from recruiter_desk.ui.attachments.attachment_list import AttachmentList
from recruiter_desk.ui.labels.stage_labels import named_stage_label
from recruiter_desk.ui.labels.vocabulary_labels import (
    company_status_label,
    country_label,
    role_kind_label,
    vacancy_status_label,
)
from recruiter_desk.ui.widgets.date_fields import to_qdate
from recruiter_desk.ui.widgets.detail_form import DetailForm
from recruiter_desk.ui.widgets.link_list import Link
from recruiter_desk.ui.widgets.value_label import TEXT_INSET


class CompanyDetail(DetailForm):
    def __init__(
        self,
        company: Company,
        parent: QWidget | None = None,
        *,
        files: AttachmentList | None = None,
    ) -> None:
        super().__init__(company.name, company.industry, parent)
        self.add_row(self.tr("Status"), company_status_label(company.status))
        where = ", ".join(x for x in (company.location, country_label(company.country)) if x)
        self.add_row(self.tr("Location"), where)
        if company.website:
            url = company.website if "://" in company.website else f"https://{company.website}"
            self.add_row(
                self.tr("Website"),
                f'<a href="{escape(url, quote=True)}">{escape(company.website)}</a>',
                rich=True,
            )
        self.contacts = self.add_links(
            self.tr("Contacts"),
            [
                Link(
                    c.display_name,
                    "person",
                    c.person_id,
                    (c.title or role_kind_label(c.kind))
                    + ("" if c.current else self.tr(" (former)")),
                )
                for c in company.contacts
            ],
        )
        self.add_row(self.tr("Open vacancies"), str(company.open_vacancies))
        if company.keep_in_touch_ideal_days:
            self.add_row(
                self.tr("Keep in touch"),
                self.tr("ideally every %1 days, at most every %2 days")
                .replace("%1", str(company.keep_in_touch_ideal_days))
                .replace(
                    "%2", str(company.keep_in_touch_max_days or company.keep_in_touch_ideal_days)
                ),
            )
        self.add_row(
            self.tr("Last contact"),
            QLocale().toString(
                to_qdate(company.last_contact_at.astimezone().date()), QLocale.FormatType.LongFormat
            )
            if company.last_contact_at
            else self.tr("never"),
        )
        self.vacancies = self.add_links(
            self.tr("Vacancies"),
            [
                Link(v.title, "vacancy", v.vacancy_id, vacancy_status_label(v.status))
                for v in company.vacancies
            ],
        )
        self.placements = self.add_links(
            self.tr("Placements"),
            [
                Link(
                    p.person_name,
                    "placement",
                    p.placement_id,
                    f"{p.vacancy_title} · {named_stage_label(p.stage_key, p.stage_name)}",
                )
                for p in company.placements
            ],
        )
        self.files = files
        if files is not None:
            self.add_field(self.tr("Files"), files, TEXT_INSET.top())
        self.add_row(self.tr("Must-haves they offer"), company.brand_qualifiers)
        self.add_row(self.tr("Why people choose them"), company.brand_winners)
        self.add_row(self.tr("Personality"), company.brand_personality)
        self.add_text(self.tr("Notes"), company.notes)
