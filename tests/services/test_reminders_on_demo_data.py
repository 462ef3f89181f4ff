"""The sample dataset's reminders follow the reminder rules, and the Today view's queries find
something in every list."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from recruiter_desk.domain.recurrence import Recurrence
from recruiter_desk.domain.reminder_time import WallClock
from recruiter_desk.domain.vocabulary import ReminderKind, ReminderStatus
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.store.database import Database
from recruiter_desk.store.demo_dataset import DEMO, generate_dataset
from recruiter_desk.store.models import ReminderModel

NOW = datetime(2026, 3, 30, 10, 15, tzinfo=UTC)  # just after the switch to summer time


def test_demo_reminders_keep_the_rules_and_fill_the_today_view(database: Database) -> None:
    generate_dataset(database.path, DEMO, now=NOW)
    with database.read() as session:
        stored = session.scalars(select(ReminderModel)).all()
        for reminder in stored:
            due = WallClock.parse(reminder.due_local, reminder.time_zone)
            assert due.instant() == reminder.due_at, reminder.id
            Recurrence.parse(reminder.recurrence_rule)  # every rule is in the supported subset
            if reminder.snoozed_until is not None:
                assert reminder.status is ReminderStatus.OPEN
                assert reminder.snoozed_until > reminder.due_at
    service = RemindersService(database, lambda: NOW, lambda: ZoneInfo("Europe/Amsterdam"))
    overdue = service.overdue()
    assert overdue and all(r.alert_at < NOW for r in overdue)
    promised = [r.promised for r in overdue]
    assert promised == sorted(promised, reverse=True)  # promised replies first
    assert service.due_today() and service.next_days()
    assert service.cold_companies() and service.quiet_after_placement()
    assert any(r.kind is ReminderKind.KEEP_IN_TOUCH for r in service.next_days(days=42, limit=500))
    counts = service.counts()
    assert counts.overdue == len(service.overdue(limit=10_000))
    assert service.next_due_at() is not None
