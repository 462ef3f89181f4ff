"""The inputs a person's details are typed into, shared by the person dialog and the person
page's in-place editors, so that both offer the same choices, hints and labels.

The texts keep the translation context "PersonDialog", where they were first written, so that
their existing translations still apply.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from recruiter_desk.domain.vocabulary import PersonStatus
from recruiter_desk.ui.labels.vocabulary_labels import (
    contact_label_text,
    country_choices,
    person_status_label,
)


def choice_combo(choices: list[tuple[str, str]], current: str) -> QComboBox:
    """A fixed list of ``(value, label)``; an unknown ``current`` selects the first."""
    combo = QComboBox()
    for value, label in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def status_choices() -> list[tuple[str, str]]:
    return [(status.value, person_status_label(status)) for status in PersonStatus]


def label_combo(suggestions: list[str], current: str) -> QComboBox:
    """The label of an address or number: a suggestion, or any word the user types."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(suggestions)
    combo.setEditText(contact_label_text(current))
    combo.setAccessibleName(QCoreApplication.translate("PersonDialog", "Label"))
    if (line := combo.lineEdit()) is not None:  # an editable combo box has one
        line.setPlaceholderText(QCoreApplication.translate("PersonDialog", "label"))
        line.setAccessibleName(combo.accessibleName())
    combo.setMinimumContentsLength(7)
    return combo


def email_labels() -> list[str]:
    return [
        QCoreApplication.translate("PersonDialog", "work"),
        QCoreApplication.translate("PersonDialog", "private"),
    ]


def phone_labels() -> list[str]:
    return [
        QCoreApplication.translate("PersonDialog", "mobile"),
        QCoreApplication.translate("PersonDialog", "work"),
        QCoreApplication.translate("PersonDialog", "home"),
    ]


def phone_country_caption() -> str:
    return QCoreApplication.translate("PersonDialog", "Country of phone numbers without +")


def phone_country_combo(current: str) -> QComboBox:
    """Which country a number without + belongs to (it is stored with its country code)."""
    combo = choice_combo(country_choices(), current)
    combo.setAccessibleName(phone_country_caption())
    return combo


LINKEDIN_PLACEHOLDER = "https://www.linkedin.com/in/…"


def email_placeholder() -> str:
    return QCoreApplication.translate("PersonDialog", "name@company.nl")


def phone_placeholder() -> str:
    return QCoreApplication.translate("PersonDialog", "06 12345678 or +32 470 12 34 56")


def headline_placeholder() -> str:
    return QCoreApplication.translate("PersonDialog", "e.g. Senior PLC engineer, offshore wind")


def tags_placeholder() -> str:
    return QCoreApplication.translate(
        "PersonDialog", "comma-separated, e.g. embedded, PLC, Brabant"
    )


def another_email_text() -> str:
    return QCoreApplication.translate("PersonDialog", "+ Another email address")


def another_phone_text() -> str:
    return QCoreApplication.translate("PersonDialog", "+ Another phone number")


def split_tags(text: str) -> tuple[str, ...]:
    return tuple(tag.strip() for tag in text.split(",") if tag.strip())


def joined_tags(tags: tuple[str, ...]) -> str:
    return ", ".join(tags)
