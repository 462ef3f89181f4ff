"""Time comes from the injected clock: every write the services make, and every default the
store fills in, is the clock's now, never the wall clock's."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import recruiter_desk
from recruiter_desk.domain.channel_preferences import ChannelPreference
from recruiter_desk.domain.message_templates import TemplateKey
from recruiter_desk.domain.records import CompanyDraft, PersonDraft, VacancyDraft
from recruiter_desk.domain.reminder_time import MORNING, WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind
from recruiter_desk.services.app_services import open_services
from recruiter_desk.store.engine import open_engine
from recruiter_desk.store.models import (
    ChannelPreferenceModel,
    CompanyModel,
    InteractionModel,
    MessageTemplateModel,
    PersonModel,
    PlacementModel,
    ReminderModel,
    StageChangeModel,
    VacancyModel,
)
from recruiter_desk.store.schema_upgrade import upgrade_database

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# Years away from the wall clock, so that a write that read it would show.
START = datetime(2031, 6, 2, 22, 30, tzinfo=UTC)  # 00:30 on 3 June in Amsterdam


class SteppingClock:
    """Says ``now``; ``tick`` moves it on, so that each write is told apart by its time."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def tick(self) -> datetime:
        self.now += timedelta(minutes=7, microseconds=1)
        return self.now


def test_every_write_takes_its_time_from_the_injected_clock(data_dir: Path) -> None:
    clock = SteppingClock(START)
    services = open_services(data_dir, zone=lambda: AMSTERDAM, clock=clock)
    try:
        db = services.database
        created = clock.now
        person_id, _ = services.people.create(PersonDraft(first_name="Anna", last_name="Smit"))
        company_created = clock.tick()
        company_id, _ = services.companies.create(CompanyDraft(name="Acme"))
        assert services.vacancies.today() == date(2031, 6, 3)  # the user's day, not UTC's
        vacancy_created = clock.tick()
        vacancy_id, _ = services.vacancies.create(
            VacancyDraft(company_id=company_id, title="Engineer", opened_on=date(2031, 6, 1))
        )
        lead, offer = (s.id for s in services.pipeline.stages() if s.key in ("lead", "offer"))
        placed = clock.tick()
        placement_id, _ = services.pipeline.create(person_id, vacancy_id, lead)
        moved = clock.tick()
        services.pipeline.move(placement_id, offer)
        logged = clock.tick()
        talked = START - timedelta(days=1)
        services.timeline.log(
            ContactLog(talked, Channel.PHONE, Direction.OUTBOUND, "Called", person_ids=(person_id,))
        )
        reminded = clock.tick()
        reminder_id, _ = services.reminders.create(
            ReminderDraft(
                title="Call back",
                due=WallClock.at(date(2031, 6, 10), MORNING, AMSTERDAM),
                person_id=person_id,
            )
        )
        done = clock.tick()
        services.reminders.done(reminder_id)
        preferred = clock.tick()
        services.preferences.change(person_id, (ChannelPreference(Channel.WHATSAPP),), "")
        edited = clock.tick()
        services.people.update_fields(person_id, {"headline": "Embedded engineer"})
        template_saved = clock.tick()
        services.templates.save(
            TemplateKey.WELCOME_AFTER_SIGNING, Channel.SMS, "en", "", "Welcome, {first_name}!"
        )
        deleted = clock.tick()
        services.companies.delete(company_id)

        with db.read() as session:
            person = session.get(PersonModel, person_id)
            assert person is not None
            assert (person.created_at, person.updated_at) == (created, edited)
            company = session.get(CompanyModel, company_id)
            assert company is not None
            assert (company.created_at, company.deleted_at) == (company_created, deleted)
            vacancy = session.get(VacancyModel, vacancy_id)
            assert vacancy is not None and vacancy.created_at == vacancy_created
            placement = session.get(PlacementModel, placement_id)
            assert placement is not None
            assert (placement.created_at, placement.stage_entered_at) == (placed, moved)
            assert changed_at(session) == [placed, moved]
            events = session.scalars(select(InteractionModel).order_by(InteractionModel.id)).all()
            assert [(e.kind, e.occurred_at, e.created_at) for e in events] == [
                (InteractionKind.SYSTEM_EVENT, moved, moved),  # the stage move
                (InteractionKind.CONVERSATION, talked, logged),  # when it was, when logged
                (InteractionKind.SYSTEM_EVENT, done, done),  # the reminder done
                (InteractionKind.SYSTEM_EVENT, preferred, preferred),  # the new preference
            ]
            reminder = session.get(ReminderModel, reminder_id)
            assert reminder is not None
            assert (reminder.created_at, reminder.done_at) == (reminded, done)
            recorded = session.scalars(select(ChannelPreferenceModel.recorded_at)).all()
            assert recorded == [preferred]
            assert session.scalars(select(MessageTemplateModel.updated_at)).all() == [
                template_saved
            ]
    finally:
        services.close()


def changed_at(session: Session) -> list[datetime]:
    return list(session.scalars(select(StageChangeModel.changed_at).order_by(StageChangeModel.id)))


def test_a_connection_without_a_clock_cannot_default_a_time(tmp_path: Path) -> None:
    """An engine opened by hand has no clock: a row that needs a default time is refused rather
    than stamped with the wall clock."""
    path = tmp_path / "db.sqlite3"
    upgrade_database(path, now=START)
    engine = open_engine(path)
    try:
        with pytest.raises(Exception, match="no clock"), Session(engine) as session:
            session.add(PersonModel(first_name="Anna"))
            session.flush()
        with Session(engine) as session, session.begin():  # explicit times are fine
            session.add(PersonModel(first_name="Bram", created_at=START, updated_at=START))
    finally:
        engine.dispose()


WALL_CLOCK = re.compile(r"\b(datetime\.(now|utcnow|today)|date\.today|time\.time)\(")
# The two places that read the wall clock: the composition's clock, and the demo data
# command's start (a program of its own).
ALLOWED = {Path("services/clock.py"), Path("store/demo_dataset/cli.py")}


def test_nothing_below_the_composition_reads_the_wall_clock() -> None:
    package = Path(recruiter_desk.__file__).parent
    readers = [
        f"{path.relative_to(package)}:{number}: {line.strip()}"
        for layer in ("domain", "store", "services")
        for path in sorted((package / layer).rglob("*.py"))
        if path.relative_to(package) not in ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WALL_CLOCK.search(line)
    ]
    assert readers == []
