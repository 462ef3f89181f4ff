"""Message templates: what a recruiter sends at each moment of a placement, per channel and
language, with placeholders such as ``{first_name}``.

The defaults live in code, in English and Dutch (their words in ``message_template_texts``;
``TemplateKey``, the moments, in the vocabulary, and importable from here as before); the
database keeps only the user's edited versions, which override a default by (key, channel,
language). The texts are data in the recipient's language, not user-interface strings: they
never go through Qt's translation.

Braces are reserved for placeholders. A text with an unknown name in braces or with an
unbalanced brace is refused when it is saved, and rendering it raises, so a message with
``{voornaam}`` in it can never be sent. ``{feedback}`` has no automatic value on purpose: a
rejection cannot go out until the recruiter has written the feedback in its place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from recruiter_desk.domain.message_template_texts import DEFAULT_TEXTS
from recruiter_desk.domain.problems import InputProblem
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.domain.vocabulary import TemplateKey as TemplateKey  # imported from here too


class Placeholder(StrEnum):
    FIRST_NAME = "first_name"
    COMPANY = "company"
    VACANCY = "vacancy"
    START_DATE = "start_date"
    YOUR_NAME = "your_name"
    YOUR_EMAIL = "your_email"
    YOUR_PHONE = "your_phone"
    REPLY_DATE = "reply_date"
    FEEDBACK = "feedback"


PLACEHOLDERS: frozenset[str] = frozenset(p.value for p in Placeholder)
MESSAGE_CHANNELS: tuple[Channel, ...] = (
    Channel.EMAIL,
    Channel.WHATSAPP,
    Channel.SMS,
    Channel.LINKEDIN,
)
TEMPLATE_LANGUAGES: tuple[str, ...] = ("en", "nl")


def has_subject(channel: Channel) -> bool:
    return channel is Channel.EMAIL


def template_language(language: str) -> str:
    """The template language for a person's language: theirs if we have it, else English."""
    return language if language in TEMPLATE_LANGUAGES else "en"


# -- problems --------------------------------------------------------------------------------
class TemplateProblem(InputProblem):
    """Why a text cannot be saved or sent; the UI turns each kind into a sentence."""


class UnbalancedBrace(TemplateProblem):
    def __init__(self, position: int, brace: str) -> None:
        super().__init__(f"unbalanced {brace!r} at position {position}")
        self.position = position
        self.brace = brace


class UnknownPlaceholders(TemplateProblem):
    def __init__(self, names: list[str]) -> None:
        super().__init__("unknown placeholder " + ", ".join(f"{{{n}}}" for n in names))
        self.names = tuple(names)


class MissingValues(TemplateProblem):
    def __init__(self, names: list[str]) -> None:
        super().__init__("no value for " + ", ".join(f"{{{n}}}" for n in names))
        self.names = tuple(names)


class EmptyMessage(TemplateProblem):
    def __init__(self) -> None:
        super().__init__("the message is empty")


# -- placeholders ------------------------------------------------------------------------------
def _segments(text: str) -> list[tuple[int, int, str]]:
    """Each ``{name}`` as (start, end, name); raises ``UnbalancedBrace`` at the first stray
    or nested brace."""
    found: list[tuple[int, int, str]] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char == "}":
            raise UnbalancedBrace(position, "}")
        if char == "{":
            end = position + 1
            while end < len(text) and text[end] not in "{}":
                end += 1
            if end >= len(text) or text[end] == "{":
                raise UnbalancedBrace(position, "{")
            found.append((position, end + 1, text[position + 1 : end]))
            position = end + 1
            continue
        position += 1
    return found


def find_placeholders(text: str) -> list[str]:
    """Every name in braces, once each, in order of appearance."""
    return list(dict.fromkeys(name for _start, _end, name in _segments(text)))


def find_unknown_placeholders(text: str) -> list[str]:
    """Names in braces that are not placeholders (raises ``UnbalancedBrace``)."""
    return [name for name in find_placeholders(text) if name not in PLACEHOLDERS]


def leftover_placeholders(text: str) -> list[str]:
    """What still stands in braces in a message about to be sent. Lenient about a stray
    brace the user typed: only a complete ``{…}`` counts."""
    return list(dict.fromkeys(re.findall(r"\{([^{}\n]*)\}", text)))


def check_template(subject: str, body: str) -> None:
    """Raise the first problem that would stop this template from being saved."""
    for text in (subject, body):
        unknown = find_unknown_placeholders(text)
        if unknown:
            raise UnknownPlaceholders(unknown)
    if not body.strip():
        raise EmptyMessage()


# -- values and rendering -----------------------------------------------------------------------
_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
}
_MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
}


def format_date(day: date, language: str) -> str:
    """ "Monday 4 January" / "maandag 4 januari": from a table, so that the result does not
    depend on the computer's locale."""
    language = template_language(language)
    return f"{_DAYS[language][day.weekday()]} {day.day} {_MONTHS[language][day.month - 1]}"


def working_days_after(day: date, count: int) -> date:
    """The date ``count`` working days (Monday to Friday) after ``day``."""
    result = day
    while count > 0:
        result += timedelta(days=1)
        if result.weekday() < 5:
            count -= 1
    return result


@dataclass(frozen=True, slots=True)
class PlaceholderValues:
    """What the placeholders stand for in one message; empty means "not known"."""

    first_name: str = ""
    company: str = ""
    vacancy: str = ""
    start_date: date | None = None
    your_name: str = ""
    reply_date: date | None = None
    feedback: str = ""
    your_email: str = ""
    your_phone: str = ""

    def as_text(self, language: str) -> dict[str, str]:
        values = {
            Placeholder.FIRST_NAME.value: self.first_name.strip(),
            Placeholder.COMPANY.value: self.company.strip(),
            Placeholder.VACANCY.value: self.vacancy.strip(),
            Placeholder.START_DATE.value: (
                format_date(self.start_date, language) if self.start_date else ""
            ),
            Placeholder.YOUR_NAME.value: self.your_name.strip(),
            Placeholder.YOUR_EMAIL.value: self.your_email.strip(),
            Placeholder.YOUR_PHONE.value: self.your_phone.strip(),
            Placeholder.REPLY_DATE.value: (
                format_date(self.reply_date, language) if self.reply_date else ""
            ),
            Placeholder.FEEDBACK.value: self.feedback.strip(),
        }
        return {name: value for name, value in values.items() if value}


def render_partially(text: str, values: PlaceholderValues, language: str) -> tuple[str, list[str]]:
    """Fill in what is known; keep ``{name}`` where the value is missing, so that the user
    can see and fill the gap. Returns the text and the missing names. Unknown placeholders
    and unbalanced braces raise."""
    segments = _segments(text)
    unknown = list(dict.fromkeys(n for _s, _e, n in segments if n not in PLACEHOLDERS))
    if unknown:
        raise UnknownPlaceholders(unknown)
    known = values.as_text(language)
    parts: list[str] = []
    missing: list[str] = []
    position = 0
    for start, end, name in segments:
        parts.append(text[position:start])
        if name in known:
            parts.append(known[name])
        else:
            parts.append(text[start:end])
            if name not in missing:
                missing.append(name)
        position = end
    parts.append(text[position:])
    return "".join(parts), missing


def render(text: str, values: PlaceholderValues, language: str) -> str:
    """The finished text; raises if any placeholder is unknown or has no value."""
    rendered, missing = render_partially(text, values, language)
    if missing:
        raise MissingValues(missing)
    return rendered


def sample_values(
    language: str, today: date, your_name: str = "", your_email: str = "", your_phone: str = ""
) -> PlaceholderValues:
    """Believable values for the editor's preview (yours where you gave them)."""
    start = today + timedelta(days=14)
    start += timedelta(days=(7 - start.weekday()) % 7)  # a Monday, as most starts are
    if template_language(language) == "nl":
        return PlaceholderValues(
            first_name="Sanne",
            company="Van Dijk Installatietechniek",
            vacancy="projectleider",
            start_date=start,
            your_name=your_name or "Sam",
            your_email=your_email or "sam@voorbeeld.nl",
            your_phone=your_phone or "06 12 34 56 78",
            reply_date=working_days_after(today, 2),
            feedback=(
                "ze waardeerden je kennis van de branche; een andere kandidaat had meer "
                "ervaring met het aansturen van een team."
            ),
        )
    return PlaceholderValues(
        first_name="Emma",
        company="Northwind Logistics",
        vacancy="project lead",
        start_date=start,
        your_name=your_name or "Sam",
        your_email=your_email or "sam@example.com",
        your_phone=your_phone or "+31 6 12 34 56 78",
        reply_date=working_days_after(today, 2),
        feedback=(
            "they valued your knowledge of the sector; another candidate had more experience "
            "leading a team."
        ),
    )


# -- templates --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TemplateText:
    subject: str
    body: str


@dataclass(frozen=True, slots=True)
class MessageTemplate:
    """The template in effect: the default, or the user's edited version (``edited``)."""

    key: TemplateKey
    channel: Channel
    language: str
    subject: str
    body: str
    edited: bool = False

    @property
    def placeholders(self) -> list[str]:
        return find_placeholders(self.subject + "\n" + self.body)


def default_text(key: TemplateKey, channel: Channel, language: str) -> TemplateText:
    """The built-in text. Raises ``KeyError`` for a channel without templates (a call)."""
    if channel not in MESSAGE_CHANNELS:
        raise KeyError(channel)
    texts = DEFAULT_TEXTS[(TemplateKey(key), template_language(language))]
    if channel is Channel.EMAIL:
        return TemplateText(texts.subject, texts.email)
    if channel is Channel.LINKEDIN:
        return TemplateText("", texts.linkedin)
    return TemplateText("", texts.short)


def default_template(key: TemplateKey, channel: Channel, language: str) -> MessageTemplate:
    text = default_text(key, channel, language)
    return MessageTemplate(key, channel, template_language(language), text.subject, text.body)


def all_default_templates() -> list[MessageTemplate]:
    """Every default, ordered by moment, then channel, then language."""
    return [
        default_template(key, channel, language)
        for key in TemplateKey
        for channel in MESSAGE_CHANNELS
        for language in TEMPLATE_LANGUAGES
    ]


_TEMPLATE_FOR_STAGE = {
    "signed": TemplateKey.WELCOME_AFTER_SIGNING,
    "started": TemplateKey.FIRST_WEEK_CHECK,
    "retained": TemplateKey.ANNIVERSARY_GROWTH,
    "rejected": TemplateKey.DECENT_REJECTION,
}


def template_for_stage(stage_key: str) -> TemplateKey | None:
    """The template that fits a card's stage (welcome after signing, first week after the
    start, …), or None where no template fits (a lead, an interview): then none is offered
    first, rather than a message meant for another moment."""
    return _TEMPLATE_FOR_STAGE.get(stage_key)


def first_line(subject: str, body: str, limit: int = 200) -> str:
    """What a sent message is logged as: its subject, else its first line of text."""
    text = subject.strip() or next((line.strip() for line in body.splitlines() if line.strip()), "")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
