"""The time rules of reminders, with fixed clocks across the daylight-saving changes of
Europe/Amsterdam and Europe/Brussels (last Sunday of March and October, 2026 and 2027) and a
laptop that travels to New York."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from recruiter_desk.domain.recurrence import Recurrence, RecurrenceError, next_occurrence
from recruiter_desk.domain.reminder_time import (
    InvalidZone,
    QuickChoice,
    SnoozeChoice,
    WallClock,
    day_bounds,
    effective_due,
    in_two_hours,
    in_two_weeks,
    in_zone,
    next_monday_morning,
    on_date,
    quick_choice,
    snooze_until,
    tomorrow_morning,
)

AMS = "Europe/Amsterdam"
BRU = "Europe/Brussels"
NEW_YORK = ZoneInfo("America/New_York")
EUROPE = pytest.mark.parametrize("zone", [AMS, BRU])

# The clocks change on these Sundays (02:00 → 03:00 in March, 03:00 → 02:00 in October).
SPRING_2026, AUTUMN_2026 = date(2026, 3, 29), date(2026, 10, 25)
SPRING_2027, AUTUMN_2027 = date(2027, 3, 28), date(2027, 10, 31)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def wall(text: str, zone: str = AMS) -> WallClock:
    return WallClock.parse(text, zone)


# -- wall-clock time and the UTC instant ---------------------------------------------------


@EUROPE
def test_nine_o_clock_is_nine_o_clock_in_winter_and_summer(zone: str) -> None:
    assert wall("2026-01-12T09:00", zone).instant() == utc(2026, 1, 12, 8, 0)
    assert wall("2026-07-06T09:00", zone).instant() == utc(2026, 7, 6, 7, 0)


@EUROPE
@pytest.mark.parametrize("spring", [SPRING_2026, SPRING_2027])
def test_a_time_in_the_spring_gap_is_shifted_forward_by_the_gap(zone: str, spring: date) -> None:
    skipped = WallClock.at(spring, time(2, 30), zone)
    assert skipped.skipped and not skipped.ambiguous
    due = skipped.instant()
    assert due == datetime.combine(spring, time(1, 30), UTC)
    assert in_zone(due, ZoneInfo(zone)).time() == time(3, 30)
    # The minutes either side of the gap are ordinary.
    assert WallClock.at(spring, time(1, 59), zone).instant() == due - timedelta(minutes=31)
    assert WallClock.at(spring, time(3, 0), zone).instant() == due - timedelta(minutes=30)


@EUROPE
@pytest.mark.parametrize("autumn", [AUTUMN_2026, AUTUMN_2027])
def test_a_time_in_the_autumn_fold_is_its_first_occurrence(zone: str, autumn: date) -> None:
    twice = WallClock.at(autumn, time(2, 30), zone)
    assert twice.ambiguous and not twice.skipped
    assert twice.instant() == datetime.combine(autumn, time(0, 30), UTC)  # 02:30 CEST
    assert in_zone(twice.instant(), ZoneInfo(zone)).utcoffset() == timedelta(hours=2)


def test_an_instant_is_stored_as_wall_clock_time_and_keeps_its_moment() -> None:
    first = utc(2026, 10, 25, 0, 30)  # 02:30 CEST
    second = utc(2026, 10, 25, 1, 30)  # 02:30 CET, an hour later
    assert WallClock.of_instant(first, AMS) == wall("2026-10-25T02:30")
    # The second 02:30 cannot be written as Amsterdam wall-clock time: it is kept in UTC.
    kept = WallClock.of_instant(second, AMS)
    assert kept == WallClock.parse("2026-10-25T01:30", "UTC")
    assert kept.instant() == second
    # Seconds round up: never earlier than asked.
    assert WallClock.of_instant(utc(2026, 1, 5, 9, 7, 33), AMS).text == "2026-01-05T10:08"


def test_stored_text_round_trips_and_bad_values_are_refused() -> None:
    due = wall("2027-03-28T09:15", BRU)
    assert (due.text, due.zone) == ("2027-03-28T09:15", BRU)
    with pytest.raises(ValueError):
        WallClock.parse("2027-03-28 09:15", BRU)
    with pytest.raises(InvalidZone):
        WallClock.parse("2027-03-28T09:15", "Europe/Atlantis")
    with pytest.raises(ValueError):
        WallClock(datetime(2027, 3, 28, 9, 15, 30), BRU)


@EUROPE
def test_today_is_23_or_25_hours_long_when_the_clocks_change(zone: str) -> None:
    start, end = day_bounds(SPRING_2026, ZoneInfo(zone))
    assert (start, end - start) == (utc(2026, 3, 28, 23, 0), timedelta(hours=23))
    start, end = day_bounds(AUTUMN_2027, ZoneInfo(zone))
    assert (start, end - start) == (utc(2027, 10, 30, 22, 0), timedelta(hours=25))


# -- a laptop that travels -----------------------------------------------------------------


def test_a_reminder_set_in_amsterdam_keeps_its_instant_seen_from_new_york() -> None:
    winter = wall("2026-01-12T09:00")
    assert in_zone(winter.instant(), NEW_YORK).replace(tzinfo=None) == datetime(2026, 1, 12, 3)
    summer = wall("2026-07-06T09:00")
    assert in_zone(summer.instant(), NEW_YORK).replace(tzinfo=None) == datetime(2026, 7, 6, 3)
    # New York moves its clocks three weeks before Amsterdam: then the gap is five hours.
    between = wall("2026-03-16T09:00")
    assert in_zone(between.instant(), NEW_YORK).replace(tzinfo=None) == datetime(2026, 3, 16, 4)
    # The stored wall-clock time is untouched: it is still 9:00 where it was set.
    assert (between.text, between.zone) == ("2026-03-16T09:00", AMS)


def test_a_reminder_set_while_travelling_is_wall_clock_time_where_the_user_is() -> None:
    now_in_new_york = utc(2026, 1, 12, 23, 30)  # 18:30 in New York, 00:30 in Amsterdam
    due = tomorrow_morning(now_in_new_york, "America/New_York")
    assert (due.text, due.zone) == ("2026-01-13T09:00", "America/New_York")
    assert due.instant() == utc(2026, 1, 13, 14, 0)
    # The same moment, seen from Amsterdam, is already "tomorrow" there.
    assert tomorrow_morning(now_in_new_york, AMS).text == "2026-01-14T09:00"


# -- quick choices -------------------------------------------------------------------------


def test_in_two_hours_is_two_elapsed_hours_also_across_the_gap() -> None:
    now = utc(2026, 3, 28, 23, 30)  # 00:30 CET on the spring-forward night
    due = in_two_hours(now, AMS)
    assert due.text == "2026-03-29T03:30"  # wall clock jumped an hour
    assert due.instant() - now == timedelta(hours=2)


@EUROPE
def test_tomorrow_morning_on_the_day_the_clocks_change(zone: str) -> None:
    saturday_evening = utc(2026, 3, 28, 19, 0)
    due = tomorrow_morning(saturday_evening, zone)
    assert due.text == "2026-03-29T09:00"
    assert due.instant() == utc(2026, 3, 29, 7, 0)  # already summer time


def test_tomorrow_is_the_next_calendar_day_also_just_after_midnight() -> None:
    assert tomorrow_morning(utc(2026, 6, 2, 22, 30), AMS).text == "2026-06-04T09:00"


def test_next_monday_is_never_today() -> None:
    monday = utc(2026, 10, 26, 8, 0)
    assert next_monday_morning(monday, AMS).text == "2026-11-02T09:00"
    sunday = utc(2026, 10, 25, 8, 0)
    assert next_monday_morning(sunday, AMS).text == "2026-10-26T09:00"


@EUROPE
def test_in_two_weeks_keeps_the_wall_clock_time_across_the_change(zone: str) -> None:
    now = utc(2026, 10, 20, 8, 15)  # Tuesday 10:15 CEST
    due = in_two_weeks(now, zone)
    assert due.text == "2026-11-03T10:15"
    assert due.instant() == utc(2026, 11, 3, 9, 15)  # CET now: one more hour in UTC terms


def test_a_picked_date_is_at_nine_unless_a_time_is_chosen() -> None:
    assert on_date(date(2027, 3, 28), BRU).instant() == utc(2027, 3, 28, 7, 0)
    assert on_date(date(2027, 3, 28), BRU, time(14, 45)).text == "2027-03-28T14:45"


def test_quick_choice_dispatches() -> None:
    now = utc(2026, 1, 7, 12, 0)  # 13:00 in Amsterdam
    shown = [quick_choice(choice, now, AMS) for choice in QuickChoice]
    assert [moment.text if moment else None for moment in shown] == [
        "2026-01-07T14:00",  # in 1 hour
        "2026-01-07T15:00",  # in 2 hours
        "2026-01-07T14:00",  # this afternoon
        "2026-01-08T09:00",
        "2026-01-12T09:00",
        "2026-01-21T13:00",
    ]
    evening = utc(2026, 1, 7, 15, 0)  # 16:00: the afternoon has passed
    assert quick_choice(QuickChoice.THIS_AFTERNOON, evening, AMS) is None


def test_the_user_s_morning_moves_tomorrow_next_week_and_the_snooze() -> None:
    now = utc(2026, 1, 7, 12, 0)
    early = time(7, 30)
    shown = [quick_choice(choice, now, AMS, early) for choice in QuickChoice]
    assert [moment.text if moment else None for moment in shown] == [
        "2026-01-07T14:00",  # the others keep their own times
        "2026-01-07T15:00",
        "2026-01-07T14:00",
        "2026-01-08T07:30",
        "2026-01-12T07:30",
        "2026-01-21T13:00",
    ]
    snoozed = snooze_until(SnoozeChoice.TOMORROW_MORNING, now, AMS, morning=early)
    assert snoozed == utc(2026, 1, 8, 6, 30)


def test_a_zone_without_a_name_is_stored_in_utc_at_the_right_moment() -> None:
    fixed = ZoneInfo("Etc/GMT-2")  # a named zone works as any other
    assert tomorrow_morning(utc(2026, 1, 1, 12), fixed).zone == "Etc/GMT-2"
    from datetime import timezone

    offset = timezone(timedelta(hours=2))
    due = tomorrow_morning(utc(2026, 1, 1, 12), offset)
    assert (due.text, due.zone) == ("2026-01-02T07:00", "UTC")


# -- snooze --------------------------------------------------------------------------------


def test_snooze_choices() -> None:
    now = utc(2026, 10, 24, 23, 50, 20)  # 01:50 CEST, the night the clocks go back
    assert snooze_until(SnoozeChoice.FIFTEEN_MINUTES, now, AMS) == utc(2026, 10, 25, 0, 6)
    one_hour = snooze_until(SnoozeChoice.ONE_HOUR, now, AMS)
    assert one_hour == utc(2026, 10, 25, 0, 51)
    assert snooze_until(SnoozeChoice.TOMORROW_MORNING, now, AMS) == utc(2026, 10, 26, 8, 0)
    picked = wall("2026-10-25T14:00")
    assert snooze_until(SnoozeChoice.PICK, now, AMS, picked) == utc(2026, 10, 25, 13, 0)
    with pytest.raises(ValueError):
        snooze_until(SnoozeChoice.PICK, now, AMS, utc(2026, 10, 24, 12, 0))
    with pytest.raises(ValueError):
        snooze_until(SnoozeChoice.PICK, now, AMS)


def test_a_snooze_only_ever_makes_a_reminder_later() -> None:
    due = utc(2026, 5, 1, 7, 0)
    assert effective_due(due, None) == due
    assert effective_due(due, due + timedelta(hours=1)) == due + timedelta(hours=1)
    assert effective_due(due, due - timedelta(hours=1)) == due


# -- recurrence ----------------------------------------------------------------------------


@EUROPE
def test_weekly_at_nine_stays_at_nine_across_both_changes(zone: str) -> None:
    before_spring = wall("2026-03-23T09:00", zone)
    after = next_occurrence("FREQ=WEEKLY", before_spring, before_spring.instant())
    assert after is not None and after.text == "2026-03-30T09:00"
    assert after.instant() - before_spring.instant() == timedelta(days=7, hours=-1)
    before_autumn = wall("2027-10-25T09:00", zone)
    after = next_occurrence("FREQ=WEEKLY", before_autumn, before_autumn.instant())
    assert after is not None and after.text == "2027-11-01T09:00"
    assert after.instant() - before_autumn.instant() == timedelta(days=7, hours=1)


def test_a_series_in_the_gap_hour_comes_back_to_its_time() -> None:
    sunday = wall("2026-03-22T02:30")
    skipped = next_occurrence("FREQ=WEEKLY", sunday, sunday.instant())
    assert skipped is not None and skipped.text == "2026-03-29T02:30"
    assert in_zone(skipped.instant(), ZoneInfo(AMS)).time() == time(3, 30)
    following = next_occurrence("FREQ=WEEKLY", skipped, skipped.instant())
    assert following is not None and following.text == "2026-04-05T02:30"


def test_every_n_weeks_and_monthly_with_short_months() -> None:
    start = wall("2026-01-31T10:00")
    every_six = next_occurrence("FREQ=WEEKLY;INTERVAL=6", start, start.instant())
    assert every_six is not None and every_six.text == "2026-03-14T10:00"
    monthly = next_occurrence("FREQ=MONTHLY", start, start.instant())
    assert monthly is not None and monthly.text == "2026-02-28T10:00"
    quarterly = next_occurrence("FREQ=MONTHLY;INTERVAL=3", start, start.instant())
    assert quarterly is not None and quarterly.text == "2026-04-30T10:00"
    leap = wall("2028-02-29T09:00")
    yearly = next_occurrence("FREQ=YEARLY", leap, leap.instant())
    assert yearly is not None and yearly.text == "2029-02-28T09:00"


def test_missed_occurrences_are_skipped_not_piled_up() -> None:
    start = wall("2026-01-05T09:00")  # a Monday
    now = utc(2026, 6, 17, 12, 0)  # months later, a Wednesday
    assert next_occurrence("FREQ=WEEKLY", start, now) == wall("2026-06-22T09:00")
    assert next_occurrence("FREQ=WEEKLY;INTERVAL=2", start, now) == wall("2026-06-22T09:00")
    assert next_occurrence("FREQ=WEEKLY;INTERVAL=5", start, now) == wall("2026-06-29T09:00")
    assert next_occurrence("FREQ=MONTHLY;INTERVAL=2", start, now) == wall("2026-07-05T09:00")
    assert next_occurrence("FREQ=DAILY", start, now) == wall("2026-06-18T09:00")
    # Ten years of a daily reminder left open is no reason to be slow.
    assert next_occurrence("FREQ=DAILY", start, utc(2036, 1, 1)) == wall("2036-01-01T09:00")


def test_until_ends_the_series() -> None:
    start = wall("2026-06-01T09:00")
    assert next_occurrence("FREQ=WEEKLY;UNTIL=20260608", start, start.instant()) is not None
    assert next_occurrence("FREQ=WEEKLY;UNTIL=20260607", start, start.instant()) is None
    assert next_occurrence("FREQ=WEEKLY;UNTIL=20260608T070000Z", start, start.instant())
    assert next_occurrence("FREQ=WEEKLY;UNTIL=20260608T065959Z", start, start.instant()) is None
    assert next_occurrence("", start, start.instant()) is None


def test_rules_are_parsed_strictly_and_written_canonically() -> None:
    assert Recurrence.parse("") is None
    assert Recurrence.parse("RRULE:freq=weekly;interval=1").rule == "FREQ=WEEKLY"  # type: ignore[union-attr]
    assert Recurrence.weekly(2).rule == "FREQ=WEEKLY;INTERVAL=2"
    assert Recurrence.monthly().rule == "FREQ=MONTHLY"
    until = Recurrence.parse("FREQ=MONTHLY;UNTIL=20271231")
    assert until is not None and until.rule == "FREQ=MONTHLY;UNTIL=20271231"
    for rule in ("FREQ=WEEKLY;INTERVAL=6", "FREQ=MONTHLY;INTERVAL=2", "FREQ=MONTHLY;INTERVAL=3"):
        parsed = Recurrence.parse(rule)  # the rules the demo data uses
        assert parsed is not None and parsed.rule == rule
    for bad in (
        "FREQ=HOURLY",
        "FREQ=WEEKLY;COUNT=3",
        "FREQ=WEEKLY;BYDAY=MO",
        "FREQ=WEEKLY;INTERVAL=0",
        "FREQ=WEEKLY;INTERVAL=two",
        "INTERVAL=2",
        "FREQ=WEEKLY;;",
        "FREQ=WEEKLY;FREQ=DAILY",
        "FREQ=WEEKLY;UNTIL=2026-01-01",
        "FREQ=WEEKLY;UNTIL=20260231",
    ):
        with pytest.raises(RecurrenceError):
            Recurrence.parse(bad)
