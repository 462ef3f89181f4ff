"""The default after-care journey: what it plans from a placement's dates, what a late start
leaves out, and how it follows changed dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from recruiter_desk.domain.journeys import (
    CANDIDATE,
    CLIENT,
    JourneyDates,
    JourneyUpdate,
    StoredTouchpoint,
    Touchpoint,
    new_journey,
    plan,
    reschedule,
)
from recruiter_desk.domain.keep_in_touch import (
    KeepInTouchLevel,
    keep_in_touch,
    keep_in_touch_check_in,
)
from recruiter_desk.domain.placement_dates import probation_end
from recruiter_desk.domain.vocabulary import ReminderStatus

OPEN, DONE, CANCELLED = ReminderStatus.OPEN, ReminderStatus.DONE, ReminderStatus.CANCELLED
SIGNED = date(2026, 11, 2)  # a Monday
START = date(2027, 1, 4)  # a Monday, nine weeks later
PROBATION_END = probation_end(START, 2)  # 2027-03-03
GUARANTEE_END = START + timedelta(days=90)  # 2027-04-04
DATES = JourneyDates(SIGNED, START, PROBATION_END, GUARANTEE_END)


def keys(touchpoints: list[Touchpoint]) -> list[tuple[str, str]]:
    return [(t.due_on.isoformat(), t.message_template_key) for t in touchpoints]


def test_the_default_journey_from_signature_to_three_years() -> None:
    planned = plan(DATES)
    assert [(t.due_on.isoformat(), t.message_template_key, t.audience) for t in planned] == [
        ("2026-11-03", "welcome_after_signing", CANDIDATE),
        ("2026-11-09", "pre_start_check_in", CANDIDATE),
        ("2026-11-16", "hiring_manager_introduction", CANDIDATE),
        ("2026-11-23", "pre_start_check_in", CANDIDATE),
        ("2026-11-30", "pre_start_check_in", CANDIDATE),
        ("2026-12-07", "hiring_manager_introduction", CANDIDATE),
        ("2026-12-14", "pre_start_check_in", CANDIDATE),
        ("2026-12-21", "pre_start_check_in", CANDIDATE),
        ("2026-12-28", "hiring_manager_introduction", CANDIDATE),
        ("2027-01-01", "good_luck_day_one", CANDIDATE),
        ("2027-01-04", "first_day_check", CANDIDATE),
        ("2027-01-11", "first_week_check", CANDIDATE),
        ("2027-02-04", "first_month_check", CANDIDATE),
        ("2027-02-04", "client_evaluation", CLIENT),
        ("2027-02-17", "probation_check", CANDIDATE),
        ("2027-02-17", "probation_client_call", CLIENT),
        ("2027-03-21", "guarantee_client_call", CLIENT),
        ("2027-07-04", "six_month_check", CANDIDATE),
        ("2028-01-04", "anniversary_growth", CANDIDATE),
        ("2029-01-04", "anniversary_growth", CANDIDATE),
        ("2030-01-04", "anniversary_growth", CANDIDATE),
    ]
    weekly = [t.title for t in planned if t.step_key.startswith("pre_start_")]
    assert weekly[:3] == [
        "Pre-start check-in: introduction to the team",
        "Pre-start check-in: a call from the hiring manager",
        "Pre-start check-in: news about the projects",
    ]
    assert weekly[3] == weekly[0]
    growth = [t.title for t in planned if t.message_template_key == "anniversary_growth"]
    assert growth == [
        "Growth conversation: 1 year in the job",
        "Growth conversation: 2 years in the job",
        "Growth conversation: 3 years in the job",
    ]
    assert len({t.slot for t in planned}) == len(planned)


def test_probation_steps_only_with_a_probation_and_guarantee_only_when_it_differs() -> None:
    belgian = plan(JourneyDates(SIGNED, START, None, GUARANTEE_END))
    assert not any(t.message_template_key.startswith("probation") for t in belgian)
    assert any(t.message_template_key == "guarantee_client_call" for t in belgian)
    until_probation = plan(JourneyDates(SIGNED, START, PROBATION_END, PROBATION_END))
    assert [t.message_template_key for t in until_probation].count("probation_client_call") == 1
    assert not any(t.message_template_key == "guarantee_client_call" for t in until_probation)


def test_calendar_months_put_growth_talks_on_the_anniversary() -> None:
    planned = plan(JourneyDates(date(2027, 12, 1), date(2028, 1, 31), None))
    by_key = {t.step_key: t.due_on for t in planned}
    assert by_key["first_month"] == date(2028, 2, 29)
    assert by_key["growth_1y"] == date(2029, 1, 31)


def test_created_on_signing_day_everything_is_ahead() -> None:
    created = new_journey(DATES, SIGNED)
    assert keys(created) == keys(plan(DATES))
    assert not any(t.due_now for t in created)


def test_created_late_past_touchpoints_are_left_out_but_the_welcome_is_due_now() -> None:
    today = date(2026, 11, 23)  # three weeks after the signature
    created = new_journey(DATES, today)
    welcome, *rest = created
    assert (welcome.message_template_key, welcome.due_on, welcome.due_now) == (
        "welcome_after_signing",
        today,
        True,
    )
    assert rest[0].due_on == today  # today's weekly touchpoint is kept
    assert [t.due_on for t in rest] == [t.due_on for t in plan(DATES) if t.due_on >= today]


def test_without_a_start_date_eight_weeks_are_planned_and_without_signing_date_today() -> None:
    created = new_journey(JourneyDates(None, None, None), SIGNED)
    assert created[0].due_on == SIGNED + timedelta(days=1)
    weekly = [t.due_on for t in created if t.step_key.startswith("pre_start_")]
    assert weekly == [SIGNED + timedelta(weeks=n) for n in range(1, 9)]
    assert len(created) == 9


def test_a_card_that_comes_back_to_signed_does_not_repeat_what_was_done() -> None:
    done_welcome = StoredTouchpoint(1, "welcome_after_signing", date(2026, 11, 3), DONE)
    cancelled = StoredTouchpoint(2, "pre_start_check_in", date(2026, 11, 9), CANCELLED)
    created = new_journey(DATES, SIGNED, [done_welcome, cancelled])
    assert "welcome_after_signing" not in [t.message_template_key for t in created]
    assert created[0].due_on == date(2026, 11, 9)  # a cancelled one is planned again


# -- rescheduling --------------------------------------------------------------------------


class Journal:
    """A journey's reminders as a store would keep them, to apply updates to."""

    def __init__(self, touchpoints: list[Touchpoint]) -> None:
        self.rows = {
            i: StoredTouchpoint(i, t.message_template_key, t.due_on, OPEN)
            for i, t in enumerate(touchpoints, start=1)
        }

    def stored(self) -> list[StoredTouchpoint]:
        return sorted(self.rows.values(), key=lambda s: (s.due_on, s.reminder_id))

    def apply(self, update: JourneyUpdate) -> None:
        for reminder_id, target in update.moves:
            self.rows[reminder_id] = replace(self.rows[reminder_id], due_on=target.due_on)
        for reminder_id in update.cancels:
            self.rows[reminder_id] = replace(self.rows[reminder_id], status=CANCELLED)
        for touchpoint in update.creates:
            new_id = max(self.rows) + 1
            self.rows[new_id] = StoredTouchpoint(
                new_id, touchpoint.message_template_key, touchpoint.due_on, OPEN
            )

    def open(self) -> list[tuple[str, str]]:
        return sorted(
            (s.due_on.isoformat(), s.message_template_key)
            for s in self.rows.values()
            if s.status is OPEN
        )


def test_a_later_start_moves_the_start_touchpoints_and_adds_pre_start_weeks() -> None:
    journal = Journal(new_journey(DATES, SIGNED))
    later = replace(DATES, start_on=date(2027, 2, 1))
    update = reschedule(DATES, later, journal.stored(), SIGNED)
    moved = {journal.rows[i].message_template_key: t.due_on for i, t in update.moves}
    assert moved["good_luck_day_one"] == date(2027, 1, 29)
    assert moved["first_day_check"] == date(2027, 2, 1)
    assert moved["client_evaluation"] == date(2027, 3, 1)
    assert "probation_check" not in moved  # its own date did not change
    assert update.cancels == ()
    assert [t.due_on for t in update.creates] == [
        date(2027, 1, 4),
        date(2027, 1, 11),
        date(2027, 1, 18),
        date(2027, 1, 25),
    ]
    journal.apply(update)
    assert journal.open() == sorted(keys(new_journey(later, SIGNED)))


def test_an_earlier_start_cancels_pre_start_weeks_that_no_longer_fit() -> None:
    journal = Journal(new_journey(DATES, SIGNED))
    earlier = replace(DATES, start_on=date(2026, 12, 7))
    update = reschedule(DATES, earlier, journal.stored(), SIGNED)
    cancelled = sorted(journal.rows[i].due_on.isoformat() for i in update.cancels)
    assert cancelled == ["2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]
    assert update.creates == ()
    journal.apply(update)
    assert journal.open() == sorted(keys(new_journey(earlier, SIGNED)))
    assert len(journal.rows) == len(plan(DATES))  # cancelled, kept: nothing deleted


def test_editing_back_restores_the_same_open_touchpoints() -> None:
    journal = Journal(new_journey(DATES, SIGNED))
    original = journal.open()
    for other in (date(2026, 12, 7), date(2027, 2, 1)):
        changed = replace(DATES, start_on=other)
        journal.apply(reschedule(DATES, changed, journal.stored(), SIGNED))
        journal.apply(reschedule(changed, DATES, journal.stored(), SIGNED))
        assert journal.open() == original


def test_done_touchpoints_stay_as_they_were() -> None:
    today = date(2027, 1, 12)
    journal = Journal(new_journey(DATES, SIGNED))
    for reminder_id, row in journal.rows.items():
        if row.due_on < today:
            journal.rows[reminder_id] = replace(row, status=DONE)
    corrected = replace(DATES, start_on=date(2027, 1, 6))
    update = reschedule(DATES, corrected, journal.stored(), today)
    assert all(journal.rows[i].status is OPEN for i, _ in update.moves)
    assert {journal.rows[i].message_template_key for i, _ in update.moves} == {
        "first_month_check",
        "client_evaluation",
        "six_month_check",
        "anniversary_growth",
    }
    assert update.cancels == () and update.creates == ()


def test_a_touchpoint_moved_into_the_past_is_cancelled_and_overdue_ones_are_left() -> None:
    today = date(2027, 1, 2)
    journal = Journal(new_journey(DATES, SIGNED))
    corrected = replace(DATES, start_on=date(2026, 12, 21))  # it started earlier than planned
    update = reschedule(DATES, corrected, journal.stored(), today)
    cancelled = {journal.rows[i].message_template_key for i in update.cancels}
    assert {"first_day_check", "first_week_check"} <= cancelled
    assert "good_luck_day_one" not in cancelled  # due yesterday: the user's backlog
    moved = {journal.rows[i].message_template_key: t.due_on for i, t in update.moves}
    assert moved["first_month_check"] == date(2027, 1, 21)


def test_removing_and_adding_a_probation_end() -> None:
    journal = Journal(new_journey(DATES, SIGNED))
    none = replace(DATES, probation_end_on=None)
    update = reschedule(DATES, none, journal.stored(), SIGNED)
    assert {journal.rows[i].message_template_key for i in update.cancels} == {
        "probation_check",
        "probation_client_call",
    }
    journal.apply(update)
    update = reschedule(none, DATES, journal.stored(), SIGNED)
    assert {t.message_template_key for t in update.creates} == {
        "probation_check",
        "probation_client_call",
    }


def test_a_deleted_touchpoint_is_not_brought_back_and_a_hand_moved_one_is_left() -> None:
    journal = Journal(new_journey(DATES, SIGNED))
    six_months = next(
        i for i, r in journal.rows.items() if r.message_template_key == "six_month_check"
    )
    del journal.rows[six_months]
    second_week = next(
        i for i, r in journal.rows.items() if r.due_on == date(2026, 11, 16)
    )  # one of several hiring-manager weeks, moved by hand to another day
    journal.rows[second_week] = replace(journal.rows[second_week], due_on=date(2026, 11, 18))
    later = replace(DATES, start_on=date(2027, 1, 11))
    update = reschedule(DATES, later, journal.stored(), SIGNED)
    assert "six_month_check" not in {t.message_template_key for t in update.creates}
    assert second_week not in {i for i, _ in update.moves} | set(update.cancels)


def test_a_late_welcome_is_never_cancelled_by_a_new_signing_date() -> None:
    today = date(2026, 11, 20)
    journal = Journal(new_journey(DATES, today))
    update = reschedule(DATES, replace(DATES, signed_on=date(2026, 11, 1)), journal.stored(), today)
    assert not any(
        journal.rows[i].message_template_key == "welcome_after_signing" for i in update.cancels
    )


# -- clients -------------------------------------------------------------------------------


def test_keep_in_touch_levels() -> None:
    now = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    since = now - timedelta(days=40)
    assert keep_in_touch(since, 45, 90, now).level is KeepInTouchLevel.OK  # type: ignore[union-attr]
    state = keep_in_touch(since, 30, 90, now)
    assert state is not None and state.level is KeepInTouchLevel.AMBER
    assert (state.days_quiet, state.check_in_on) == (40, date(2026, 5, 22))
    assert keep_in_touch(since, 14, 30, now).level is KeepInTouchLevel.RED  # type: ignore[union-attr]
    assert keep_in_touch(since, 30, None, now).level is KeepInTouchLevel.RED  # type: ignore[union-attr]
    assert keep_in_touch(since, None, None, now) is None
    check_in = keep_in_touch_check_in(since, 30, 60, now)
    assert check_in is not None and (check_in.due_on, check_in.audience) == (
        date(2026, 5, 22),
        CLIENT,
    )
