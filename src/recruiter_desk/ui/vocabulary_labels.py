"""Translated names for the domain's vocabularies and validation problems.

Each text is a literal inside ``translate()`` so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recruiter_desk.domain.contact_details import FieldProblem, InvalidField
from recruiter_desk.domain.vocabulary import Channel, CompanyStatus, PersonStatus, RoleKind


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def person_status_label(status: PersonStatus) -> str:
    return {
        PersonStatus.ACTIVE: _t("Active"),
        PersonStatus.PASSIVE: _t("Passive"),
        PersonStatus.PLACED: _t("Placed"),
        PersonStatus.DO_NOT_CONTACT: _t("Do not contact"),
    }[status]


def company_status_label(status: CompanyStatus) -> str:
    return {
        CompanyStatus.PROSPECT: _t("Prospect"),
        CompanyStatus.CLIENT: _t("Client"),
        CompanyStatus.FORMER_CLIENT: _t("Former client"),
    }[status]


def channel_label(channel: Channel) -> str:
    return {
        Channel.EMAIL: _t("Email"),
        Channel.PHONE: _t("Phone"),
        Channel.WHATSAPP: _t("WhatsApp"),
        Channel.SMS: _t("SMS"),
        Channel.LINKEDIN: _t("LinkedIn"),
        Channel.VIDEO: _t("Video call"),
        Channel.IN_PERSON: _t("In person"),
        Channel.OTHER: _t("Other"),
    }[channel]


def role_kind_label(kind: RoleKind) -> str:
    return {
        RoleKind.HIRING_MANAGER: _t("Hiring manager"),
        RoleKind.HR: _t("HR"),
        RoleKind.EMPLOYEE: _t("Employee"),
        RoleKind.OTHER: _t("Contact"),
    }[kind]


def country_choices() -> list[tuple[str, str]]:
    """The countries offered for phone numbers and addresses, most likely first."""
    return [
        ("NL", _t("Netherlands")),
        ("BE", _t("Belgium")),
        ("DE", _t("Germany")),
        ("LU", _t("Luxembourg")),
        ("FR", _t("France")),
        ("GB", _t("United Kingdom")),
        ("IE", _t("Ireland")),
        ("ES", _t("Spain")),
        ("PT", _t("Portugal")),
        ("IT", _t("Italy")),
        ("PL", _t("Poland")),
        ("CH", _t("Switzerland")),
        ("AT", _t("Austria")),
        ("DK", _t("Denmark")),
        ("SE", _t("Sweden")),
        ("US", _t("United States")),
        ("IN", _t("India")),
    ]


def country_label(code: str) -> str:
    return dict(country_choices()).get(code.upper(), code.upper())


def language_choices() -> list[tuple[str, str]]:
    return [("nl", _t("Dutch")), ("en", _t("English")), ("fr", _t("French")), ("de", _t("German"))]


def language_label(code: str) -> str:
    return dict(language_choices()).get(code, code)


def field_problem_message(problem: InvalidField) -> str:
    """One sentence for the label under the field: what is wrong and what would be right."""
    value = problem.value
    if problem.problem is FieldProblem.REQUIRED:
        return _t("This field is required.")
    if problem.problem is FieldProblem.EMAIL_INVALID:
        return _t(
            "“%1” is not an email address (expected something like name@company.nl)."
        ).replace("%1", value)
    if problem.problem is FieldProblem.PHONE_UNPARSEABLE:
        return _t("“%1” cannot be read as a phone number.").replace("%1", value)
    if problem.problem is FieldProblem.PHONE_INVALID_FOR_COUNTRY:
        return (
            _t("“%1” is not a valid phone number for %2. Choose the right country or start with +.")
            .replace("%1", value)
            .replace("%2", country_label(problem.country) if problem.country else _t("any country"))
        )
    if problem.problem is FieldProblem.URL_INVALID:
        return _t(
            "“%1” is not a LinkedIn profile address (https://www.linkedin.com/in/…)."
        ).replace("%1", value)
    if problem.problem is FieldProblem.NUMBER_INVALID:
        return _t("The maximum must be at least the ideal interval.")
    raise AssertionError(problem.problem)
