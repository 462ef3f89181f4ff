"""Reminders on a real SQLite file with a fixed clock and a zone the test sets: create, edit,
snooze, done, delete and their undo; the Today lists; the scheduler's queries; going cold."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from recruiter_desk.domain.draft_validation import ValidationFailed
from recruiter_desk.domain.keep_in_touch import KeepInTouchLevel
from recruiter_desk.domain.pipeline import BoardFilter, Risk, RiskThresholds
from recruiter_desk.domain.recurrence import RecurrenceError
from recruiter_desk.domain.reminder_time import QuickChoice, SnoozeChoice, WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.domain.vocabulary import (
    Channel,
    Direction,
    InteractionKind,
    ReminderKind,
    ReminderStatus,
)
from recruiter_desk.services.pipeline_service import PipelineService
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.services.timeline_service import TimelineService
from recruiter_desk.store import going_cold_queries
from recruiter_desk.store import reminder_lists as lists
from recruiter_desk.store.database import Database
from recruiter_desk.store.models import (
    InteractionModel,
    InteractionPersonModel,
    PersonModel,
    ReminderModel,
)
from recruiter_desk.store.reminders_repository import ReminderNotFound, ReminderNotOpen

AMS = "Europe/Amsterdam"
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)  # Wednesday 10:30 in Amsterdam


def at(text: str, zone: str = AMS) -> WallClock:
    return WallClock.parse(text, zone)


@pytest.fixture
def reminders(database: Database, fixed_clock, user_zone) -> RemindersService:  # type: ignore[no-untyped-def]
    return RemindersService(database, fixed_clock, user_zone)


@pytest.fixture
def anna(records) -> int:  # type: ignore[no-untyped-def]
    return records.add_person("Anna", (Channel.WHATSAPP, Channel.EMAIL))


def add(reminders: RemindersService, title: str, due: str, **values: object) -> int:
    reminder_id, _ = reminders.create(ReminderDraft(title, at(due), **values))  # type: ignore[arg-type]
    return reminder_id


def stored(database: Database, reminder_id: int) -> ReminderModel:
    with database.read() as session:
        model = session.get(ReminderModel, reminder_id)
        assert model is not None
        session.expunge(model)
        return model


def titles(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.title for item in items]


def table(database: Database, name: str) -> list[tuple[object, ...]]:
    with database.read() as session:
        return list(session.execute(text(f"SELECT * FROM {name} ORDER BY 1")).all())


# -- create and edit -----------------------------------------------------------------------


def test_create_stores_the_wall_clock_time_and_suggests_the_preferred_channel(
    reminders, database, anna
) -> None:
    reminder_id, changes = reminders.create(
        ReminderDraft("  Call   Anna back ", at("2026-11-30T09:00"), person_id=anna)
    )
    model = stored(database, reminder_id)
    assert (model.title, model.due_local, model.time_zone) == (
        "Call Anna back",
        "2026-11-30T09:00",
        AMS,
    )
    assert model.due_at == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
    assert model.suggested_channel is Channel.WHATSAPP
    assert model.status is ReminderStatus.OPEN and model.created_at == NOW
    assert changes.reminders and changes.people == {anna}
    chosen, _ = reminders.create(
        ReminderDraft(
            "Mail", at("2026-11-30T09:00"), person_id=anna, suggested_channel=Channel.EMAIL
        )
    )
    assert stored(database, chosen).suggested_channel is Channel.EMAIL


def test_bad_drafts_are_refused(reminders) -> None:
    with pytest.raises(ValidationFailed) as caught:
        reminders.create(ReminderDraft("   ", at("2026-11-30T09:00")))
    assert caught.value.fields() == {"title"}
    with pytest.raises(RecurrenceError):
        reminders.create(ReminderDraft("x", at("2026-11-30T09:00"), recurrence_rule="FREQ=HOURLY"))
    weekly = add(reminders, "Weekly", "2026-11-30T09:00", recurrence_rule="freq=weekly;interval=1")
    assert reminders.get(weekly).recurrence_rule == "FREQ=WEEKLY"


def test_quick_choices_use_the_clock_and_the_zone(reminders, user_zone) -> None:
    assert reminders.quick_choice(QuickChoice.TOMORROW_MORNING) == at("2026-11-26T09:00")
    assert reminders.quick_choice(QuickChoice.IN_TWO_HOURS) == at("2026-11-25T12:30")
    user_zone.zone = NEW_YORK  # 04:30 there
    assert reminders.quick_choice(QuickChoice.NEXT_MONDAY_MORNING) == at(
        "2026-11-30T09:00", "America/New_York"
    )
    assert reminders.on_date(date(2026, 12, 1), time(14, 0)).zone == "America/New_York"


def test_edit_and_its_undo(reminders, database, anna) -> None:
    reminder_id = add(reminders, "Call", "2026-11-25T09:00", person_id=anna)
    reminders.snooze(reminder_id, SnoozeChoice.ONE_HOUR)
    before_edit = table(database, "reminder")
    previous, changes = reminders.edit(
        reminder_id,
        ReminderDraft("Call about the offer", at("2026-11-27T15:00"), person_id=anna),
    )
    model = stored(database, reminder_id)
    assert (model.title, model.due_local, model.snoozed_until) == (
        "Call about the offer",
        "2026-11-27T15:00",
        None,
    )
    assert model.due_at == datetime(2026, 11, 27, 14, 0, tzinfo=UTC)
    assert changes.reminders
    reminders.restore(previous)
    assert table(database, "reminder") == before_edit


def test_delete_and_undo_bring_back_the_same_row(reminders, database, anna) -> None:
    add(reminders, "First", "2026-11-26T09:00", person_id=anna)
    reminder_id = add(reminders, "Second", "2026-11-27T09:00", person_id=anna)
    before = table(database, "reminder")
    state, changes = reminders.delete(reminder_id)
    assert changes.reminders and [r.id for r in reminders.about(person_id=anna)] != [reminder_id]
    with pytest.raises(ReminderNotFound):
        reminders.get(reminder_id)
    restored_id, _ = reminders.restore(state)
    assert restored_id == reminder_id
    assert table(database, "reminder") == before


# -- the Today view ------------------------------------------------------------------------


def test_overdue_today_and_the_next_seven_days(reminders, database, records, anna) -> None:
    acme = records.add_company("Acme")
    add(reminders, "Yesterday", "2026-11-24T09:00", person_id=anna)
    add(reminders, "This morning", "2026-11-25T09:00", company_id=acme)
    promise, _ = reminders.promise_reply(anna, date(2026, 11, 25), "Tell Anna about Acme")
    add(reminders, "This afternoon", "2026-11-25T16:00")
    add(reminders, "Late tonight", "2026-11-25T23:59")
    add(reminders, "Tomorrow", "2026-11-26T09:00", person_id=anna)
    add(reminders, "In a week", "2026-12-02T18:00")
    add(reminders, "In eight days", "2026-12-03T09:00")
    done = add(reminders, "Done already", "2026-11-24T08:00")
    reminders.done(done)

    overdue = reminders.overdue()
    assert titles(overdue) == ["Tell Anna about Acme", "Yesterday", "This morning"]
    assert overdue[0].promised and overdue[0].id == promise
    assert (overdue[0].person_name, overdue[0].suggested_channel) == ("Anna Test", Channel.WHATSAPP)
    assert overdue[2].company_name == "Acme"
    assert titles(reminders.due_today()) == ["This afternoon", "Late tonight"]
    assert titles(reminders.next_days()) == ["Tomorrow", "In a week"]
    counts = reminders.counts()
    assert (counts.overdue, counts.due_today, counts.total) == (3, 2, 5)
    assert titles(reminders.overdue(limit=2)) == ["Tell Anna about Acme", "Yesterday"]


def test_a_travelling_laptop_sees_amsterdam_reminders_at_their_instant(
    reminders, user_zone, fixed_clock
) -> None:
    add(reminders, "20:00 Amsterdam", "2026-11-25T20:00")  # 14:00 in New York
    add(reminders, "5:00 Amsterdam", "2026-11-26T05:00")  # 23:00 the evening before in New York
    add(reminders, "9:00 Amsterdam", "2026-11-26T09:00")  # 03:00 in New York
    fixed_clock.now = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)  # 19:00 Amsterdam, 13:00 NY
    assert titles(reminders.due_today()) == ["20:00 Amsterdam"]
    user_zone.zone = NEW_YORK
    # In New York "today" lasts until 05:00 UTC: 5:00 Amsterdam is late tonight there.
    assert titles(reminders.due_today()) == ["20:00 Amsterdam", "5:00 Amsterdam"]
    [morning] = reminders.next_days()
    shown = morning.shown_at(NEW_YORK)
    assert (shown.date(), shown.time()) == (date(2026, 11, 26), time(3, 0))
    assert (morning.due.text, morning.due.zone) == ("2026-11-26T09:00", AMS)


def test_reminders_about_someone_deleted_are_hidden(reminders, database, anna) -> None:
    add(reminders, "Call", "2026-11-24T09:00", person_id=anna)
    with database.write() as session:
        session.get(PersonModel, anna).deleted_at = NOW
    assert reminders.overdue() == []
    with database.write() as session:
        session.get(PersonModel, anna).deleted_at = None
    assert titles(reminders.overdue()) == ["Call"]


# -- snooze --------------------------------------------------------------------------------


def test_snooze_hides_until_then_and_undo_restores(
    reminders, database, fixed_clock, records, anna
) -> None:
    acme = records.add_company("Acme")
    placement = records.add_placement(anna, acme, "interviewing", NOW - timedelta(days=1))
    reminder_id = add(reminders, "Call", "2026-11-25T09:00", placement_id=placement)
    pipeline = PipelineService(database, fixed_clock)
    interviewing = {s.key: s.id for s in pipeline.stages()}["interviewing"]

    def risks() -> tuple[Risk, ...]:
        [card] = pipeline.cards(interviewing, BoardFilter(), RiskThresholds())
        return card.risks

    assert titles(reminders.overdue()) == ["Call"] and risks() == (Risk.OVERDUE_REMINDER,)
    previous, changes = reminders.snooze(reminder_id, SnoozeChoice.ONE_HOUR)
    assert changes.placements == {placement}
    model = stored(database, reminder_id)
    assert model.snoozed_until == NOW + timedelta(hours=1)
    assert (model.due_local, model.due_at) == (
        "2026-11-25T09:00",
        datetime(2026, 11, 25, 8, 0, tzinfo=UTC),
    )
    assert reminders.overdue() == [] and risks() == ()
    [later] = reminders.due_today()
    assert later.snoozed and later.alert_at == NOW + timedelta(hours=1)
    fixed_clock.now = NOW + timedelta(hours=1, minutes=1)
    assert titles(reminders.overdue()) == ["Call"]
    reminders.restore(previous)
    assert stored(database, reminder_id).snoozed_until is None


def test_snooze_until_tomorrow_morning_where_the_user_is_now(
    reminders, database, user_zone
) -> None:
    reminder_id = add(reminders, "Call", "2026-11-25T09:00")
    user_zone.zone = NEW_YORK  # 04:30 on the 25th there
    reminders.snooze(reminder_id, SnoozeChoice.TOMORROW_MORNING)
    assert stored(database, reminder_id).snoozed_until == datetime(2026, 11, 26, 14, 0, tzinfo=UTC)


# -- done ----------------------------------------------------------------------------------


def test_done_writes_a_system_event_on_the_timeline_and_undo_removes_it(
    reminders, database, records, anna
) -> None:
    acme = records.add_company("Acme")
    placement = records.add_placement(anna, acme, "offer", NOW - timedelta(days=2))
    reminder_id = add(
        reminders,
        "Ask about the offer",
        "2026-11-25T09:00",
        person_id=anna,
        placement_id=placement,
        notes="Salary",
    )
    before = table(database, "reminder")
    receipt, changes = reminders.done(reminder_id)
    assert changes.timelines and changes.reminders and changes.placements == {placement}
    model = stored(database, reminder_id)
    assert (model.status, model.done_at) == (ReminderStatus.DONE, NOW)
    with database.read() as session:
        event = session.get(InteractionModel, receipt.event_id)
        assert (event.kind, event.event_type, event.direction) == (
            InteractionKind.SYSTEM_EVENT,
            "reminder_done",
            Direction.NONE,
        )
        assert (event.summary, event.body, event.occurred_at) == ("", "Salary", NOW)
        assert json.loads(event.facts) == {
            "reminder_id": reminder_id,
            "title": "Ask about the offer",
            "journey_step_key": None,
        }
        assert (event.placement_id, event.company_id) == (placement, acme)
        people = session.scalars(
            select(InteractionPersonModel.person_id).where(
                InteractionPersonModel.interaction_id == event.id
            )
        ).all()
        assert people == [anna]
    assert receipt.next_id is None
    with pytest.raises(ReminderNotOpen):
        reminders.done(reminder_id)
    reminders.undo_done(receipt)
    assert table(database, "reminder") == before
    assert table(database, "interaction") == [] and table(database, "interaction_person") == []


def test_done_on_a_weekly_reminder_creates_the_next_at_the_same_wall_clock_time(
    reminders, database, fixed_clock
) -> None:
    fixed_clock.now = datetime(2027, 3, 22, 8, 5, tzinfo=UTC)  # Monday 09:05 CET
    reminder_id = add(reminders, "Weekly check", "2027-03-22T09:00", recurrence_rule="FREQ=WEEKLY")
    receipt, _ = reminders.done(reminder_id)
    assert receipt.next_id is not None
    following = reminders.get(receipt.next_id)
    assert (following.due.text, following.status, following.recurrence_rule) == (
        "2027-03-29T09:00",
        ReminderStatus.OPEN,
        "FREQ=WEEKLY",
    )
    assert following.due_at == datetime(2027, 3, 29, 7, 0, tzinfo=UTC)  # summer time by then
    # Done three weeks late: the missed weeks are not piled up.
    fixed_clock.now = datetime(2027, 4, 15, 12, 0, tzinfo=UTC)
    late, _ = reminders.done(receipt.next_id)
    assert reminders.get(late.next_id).due.text == "2027-04-19T09:00"  # type: ignore[arg-type]
    reminders.undo_done(late)
    assert reminders.get(receipt.next_id).status is ReminderStatus.OPEN
    with pytest.raises(ReminderNotFound):
        reminders.get(late.next_id)  # type: ignore[arg-type]


def test_a_snoozed_occurrence_does_not_move_the_series(reminders, fixed_clock) -> None:
    reminder_id = add(reminders, "Monthly", "2026-11-25T09:00", recurrence_rule="FREQ=MONTHLY")
    reminders.snooze(reminder_id, SnoozeChoice.TOMORROW_MORNING)
    fixed_clock.now = datetime(2026, 11, 26, 8, 30, tzinfo=UTC)
    receipt, _ = reminders.done(reminder_id)
    assert reminders.get(receipt.next_id).due.text == "2026-12-25T09:00"  # type: ignore[arg-type]


# -- promised replies ----------------------------------------------------------------------


def test_promise_reply(reminders, database, anna) -> None:
    reminder_id, changes = reminders.promise_reply(anna, date(2026, 11, 26))
    model = stored(database, reminder_id)
    assert (model.kind, model.title, model.due_local, model.message_template_key) == (
        ReminderKind.PROMISED_REPLY,
        "Reply as promised",
        "2026-11-26T09:00",
        "reply_promise",
    )
    assert model.suggested_channel is Channel.WHATSAPP and changes.people == {anna}
    with pytest.raises(ValueError):
        reminders.promise_reply(anna, date(2026, 11, 24))


# -- the scheduler -------------------------------------------------------------------------


def test_next_due_at_counts_snoozes_and_ignores_closed_reminders(reminders, fixed_clock) -> None:
    assert reminders.next_due_at() is None
    overdue = add(reminders, "Overdue", "2026-11-25T08:00")
    assert reminders.next_due_at() is None  # nothing ahead: what is due was already shown
    afternoon = add(reminders, "Afternoon", "2026-11-25T15:00")
    assert reminders.next_due_at() == datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    reminders.snooze(overdue, SnoozeChoice.FIFTEEN_MINUTES)
    assert reminders.next_due_at() == NOW + timedelta(minutes=15)
    reminders.snooze(afternoon, SnoozeChoice.TOMORROW_MORNING)
    reminders.done(overdue)
    assert reminders.next_due_at() == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    assert reminders.next_due_at(after=datetime(2026, 11, 26, 8, 0, tzinfo=UTC)) is None


def test_catch_up_after_a_sleep(reminders, fixed_clock) -> None:
    for hour in (11, 12, 13):
        add(reminders, f"At {hour}", f"2026-11-25T{hour}:00")
    add(reminders, "Tonight", "2026-11-25T20:00")
    asleep_at = fixed_clock.now
    fixed_clock.now = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # woke up at 16:00
    missed = reminders.due_between(asleep_at, fixed_clock.now)
    assert titles(missed) == ["At 11", "At 12", "At 13"]
    assert reminders.count_due_between(asleep_at, fixed_clock.now) == 3
    reminders.mark_notified([r.id for r in missed])
    assert all(r.notified_at == fixed_clock.now for r in reminders.overdue())


def query_plans(database: Database, read: Callable[[Session], object]) -> list[list[str]]:
    """The query plan of every SELECT that ``read`` runs."""
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT"):
            statements.append((statement, parameters))

    with database.read() as session:
        engine = session.get_bind()
        event.listen(engine, "before_cursor_execute", capture)
        try:
            read(session)
        finally:
            event.remove(engine, "before_cursor_execute", capture)
        return [
            [
                row[-1]
                for row in session.connection().exec_driver_sql(
                    f"EXPLAIN QUERY PLAN {statement}",
                    parameters,  # type: ignore[arg-type]
                )
            ]
            for statement, parameters in statements
        ]


def test_the_lists_and_the_scheduler_walk_the_alert_index(reminders, database) -> None:
    """No statement reads the reminder table from start to end, and no list sorts: each walks
    an alert index in order and stops at its limit (a count reads its range of the index)."""
    add(reminders, "One", "2026-11-25T09:00")

    def read(session: Session) -> None:
        lists.overdue(session, NOW, 10)  # promised replies, then the others
        lists.alerting_between(session, NOW, NOW + timedelta(days=1), 10)
        lists.next_alert_at(session, NOW)
        lists.count_overdue(session, NOW)
        lists.count_between(session, NOW, NOW + timedelta(days=1))

    plans = query_plans(database, read)
    searched = [
        next(d for d in details if d.startswith("SEARCH reminder")).split(" (")[0]
        for details in plans
    ]
    assert searched == [
        "SEARCH reminder USING INDEX ix_reminder_status_kind_alert",
        *["SEARCH reminder USING INDEX ix_reminder_status_alert"] * 5,
    ], plans
    assert not any("TEMP B-TREE" in d for details in plans for d in details), plans


def test_overdue_lists_promised_replies_first_then_the_oldest(reminders, anna) -> None:
    add(reminders, "Newest", "2026-11-25T10:00")
    add(reminders, "Oldest", "2026-11-23T10:00")
    add(reminders, "Middle", "2026-11-24T10:00")
    for title, due in (
        ("Promised Monday", "2026-11-23T12:00"),
        ("Promised Tuesday", "2026-11-24T12:00"),
    ):
        add(reminders, title, due, person_id=anna, kind=ReminderKind.PROMISED_REPLY)
    assert titles(reminders.overdue()) == [
        "Promised Monday",
        "Promised Tuesday",
        "Oldest",
        "Middle",
        "Newest",
    ]
    assert titles(reminders.overdue(limit=3)) == ["Promised Monday", "Promised Tuesday", "Oldest"]
    assert titles(reminders.overdue(limit=1)) == ["Promised Monday"]


def test_the_stored_alert_moment_is_the_domain_rule(reminders, database) -> None:
    """``reminder.alert_at`` (SQLite's, indexed) and ``Reminder.alert_at`` agree."""
    plain = add(reminders, "Plain", "2026-11-25T15:00")
    snoozed = add(reminders, "Snoozed", "2026-11-25T09:00")
    reminders.snooze(snoozed, SnoozeChoice.ONE_HOUR)
    earlier = add(reminders, "Snooze before the due time", "2026-11-26T09:00")
    with database.write() as session:
        session.get(ReminderModel, earlier).snoozed_until = NOW
    for reminder_id in (plain, snoozed, earlier):
        assert stored(database, reminder_id).alert_at == reminders.get(reminder_id).alert_at
    assert [reminders.get(r).alert_at for r in (plain, snoozed, earlier)] == [
        datetime(2026, 11, 25, 14, 0, tzinfo=UTC),
        NOW + timedelta(hours=1),
        datetime(2026, 11, 26, 8, 0, tzinfo=UTC),
    ]


# -- going cold ----------------------------------------------------------------------------


def test_companies_past_their_keep_in_touch_interval(reminders, database, records) -> None:
    records.add_company(
        "Fresh", last_contact_at=NOW - timedelta(days=10), ideal_days=30, max_days=60
    )
    records.add_company(
        "Amber", last_contact_at=NOW - timedelta(days=40), ideal_days=30, max_days=60
    )
    records.add_company("Red", last_contact_at=NOW - timedelta(days=70), ideal_days=30, max_days=60)
    records.add_company("Redder", last_contact_at=NOW - timedelta(days=200), ideal_days=90)
    records.add_company("Never", created_at=NOW - timedelta(days=50), ideal_days=45, max_days=90)
    records.add_company("Untracked", last_contact_at=NOW - timedelta(days=900))
    cold = reminders.cold_companies()
    assert [(c.name, c.level, c.days_quiet) for c in cold] == [
        ("Redder", KeepInTouchLevel.RED, 200),
        ("Red", KeepInTouchLevel.RED, 70),
        ("Amber", KeepInTouchLevel.AMBER, 40),
        ("Never", KeepInTouchLevel.AMBER, 50),
    ]
    assert [c.name for c in reminders.cold_companies(limit=1)] == ["Redder"]
    [plan] = query_plans(
        database, lambda session: going_cold_queries.cold_companies(session, NOW, 50)
    )
    assert plan[0].startswith("SEARCH company USING INDEX ix_company_live_keep_in_touch"), plan


def test_candidates_silent_in_preboarding(reminders, records) -> None:
    acme = records.add_company("Acme")
    quiet = records.add_person("Quiet", (Channel.PHONE,))
    talked = records.add_person("Talked")
    fresh = records.add_person("Fresh")
    records.add_placement(
        quiet, acme, "signed", NOW - timedelta(days=30), last_contact_at=NOW - timedelta(days=20)
    )
    records.add_placement(
        talked, acme, "signed", NOW - timedelta(days=30), last_contact_at=NOW - timedelta(days=3)
    )
    records.add_placement(fresh, acme, "signed", NOW - timedelta(days=5))
    found = reminders.silent_in_preboarding()
    assert [(c.person_name, c.days_quiet, c.preferred_channel) for c in found] == [
        ("Quiet Test", 20, Channel.PHONE)
    ]
    assert {c.person_name for c in reminders.silent_in_preboarding(days=4)} == {
        "Quiet Test",
        "Fresh Test",
    }


def test_placed_candidates_not_contacted_for_months(reminders, database, records) -> None:
    acme = records.add_company("Acme")
    forgotten = records.add_person("Forgotten")
    remembered = records.add_person("Remembered")
    never = records.add_person("Never")
    records.add_placement(forgotten, acme, "started", NOW - timedelta(days=400))
    records.add_placement(forgotten, acme, "placed", NOW - timedelta(days=300))
    records.add_placement(remembered, acme, "retained", NOW - timedelta(days=400))
    records.add_placement(never, acme, "placed", NOW - timedelta(days=280))
    timeline = TimelineService(database, lambda: NOW)
    for person_id, days_ago in ((remembered, 30), (forgotten, 250)):
        timeline.log(
            ContactLog(
                NOW - timedelta(days=days_ago),
                Channel.PHONE,
                Direction.OUTBOUND,
                "Call",
                person_ids=(person_id,),
            )
        )
    with database.write() as session:  # a stage move is not contact
        moment = NOW - timedelta(days=10)
        session.add(
            InteractionModel(
                occurred_at=moment,
                kind=InteractionKind.SYSTEM_EVENT,
                participants=[InteractionPersonModel(person_id=forgotten, occurred_at=moment)],
            )
        )
    found = reminders.quiet_after_placement(months=6)
    assert [(c.person_name, c.days_quiet) for c in found] == [
        ("Never Test", 280),  # quiet since the placement reached its stage
        ("Forgotten Test", 250),
    ]
    assert [c.person_name for c in reminders.quiet_after_placement(months=6, limit=1)] == [
        "Never Test"
    ]
    assert len({c.person_id for c in reminders.quiet_after_placement(months=0)}) == 3
    with database.write() as session:
        session.get(PersonModel, never).deleted_at = NOW
    assert [c.person_name for c in reminders.quiet_after_placement(months=6)] == ["Forgotten Test"]


def test_a_row_without_a_wall_clock_time_is_listed_at_its_instant(reminders, database) -> None:
    """Rows written by a tool or an older version with only ``due_at`` are not lost."""
    with database.write() as session:
        session.add(ReminderModel(title="Bare", due_at=NOW - timedelta(hours=2)))
    [bare] = reminders.overdue()
    assert (bare.title, bare.due.zone, bare.due.text) == ("Bare", "UTC", "2026-11-25T07:30")
    bare_id = bare.id
    with database.write() as session:
        session.get(ReminderModel, bare_id).recurrence_rule = "FREQ=DAILY"
    receipt, _ = reminders.done(bare_id)
    assert reminders.get(receipt.next_id).due_at == datetime(2026, 11, 26, 7, 30, tzinfo=UTC)  # type: ignore[arg-type]
