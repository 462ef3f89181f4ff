"""Translated words for message templates and contact links: the moments' names, what each
placeholder stands for, why a template cannot be saved or sent, why a contact button is off.

Each text is a literal inside ``translate()`` so that lupdate finds it. The template texts
themselves are data in the recipient's language and are not translated here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recruiter_desk.domain.contact_links import NoLink
from recruiter_desk.domain.message_templates import (
    EmptyMessage,
    MissingValues,
    Placeholder,
    TemplateKey,
    TemplateProblem,
    UnbalancedBrace,
    UnknownPlaceholders,
)

"""The QSettings key of the user's own name, for ``{your_name}``."""


def template_name(key: TemplateKey) -> str:
    return {
        TemplateKey.WELCOME_AFTER_SIGNING: QCoreApplication.translate(
            "MessageTemplates", "Welcome after signing"
        ),
        TemplateKey.PRE_START_CHECK_IN: QCoreApplication.translate(
            "MessageTemplates", "Pre-start check-in"
        ),
        TemplateKey.HIRING_MANAGER_INTRODUCTION: QCoreApplication.translate(
            "MessageTemplates", "Hiring manager introduction"
        ),
        TemplateKey.GOOD_LUCK_DAY_ONE: QCoreApplication.translate(
            "MessageTemplates", "Good luck on day one"
        ),
        TemplateKey.FIRST_WEEK_CHECK: QCoreApplication.translate(
            "MessageTemplates", "First-week check"
        ),
        TemplateKey.PROBATION_CHECK: QCoreApplication.translate(
            "MessageTemplates", "Probation check"
        ),
        TemplateKey.ANNIVERSARY_GROWTH: QCoreApplication.translate(
            "MessageTemplates", "Anniversary and growth"
        ),
        TemplateKey.REPLY_PROMISE: QCoreApplication.translate(
            "MessageTemplates", "Reply promise with a date"
        ),
        TemplateKey.DECENT_REJECTION: QCoreApplication.translate(
            "MessageTemplates", "Decent rejection with feedback"
        ),
    }[TemplateKey(key)]


def placeholder_description(name: str) -> str:
    return {
        Placeholder.FIRST_NAME: QCoreApplication.translate("MessageTemplates", "First name"),
        Placeholder.COMPANY: QCoreApplication.translate("MessageTemplates", "Company"),
        Placeholder.VACANCY: QCoreApplication.translate("MessageTemplates", "Vacancy"),
        Placeholder.START_DATE: QCoreApplication.translate("MessageTemplates", "Start date"),
        Placeholder.YOUR_NAME: QCoreApplication.translate("MessageTemplates", "Your name"),
        Placeholder.YOUR_EMAIL: QCoreApplication.translate(
            "MessageTemplates", "Your e-mail address"
        ),
        Placeholder.YOUR_PHONE: QCoreApplication.translate("MessageTemplates", "Your phone"),
        Placeholder.REPLY_DATE: QCoreApplication.translate(
            "MessageTemplates", "Date you promise to reply by"
        ),
        Placeholder.FEEDBACK: QCoreApplication.translate(
            "MessageTemplates", "Feedback (you write it before sending)"
        ),
    }[Placeholder(name)]


def _braced(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in names)


def template_problem_message(problem: TemplateProblem) -> str:
    """One sentence under the editor: what is wrong and how to put it right."""
    if isinstance(problem, UnknownPlaceholders):
        return (
            QCoreApplication.translate(
                "MessageTemplates", "Unknown placeholder %1. Use one of: %2."
            )
            .replace("%1", _braced(problem.names))
            .replace("%2", _braced([p.value for p in Placeholder]))
        )
    if isinstance(problem, UnbalancedBrace):
        if problem.brace == "{":
            return QCoreApplication.translate(
                "MessageTemplates",
                "A “{” is not closed (character %1). Braces are only for placeholders such "
                "as {first_name}.",
            ).replace("%1", str(problem.position + 1))
        return QCoreApplication.translate(
            "MessageTemplates",
            "A “}” has no matching “{” (character %1). Braces are only for placeholders "
            "such as {first_name}.",
        ).replace("%1", str(problem.position + 1))
    if isinstance(problem, MissingValues):
        return fill_in_message(list(problem.names))
    if isinstance(problem, EmptyMessage):
        return QCoreApplication.translate("MessageTemplates", "The message is empty.")
    return str(problem)


def fill_in_message(names: list[str]) -> str:
    return QCoreApplication.translate(
        "MessageTemplates", "Replace %1 with your own words before sending."
    ).replace("%1", _braced(names))


def no_link_reason(reason: NoLink, name: str) -> str:
    """Why a contact button is disabled, for its tooltip; ``name`` is the person's."""
    text = {
        NoLink.NO_EMAIL: QCoreApplication.translate(
            "ContactBar", "No email address for %1. Add one with Edit…"
        ),
        NoLink.NO_PHONE: QCoreApplication.translate(
            "ContactBar", "No phone number for %1. Add one with Edit…"
        ),
        NoLink.NO_MOBILE_FOR_WHATSAPP_OR_SMS: QCoreApplication.translate(
            "ContactBar",
            "%1 has no mobile number: a landline cannot receive WhatsApp or SMS messages.",
        ),
        NoLink.NO_LINKEDIN: QCoreApplication.translate(
            "ContactBar", "No LinkedIn profile for %1. Add its address with Edit…"
        ),
        NoLink.NOT_A_LINK_CHANNEL: QCoreApplication.translate(
            "ContactBar", "This channel cannot be opened from here."
        ),
    }[reason]
    return text.replace("%1", name)
