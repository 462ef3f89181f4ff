"""The reminder scheduler with real services, a real database and clocks the test moves:
one timer for the next due moment, re-armed on changes, a sleep noticed by the watch and the
catch-up told as one summary."""

from __future__ import annotations

import threading
import time as _time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.records import CompanyDraft, PersonDraft
from recruiter_desk.domain.reminder_time import WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.ui.desktop.notifications import Notice, NoticeAdapter, Notifier, Opens
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.reminders.reminder_scheduler import ReminderScheduler

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # a Wednesday, 11:00 in Amsterdam


class Clock:
    """Wall-clock time the test sets; ``live`` makes it run on from there in real time."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self._live_from: float | None = None

    def __call__(self) -> datetime:
        if self._live_from is None:
            return self.now
        return self.now + timedelta(seconds=_time.monotonic() - self._live_from)

    def live(self) -> None:
        self._live_from = _time.monotonic()


class Monotonic:
    """Stands still unless the test moves it: a suspended laptop."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


class Zone:
    def __init__(self) -> None:
        self.zone = AMSTERDAM

    def __call__(self) -> ZoneInfo:
        return self.zone


class Recorder(NoticeAdapter):
    name = "recorder"

    def __init__(self) -> None:
        super().__init__()
        self.notices: list[Notice] = []

    def show(self, notice: Notice) -> bool:
        self.notices.append(notice)
        return True


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def zone() -> Zone:
    return Zone()


@pytest.fixture
def monotonic() -> Monotonic:
    return Monotonic()


@pytest.fixture
def reminders(services: AppServices, clock: Clock, zone: Zone) -> RemindersService:
    return RemindersService(services.database, clock, zone)


@pytest.fixture
def told(qapp: object) -> Recorder:
    return Recorder()


@pytest.fixture
def scheduler(
    qtbot: QtBot,
    reminders: RemindersService,
    runner: TaskRunner,
    bus: ChangeBus,
    settings: QSettings,
    told: Recorder,
    monotonic: Monotonic,
) -> ReminderScheduler:
    made = ReminderScheduler(
        reminders,
        Writes(runner, bus, QUndoStack()),
        Notifier([told]),
        settings,
        monotonic=monotonic,
        watch_ms=60_000,
    )
    yield made
    made.stop()


def remind(reminders: RemindersService, title: str, due: datetime, **links: int) -> int:
    reminder_id, _ = reminders.create(
        ReminderDraft(title=title, due=WallClock.of_instant(due, AMSTERDAM), **links)
    )
    return reminder_id


def test_arms_one_timer_for_the_next_due_moment_and_tells_it_when_it_fires(
    qtbot: QtBot, services: AppServices, reminders, scheduler, told, clock
) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    first = remind(
        reminders, "Call Anna about her first week", NOW + timedelta(hours=2), person_id=anna
    )
    remind(reminders, "Invoice Acme", NOW + timedelta(hours=5))
    scheduler.start()

    assert told.notices == []  # nothing is due yet, and nothing fell due while away
    assert scheduler.timer.isActive() and scheduler.timer.isSingleShot()
    assert scheduler.armed_for == NOW + timedelta(hours=2)
    assert scheduler.timer.interval() == 2 * 3600 * 1000

    # Shortly before the moment, with the clock running for real: the timer really fires.
    clock.now = NOW + timedelta(hours=2) - timedelta(milliseconds=150)
    clock.live()
    scheduler.check()
    assert 0 < scheduler.timer.interval() <= 150
    with qtbot.waitSignal(scheduler.notifier.shown, timeout=3000):
        pass

    [notice] = told.notices
    assert notice.title == "Call Anna about her first week"
    assert notice.body.splitlines() == ["Anna de Vries", "Due 13:00"]
    assert (notice.opens, notice.record_id, notice.reminder_ids) == (
        Opens.REMINDER,
        first,
        (first,),
    )
    assert reminders.get(first).notified_at is not None  # recorded: not told again
    assert scheduler.armed_for == NOW + timedelta(hours=5)  # and armed for the next one


def test_a_change_re_arms_the_timer(reminders, scheduler, bus, told) -> None:
    later = remind(reminders, "Later", NOW + timedelta(hours=3))
    scheduler.start()
    assert scheduler.armed_for == NOW + timedelta(hours=3)

    sooner, changes = reminders.create(
        ReminderDraft(
            title="Sooner", due=WallClock.of_instant(NOW + timedelta(minutes=30), AMSTERDAM)
        )
    )
    bus.publish(changes)
    assert scheduler.armed_for == NOW + timedelta(minutes=30)

    _state, changes = reminders.delete(sooner)
    bus.publish(changes)
    assert scheduler.armed_for == NOW + timedelta(hours=3)
    _state, changes = reminders.delete(later)
    bus.publish(changes)
    assert scheduler.armed_for is None and not scheduler.timer.isActive()
    assert told.notices == []


def test_a_sleep_is_noticed_and_what_fell_due_is_one_summary(
    reminders, scheduler, told, clock, monotonic
) -> None:
    titles = ["Call Anna", "Mail Bram", "Visit Acme", "Send contract"]
    ids = [remind(reminders, t, NOW + timedelta(hours=h + 1)) for h, t in enumerate(titles)]
    scheduler.start()
    assert scheduler.armed_for == NOW + timedelta(hours=1)

    # The laptop sleeps: the wall clock moves on 4.5 hours, the monotonic clock does not
    # (nor did the QTimer, which would have fired an hour in).
    clock.now = NOW + timedelta(hours=4, minutes=30)
    monotonic.value += 30
    scheduler.watch_tick()

    [summary] = told.notices
    assert summary.title == "4 reminders became due while you were away"
    assert summary.body.splitlines() == ["• Call Anna", "• Mail Bram", "• Visit Acme", "and 1 more"]
    assert summary.opens is Opens.TODAY and set(summary.reminder_ids) == set(ids)
    assert all(reminders.get(i).notified_at is not None for i in ids)

    # Awake again and watching: nothing is told twice.
    clock.now += timedelta(seconds=30)
    monotonic.value += 30
    scheduler.watch_tick()
    scheduler.check()
    assert len(told.notices) == 1


def test_the_watch_timer_itself_notices_the_jump(
    qtbot: QtBot, reminders, runner, bus, settings, told, clock, monotonic
) -> None:
    remind(reminders, "Call Anna", NOW + timedelta(hours=1))
    remind(reminders, "Mail Bram", NOW + timedelta(hours=2))
    scheduler = ReminderScheduler(
        reminders,
        Writes(runner, bus, QUndoStack()),
        Notifier([told]),
        settings,
        monotonic=monotonic,
        watch_ms=20,
    )
    scheduler.start()
    clock.now = NOW + timedelta(hours=3)  # woke up; the monotonic clock stood still
    with qtbot.waitSignal(scheduler.notifier.shown, timeout=3000):
        pass
    scheduler.stop()
    assert [n.title for n in told.notices] == ["2 reminders became due while you were away"]


def test_at_start_what_fell_due_while_the_app_was_closed_is_told_once(
    services: AppServices, reminders, runner, bus, settings, told, monotonic
) -> None:
    settings.reminders_checked_until = NOW - timedelta(days=2)  # the last run
    old = remind(reminders, "Long ago", NOW - timedelta(days=3))
    told_before = remind(reminders, "Already told", NOW - timedelta(hours=20))
    reminders.mark_notified([told_before], NOW - timedelta(hours=20))
    missed = [
        remind(reminders, "Missed one", NOW - timedelta(hours=10)),
        remind(reminders, "Missed two", NOW - timedelta(hours=1)),
    ]
    scheduler = ReminderScheduler(
        reminders,
        Writes(runner, bus, QUndoStack()),
        Notifier([told]),
        settings,
        monotonic=monotonic,
    )
    scheduler.start()
    scheduler.stop()

    [summary] = told.notices
    assert summary.title == "2 reminders became due while you were away"
    assert set(summary.reminder_ids) == set(missed)
    assert reminders.get(old).notified_at is None  # before the last run: it was told then
    assert settings.reminders_checked_until > NOW


def test_a_first_start_tells_a_single_missed_reminder_by_itself(
    services: AppServices, reminders, scheduler, told
) -> None:
    acme, _ = services.companies.create(CompanyDraft(name="Acme"))
    missed = remind(reminders, "Evaluation talk", NOW - timedelta(days=1), company_id=acme)
    scheduler.start()
    [notice] = told.notices
    assert notice.title == "Evaluation talk"
    assert notice.body.splitlines() == ["Acme", "Due Tue 24 Nov 11:00"]
    assert (notice.opens, notice.record_id, notice.reminder_ids) == (
        Opens.REMINDER,
        missed,
        (missed,),
    )


def test_several_due_at_the_same_moment_are_one_summary(reminders, scheduler, told, clock) -> None:
    for title in ("Call Anna", "Mail Bram"):
        remind(reminders, title, NOW + timedelta(hours=1))
    scheduler.start()
    clock.now = NOW + timedelta(hours=1)
    scheduler.check()
    assert [n.title for n in told.notices] == ["2 reminders due now"]


def test_a_snoozed_reminder_is_told_again_when_its_snooze_ends(
    reminders, scheduler, told, clock
) -> None:
    from recruiter_desk.domain.reminder_time import SnoozeChoice

    reminder_id = remind(reminders, "Call Anna", NOW + timedelta(minutes=10))
    scheduler.start()
    clock.now = NOW + timedelta(minutes=10)
    scheduler.check()
    reminders.snooze(reminder_id, SnoozeChoice.ONE_HOUR)
    scheduler.check()
    assert scheduler.armed_for == NOW + timedelta(minutes=70)
    clock.now = NOW + timedelta(minutes=70)
    scheduler.check()
    assert [n.title for n in told.notices] == ["Call Anna", "Call Anna"]


def test_paused_notifications_are_summed_up_when_the_pause_ends(
    reminders, scheduler, told, clock
) -> None:
    remind(reminders, "Call Anna", NOW + timedelta(minutes=20))
    remind(reminders, "Mail Bram", NOW + timedelta(minutes=40))
    scheduler.start()
    scheduler.pause()
    assert scheduler.paused_until == NOW + timedelta(hours=1)
    clock.now = NOW + timedelta(minutes=20)
    scheduler.check()
    clock.now = NOW + timedelta(minutes=40)
    scheduler.check()
    assert told.notices == []
    assert scheduler.armed_for == NOW + timedelta(hours=1)  # the end of the pause

    clock.now = NOW + timedelta(hours=1)
    scheduler.check()
    assert [n.title for n in told.notices] == [
        "2 reminders became due while notifications were paused"
    ]
    assert not scheduler.paused


def test_a_clock_set_back_tells_nothing_twice_and_misses_nothing(
    reminders, scheduler, told, clock, monotonic
) -> None:
    remind(reminders, "Call Anna", NOW + timedelta(minutes=5))
    scheduler.start()
    clock.now = NOW + timedelta(minutes=5)
    scheduler.check()
    assert [n.title for n in told.notices] == ["Call Anna"]

    clock.now = NOW - timedelta(hours=1)  # the user sets the clock back an hour
    monotonic.value += 30
    scheduler.watch_tick()
    remind(reminders, "Mail Bram", NOW - timedelta(minutes=30))
    scheduler.check()
    clock.now = NOW - timedelta(minutes=30)
    scheduler.check()
    clock.now = NOW + timedelta(minutes=5)
    scheduler.check()
    assert [n.title for n in told.notices] == ["Call Anna", "Mail Bram"]


def test_a_new_time_zone_or_a_new_day_refreshes_the_counts(
    qtbot: QtBot, reminders, scheduler, zone, clock, monotonic
) -> None:
    # 23:30 in Amsterdam; due 00:30 tomorrow there, which is 18:30 today in New York.
    clock.now = datetime(2026, 11, 25, 22, 30, tzinfo=UTC)
    remind(reminders, "Call Anna", datetime(2026, 11, 25, 23, 30, tzinfo=UTC))
    counts = []
    scheduler.counts_changed.connect(counts.append)
    scheduler.start()
    assert counts[-1].due_today == 0

    zone.zone = NEW_YORK  # the laptop flew west
    monotonic.value += 30
    clock.now += timedelta(seconds=30)
    scheduler.watch_tick()
    assert counts[-1].due_today == 1


class ThreadRecorder(Recorder):
    """Also notes on which thread each notice was shown."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[threading.Thread] = []

    def show(self, notice: Notice) -> bool:
        self.threads.append(threading.current_thread())
        return super().show(notice)


def watch_threads(reminders: RemindersService, monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """The names of the threads the scheduler's queries run on."""
    threads: set[str] = set()
    for name in ("due_between", "counts", "next_due_at"):
        original = getattr(reminders, name)

        def spy(*args: object, _original=original, **kwargs: object) -> object:  # type: ignore[no-untyped-def]
            threads.add(threading.current_thread().name)
            return _original(*args, **kwargs)

        monkeypatch.setattr(reminders, name, spy)
    return threads


def test_at_start_the_check_reads_off_the_gui_thread_and_still_tells_the_catch_up(
    qtbot: QtBot, reminders, bus, settings, monotonic, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With years of reminders the first check's queries take most of a second: they run on
    the executor, and the summary of what fell due while away is still told (on the GUI
    thread) and recorded."""
    settings.reminders_checked_until = NOW - timedelta(days=2)
    missed = [
        remind(reminders, "Missed one", NOW - timedelta(hours=10)),
        remind(reminders, "Missed two", NOW - timedelta(hours=1)),
    ]
    later = remind(reminders, "Later", NOW + timedelta(hours=3))
    threads = watch_threads(reminders, monkeypatch)
    told = ThreadRecorder()
    runner = TaskRunner()  # a real background thread, as in the app
    scheduler = ReminderScheduler(
        reminders,
        Writes(runner, bus, QUndoStack()),
        Notifier([told]),
        settings,
        monotonic=monotonic,
    )
    with qtbot.waitSignal(scheduler.checked, timeout=5000):
        scheduler.start()
        assert told.notices == []  # start() returned before the queries ran
    runner.shutdown()  # the write that records them as told
    scheduler.stop()

    assert threads and threading.main_thread().name not in threads
    [summary] = told.notices
    assert summary.title == "2 reminders became due while you were away"
    assert set(summary.reminder_ids) == set(missed)
    assert told.threads == [threading.main_thread()]
    assert all(reminders.get(i).notified_at is not None for i in missed)
    assert reminders.get(later).notified_at is None
    assert scheduler.armed_for == NOW + timedelta(hours=3)


def test_a_check_asked_for_during_another_waits_for_it_and_tells_nothing_twice(
    qtbot: QtBot, reminders, bus, settings, monotonic, clock
) -> None:
    remind(reminders, "Missed", NOW - timedelta(hours=1))
    told = Recorder()
    runner = TaskRunner()
    scheduler = ReminderScheduler(
        reminders,
        Writes(runner, bus, QUndoStack()),
        Notifier([told]),
        settings,
        monotonic=monotonic,
    )
    checks: list[bool] = []
    scheduler.checked.connect(lambda: checks.append(True))
    scheduler.start()
    clock.now = NOW + timedelta(minutes=1)
    scheduler.check()  # while the first check still reads: it follows, over the next minute
    qtbot.waitUntil(lambda: len(checks) == 2, timeout=5000)
    runner.shutdown()
    scheduler.stop()

    assert [n.title for n in told.notices] == ["Missed"]
    assert scheduler.checked_until == NOW + timedelta(minutes=1, microseconds=1)
