"""The schema's own behaviour: time zones, relationships, cascades, channel history."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import StatementError

from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind, ReminderKind
from recruiter_desk.store.database import Database
from recruiter_desk.store.models import (
    ChannelPreferenceModel,
    CompanyModel,
    CompanyRoleModel,
    InteractionModel,
    InteractionPersonModel,
    PersonEmailModel,
    PersonModel,
    PlacementModel,
    ReminderModel,
    StageChangeModel,
    StageModel,
    VacancyModel,
)

AMSTERDAM_SUMMER = timezone(timedelta(hours=2))


def test_aware_times_are_stored_as_utc_and_come_back_aware(database: Database) -> None:
    local = datetime(2026, 7, 1, 9, 0, tzinfo=AMSTERDAM_SUMMER)
    with database.write() as session:
        session.add(PersonModel(first_name="Anna", created_at=local, updated_at=local))
    with database.read() as session:
        created = session.scalars(select(PersonModel.created_at)).one()
        raw = session.execute(text("SELECT created_at FROM person")).scalar_one()
    assert raw.startswith("2026-07-01 07:00:00")
    assert created == local and created.tzinfo is UTC


def test_naive_times_are_refused(database: Database) -> None:
    with pytest.raises(StatementError, match="naive datetime"), database.write() as session:
        session.add(PersonModel(first_name="Bram", created_at=datetime(2026, 1, 1)))
        session.flush()


def test_a_whole_placement_graph_inserts_parents_before_children(database: Database) -> None:
    now = datetime.now(UTC)
    with database.write() as session:
        signed = session.scalars(select(StageModel).where(StageModel.key == "signed")).one()
        offer = session.scalars(select(StageModel).where(StageModel.key == "offer")).one()
        company = CompanyModel(name="Brabant Embedded")
        vacancy = VacancyModel(company=company, title="Embedded engineer")
        person = PersonModel(first_name="Anna", emails=[PersonEmailModel(address="a@example.nl")])
        person.roles.append(CompanyRoleModel(company=company, title="Engineer"))
        session.add_all([company, vacancy, person])
        session.flush()
        placement = PlacementModel(
            person_id=person.id,
            vacancy_id=vacancy.id,
            stage_id=signed.id,
            signed_on=date(2026, 11, 1),
            stage_history=[
                StageChangeModel(from_stage_id=offer.id, to_stage_id=signed.id, changed_at=now)
            ],
        )
        session.add(placement)
        session.flush()
        interaction = InteractionModel(
            occurred_at=now,
            kind=InteractionKind.SYSTEM_EVENT,
            event_type="stage_moved",
            channel=None,
            direction=Direction.NONE,
            summary="Offer → Signed",
            company_id=company.id,
            placement_id=placement.id,
            participants=[InteractionPersonModel(person_id=person.id, occurred_at=now)],
        )
        session.add(interaction)
        session.add(
            ReminderModel(
                title="Welcome message",
                kind=ReminderKind.JOURNEY_TOUCHPOINT,
                due_at=now + timedelta(days=1),
                person_id=person.id,
                placement_id=placement.id,
            )
        )
    with database.read() as session:
        assert session.scalar(select(PlacementModel.signed_on)) == date(2026, 11, 1)
        assert session.execute(text("PRAGMA foreign_key_check")).fetchall() == []


def test_deleting_a_person_row_cascades_to_what_only_they_own(database: Database) -> None:
    now = datetime.now(UTC)
    with database.write() as session:
        person = PersonModel(
            first_name="Anna",
            emails=[PersonEmailModel(address="a@example.nl")],
            channel_preferences=[ChannelPreferenceModel(channel=Channel.WHATSAPP, rank=0)],
        )
        session.add(person)
        session.flush()
        session.add(ReminderModel(title="Call", due_at=now, person_id=person.id))
    with database.write() as session:
        session.execute(text("DELETE FROM person"))
    with database.read() as session:
        for table in ("person_email", "channel_preference", "reminder"):
            assert session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0


def test_channel_preference_history_is_kept(database: Database) -> None:
    then = datetime(2025, 1, 1, tzinfo=UTC)
    with database.write() as session:
        person = PersonModel(first_name="Sanne")
        person.channel_preferences = [
            ChannelPreferenceModel(
                channel=Channel.EMAIL,
                rank=0,
                recorded_at=then,
                superseded_at=then + timedelta(days=200),
            ),
            ChannelPreferenceModel(
                channel=Channel.WHATSAPP,
                rank=0,
                note="na 18:00",
                recorded_at=then + timedelta(days=200),
            ),
        ]
        session.add(person)
    with database.read() as session:
        current = session.scalars(
            select(ChannelPreferenceModel.channel).where(
                ChannelPreferenceModel.superseded_at.is_(None)
            )
        ).all()
        everything = session.scalars(select(ChannelPreferenceModel.channel)).all()
    assert current == [Channel.WHATSAPP]
    assert sorted(everything) == sorted([Channel.EMAIL, Channel.WHATSAPP])
