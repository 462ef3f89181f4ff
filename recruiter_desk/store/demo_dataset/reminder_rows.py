"""Reminders: open ones overdue, due today and coming; done and cancelled ones in the past."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from recruiter_desk.domain.vocabulary import Channel, ReminderKind, ReminderStatus
from recruiter_desk.store.demo_dataset.moments import HISTORY_DAYS, RandomMoments, apportion
from recruiter_desk.store.demo_dataset.names import TIME_ZONES
from recruiter_desk.store.demo_dataset.plan import Company, Person, Placement, Plan
from recruiter_desk.store.demo_dataset.procedures import DAYS_SO_FAR, STARTED_OR_LATER
from recruiter_desk.store.demo_dataset.reminder_texts import (
    JOURNEY_BEFORE_START,
    RECURRENCE_RULES,
    REMINDER_KIND_WEIGHTS,
    REMINDER_NOTES,
    REMINDER_OPEN_SHARE,
    REMINDER_TIMES,
    REMINDER_TITLES,
)
from recruiter_desk.store.demo_dataset.rows import TableWriter
from recruiter_desk.store.demo_dataset.sizes import DatasetSize
from recruiter_desk.store.stored_time import stored_moment, stored_moment_or_none


class ReminderRows:
    def __init__(
        self, moments: RandomMoments, writers: dict[str, TableWriter], size: DatasetSize
    ) -> None:
        self.moments = moments
        self.rng = moments.rng
        self.now = moments.now
        self.today = moments.today
        self.writers = writers
        self.size = size

    def write_reminders(self, plan: Plan) -> None:
        """Open ones overdue, due today and in the coming six weeks; done and cancelled ones
        in the past. Every kind and every "when" appears once there is room."""
        count = self.size.reminders
        kinds = apportion(count, REMINDER_KIND_WEIGHTS)
        n_open = max(min(count, 3), round(count * REMINDER_OPEN_SHARE))
        n_cancelled = round((count - n_open) * 0.1)
        whens = apportion(n_open, {"overdue": 20, "today": 10, "future": 70})
        whens += ["done"] * (count - n_open - n_cancelled) + ["cancelled"] * n_cancelled
        self.rng.shuffle(kinds)
        self.rng.shuffle(whens)
        targets = ReminderTargets(plan)
        for kind, when in zip(kinds, whens, strict=True):
            self.writers["reminder"].add(self.reminder_row(kind, when, targets))

    def reminder_day(self, when: str, today: date) -> date:
        rng = self.rng
        if when == "overdue":
            return today - timedelta(days=rng.randint(1, 30))
        if when == "today":
            return today
        if when == "future":
            return today + timedelta(days=rng.randint(1, 42))
        if when == "done":
            return today - timedelta(days=int(HISTORY_DAYS * rng.random() ** 2) + 1)
        return today + timedelta(days=rng.randint(-200, 30))  # cancelled

    def reminder_row(
        self, kind: ReminderKind, when: str, targets: ReminderTargets
    ) -> tuple[Any, ...]:
        """Due at a wall-clock time in the zone of whom it is about (NL or BE); ``due_at`` is
        that moment in UTC."""
        rng = self.rng
        person, company, placement = targets.pick(kind, rng)
        country = person.country if person else company.country if company else "NL"
        zone_name = TIME_ZONES[country]
        zone = ZoneInfo(zone_name)
        day = self.reminder_day(when, self.now.astimezone(zone).date())
        hour, minute = rng.choice(REMINDER_TIMES)
        due_at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone).astimezone(UTC)
        created_at = min(self.now, due_at) - timedelta(
            days=rng.randint(1, 30), seconds=rng.randint(0, 36_000)
        )
        status = ReminderStatus.OPEN
        done_at = snoozed_until = notified_at = None
        if when == "done":
            status = ReminderStatus.DONE
            done_at = min(self.now, due_at + timedelta(seconds=rng.randint(0, 3 * 86_400)))
            notified_at = due_at
        elif when == "cancelled":
            status = ReminderStatus.CANCELLED
        elif due_at <= self.now:
            notified_at = due_at if rng.random() < 0.7 else None
            if rng.random() < 0.2:
                snoozed_until = self.now + timedelta(hours=rng.randint(1, 48))
        values = {
            "first": person.first_name if person else "het team",
            "company": company.name if company else "de klant",
            "title": placement.vacancy.title if placement and placement.vacancy else "",
        }
        if person is not None:
            channel = person.channels[0]
        else:
            channel = Channel.PHONE if rng.random() < 0.6 else Channel.EMAIL
        recurrence = ""
        if kind is ReminderKind.KEEP_IN_TOUCH and rng.random() < 0.6:
            recurrence = rng.choice(RECURRENCE_RULES)
        titles = REMINDER_TITLES[kind]
        if kind is ReminderKind.JOURNEY_TOUCHPOINT and placement and placement.stage == "signed":
            titles = JOURNEY_BEFORE_START
        return (
            rng.choice(titles).format(**values),
            kind.value,
            status.value,
            stored_moment(due_at),
            f"{day.isoformat()}T{hour:02d}:{minute:02d}",
            zone_name,
            stored_moment_or_none(snoozed_until),
            recurrence,
            channel.value,
            "",
            None if person is None else person.id,
            None if company is None else company.id,
            None if placement is None else placement.id,
            rng.choice(REMINDER_NOTES) if rng.random() < 0.3 else "",
            stored_moment(created_at),
            stored_moment_or_none(done_at),
            stored_moment_or_none(notified_at),
        )


class ReminderTargets:
    """Whom a reminder is about, by kind: procedures in progress get follow-ups, placements
    past the signature journey touchpoints and probation reminders, companies keep-in-touch."""

    def __init__(self, plan: Plan) -> None:
        self.people = plan.people
        self.candidates = plan.candidates
        self.companies = plan.companies
        self.placements = plan.placements
        self.in_progress = [p for p in plan.placements if p.stage in DAYS_SO_FAR]
        self.after_signing = [p for p in plan.placements if p.stage in ("signed", "started")]
        self.started = [p for p in plan.placements if p.stage in STARTED_OR_LATER]
        self.on_probation = [p for p in self.started if p.probation_end_on is not None]

    def pick(
        self, kind: ReminderKind, rng: random.Random
    ) -> tuple[Person | None, Company | None, Placement | None]:
        if kind is ReminderKind.KEEP_IN_TOUCH and self.companies and rng.random() < 0.7:
            company = rng.choice(self.companies)
            contact = rng.choice(company.contacts) if company.contacts else None
            return (self.people[contact.person_id - 1] if contact else None), company, None
        pools = {
            ReminderKind.FOLLOW_UP: self.in_progress,
            ReminderKind.PROMISED_REPLY: self.in_progress if rng.random() < 0.5 else [],
            ReminderKind.JOURNEY_TOUCHPOINT: self.after_signing or self.started,
            ReminderKind.PROBATION_END: self.on_probation or self.started,
            ReminderKind.ANNIVERSARY: self.started,
        }
        pool = pools.get(kind, [])
        if not pool and kind in pools:
            pool = self.placements
        if pool:
            placement = rng.choice(pool)
            assert placement.vacancy is not None
            return placement.person, placement.vacancy.company, placement
        return rng.choice(self.candidates or self.people), None, None
