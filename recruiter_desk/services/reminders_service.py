"""Reminders: create, edit, snooze, done and delete (each undoable), and what the Today view,
the tray and the scheduler ask.

Time is explicit: ``clock`` gives now, ``zone`` the user's current time zone (called on each
use, so a laptop that changes zone is followed). The rules are in ``domain.reminder_time``.

For the scheduler: a reminder wants attention at ``Reminder.alert_at`` (its due time, or the
end of a snooze). Arm one timer for :meth:`RemindersService.next_due_at`; when it fires, or
after a sleep or clock change, :meth:`RemindersService.due_between` (last check, now] gives
what became due (one summary when there are several). A reminder still needs a notification
when ``notified_at`` is empty or earlier than its ``alert_at`` (a snooze or a new due time
makes it due again); :meth:`RemindersService.mark_notified` records it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta, tzinfo

from recruiter_desk.domain.clock import Clock
from recruiter_desk.domain.pipeline import RiskThresholds
from recruiter_desk.domain.reminder_time import (
    QuickChoice,
    SnoozeChoice,
    WallClock,
    day_bounds,
    local_today,
    quick_choice,
    snooze_until,
)
from recruiter_desk.domain.reminders import (
    PROMISED_REPLY_TITLE,
    ColdCompany,
    DoneReceipt,
    DueCounts,
    QuietCandidate,
    Reminder,
    ReminderDraft,
    ReminderSnapshot,
    validate_reminder_draft,
)
from recruiter_desk.domain.vocabulary import Channel, ReminderKind, ReminderStatus
from recruiter_desk.services.changes import Changes
from recruiter_desk.services.day_start import DayStartProvider, nine_oclock
from recruiter_desk.services.system_zone import ZoneProvider, system_zone
from recruiter_desk.store import going_cold_queries
from recruiter_desk.store import reminder_lists as lists
from recruiter_desk.store import reminders_repository as repo
from recruiter_desk.store.database import Database

PROMISED_REPLY_TEMPLATE = "reply_promise"
DEFAULT_LIMIT = 100
PLACED_QUIET_MONTHS = 6
"""Default for "placed candidates not contacted for more than N months"."""


def _changed(*states: ReminderSnapshot, timelines: bool = False) -> Changes:
    """Reminders changed; the people, companies and placements they are about refresh too
    (a card shows its next reminder)."""
    return Changes(
        people=frozenset(s.person_id for s in states if s.person_id is not None),
        companies=frozenset(s.company_id for s in states if s.company_id is not None),
        placements=frozenset(s.placement_id for s in states if s.placement_id is not None),
        reminders=True,
        timelines=timelines,
    )


class RemindersService:
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

    def now(self) -> datetime:
        return self._clock()

    def zone(self) -> tzinfo:
        return self._zone()

    def day_start(self) -> time:
        """The time a reminder for a day goes off when none is given."""
        return self._day_start()

    # -- choosing a moment (for the dialog's buttons) --------------------------------------

    def quick_choice(self, choice: QuickChoice) -> WallClock | None:
        """ "In 1 hour", "this afternoon", "tomorrow 9:00", "next Monday 9:00", where the user
        is; None for a choice that does not apply now (this afternoon, in the evening)."""
        return quick_choice(choice, self._clock(), self._zone(), self._day_start())

    def on_date(self, day: date, at: time | None = None) -> WallClock:
        """``day`` at ``at``, or at the user's default reminder time."""
        return WallClock.at(day, at or self._day_start(), self._zone())

    # -- writes: each one transaction, on the background executor --------------------------

    def create(self, draft: ReminderDraft) -> tuple[int, Changes]:
        """Without a suggested channel, the person's current preferred channel is suggested."""
        clean = validate_reminder_draft(draft)
        with self._db.write() as session:
            if clean.suggested_channel is None and clean.person_id is not None:
                clean = replace(
                    clean, suggested_channel=repo.preferred_channel(session, clean.person_id)
                )
            reminder_id = repo.insert_reminder(session, clean, self._clock())
            state = repo.snapshot(session, reminder_id)
        return reminder_id, _changed(state)

    def promise_reply(
        self,
        person_id: int,
        by: date,
        title: str = PROMISED_REPLY_TITLE,
        *,
        company_id: int | None = None,
        placement_id: int | None = None,
        channel: Channel | None = None,
        notes: str = "",
    ) -> tuple[int, Changes]:
        """ "You will hear from me by Thursday": a promised-reply reminder at 9:00 that day
        where the user is, so there is still a day to keep it. Overdue promises are listed
        first."""
        if by < local_today(self._clock(), self._zone()):
            raise ValueError(f"a promise cannot be due in the past ({by.isoformat()})")
        return self.create(
            ReminderDraft(
                title=title,
                due=WallClock.at(by, self._day_start(), self._zone()),
                kind=ReminderKind.PROMISED_REPLY,
                person_id=person_id,
                company_id=company_id,
                placement_id=placement_id,
                suggested_channel=channel,
                notes=notes,
                message_template_key=PROMISED_REPLY_TEMPLATE,
            )
        )

    def edit(self, reminder_id: int, draft: ReminderDraft) -> tuple[ReminderSnapshot, Changes]:
        """The whole new state (a new due time ends a snooze). Returns the state before, for
        undo with :meth:`restore`."""
        clean = validate_reminder_draft(draft)
        with self._db.write() as session:
            before = repo.snapshot(session, reminder_id)
            repo.update_reminder(session, reminder_id, clean)
            after = repo.snapshot(session, reminder_id)
        return before, _changed(before, after)

    def snooze(
        self,
        reminder_id: int,
        choice: SnoozeChoice,
        picked: WallClock | datetime | None = None,
    ) -> tuple[ReminderSnapshot, Changes]:
        """15 minutes, an hour, 9:00 tomorrow, or a picked moment. The due time the user set
        is kept (a recurring series does not move). Returns the state before, for undo."""
        until = snooze_until(choice, self._clock(), self._zone(), picked, self._day_start())
        with self._db.write() as session:
            before = repo.snapshot(session, reminder_id)
            repo.set_snoozed_until(session, reminder_id, until)
        return before, _changed(before)

    def done(self, reminder_id: int) -> tuple[DoneReceipt, Changes]:
        """Done: a "reminder done" event on the timeline of whom it was about; a recurring
        reminder gets its next occurrence (missed ones skipped)."""
        with self._db.write() as session:
            receipt = repo.complete(session, reminder_id, self._clock())
        return receipt, _changed(receipt.before, timelines=True)

    def undo_done(self, receipt: DoneReceipt) -> Changes:
        with self._db.write() as session:
            repo.undo_complete(session, receipt)
        return _changed(receipt.before, timelines=True)

    def delete(self, reminder_id: int) -> tuple[ReminderSnapshot, Changes]:
        """Returns everything needed to bring it back with :meth:`restore`."""
        with self._db.write() as session:
            state = repo.delete_reminder(session, reminder_id)
        return state, _changed(state)

    def restore(self, state: ReminderSnapshot) -> tuple[int, Changes]:
        """Undo of delete, edit and snooze: the reminder exactly as it was."""
        with self._db.write() as session:
            reminder_id = repo.restore(session, state)
        return reminder_id, _changed(state)

    def mark_notified(self, reminder_ids: Sequence[int], at: datetime | None = None) -> None:
        """Record that a notification was shown (nothing a view displays changes)."""
        with self._db.write() as session:
            repo.mark_notified(session, reminder_ids, at or self._clock())

    # -- reads: indexed and limited ---------------------------------------------------------

    def get(self, reminder_id: int) -> Reminder:
        with self._db.read() as session:
            return lists.get_reminder(session, reminder_id)

    def _today_bounds(self) -> tuple[datetime, datetime, tzinfo]:
        now, zone = self._clock(), self._zone()
        _start, end = day_bounds(local_today(now, zone), zone)
        return now, end, zone

    def overdue(self, limit: int = DEFAULT_LIMIT) -> list[Reminder]:
        """Past their moment: promised replies first, then the longest overdue."""
        with self._db.read() as session:
            return lists.overdue(session, self._clock(), limit)

    def due_today(self, limit: int = DEFAULT_LIMIT) -> list[Reminder]:
        """From now until midnight where the user is, in order."""
        now, end, _zone = self._today_bounds()
        with self._db.read() as session:
            return lists.alerting_between(session, now, end, limit)

    def next_days(self, days: int = 7, limit: int = DEFAULT_LIMIT) -> list[Reminder]:
        """After today, for ``days`` calendar days where the user is."""
        now, end_of_today, zone = self._today_bounds()
        _start, end = day_bounds(local_today(now, zone) + timedelta(days=days), zone)
        with self._db.read() as session:
            return lists.alerting_between(session, end_of_today, end, limit)

    def counts(self) -> DueCounts:
        now, end, _zone = self._today_bounds()
        with self._db.read() as session:
            return DueCounts(
                lists.count_overdue(session, now), lists.count_between(session, now, end)
            )

    def next_due_at(self, after: datetime | None = None) -> datetime | None:
        """The next moment (after ``after``, default now) a reminder wants attention: one
        statement on the due-time index, for the scheduler's single timer."""
        with self._db.read() as session:
            return lists.next_alert_at(session, after or self._clock())

    def due_between(
        self, start: datetime, end: datetime, limit: int = DEFAULT_LIMIT
    ) -> list[Reminder]:
        """Reminders whose moment fell in [start, end): the catch-up after the app was closed
        or the laptop slept ("3 reminders became due while you were away")."""
        with self._db.read() as session:
            return lists.alerting_between(session, start, end, limit)

    def count_due_between(self, start: datetime, end: datetime) -> int:
        with self._db.read() as session:
            return lists.count_between(session, start, end)

    def about(
        self,
        *,
        person_id: int | None = None,
        company_id: int | None = None,
        placement_id: int | None = None,
        status: ReminderStatus | None = ReminderStatus.OPEN,
        limit: int = DEFAULT_LIMIT,
    ) -> list[Reminder]:
        """The reminders of one person, company or placement, by due time."""
        with self._db.read() as session:
            return lists.about(
                session,
                person_id=person_id,
                company_id=company_id,
                placement_id=placement_id,
                status=status,
                limit=limit,
            )

    # -- going cold -------------------------------------------------------------------------

    def cold_companies(self, limit: int = 50) -> list[ColdCompany]:
        """Clients past their keep-in-touch interval: red (past the maximum), then amber."""
        with self._db.read() as session:
            return going_cold_queries.cold_companies(session, self._clock(), limit)

    def silent_in_preboarding(
        self, days: int = RiskThresholds().signed_silence_days, limit: int = 50
    ) -> list[QuietCandidate]:
        """Candidates in Signed without contact for more than ``days`` (the board's setting)."""
        with self._db.read() as session:
            return going_cold_queries.silent_in_preboarding(session, self._clock(), days, limit)

    def quiet_after_placement(
        self, months: int = PLACED_QUIET_MONTHS, limit: int = 50
    ) -> list[QuietCandidate]:
        """Placed candidates without a conversation for more than ``months``."""
        with self._db.read() as session:
            return going_cold_queries.quiet_after_placement(session, self._clock(), months, limit)
