"""Fixtures for the reminder and journey tests: a clock the test moves (``fixed_clock``), the
user's zone the test sets (``user_zone``: a laptop "travels" by setting it) and ``records``,
which writes people, companies and placements straight into the store."""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from recruiter_desk.domain.vocabulary import Channel, RoleKind
from recruiter_desk.store.database import Database
from recruiter_desk.store.models import (
    ChannelPreferenceModel,
    CompanyModel,
    CompanyRoleModel,
    PersonModel,
    PlacementModel,
    StageChangeModel,
    StageModel,
    VacancyModel,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NEW_YORK = ZoneInfo("America/New_York")


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class Zone:
    """The user's current zone; a test "travels" by setting ``zone``."""

    def __init__(self, zone: tzinfo = AMSTERDAM) -> None:
        self.zone = zone

    def __call__(self) -> tzinfo:
        return self.zone


class Records:
    def __init__(self, database: Database) -> None:
        self.database = database

    def add_person(self, first: str, channels: tuple[Channel, ...] = (), last: str = "Test") -> int:
        with self.database.write() as session:
            person = PersonModel(
                first_name=first, last_name=last, sort_name=f"{last} {first}".lower()
            )
            session.add(person)
            session.flush()
            for rank, channel in enumerate(channels):
                session.add(ChannelPreferenceModel(person_id=person.id, rank=rank, channel=channel))
            return person.id

    def add_company(
        self,
        name: str,
        *,
        created_at: datetime | None = None,
        last_contact_at: datetime | None = None,
        ideal_days: int | None = None,
        max_days: int | None = None,
        hiring_manager: int | None = None,
    ) -> int:
        with self.database.write() as session:
            company = CompanyModel(
                name=name,
                sort_name=name.lower(),
                last_contact_at=last_contact_at,
                keep_in_touch_ideal_days=ideal_days,
                keep_in_touch_max_days=max_days,
            )
            if created_at is not None:
                company.created_at = created_at
            session.add(company)
            session.flush()
            if hiring_manager is not None:
                session.add(
                    CompanyRoleModel(
                        person_id=hiring_manager,
                        company_id=company.id,
                        kind=RoleKind.HIRING_MANAGER,
                        started_on=date(2020, 1, 1),
                    )
                )
            return company.id

    def add_placement(
        self,
        person_id: int,
        company_id: int,
        stage_key: str,
        entered: datetime,
        *,
        last_contact_at: datetime | None = None,
    ) -> int:
        with self.database.write() as session:
            stage_id = session.scalar(select(StageModel.id).where(StageModel.key == stage_key))
            vacancy = VacancyModel(company_id=company_id, title="Backend engineer")
            session.add(vacancy)
            session.flush()
            placement = PlacementModel(
                person_id=person_id,
                vacancy_id=vacancy.id,
                stage_id=stage_id,
                board_position=1024.0,
                stage_entered_at=entered,
                last_contact_at=last_contact_at,
                stage_history=[StageChangeModel(to_stage_id=stage_id, changed_at=entered)],
            )
            session.add(placement)
            session.flush()
            return placement.id


NOW = datetime(2026, 11, 25, 9, 30, tzinfo=ZoneInfo("UTC"))
"""A Wednesday, 10:30 in Amsterdam."""


@pytest.fixture
def fixed_clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def user_zone() -> Zone:
    return Zone()


@pytest.fixture
def records(database: Database) -> Records:
    return Records(database)
