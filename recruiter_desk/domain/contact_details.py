"""Validation of the contact details a recruiter types: email addresses and phone numbers.

Each check returns the normalised value or raises ``InvalidField`` naming the field and the
reason, so that a form can put the message next to the field it is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from recruiter_desk.domain.problems import InputProblem


class FieldProblem(StrEnum):
    """Why a value was refused; the UI turns each into a translated sentence."""

    REQUIRED = "required"
    EMAIL_INVALID = "email_invalid"
    PHONE_UNPARSEABLE = "phone_unparseable"
    PHONE_INVALID_FOR_COUNTRY = "phone_invalid_for_country"
    URL_INVALID = "url_invalid"
    NUMBER_INVALID = "number_invalid"
    PERCENT_OUT_OF_RANGE = "percent_out_of_range"
    TEXT_TOO_LONG = "text_too_long"
    """``value`` holds the number of characters given."""


@dataclass(eq=False)  # exceptions must stay mutable: Python sets __traceback__
class InvalidField(InputProblem):
    field: str
    problem: FieldProblem
    value: str = ""
    country: str = ""

    def __str__(self) -> str:
        return f"{self.field}: {self.problem.value} ({self.value!r})"


def normalise_email(value: str, field: str = "email") -> str:
    """Syntax check only: the app is offline, so no DNS look-up for deliverability."""
    from email_validator import EmailNotValidError, validate_email

    text = value.strip()
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        raise InvalidField(field, FieldProblem.EMAIL_INVALID, text) from None
    return result.normalized


def normalise_phone(value: str, country: str, field: str = "phone") -> str:
    """Return the number in E.164. ``country`` (ISO 3166 alpha-2) resolves national numbers."""
    import phonenumbers

    text = value.strip()
    region = (country or "").upper() or None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise InvalidField(field, FieldProblem.PHONE_UNPARSEABLE, text, region or "") from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidField(
            field, FieldProblem.PHONE_INVALID_FOR_COUNTRY, text, region or ""
        ) from None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone_for_display(e164: str) -> str:
    """International format with spaces, for reading aloud; falls back to the raw value."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_linkedin(value: str, field: str = "linkedin") -> str:
    """Accept a profile URL with or without scheme; store it as an https URL."""
    text = value.strip()
    if not text:
        return ""
    if text.startswith("linkedin.com") or text.startswith("www.linkedin.com"):
        text = "https://" + text
    lowered = text.lower()
    if (
        not (
            lowered.startswith("https://www.linkedin.com/")
            or lowered.startswith("https://linkedin.com/")
            or lowered.startswith("http://www.linkedin.com/")
            or lowered.startswith("https://nl.linkedin.com/")
            or lowered.startswith("https://be.linkedin.com/")
        )
        or " " in text
    ):
        raise InvalidField(field, FieldProblem.URL_INVALID, value.strip())
    return text.replace("http://", "https://", 1)


class ContactLabel(StrEnum):
    """The usual labels of an address or number, stored as these keys and shown in the
    interface's language; any other word the user types is kept as typed."""

    WORK = "work"
    PRIVATE = "private"
    MOBILE = "mobile"
    HOME = "home"


_LABEL_WORDS = {
    ContactLabel.WORK: ("work", "werk", "zakelijk", "business", "office", "kantoor"),
    ContactLabel.PRIVATE: ("private", "privé", "prive", "personal", "persoonlijk", "privat"),
    ContactLabel.MOBILE: ("mobile", "mobiel", "cell", "gsm", "mobile phone"),
    ContactLabel.HOME: ("home", "thuis"),
}
_LABEL_OF = {word: label for label, words in _LABEL_WORDS.items() for word in words}


def canonical_label(typed: str) -> str:
    """The key of a usual label, however it was written ("werk", "Work" → "work"), else the
    words as typed."""
    text = typed.strip()
    label = _LABEL_OF.get(text.casefold())
    return label.value if label is not None else text


def known_label(stored: str) -> ContactLabel | None:
    """The usual label a stored one is (also one stored in Dutch by an earlier version)."""
    return _LABEL_OF.get(stored.strip().casefold())
