"""The words of global search: each kind's heading, a template hit's name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from recruiter_desk.domain.search import SearchHit, SearchKind
from recruiter_desk.domain.vocabulary import Channel, TemplateKey
from recruiter_desk.ui.contact.message_template_labels import template_name
from recruiter_desk.ui.labels.vocabulary_labels import channel_label, language_label
from recruiter_desk.ui.widgets.date_fields import to_qdate


def kind_label(kind: SearchKind) -> str:
    translate = QCoreApplication.translate
    return {
        SearchKind.PERSON: translate("Search", "People"),
        SearchKind.COMPANY: translate("Search", "Companies"),
        SearchKind.VACANCY: translate("Search", "Vacancies"),
        SearchKind.PLACEMENT: translate("Search", "Placements"),
        SearchKind.ENTRY: translate("Search", "Timeline entries"),
        SearchKind.TEMPLATE: translate("Search", "Message templates"),
        SearchKind.FILE: translate("Search", "Files"),
    }[kind]


def heading(kind: SearchKind, count: int) -> str:
    """ "People (12)": the kind and how many of it match in all."""
    return (
        QCoreApplication.translate("Search", "%1 (%2)")
        .replace("%1", kind_label(kind))
        .replace("%2", QLocale().toString(count))
    )


def show_all_label(count: int) -> str:
    return QCoreApplication.translate("Search", "Show all %1").replace(
        "%1", QLocale().toString(count)
    )


def capped_label(shown: int, count: int) -> str:
    """Below a kind shown in full but cut at its limit."""
    return (
        QCoreApplication.translate("Search", "The best %1 of %2: type more words to narrow.")
        .replace("%1", QLocale().toString(shown))
        .replace("%2", QLocale().toString(count))
    )


def hit_title(hit: SearchHit) -> str:
    """What a hit is called on its first line."""
    if hit.template is not None:
        key, channel, language = hit.template
        return " · ".join(
            (
                template_name(TemplateKey(key)),
                channel_label(Channel(channel)),
                language_label(language),
            )
        )
    if not hit.title.strip():
        return QCoreApplication.translate("Search", "(no name)")
    return hit.title


def hit_detail(hit: SearchHit) -> str:
    """A hit's second line (marked words kept): for a timeline entry whom it is about and when,
    for a file whose it is and when it was added, then the words around the match."""
    snippet = " ".join(hit.snippet.split())
    if hit.kind not in (SearchKind.ENTRY, SearchKind.FILE):
        return snippet
    when = (
        QLocale().toString(
            to_qdate(hit.occurred_at.astimezone().date()), QLocale.FormatType.ShortFormat
        )
        if hit.occurred_at is not None
        else ""
    )
    return " · ".join(part for part in (hit.about, when, snippet) if part)


def kind_icon_path(kind: SearchKind) -> str:
    return {
        SearchKind.PERSON: ":/icons/areas/people.svg",
        SearchKind.COMPANY: ":/icons/areas/companies.svg",
        SearchKind.VACANCY: ":/icons/areas/vacancies.svg",
        SearchKind.PLACEMENT: ":/icons/areas/board.svg",
        SearchKind.ENTRY: ":/icons/channels/other.svg",
        SearchKind.TEMPLATE: ":/icons/channels/email.svg",
        SearchKind.FILE: ":/icons/files/file.svg",
    }[kind]
