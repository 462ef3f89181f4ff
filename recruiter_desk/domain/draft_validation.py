"""Turn what a form submits into clean values, or say exactly which fields are wrong.

All problems are collected, not just the first, so the form can mark every field at once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from recruiter_desk.domain.contact_details import (
    FieldProblem,
    InvalidField,
    canonical_label,
    normalise_email,
    normalise_linkedin,
    normalise_phone,
)
from recruiter_desk.domain.problems import InputProblem
from recruiter_desk.domain.records import (
    CompanyDraft,
    EmailAddress,
    PersonDraft,
    PhoneNumber,
    VacancyDraft,
)

MAX_TEXT_CHARS = 100_000
"""The most a note (or expertise, growth wishes) holds: some 15,000 words, a long report.
More is a document, which belongs in a file; a page shows long text by its start anyway."""


def _too_long(fields: dict[str, str]) -> list[InvalidField]:
    return [
        InvalidField(name, FieldProblem.TEXT_TOO_LONG, str(len(text)))
        for name, text in fields.items()
        if len(text) > MAX_TEXT_CHARS
    ]


@dataclass(eq=False)  # exceptions must stay mutable: Python sets __traceback__
class ValidationFailed(InputProblem):
    problems: tuple[InvalidField, ...]

    def __str__(self) -> str:
        return "; ".join(str(p) for p in self.problems)

    def fields(self) -> set[str]:
        return {p.field for p in self.problems}


def validate_person_draft(draft: PersonDraft) -> PersonDraft:
    """Return the draft with trimmed text, normalised emails, E.164 phones and a clean URL.

    Field names in problems: ``first_name``, ``email.N``, ``phone.N``, ``linkedin_url``.
    """
    problems: list[InvalidField] = []
    first_name = draft.first_name.strip()
    if not first_name:
        problems.append(InvalidField("first_name", FieldProblem.REQUIRED))

    emails: list[EmailAddress] = []
    for index, email in enumerate(draft.emails):
        if not email.address.strip():
            continue
        try:
            emails.append(
                EmailAddress(
                    normalise_email(email.address, f"email.{index}"), canonical_label(email.label)
                )
            )
        except InvalidField as problem:
            problems.append(problem)

    phones: list[PhoneNumber] = []
    for index, phone in enumerate(draft.phones):
        if not phone.e164.strip():
            continue
        try:
            phones.append(
                PhoneNumber(
                    normalise_phone(phone.e164, draft.phone_country, f"phone.{index}"),
                    canonical_label(phone.label),
                )
            )
        except InvalidField as problem:
            problems.append(problem)

    linkedin = ""
    try:
        linkedin = normalise_linkedin(draft.linkedin_url, "linkedin_url")
    except InvalidField as problem:
        problems.append(problem)
    problems += _too_long(
        {
            "expertise": draft.expertise,
            "growth_wishes": draft.growth_wishes,
            "notes": draft.notes,
        }
    )

    if problems:
        raise ValidationFailed(tuple(problems))
    tags = tuple(dict.fromkeys(t.strip() for t in draft.tags if t.strip()))
    return replace(
        draft,
        first_name=first_name,
        last_name=draft.last_name.strip(),
        headline=draft.headline.strip(),
        emails=tuple(emails),
        phones=tuple(phones),
        linkedin_url=linkedin,
        location=draft.location.strip(),
        country=draft.country.strip().upper()[:2],
        tags=tags,
        persona=draft.persona.strip(),
    )


def validate_company_draft(draft: CompanyDraft) -> CompanyDraft:
    """Field names in problems: ``name``, ``keep_in_touch_max_days``."""
    problems: list[InvalidField] = []
    name = draft.name.strip()
    if not name:
        problems.append(InvalidField("name", FieldProblem.REQUIRED))
    ideal, maximum = draft.keep_in_touch_ideal_days, draft.keep_in_touch_max_days
    if ideal is not None and maximum is not None and maximum < ideal:
        problems.append(
            InvalidField("keep_in_touch_max_days", FieldProblem.NUMBER_INVALID, str(maximum))
        )
    problems += _too_long(
        {
            "brand_qualifiers": draft.brand_qualifiers,
            "brand_winners": draft.brand_winners,
            "brand_personality": draft.brand_personality,
            "notes": draft.notes,
        }
    )
    if problems:
        raise ValidationFailed(tuple(problems))
    return replace(
        draft,
        name=name,
        website=draft.website.strip(),
        industry=draft.industry.strip(),
        location=draft.location.strip(),
        country=draft.country.strip().upper()[:2],
    )


def validate_vacancy_draft(draft: VacancyDraft) -> VacancyDraft:
    """Field names in problems: ``title``, ``company_id``, ``fee_percent``.

    A fee is a share of a salary: anything outside 0-100 % is a typing error, not a deal.
    """
    problems: list[InvalidField] = []
    title = draft.title.strip()
    if not title:
        problems.append(InvalidField("title", FieldProblem.REQUIRED))
    if draft.company_id is None:
        problems.append(InvalidField("company_id", FieldProblem.REQUIRED))
    percent = draft.fee_percent
    if percent is not None and not (math.isfinite(percent) and 0 <= percent <= 100):
        problems.append(
            InvalidField("fee_percent", FieldProblem.PERCENT_OUT_OF_RANGE, f"{percent:g}")
        )
    problems += _too_long({"fee_terms": draft.fee_terms, "notes": draft.notes})
    if problems:
        raise ValidationFailed(tuple(problems))
    return replace(
        draft,
        title=title,
        location=draft.location.strip(),
        fee_terms=draft.fee_terms.strip(),
        notes=draft.notes.strip(),
    )
