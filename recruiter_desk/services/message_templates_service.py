"""Message templates: the defaults merged with the user's edits, and the values that fill a
person's messages.

Saving returns the template now in effect, and ``Changes(templates=True)`` like every other
mutation (the compose step reads templates fresh each time it opens).
"""

from __future__ import annotations

from datetime import date

from recruiter_desk.domain.message_templates import (
    MESSAGE_CHANNELS,
    TEMPLATE_LANGUAGES,
    MessageTemplate,
    PlaceholderValues,
    TemplateKey,
    all_default_templates,
    check_template,
    default_template,
    has_subject,
)
from recruiter_desk.domain.storage_errors import ChangedSinceOpened
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.services.changes import Changes
from recruiter_desk.store import message_templates_repository as repo
from recruiter_desk.store.database import Database
from recruiter_desk.store.people_repository import get_person

CHANGED = Changes(templates=True)


class MessageTemplatesService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def all(self) -> list[MessageTemplate]:
        """Every template (moment × channel × language), each the default or the edit."""
        with self._db.read() as session:
            overrides = {(t.key, t.channel, t.language): t for t in repo.list_overrides(session)}
        return [overrides.get((t.key, t.channel, t.language), t) for t in all_default_templates()]

    def for_channel(self, channel: Channel, language: str) -> list[MessageTemplate]:
        return [t for t in self.all() if t.channel is channel and t.language == language]

    def get(self, key: TemplateKey, channel: Channel, language: str) -> MessageTemplate:
        _check_slot(key, channel, language)
        with self._db.read() as session:
            override = repo.get_override(session, TemplateKey(key), channel, language)
        return override or default_template(TemplateKey(key), channel, language)

    def save(
        self,
        key: TemplateKey,
        channel: Channel,
        language: str,
        subject: str,
        body: str,
        expected: tuple[str, str] | None = None,
    ) -> tuple[MessageTemplate, Changes]:
        """Store the user's version. Raises a ``TemplateProblem`` (an unknown placeholder,
        named; an unbalanced brace; an empty message) and then stores nothing. A text equal
        to the default is the default: the edit is dropped rather than kept as a copy.
        ``expected``: the (subject, body) the editor opened with; if the stored text differs,
        ``ChangedSinceOpened`` and nothing is stored."""
        _check_slot(key, channel, language)
        key = TemplateKey(key)
        if not has_subject(channel):
            subject = ""
        check_template(subject, body)
        default = default_template(key, channel, language)
        with self._db.write() as session:
            if expected is not None:
                stored = repo.get_override(session, key, channel, language) or default
                if (stored.subject, stored.body) != expected:
                    raise ChangedSinceOpened(f"template {key} {channel} {language}")
            if (subject, body) == (default.subject, default.body):
                repo.delete_override(session, key, channel, language)
                return default, CHANGED
            repo.save_override(session, key, channel, language, subject, body)
        return MessageTemplate(key, channel, language, subject, body, edited=True), CHANGED

    def reset(
        self, key: TemplateKey, channel: Channel, language: str
    ) -> tuple[MessageTemplate, Changes]:
        _check_slot(key, channel, language)
        with self._db.write() as session:
            repo.delete_override(session, TemplateKey(key), channel, language)
        return default_template(TemplateKey(key), channel, language), CHANGED

    def placeholder_values(
        self,
        person_id: int,
        *,
        your_name: str = "",
        your_email: str = "",
        your_phone: str = "",
        reply_date: date | None = None,
    ) -> PlaceholderValues:
        """What a message to this person can be filled with. ``your_…`` come from the
        user's settings; ``reply_date`` from the compose step."""
        with self._db.read() as session:
            person = get_person(session, person_id)
            context = repo.placement_context(session, person_id)
        return PlaceholderValues(
            first_name=person.first_name,
            company=context.company,
            vacancy=context.vacancy,
            start_date=context.start_date,
            your_name=your_name,
            your_email=your_email,
            your_phone=your_phone,
            reply_date=reply_date,
        )


def _check_slot(key: TemplateKey, channel: Channel, language: str) -> None:
    TemplateKey(key)  # raises ValueError for an unknown key
    if channel not in MESSAGE_CHANNELS:
        raise ValueError(f"no templates for channel {channel}")
    if language not in TEMPLATE_LANGUAGES:
        raise ValueError(f"no templates in language {language!r}")
