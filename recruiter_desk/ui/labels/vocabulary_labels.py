"""Translated names for the domain's vocabularies and validation problems.

Each text is a literal inside ``translate()`` so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from recruiter_desk.domain.contact_details import (
    ContactLabel,
    FieldProblem,
    InvalidField,
    known_label,
)
from recruiter_desk.domain.vocabulary import (
    Channel,
    CompanyStatus,
    PersonStatus,
    RoleKind,
    VacancyStatus,
)


def person_status_label(status: PersonStatus) -> str:
    return {
        PersonStatus.ACTIVE: QCoreApplication.translate("Vocabulary", "Active"),
        PersonStatus.PASSIVE: QCoreApplication.translate("Vocabulary", "Passive"),
        PersonStatus.PLACED: QCoreApplication.translate("Vocabulary", "Placed"),
        PersonStatus.DO_NOT_CONTACT: QCoreApplication.translate("Vocabulary", "Do not contact"),
    }[status]


def company_status_label(status: CompanyStatus) -> str:
    return {
        CompanyStatus.PROSPECT: QCoreApplication.translate("Vocabulary", "Prospect"),
        CompanyStatus.CLIENT: QCoreApplication.translate("Vocabulary", "Client"),
        CompanyStatus.FORMER_CLIENT: QCoreApplication.translate("Vocabulary", "Former client"),
    }[status]


def vacancy_status_label(status: VacancyStatus) -> str:
    return {
        VacancyStatus.OPEN: QCoreApplication.translate("Vocabulary", "Open"),
        VacancyStatus.ON_HOLD: QCoreApplication.translate("Vocabulary", "On hold"),
        VacancyStatus.FILLED: QCoreApplication.translate("Vocabulary", "Filled"),
        VacancyStatus.CLOSED: QCoreApplication.translate("Vocabulary", "Closed"),
    }[status]


def channel_label(channel: Channel) -> str:
    return {
        Channel.EMAIL: QCoreApplication.translate("Vocabulary", "Email"),
        Channel.PHONE: QCoreApplication.translate("Vocabulary", "Phone"),
        Channel.WHATSAPP: QCoreApplication.translate("Vocabulary", "WhatsApp"),
        Channel.SMS: QCoreApplication.translate("Vocabulary", "SMS"),
        Channel.LINKEDIN: QCoreApplication.translate("Vocabulary", "LinkedIn"),
        Channel.VIDEO: QCoreApplication.translate("Vocabulary", "Video call"),
        Channel.IN_PERSON: QCoreApplication.translate("Vocabulary", "In person"),
        Channel.OTHER: QCoreApplication.translate("Vocabulary", "Other"),
    }[channel]


def role_kind_label(kind: RoleKind) -> str:
    return {
        RoleKind.HIRING_MANAGER: QCoreApplication.translate("Vocabulary", "Hiring manager"),
        RoleKind.HR: QCoreApplication.translate("Vocabulary", "HR"),
        RoleKind.EMPLOYEE: QCoreApplication.translate("Vocabulary", "Employee"),
        RoleKind.OTHER: QCoreApplication.translate("Vocabulary", "Contact"),
    }[kind]


def country_choices() -> list[tuple[str, str]]:
    """The countries offered for phone numbers and addresses, most likely first."""
    return [
        ("NL", QCoreApplication.translate("Vocabulary", "Netherlands")),
        ("BE", QCoreApplication.translate("Vocabulary", "Belgium")),
        ("DE", QCoreApplication.translate("Vocabulary", "Germany")),
        ("LU", QCoreApplication.translate("Vocabulary", "Luxembourg")),
        ("FR", QCoreApplication.translate("Vocabulary", "France")),
        ("GB", QCoreApplication.translate("Vocabulary", "United Kingdom")),
        ("IE", QCoreApplication.translate("Vocabulary", "Ireland")),
        ("ES", QCoreApplication.translate("Vocabulary", "Spain")),
        ("PT", QCoreApplication.translate("Vocabulary", "Portugal")),
        ("IT", QCoreApplication.translate("Vocabulary", "Italy")),
        ("PL", QCoreApplication.translate("Vocabulary", "Poland")),
        ("CH", QCoreApplication.translate("Vocabulary", "Switzerland")),
        ("AT", QCoreApplication.translate("Vocabulary", "Austria")),
        ("DK", QCoreApplication.translate("Vocabulary", "Denmark")),
        ("SE", QCoreApplication.translate("Vocabulary", "Sweden")),
        ("US", QCoreApplication.translate("Vocabulary", "United States")),
        ("IN", QCoreApplication.translate("Vocabulary", "India")),
    ]


def country_label(code: str) -> str:
    return dict(country_choices()).get(code.upper(), code.upper())


def language_choices() -> list[tuple[str, str]]:
    return [
        ("nl", QCoreApplication.translate("Vocabulary", "Dutch")),
        ("en", QCoreApplication.translate("Vocabulary", "English")),
        ("fr", QCoreApplication.translate("Vocabulary", "French")),
        ("de", QCoreApplication.translate("Vocabulary", "German")),
    ]


def language_label(code: str) -> str:
    return dict(language_choices()).get(code, code)


def field_problem_message(problem: InvalidField) -> str:
    """One sentence for the label under the field: what is wrong and what would be right."""
    value = problem.value
    kind = problem.problem
    if kind is FieldProblem.REQUIRED:
        return QCoreApplication.translate("Vocabulary", "This field is required.")
    if kind is FieldProblem.EMAIL_INVALID:
        text = QCoreApplication.translate(
            "Vocabulary", "“%1” is not an email address (expected something like name@company.nl)."
        )
    elif kind is FieldProblem.PHONE_UNPARSEABLE:
        text = QCoreApplication.translate(
            "Vocabulary",
            "“%1” cannot be read as a phone number. Start with + and the country code.",
        )
    elif kind is FieldProblem.PHONE_INVALID_FOR_COUNTRY:
        text = QCoreApplication.translate(
            "Vocabulary",
            "“%1” is not a valid phone number for %2. Choose the country or start with +.",
        ).replace("%2", country_label(problem.country))
    elif kind is FieldProblem.URL_INVALID:
        text = QCoreApplication.translate(
            "Vocabulary", "“%1” is not a LinkedIn profile address (https://www.linkedin.com/in/…)."
        )
    elif kind is FieldProblem.NUMBER_INVALID:
        return QCoreApplication.translate(
            "Vocabulary", "The maximum must be at least the ideal interval."
        )
    elif kind is FieldProblem.PERCENT_OUT_OF_RANGE:
        return QCoreApplication.translate("Vocabulary", "Enter a percentage from 0 to 100.")
    elif kind is FieldProblem.TEXT_TOO_LONG:
        from recruiter_desk.domain.draft_validation import MAX_TEXT_CHARS

        locale = QLocale()
        return (
            QCoreApplication.translate(
                "Vocabulary",
                "This text has %1 characters; at most %2 fit here. Keep a long document as a "
                "file, and its gist here.",
            )
            .replace("%1", locale.toString(int(value) if value.isdigit() else 0))
            .replace("%2", locale.toString(MAX_TEXT_CHARS))
        )
    else:
        raise AssertionError(kind)
    return text.replace("%1", value)


def contact_label_text(stored: str) -> str:
    """A stored label in the interface's language ("work" → "werk" in Dutch); the user's
    own words as typed."""
    label = known_label(stored)
    if label is None:
        return stored
    return {
        ContactLabel.WORK: QCoreApplication.translate("PersonDialog", "work"),
        ContactLabel.PRIVATE: QCoreApplication.translate("PersonDialog", "private"),
        ContactLabel.MOBILE: QCoreApplication.translate("PersonDialog", "mobile"),
        ContactLabel.HOME: QCoreApplication.translate("PersonDialog", "home"),
    }[label]
