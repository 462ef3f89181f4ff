"""Logging a contact, with the follow-up reminder and the reply promise that came with it, as
one unit of work: all of it is stored, or none of it (one transaction), and undone together."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from recruiter_desk.domain.clock import Clock
from recruiter_desk.domain.reminder_time import WallClock, local_today
from recruiter_desk.domain.reminders import (
    PROMISED_REPLY_TITLE,
    ReminderDraft,
    validate_reminder_draft,
)
from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.domain.vocabulary import ReminderKind
from recruiter_desk.services.changes import Changes
from recruiter_desk.services.day_start import DayStartProvider, nine_oclock
from recruiter_desk.services.reminders_service import PROMISED_REPLY_TEMPLATE
from recruiter_desk.services.system_zone import ZoneProvider, system_zone
from recruiter_desk.services.timeline_service import contact_changes
from recruiter_desk.store import reminders_repository, timeline_repository
from recruiter_desk.store.database import Database


@dataclass(frozen=True, slots=True)
class FollowUp:
    """ "Follow up on Friday": a reminder at 9:00 that day, where the user is."""

    on: date
    title: str


@dataclass(frozen=True, slots=True)
class LoggedContact:
    """What one log wrote, for its undo."""

    interaction_id: int
    reminder_ids: tuple[int, ...]
    contact: ContactLog


class ContactLoggingService:
    def __init__(
        self,
        database: Database,
        clock: Clock,
        zone: ZoneProvider = system_zone,
        day_start: DayStartProvider = nine_oclock,
    ) -> None:
        self._day_start = day_start
        self._db = database
        self._clock = clock
        self._zone = zone

    def log(
        self,
        contact: ContactLog,
        *,
        follow_up: FollowUp | None = None,
        promised_by: date | None = None,
    ) -> tuple[LoggedContact, Changes]:
        """The contact on the timeline; a follow-up reminder about the same person, company
        and placement; a promised reply ("you will hear from me by Thursday") by 9:00 that
        day. A promise needs a person and a day that is not past."""
        if not contact.summary.strip():
            raise ValueError("a logged contact needs a summary")
        person_id = contact.person_ids[0] if contact.person_ids else None
        drafts: list[ReminderDraft] = []
        if follow_up is not None:
            drafts.append(
                ReminderDraft(
                    title=follow_up.title,
                    due=WallClock.at(follow_up.on, self._day_start(), self._zone()),
                    person_id=person_id,
                    company_id=contact.company_id,
                    placement_id=contact.placement_id,
                    suggested_channel=contact.channel,
                )
            )
        if promised_by is not None and person_id is not None:
            if promised_by < local_today(self._clock(), self._zone()):
                raise ValueError(f"a promise cannot be due in the past ({promised_by})")
            drafts.append(
                ReminderDraft(
                    title=PROMISED_REPLY_TITLE,
                    due=WallClock.at(promised_by, self._day_start(), self._zone()),
                    kind=ReminderKind.PROMISED_REPLY,
                    person_id=person_id,
                    company_id=contact.company_id,
                    placement_id=contact.placement_id,
                    suggested_channel=contact.channel,
                    message_template_key=PROMISED_REPLY_TEMPLATE,
                )
            )
        clean = [validate_reminder_draft(draft) for draft in drafts]
        now = self._clock()
        with self._db.write() as session:
            interaction_id = timeline_repository.log_contact(session, contact)
            reminder_ids = []
            for draft in clean:
                if draft.suggested_channel is None and draft.person_id is not None:
                    channel = reminders_repository.preferred_channel(session, draft.person_id)
                    draft = replace(draft, suggested_channel=channel)
                reminder_ids.append(reminders_repository.insert_reminder(session, draft, now))
        logged = LoggedContact(interaction_id, tuple(reminder_ids), contact)
        return logged, self._changes(logged)

    def undo(self, logged: LoggedContact) -> Changes:
        """Everything the log wrote goes, in one transaction (redo logs it again)."""
        with self._db.write() as session:
            timeline_repository.set_interaction_deleted(
                session, logged.interaction_id, self._clock()
            )
            for reminder_id in logged.reminder_ids:
                reminders_repository.delete_reminder(session, reminder_id)
        return self._changes(logged)

    @staticmethod
    def _changes(logged: LoggedContact) -> Changes:
        changes = contact_changes(logged.contact)
        if logged.reminder_ids:
            changes = changes | Changes(reminders=True)
        return changes
