"""Journeys through the pipeline, on a real SQLite file: entering Signed creates the
touchpoints in the move's transaction, Withdrawn or Rejected cancels them, a new start date
moves them, and undo takes each of these back exactly."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, text

from recruiter_desk.domain.journeys import DEFAULT_JOURNEY, Journey, JourneyStep
from recruiter_desk.domain.pipeline import ClosingFacts, PlacementEdit, SignedFacts
from recruiter_desk.domain.placement_dates import probation_end
from recruiter_desk.domain.reminder_time import WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.domain.vocabulary import (
    Channel,
    JourneyAnchor,
    JourneyAudience,
    ReminderKind,
    ReminderStatus,
)
from recruiter_desk.services.journeys_service import JourneysService
from recruiter_desk.services.pipeline_service import PipelineService
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.store.database import Database
from recruiter_desk.store.models import PlacementModel, ReminderModel

AMS = "Europe/Amsterdam"
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # Wednesday 10:30 in Amsterdam
SIGNED_ON = date(2026, 11, 24)
START_ON = date(2027, 1, 4)
FACTS = SignedFacts(SIGNED_ON, START_ON, probation_end(START_ON, 2), START_ON + timedelta(days=90))
OPEN, DONE, CANCELLED = ReminderStatus.OPEN, ReminderStatus.DONE, ReminderStatus.CANCELLED


@pytest.fixture
def pipeline(database: Database, fixed_clock, user_zone) -> PipelineService:  # type: ignore[no-untyped-def]
    return PipelineService(database, fixed_clock, user_zone)


@pytest.fixture
def journeys(database: Database, fixed_clock, user_zone) -> JourneysService:  # type: ignore[no-untyped-def]
    return JourneysService(database, fixed_clock, user_zone)


@pytest.fixture
def reminders(database: Database, fixed_clock, user_zone) -> RemindersService:  # type: ignore[no-untyped-def]
    return RemindersService(database, fixed_clock, user_zone)


@pytest.fixture
def stage(pipeline: PipelineService) -> dict[str, int]:
    return {s.key: s.id for s in pipeline.stages()}


@pytest.fixture
def people(records) -> dict[str, int]:  # type: ignore[no-untyped-def]
    candidate = records.add_person("Anna", (Channel.WHATSAPP,))
    manager = records.add_person("Henk", (Channel.PHONE,), last="Manager")
    acme = records.add_company("Acme", hiring_manager=manager)
    placement = records.add_placement(candidate, acme, "offer", NOW - timedelta(days=3))
    return {"candidate": candidate, "manager": manager, "acme": acme, "placement": placement}


def rows(database: Database) -> list[tuple[object, ...]]:
    with database.read() as session:
        return list(session.execute(text("SELECT * FROM reminder ORDER BY id")).all())


def touchpoints(database: Database, placement_id: int) -> list[ReminderModel]:
    with database.read() as session:
        found = session.scalars(
            select(ReminderModel)
            .where(ReminderModel.placement_id == placement_id)
            .order_by(ReminderModel.due_at, ReminderModel.id)
        ).all()
        session.expunge_all()
        return list(found)


def open_keys(database: Database, placement_id: int) -> list[tuple[str, str]]:
    return [
        (r.due_local, r.message_template_key)
        for r in touchpoints(database, placement_id)
        if r.status is OPEN
    ]


def test_entering_signed_creates_the_journey_in_the_same_move(
    pipeline, database, stage, people
) -> None:
    receipt, changes = pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    assert changes.reminders and changes.placements == {people["placement"]}
    created = touchpoints(database, people["placement"])
    assert sorted(receipt.reminders.created) == sorted(r.id for r in created)
    assert all(
        (r.kind, r.status, r.time_zone) == (ReminderKind.JOURNEY_TOUCHPOINT, OPEN, AMS)
        for r in created
    )
    first = created[0]
    assert (first.due_local, first.message_template_key, first.title) == (
        "2026-11-25T09:00",  # signed yesterday: the welcome is due today at 9:00
        "welcome_after_signing",
        "Welcome message after signing",
    )
    assert first.due_at == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    assert (first.person_id, first.company_id, first.suggested_channel) == (
        people["candidate"],
        people["acme"],
        Channel.WHATSAPP,
    )
    client = [r for r in created if r.message_template_key == "probation_client_call"]
    assert [(r.person_id, r.suggested_channel, r.due_local) for r in client] == [
        (people["manager"], Channel.PHONE, "2027-02-17T09:00")
    ]
    growth = [r.due_local for r in created if r.message_template_key == "anniversary_growth"]
    assert growth == ["2028-01-04T09:00", "2029-01-04T09:00", "2030-01-04T09:00"]
    assert len(created) == 18  # five pre-start weeks


def test_undoing_the_move_removes_the_journey_exactly(pipeline, database, stage, people) -> None:
    before = rows(database)
    receipt, _ = pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    assert rows(database) != before
    changes = pipeline.undo_move(receipt)
    assert changes.reminders
    assert rows(database) == before
    with database.read() as session:
        placement = session.get(PlacementModel, people["placement"])
        assert (placement.signed_on, placement.start_on) == (None, None)


def test_a_journey_created_late_hands_over_the_welcome_and_skips_the_past(
    pipeline, database, stage, people, fixed_clock
) -> None:
    fixed_clock.now = datetime(2026, 12, 16, 13, 0, tzinfo=UTC)  # three weeks after signing
    pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    created = touchpoints(database, people["placement"])
    assert (created[0].message_template_key, created[0].due_local) == (
        "welcome_after_signing",
        "2026-12-16T14:00",  # due now
    )
    weekly = [r.due_local[:10] for r in created if r.title.startswith("Pre-start")]
    assert weekly == ["2026-12-22", "2026-12-29"]


def test_a_failing_journey_rolls_back_the_whole_move(database, fixed_clock, stage, people) -> None:
    def broken_zone():  # type: ignore[no-untyped-def]
        raise RuntimeError("zone lookup failed")

    failing = PipelineService(database, fixed_clock, broken_zone)
    before = rows(database)
    with pytest.raises(RuntimeError):
        failing.move(people["placement"], stage["signed"], signed=FACTS)
    assert rows(database) == before
    with database.read() as session:
        assert session.get(PlacementModel, people["placement"]).stage_id == stage["offer"]
        assert session.execute(text("SELECT count(*) FROM interaction")).scalar_one() == 0


def test_withdrawn_cancels_the_open_touchpoints_and_undo_reopens_them(
    pipeline, reminders, database, stage, people
) -> None:
    pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    welcome = touchpoints(database, people["placement"])[0]
    reminders.done(welcome.id)
    before = rows(database)
    receipt, changes = pipeline.move(
        people["placement"],
        stage["withdrawn"],
        closing=ClosingFacts("Accepted a counter-offer", feedback_given=False),
    )
    assert changes.reminders
    statuses = {r.id: r.status for r in touchpoints(database, people["placement"])}
    assert statuses[welcome.id] is DONE
    assert sorted(receipt.reminders.cancelled) == sorted(
        i for i, s in statuses.items() if s is CANCELLED
    )
    assert len(receipt.reminders.cancelled) == 17  # kept, not deleted
    assert reminders.about(placement_id=people["placement"]) == []
    pipeline.undo_move(receipt)
    assert rows(database) == before


def test_rejected_cancels_too_and_other_moves_leave_the_journey(
    pipeline, database, stage, people
) -> None:
    pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    receipt, changes = pipeline.move(people["placement"], stage["started"])
    assert receipt.reminders.empty and not changes.reminders
    pipeline.move(people["placement"], stage["rejected"], closing=ClosingFacts("No", False))
    assert open_keys(database, people["placement"]) == []


def test_coming_back_to_signed_keeps_one_journey(pipeline, database, stage, people) -> None:
    pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    journey = open_keys(database, people["placement"])
    pipeline.move(people["placement"], stage["offer"])
    receipt, _ = pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    assert receipt.reminders.empty
    assert open_keys(database, people["placement"]) == journey
    # With a new start date the running journey follows it, and undo puts it back.
    later = SignedFacts(SIGNED_ON, date(2027, 2, 1), probation_end(date(2027, 2, 1), 2), None)
    pipeline.move(people["placement"], stage["offer"])
    before = rows(database)
    receipt, _ = pipeline.move(people["placement"], stage["signed"], signed=later)
    assert receipt.reminders.rescheduled and receipt.reminders.created
    assert ("2027-02-01T09:00", "first_day_check") in open_keys(database, people["placement"])
    pipeline.undo_move(receipt)
    assert rows(database) == before


def test_signed_again_after_withdrawn_starts_afresh_without_repeating_what_was_done(
    pipeline, reminders, database, stage, people
) -> None:
    pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    welcome = touchpoints(database, people["placement"])[0]
    reminders.done(welcome.id)
    pipeline.move(people["placement"], stage["withdrawn"], closing=ClosingFacts("Oops", False))
    receipt, _ = pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    assert len(receipt.reminders.created) == 17
    keys = [k for _, k in open_keys(database, people["placement"])]
    assert "welcome_after_signing" not in keys


def test_a_new_start_date_moves_open_touchpoints_and_editing_back_restores_them(
    pipeline, reminders, database, stage, people, fixed_clock
) -> None:
    pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    welcome = touchpoints(database, people["placement"])[0]
    reminders.done(welcome.id)
    original = open_keys(database, people["placement"])
    previous = PlacementEdit(
        FACTS.signed_on, FACTS.start_on, FACTS.probation_end_on, FACTS.guarantee_end_on, ""
    )
    later = replace(
        previous, start_on=date(2027, 1, 11), probation_end_on=probation_end(date(2027, 1, 11), 2)
    )
    old, changes = pipeline.edit(people["placement"], later)
    assert old == previous and changes.reminders
    moved = dict((k, d) for d, k in open_keys(database, people["placement"]))
    assert moved["first_day_check"] == "2027-01-11T09:00"
    assert moved["good_luck_day_one"] == "2027-01-08T09:00"
    assert moved["probation_check"] == "2027-02-24T09:00"
    done = [r for r in touchpoints(database, people["placement"]) if r.status is DONE]
    assert [(r.id, r.due_local) for r in done] == [(welcome.id, welcome.due_local)]
    # Undo of an edit is the edit back: the same open touchpoints at the same moments.
    _, changes = pipeline.edit(people["placement"], previous)
    assert changes.reminders
    assert open_keys(database, people["placement"]) == original
    # An edit that changes no date leaves the journey alone.
    _, changes = pipeline.edit(people["placement"], replace(previous, fee_terms="5% fee"))
    assert not changes.reminders


def test_rescheduling_keeps_a_touchpoints_time_of_day_and_zone(
    pipeline, reminders, database, stage, people
) -> None:
    pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    first_day = next(
        r
        for r in touchpoints(database, people["placement"])
        if r.message_template_key == "first_day_check"
    )
    item = reminders.get(first_day.id)
    reminders.edit(
        first_day.id,
        ReminderDraft(
            item.title,
            WallClock.parse("2027-01-04T17:30", "Europe/Brussels"),
            item.kind,
            item.person_id,
            item.company_id,
            item.placement_id,
            item.suggested_channel,
            message_template_key=item.message_template_key,
        ),
    )
    pipeline.edit(people["placement"], PlacementEdit(SIGNED_ON, date(2027, 4, 5), None, None, ""))
    moved = reminders.get(first_day.id)
    assert (moved.due.text, moved.due.zone) == ("2027-04-05T17:30", "Europe/Brussels")
    assert moved.due_at == datetime(2027, 4, 5, 15, 30, tzinfo=UTC)  # summer time by then
    keys = [k for _, k in open_keys(database, people["placement"])]
    assert "probation_check" not in keys  # the probation end was cleared


def test_journeys_service_plan_touchpoints_and_a_late_start(
    journeys, database, stage, people, records
) -> None:
    started = records.add_placement(
        people["candidate"], people["acme"], "started", NOW - timedelta(days=20)
    )
    with database.write() as session:
        placement = session.get(PlacementModel, started)
        placement.signed_on, placement.start_on = date(2026, 9, 1), date(2026, 11, 2)
    planned = journeys.plan(started)
    assert planned[0].message_template_key == "welcome_after_signing"
    receipt, changes = journeys.start(started)
    assert changes.reminders
    stored = journeys.touchpoints(started)
    assert sorted(r.id for r in stored) == sorted(receipt.created)
    assert stored[0].message_template_key == "welcome_after_signing"  # handed over as due now
    assert stored[1].message_template_key == "first_month_check"
    assert stored[2].message_template_key == "client_evaluation"
    assert stored[2].person_id == people["manager"]
    assert stored[2].placement_person_name == "Anna Test"
    assert {r.audience for r in planned} == {JourneyAudience.CANDIDATE, JourneyAudience.CLIENT}
    again, _ = journeys.start(started)
    assert again.empty  # never a second journey
    journeys.undo(started, receipt)
    assert journeys.touchpoints(started) == []


def test_keep_in_touch_of_a_client(journeys, records) -> None:
    quiet = records.add_company(
        "Quiet", last_contact_at=NOW - timedelta(days=50), ideal_days=30, max_days=60
    )
    state = journeys.keep_in_touch(quiet)
    assert state is not None and state.check_in_on == (NOW - timedelta(days=20)).date()
    assert journeys.keep_in_touch(records.add_company("Untracked")) is None


def test_a_hand_made_touchpoint_does_not_stand_in_for_the_journey(
    pipeline, reminders, database, stage, people
) -> None:
    reminders.create(
        ReminderDraft(
            "Send flowers",
            WallClock.parse("2026-12-01T09:00", AMS),
            ReminderKind.JOURNEY_TOUCHPOINT,
            placement_id=people["placement"],
        )
    )
    receipt, _ = pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    assert len(receipt.reminders.created) == 18
    assert "Send flowers" in [r.title for r in touchpoints(database, people["placement"])]


# -- the journey as the user edits it -------------------------------------------------------


def test_a_new_store_holds_the_default_journey(journeys) -> None:
    stored = journeys.journey()
    assert stored == Journey(DEFAULT_JOURNEY, active=True)
    assert len({step.key for step in stored.steps}) == len(DEFAULT_JOURNEY)


def edited(steps: tuple[JourneyStep, ...]) -> tuple[JourneyStep, ...]:
    """First week moved to day 10, the six-month check-in gone, a coffee after two months."""
    by_key = {step.key: step for step in steps}
    coffee = JourneyStep(
        "coffee", "Coffee after two months", "first_month_check", JourneyAnchor.START, 0, 2
    )
    kept = [
        replace(step, offset_days=10) if step.key == "first_week" else step
        for step in steps
        if step.key != "six_months"
    ]
    assert "six_months" in by_key
    return (*kept, coffee)


def test_an_edited_journey_is_what_the_next_signed_card_gets(
    pipeline, journeys, database, stage, people
) -> None:
    journeys.save_journey(Journey(edited(journeys.journey().steps)))
    pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    created = touchpoints(database, people["placement"])
    by_title = {r.title: r.due_local for r in created}
    assert by_title["First week check-in"] == "2027-01-14T09:00"
    assert by_title["Coffee after two months"] == "2027-03-04T09:00"
    assert "Six-month check-in" not in by_title
    with database.read() as session:
        step_keys = dict(
            session.execute(
                text(
                    "SELECT r.title, s.key FROM reminder r"
                    " JOIN journey_step s ON s.id = r.journey_step_id"
                )
            ).all()
        )
    assert step_keys["Coffee after two months"] == "coffee"
    assert all(r.journey_step_id is not None for r in created)  # each knows its step


def test_a_journey_turned_off_starts_nothing(pipeline, journeys, database, stage, people) -> None:
    journeys.save_journey(Journey(journeys.journey().steps, active=False))
    receipt, _ = pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    assert receipt.reminders.created == ()
    assert touchpoints(database, people["placement"]) == []


def test_saving_returns_the_previous_journey_and_saving_that_undoes_it(journeys) -> None:
    original = journeys.journey()
    previous, changes = journeys.save_journey(Journey(edited(original.steps), active=False))
    assert changes.journeys
    assert previous == original
    assert journeys.journey() != original
    journeys.save_journey(previous)
    assert journeys.journey() == original


def test_editing_keeps_the_link_of_running_touchpoints_and_reschedules_by_the_new_step(
    pipeline, journeys, database, stage, people
) -> None:
    pipeline.move(people["placement"], stage["signed"], signed=FACTS)
    journeys.save_journey(Journey(edited(journeys.journey().steps)))
    later = START_ON + timedelta(days=7)
    pipeline.edit(
        people["placement"],
        PlacementEdit(SIGNED_ON, later, FACTS.probation_end_on, FACTS.guarantee_end_on, ""),
    )
    due = {
        r.title: r.due_local for r in touchpoints(database, people["placement"]) if r.status is OPEN
    }
    assert due["First week check-in"] == "2027-01-21T09:00"  # new start + the edited 10 days
    assert due["Six-month check-in"] == "2027-07-04T09:00"  # its step is gone: left as it was


def test_duplicate_step_keys_are_refused_and_nothing_is_stored(journeys) -> None:
    original = journeys.journey()
    with pytest.raises(ValueError):
        journeys.save_journey(Journey((*original.steps, original.steps[0])))
    assert journeys.journey() == original
