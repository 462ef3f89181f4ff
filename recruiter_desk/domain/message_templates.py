"""Message templates: what a recruiter sends at each moment of a placement, per channel and
language, with placeholders such as ``{first_name}``.

The defaults live here, in code, in English and Dutch; the database keeps only the user's
edited versions, which override a default by (key, channel, language). The texts are data in
the recipient's language, not user-interface strings: they never go through Qt's translation.

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

from recruiter_desk.domain.problems import InputProblem
from recruiter_desk.domain.vocabulary import Channel


class TemplateKey(StrEnum):
    """The moments a template is written for, in the order they happen."""

    WELCOME_AFTER_SIGNING = "welcome_after_signing"
    PRE_START_CHECK_IN = "pre_start_check_in"
    HIRING_MANAGER_INTRODUCTION = "hiring_manager_introduction"
    GOOD_LUCK_DAY_ONE = "good_luck_day_one"
    FIRST_WEEK_CHECK = "first_week_check"
    PROBATION_CHECK = "probation_check"
    ANNIVERSARY_GROWTH = "anniversary_growth"
    REPLY_PROMISE = "reply_promise"
    DECENT_REJECTION = "decent_rejection"


class Placeholder(StrEnum):
    FIRST_NAME = "first_name"
    COMPANY = "company"
    VACANCY = "vacancy"
    START_DATE = "start_date"
    YOUR_NAME = "your_name"
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

    def as_text(self, language: str) -> dict[str, str]:
        values = {
            Placeholder.FIRST_NAME.value: self.first_name.strip(),
            Placeholder.COMPANY.value: self.company.strip(),
            Placeholder.VACANCY.value: self.vacancy.strip(),
            Placeholder.START_DATE.value: (
                format_date(self.start_date, language) if self.start_date else ""
            ),
            Placeholder.YOUR_NAME.value: self.your_name.strip(),
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


def sample_values(language: str, today: date, your_name: str = "") -> PlaceholderValues:
    """Believable values for the editor's preview."""
    start = today + timedelta(days=14)
    start += timedelta(days=(7 - start.weekday()) % 7)  # a Monday, as most starts are
    if template_language(language) == "nl":
        return PlaceholderValues(
            first_name="Sanne",
            company="Van Dijk Installatietechniek",
            vacancy="projectleider",
            start_date=start,
            your_name=your_name or "Sam",
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


@dataclass(frozen=True, slots=True)
class _Texts:
    """One moment in one language: an email (subject and body), a short message for
    WhatsApp and SMS (no emoji, so an SMS stays one cheap GSM part where it can), and a
    LinkedIn message."""

    subject: str
    email: str
    short: str
    linkedin: str


_DEFAULTS: dict[tuple[TemplateKey, str], _Texts] = {
    (TemplateKey.WELCOME_AFTER_SIGNING, "en"): _Texts(
        subject="Welcome to {company}, {first_name}!",
        email=(
            "Hi {first_name},\n\n"
            "Congratulations on signing with {company}! I'm really pleased for you, and they "
            "are just as pleased to have you as their new {vacancy}.\n\n"
            "Between now and your first day on {start_date} I'll stay in touch. If anything "
            "comes up (a question about your contract, your notice period, or simply a "
            "doubt), call or message me any time. That's what I'm here for.\n\n"
            "Enjoy this moment!\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, congratulations on signing with {company}! Really pleased for "
            "you. I'll stay in touch until your first day on {start_date}; any question, just "
            "send me a message. {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, congratulations again on your new role as {vacancy} at "
            "{company}! Until your first day on {start_date} I'm only a message away. "
            "{your_name}"
        ),
    ),
    (TemplateKey.WELCOME_AFTER_SIGNING, "nl"): _Texts(
        subject="Welkom bij {company}, {first_name}!",
        email=(
            "Hoi {first_name},\n\n"
            "Gefeliciteerd met je handtekening bij {company}! Ik ben echt blij voor je, en "
            "zij zijn net zo blij met hun nieuwe {vacancy}.\n\n"
            "Tot je eerste werkdag op {start_date} blijf ik in de buurt. Loop je ergens "
            "tegenaan (een vraag over je contract, je opzegtermijn of gewoon een twijfel), "
            "bel of app me gerust. Daar ben ik voor.\n\n"
            "Geniet ervan!\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, gefeliciteerd met je handtekening bij {company}! Echt blij "
            "voor je. Tot je eerste werkdag op {start_date} blijf ik in de buurt: met vragen "
            "kun je me altijd een berichtje sturen. {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, nogmaals gefeliciteerd met je nieuwe functie als {vacancy} bij "
            "{company}! Tot je eerste werkdag op {start_date} ben ik maar een berichtje van je "
            "verwijderd. {your_name}"
        ),
    ),
    (TemplateKey.PRE_START_CHECK_IN, "en"): _Texts(
        subject="Almost there, {first_name}",
        email=(
            "Hi {first_name},\n\n"
            "Your start at {company} on {start_date} is getting close. How are you feeling "
            "about it?\n\n"
            "Has everything reached you: contract, first-day details, laptop? And how is the "
            "goodbye at your current employer going? If anything is unclear or nagging at "
            "you, tell me. I'd much rather hear it now than on your first day.\n\n"
            "Talk soon,\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, your start at {company} on {start_date} is getting close! How "
            "are you feeling? Do you have everything you need for day one? {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, just checking in before your start at {company} on "
            "{start_date}. How are you feeling about it? If anything is unclear, let me "
            "know. {your_name}"
        ),
    ),
    (TemplateKey.PRE_START_CHECK_IN, "nl"): _Texts(
        subject="Bijna zover, {first_name}",
        email=(
            "Hoi {first_name},\n\n"
            "Je start bij {company} op {start_date} komt dichterbij. Hoe kijk je ertegenaan?\n\n"
            "Heb je alles ontvangen: je contract, informatie over je eerste dag, je laptop? En "
            "hoe gaat het afscheid bij je huidige werkgever? Is er iets onduidelijk of zit je "
            "ergens mee, laat het me weten. Ik hoor het liever nu dan op je eerste "
            "werkdag.\n\n"
            "Spreek je snel,\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, je start bij {company} op {start_date} komt dichterbij! Hoe "
            "voel je je erbij? Heb je alles wat je nodig hebt voor je eerste dag? {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, even een berichtje voor je start bij {company} op "
            "{start_date}. Hoe kijk je ertegenaan? Is er iets onduidelijk, laat het me gerust "
            "weten. {your_name}"
        ),
    ),
    (TemplateKey.HIRING_MANAGER_INTRODUCTION, "en"): _Texts(
        subject="Meet your new manager at {company}",
        email=(
            "Hi {first_name},\n\n"
            "Your new manager at {company} would like to get to know you before you start on "
            "{start_date}: a short call or a coffee, no agenda.\n\n"
            "Is it all right if I pass on your number? Tell me which days suit you and I'll "
            "arrange it.\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, your new manager at {company} would like to meet you before "
            "{start_date}: a short call or a coffee. Is it OK if I pass on your number? "
            "{your_name}"
        ),
        linkedin=(
            "Hi {first_name}, your new manager at {company} would like to get to know you "
            "before you start on {start_date}. Is it all right if I pass on your number? "
            "{your_name}"
        ),
    ),
    (TemplateKey.HIRING_MANAGER_INTRODUCTION, "nl"): _Texts(
        subject="Kennismaken met je nieuwe leidinggevende bij {company}",
        email=(
            "Hoi {first_name},\n\n"
            "Je nieuwe leidinggevende bij {company} wil je graag al leren kennen voordat je "
            "op {start_date} begint: een kort telefoontje of een kop koffie, zonder "
            "agenda.\n\n"
            "Vind je het goed dat ik je nummer doorgeef? Laat me weten welke dagen je goed "
            "uitkomen, dan regel ik het.\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, je nieuwe leidinggevende bij {company} wil je graag al leren "
            "kennen voor {start_date}: even bellen of koffie drinken. Mag ik je nummer "
            "doorgeven? {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, je nieuwe leidinggevende bij {company} wil je graag leren "
            "kennen voordat je op {start_date} begint. Vind je het goed dat ik je nummer "
            "doorgeef? {your_name}"
        ),
    ),
    (TemplateKey.GOOD_LUCK_DAY_ONE, "en"): _Texts(
        subject="Good luck today, {first_name}!",
        email=(
            "Hi {first_name},\n\n"
            "Today's the day: your first day at {company}. Good luck, and above all, enjoy "
            "it!\n\n"
            "Nobody expects you to know everything straight away. I'll be in touch at the end "
            "of the week to hear how it's going.\n\n"
            "{your_name}"
        ),
        short=(
            "Good luck today, {first_name}! Enjoy your first day at {company}. I'll be in "
            "touch at the end of the week to hear how it went. {your_name}"
        ),
        linkedin=(
            "Good luck on your first day at {company}, {first_name}! Enjoy it. I'll be in "
            "touch at the end of the week. {your_name}"
        ),
    ),
    (TemplateKey.GOOD_LUCK_DAY_ONE, "nl"): _Texts(
        subject="Succes vandaag, {first_name}!",
        email=(
            "Hoi {first_name},\n\n"
            "Vandaag is het zover: je eerste werkdag bij {company}. Heel veel succes, en "
            "vooral: geniet ervan!\n\n"
            "Niemand verwacht dat je meteen alles weet. Aan het eind van de week neem ik "
            "contact op om te horen hoe het gaat.\n\n"
            "{your_name}"
        ),
        short=(
            "Succes vandaag, {first_name}! Geniet van je eerste dag bij {company}. Aan het "
            "eind van de week hoor je van me. {your_name}"
        ),
        linkedin=(
            "Heel veel succes op je eerste dag bij {company}, {first_name}! Geniet ervan. Aan "
            "het eind van de week hoor je van me. {your_name}"
        ),
    ),
    (TemplateKey.FIRST_WEEK_CHECK, "en"): _Texts(
        subject="How was your first week, {first_name}?",
        email=(
            "Hi {first_name},\n\n"
            "Your first week at {company} is behind you. How was it? I'm curious what stood "
            "out, the good and the not so good.\n\n"
            "Did you get what you needed to get going: access, people to ask, a clear first "
            "task? If something isn't the way we discussed, tell me and we'll find a solution "
            "together.\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, your first week at {company} is done! How was it? Anything that "
            "stood out, good or not so good? Happy to call if that's easier. {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, how was your first week at {company}? I'd love to hear what "
            "stood out. {your_name}"
        ),
    ),
    (TemplateKey.FIRST_WEEK_CHECK, "nl"): _Texts(
        subject="Hoe was je eerste week, {first_name}?",
        email=(
            "Hoi {first_name},\n\n"
            "Je eerste week bij {company} zit erop. Hoe was het? Ik ben benieuwd wat je is "
            "opgevallen, positief en minder positief.\n\n"
            "Had je wat je nodig had om te beginnen: toegang tot de systemen, collega's bij "
            "wie je terechtkunt, een duidelijke eerste opdracht? Is iets anders dan we hadden "
            "besproken, zeg het gerust, dan zoeken we samen een oplossing.\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, je eerste week bij {company} zit erop! Hoe was het? Viel je "
            "iets op, positief of minder positief? Bellen kan ook. {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, hoe was je eerste week bij {company}? Ik hoor graag wat je is "
            "opgevallen. {your_name}"
        ),
    ),
    (TemplateKey.PROBATION_CHECK, "en"): _Texts(
        subject="How are things at {company}?",
        email=(
            "Hi {first_name},\n\n"
            "Your probation period at {company} is nearly over, a good moment to take stock. "
            "How do you feel about the job, the team and the way you work together?\n\n"
            "Shall we catch up for fifteen minutes this week? Anything you'd rather not say "
            "to your manager stays between us.\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, your probation at {company} is nearly over. How are things "
            "going? Shall we catch up for fifteen minutes this week? {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, your probation at {company} is nearly over. How is it going? "
            "Happy to catch up this week. {your_name}"
        ),
    ),
    (TemplateKey.PROBATION_CHECK, "nl"): _Texts(
        subject="Hoe bevalt het bij {company}?",
        email=(
            "Hoi {first_name},\n\n"
            "Je proeftijd bij {company} loopt bijna af, een mooi moment om even stil te "
            "staan. Hoe bevalt de functie, het team en de samenwerking?\n\n"
            "Zullen we deze week een kwartiertje bellen? Wat je liever niet tegen je "
            "leidinggevende zegt, blijft tussen ons.\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, je proeftijd bij {company} loopt bijna af. Hoe bevalt het? "
            "Zullen we deze week een kwartiertje bellen? {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, je proeftijd bij {company} loopt bijna af. Hoe bevalt het? Ik "
            "bel je graag even deze week. {your_name}"
        ),
    ),
    (TemplateKey.ANNIVERSARY_GROWTH, "en"): _Texts(
        subject="A year at {company}: congratulations, {first_name}!",
        email=(
            "Hi {first_name},\n\n"
            "It's a year since you started at {company} as {vacancy}. Congratulations!\n\n"
            "I'm curious how you look back on it, and above all where you want to go next. "
            "What would you like to learn, deepen or take on in the coming year? I'm happy "
            "to think along with you.\n\n"
            "Coffee soon?\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, a year at {company} already, congratulations! How do you look "
            "back on it, and what's next for you? Coffee soon? {your_name}"
        ),
        linkedin=(
            "Congratulations on your first year at {company}, {first_name}! I'd love to hear "
            "where you want to grow next. Coffee soon? {your_name}"
        ),
    ),
    (TemplateKey.ANNIVERSARY_GROWTH, "nl"): _Texts(
        subject="Een jaar bij {company}: gefeliciteerd, {first_name}!",
        email=(
            "Hoi {first_name},\n\n"
            "Alweer een jaar geleden dat je bij {company} begon als {vacancy}. "
            "Gefeliciteerd!\n\n"
            "Ik ben benieuwd hoe je erop terugkijkt, en vooral waar je naartoe wilt. Wat wil "
            "je het komende jaar leren, verdiepen of oppakken? Ik denk graag met je mee.\n\n"
            "Zin in een kop koffie binnenkort?\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, alweer een jaar bij {company}, gefeliciteerd! Hoe kijk je erop "
            "terug, en wat is je volgende stap? Binnenkort koffie? {your_name}"
        ),
        linkedin=(
            "Gefeliciteerd met je eerste jaar bij {company}, {first_name}! Ik ben benieuwd "
            "waar je naartoe wilt groeien. Binnenkort een kop koffie? {your_name}"
        ),
    ),
    (TemplateKey.REPLY_PROMISE, "en"): _Texts(
        subject="Where things stand: {vacancy} at {company}",
        email=(
            "Hi {first_name},\n\n"
            "Thank you for your patience. {company} hasn't made a decision about the "
            "{vacancy} role yet, and I don't want to leave you guessing.\n\n"
            "You'll hear from me by {reply_date} at the latest, even if there's no news by "
            "then.\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, no decision from {company} yet about {vacancy}. You'll hear from "
            "me by {reply_date} at the latest, even if there's no news. {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, {company} hasn't decided about {vacancy} yet. You'll hear from "
            "me by {reply_date} at the latest. {your_name}"
        ),
    ),
    (TemplateKey.REPLY_PROMISE, "nl"): _Texts(
        subject="Stand van zaken: {vacancy} bij {company}",
        email=(
            "Hoi {first_name},\n\n"
            "Dank je voor je geduld. {company} heeft nog geen besluit genomen over de functie "
            "{vacancy}, en ik wil je niet in het ongewisse laten.\n\n"
            "Je hoort uiterlijk {reply_date} van me, ook als er dan nog geen nieuws is.\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, nog geen besluit van {company} over {vacancy}. Je hoort "
            "uiterlijk {reply_date} van me, ook als er dan nog geen nieuws is. {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, {company} heeft nog geen besluit genomen over {vacancy}. Je "
            "hoort uiterlijk {reply_date} van me. {your_name}"
        ),
    ),
    (TemplateKey.DECENT_REJECTION, "en"): _Texts(
        subject="Your application for {vacancy} at {company}",
        email=(
            "Hi {first_name},\n\n"
            "I'd rather tell you myself: {company} has decided not to continue with you for "
            "the {vacancy} role. I know that's disappointing, especially after the time and "
            "energy you put into it.\n\n"
            "Their feedback: {feedback}\n\n"
            "I'm happy to talk it through on the phone if that helps. This says nothing about "
            "what you're worth: I enjoyed getting to know you, and I'd like to keep you in "
            "mind for a role that suits you better. May I call you when one comes along?\n\n"
            "{your_name}"
        ),
        short=(
            "Hi {first_name}, unfortunately {company} won't continue with you for {vacancy}. "
            "Their feedback: {feedback} Happy to talk it through, and I'll keep you in mind "
            "for a role that suits you better. {your_name}"
        ),
        linkedin=(
            "Hi {first_name}, unfortunately {company} won't continue with you for {vacancy}. "
            "Their feedback: {feedback} I'd like to keep you in mind for a role that suits "
            "you better. {your_name}"
        ),
    ),
    (TemplateKey.DECENT_REJECTION, "nl"): _Texts(
        subject="Je sollicitatie voor {vacancy} bij {company}",
        email=(
            "Hoi {first_name},\n\n"
            "Ik vertel het je liever zelf: {company} gaat niet met je verder voor de functie "
            "{vacancy}. Ik weet dat dat teleurstellend is, zeker na de tijd en energie die je "
            "erin hebt gestoken.\n\n"
            "Hun feedback: {feedback}\n\n"
            "Als je wilt, bel ik je om het toe te lichten. Dit zegt niets over wat je waard "
            "bent: ik heb je met plezier leren kennen en houd je graag in gedachten voor een "
            "functie die beter bij je past. Mag ik je bellen als die voorbijkomt?\n\n"
            "{your_name}"
        ),
        short=(
            "Hoi {first_name}, helaas gaat {company} niet met je verder voor {vacancy}. Hun "
            "feedback: {feedback} Ik licht het graag toe, en ik houd je in gedachten voor een "
            "functie die beter bij je past. {your_name}"
        ),
        linkedin=(
            "Hoi {first_name}, helaas gaat {company} niet met je verder voor {vacancy}. Hun "
            "feedback: {feedback} Ik houd je graag in gedachten voor een functie die beter "
            "bij je past. {your_name}"
        ),
    ),
}


def default_text(key: TemplateKey, channel: Channel, language: str) -> TemplateText:
    """The built-in text. Raises ``KeyError`` for a channel without templates (a call)."""
    if channel not in MESSAGE_CHANNELS:
        raise KeyError(channel)
    texts = _DEFAULTS[(TemplateKey(key), template_language(language))]
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
