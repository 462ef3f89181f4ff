"""Tells the user when a reminder falls due, and never loses one.

One single-shot timer is armed for the next moment a reminder wants attention
(``RemindersService.next_due_at``), and armed again after every change on the bus: no busy
polling. A ``QTimer`` does not run while the computer is suspended (Vorta's issues #777,
#1214, #2537), and it counts on a clock that does not follow changes of the wall clock, so a
cheap watch runs every ``watch_ms`` (30 s) and compares two clocks:

    drift = (wall-clock time passed) - (monotonic time passed)

The monotonic clock stops during suspend (Linux, macOS) and ignores clock changes; the wall
clock does neither. A drift of more than ``JUMP_TOLERANCE`` means the computer slept or the
clock was set; a watch that comes more than ``LATE_TOLERANCE`` after it was due means the
process was frozen (where the monotonic clock counts suspend, as on Windows). Either way the
scheduler checks at once, as a catch-up, and arms its timer afresh. A change of time zone or
of the local date re-reads the counts (what "today" holds changed) and re-arms.

Every check looks at the reminders whose moment fell in ``[checked until, now]`` and tells
those not yet told (``notified_at`` empty, or earlier than the moment: a snooze makes a
reminder due again), then records them with ``mark_notified``. ``checked until`` is kept in
the settings, so reminders that fell due while the app was not running are told at the next
start. Several at once become one summary ("3 reminders became due while you were away"),
never a storm. While notifications are paused nothing is told and ``checked until`` stays
where it was, so what fell due in the pause is summed up when it ends.

Each check reads on the background executor (at start, with years of reminders, that is
most of a second of queries) and tells on the GUI thread when the answer comes back; one check
runs at a time, and a check asked for meanwhile follows it.

``now`` comes from the injected clock (the reminders service's by default) and the monotonic
clock is injected too, so tests use fixed clocks and simulate a sleep by moving only the wall
clock.
"""

from __future__ import annotations

import logging
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from recruiter_desk.domain.reminder_time import local_today, zone_key
from recruiter_desk.services.changes import Changes
from recruiter_desk.ui.desktop.notifications import Notifier
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.reminders.reminder_notices import CatchUp, ReminderNotices
from recruiter_desk.ui.settings.app_settings import AppSettings

if TYPE_CHECKING:
    from recruiter_desk.domain.reminders import DueCounts, Reminder
    from recruiter_desk.services.reminders_service import RemindersService

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Monotonic = Callable[[], float]

WATCH_MS = 30_000
JUMP_TOLERANCE = 5.0
"""Seconds of drift between the wall clock and the monotonic clock that count as a jump."""
LATE_TOLERANCE = 60.0
"""Seconds a timer may come late before the check counts as a catch-up."""
MAX_WAIT = timedelta(hours=12)
"""The timer is never armed further ahead (QTimer takes an int of milliseconds); when it
fires with nothing due it is simply armed again."""
CATCH_UP_HORIZON = timedelta(days=30)
"""At a first start (no "checked until" saved), how far back unnotified reminders are told."""
BATCH_LIMIT = 500
PAUSE = timedelta(hours=1)
RESOLUTION = timedelta(microseconds=1)


@dataclass(frozen=True)
class Reading:
    """What one check read on the executor, for the GUI thread to act on."""

    pending: list[Reminder]
    """Due in the checked window and not told yet (at most ``BATCH_LIMIT``)."""
    count: int
    """How many are pending in all."""
    counts: DueCounts
    next_due: datetime | None


class ReminderScheduler(QObject):
    counts_changed = Signal(object)  # DueCounts
    paused_changed = Signal(object)  # datetime | None: notifications paused until
    checked = Signal()  # after every check (for tests and the tray's counts)

    def __init__(
        self,
        reminders: RemindersService,
        writes: Writes,
        notifier: Notifier,
        settings: AppSettings,
        *,
        clock: Clock | None = None,
        monotonic: Monotonic = time.monotonic,
        watch_ms: int = WATCH_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.reminders = reminders
        self.writes = writes
        self.runner = writes.runner
        self.notifier = notifier
        self.settings = settings
        self.notices = ReminderNotices(self)
        self._clock = clock or reminders.now
        self._monotonic = monotonic
        self.watch_ms = watch_ms

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._timer_fired)
        self.armed_for: datetime | None = None
        self.watch = QTimer(self)
        self.watch.setTimerType(Qt.TimerType.CoarseTimer)
        self.watch.timeout.connect(self.watch_tick)

        self.checked_until: datetime | None = None
        self.paused_until: datetime | None = None
        self.next_due: datetime | None = None
        """The next moment a reminder wants attention, as the last check read it."""
        self._checking = False
        self._asked_again: CatchUp | None = None
        self._stopped = False
        self._last_wall: datetime | None = None
        self._last_monotonic = 0.0
        self._place: tuple[object, object] | None = None
        writes.bus.reminders_changed.connect(self._reminders_changed)

    # -- life cycle ---------------------------------------------------------------------------

    def start(self) -> None:
        """The first check is a catch-up: what fell due while the app was not running."""
        now = self._clock()
        saved = self.settings.reminders_checked_until
        self.checked_until = saved if saved is not None else now - CATCH_UP_HORIZON
        self._remember_clocks(now)
        self._place = self._where(now)
        self.check(CatchUp.AWAY)
        self.watch.start(self.watch_ms)

    def stop(self) -> None:
        self._stopped = True
        self.timer.stop()
        self.watch.stop()
        self.settings.sync()

    # -- pausing --------------------------------------------------------------------------------

    def pause(self, duration: timedelta = PAUSE) -> None:
        self.paused_until = self._clock() + duration
        log.info("notifications paused for %s", duration)
        self.paused_changed.emit(self.paused_until)
        self._arm(self._clock())

    def resume(self) -> None:
        """Whatever fell due during the pause is told now, as one summary."""
        if self.paused_until is None:
            return
        self.paused_until = None
        self.paused_changed.emit(None)
        self.check(CatchUp.PAUSED)

    @property
    def paused(self) -> bool:
        return self.paused_until is not None

    # -- checking -------------------------------------------------------------------------------

    def check(self, catch_up: CatchUp = CatchUp.NONE) -> None:
        """Tell what fell due since the last check, refresh the counts, arm the timer. The
        reading happens on the executor; while one check runs, another waits for it."""
        if self._checking:
            if self._asked_again in (None, CatchUp.NONE):
                self._asked_again = catch_up
            return
        now = self._clock()
        if self.paused_until is not None and now >= self.paused_until:
            self.paused_until = None
            self.paused_changed.emit(None)
            catch_up = CatchUp.PAUSED
        telling = self.paused_until is None
        start = min(self.checked_until or now, now)
        end = now + RESOLUTION
        reminders = self.reminders

        def read() -> Reading:
            pending: list[Reminder] = []
            count = 0
            if telling:
                found = reminders.due_between(start, end, limit=BATCH_LIMIT)
                pending = [r for r in found if r.notified_at is None or r.notified_at < r.alert_at]
                count = len(pending)
                if len(found) == BATCH_LIMIT:
                    count += reminders.count_due_between(start, end) - len(found)
            return Reading(pending, count, reminders.counts(), reminders.next_due_at(now))

        self._checking = True
        self.runner.run(
            read,
            lambda reading: self._read(reading, now, end if telling else None, catch_up),
            self._read_failed,
        )

    def _read(
        self, reading: Reading, now: datetime, checked_until: datetime | None, catch_up: CatchUp
    ) -> None:
        self._checking = False
        if self._stopped:
            return
        if checked_until is not None:
            self.checked_until = checked_until
            self.settings.reminders_checked_until = checked_until
            self._tell(reading, now, catch_up)
        self.next_due = reading.next_due
        self.counts_changed.emit(reading.counts)
        self._arm(now)
        self.checked.emit()
        self._check_again()

    def _read_failed(self, error: BaseException) -> None:
        """A bug or a broken file: the crash dialog says so; the next check tries again."""
        self._checking = False
        sys.excepthook(type(error), error, error.__traceback__)
        self._check_again()

    def _check_again(self) -> None:
        again, self._asked_again = self._asked_again, None
        if again is not None and not self._stopped:
            self.check(again)

    def _tell(self, reading: Reading, now: datetime, catch_up: CatchUp) -> None:
        pending = reading.pending
        if not pending:
            return
        zone = self.reminders.zone()
        if reading.count == 1:
            notice = self.notices.reminder(pending[0], now, zone)
        else:
            notice = self.notices.summary(pending, reading.count, catch_up)
        self.notifier.notify(notice)
        self._mark_notified(pending, now)

    def _mark_notified(self, pending: list[Reminder], now: datetime) -> None:
        ids = [reminder.id for reminder in pending]
        reminders = self.reminders

        def mark() -> tuple[None, Changes]:
            reminders.mark_notified(ids, now)
            return None, Changes()

        # Quietly: the next check tells them again, which is the right fallback.
        self.writes.run(
            mark,
            failed=lambda error: log.warning(
                "could not record %d reminders as notified (%s)", len(ids), type(error).__name__
            ),
        )

    def _arm(self, now: datetime) -> None:
        moments = [self.next_due, self.paused_until]
        upcoming = [moment for moment in moments if moment is not None]
        if not upcoming:
            self.timer.stop()
            self.armed_for = None
            return
        self.armed_for = min(upcoming)
        wait = min(max(self.armed_for - now, timedelta(0)), MAX_WAIT)
        # Never early: a timer that fires before the moment finds nothing to tell.
        self.timer.start(math.ceil(wait / timedelta(milliseconds=1)))

    def _timer_fired(self) -> None:
        now = self._clock()
        late = self.armed_for is not None and (now - self.armed_for).total_seconds() > (
            LATE_TOLERANCE
        )
        self.check(CatchUp.AWAY if late else CatchUp.NONE)

    def _reminders_changed(self) -> None:
        if self.checked_until is not None:  # started
            self.check()

    # -- the watch: sleep, clock changes, time zones -------------------------------------------

    def watch_tick(self) -> None:
        now = self._clock()
        monotonic = self._monotonic()
        if self._last_wall is None:
            self._remember_clocks(now)
            return
        wall_passed = (now - self._last_wall).total_seconds()
        monotonic_passed = monotonic - self._last_monotonic
        drift = wall_passed - monotonic_passed
        frozen = monotonic_passed > self.watch_ms / 1000 + LATE_TOLERANCE
        self._remember_clocks(now)
        place = self._where(now)
        moved = place != self._place
        self._place = place
        if abs(drift) > JUMP_TOLERANCE or frozen:
            log.info(
                "the clock jumped %+.0f s (asleep, or the clock was set); checking reminders",
                drift if not frozen else wall_passed,
            )
            if self.checked_until is not None and now < self.checked_until:
                self.checked_until = now  # set back: what falls due from here on is told
            self.check(CatchUp.AWAY)
        elif moved or (self.armed_for is not None and now >= self.armed_for):
            self.check()

    def _remember_clocks(self, now: datetime) -> None:
        self._last_wall = now
        self._last_monotonic = self._monotonic()

    def _where(self, now: datetime) -> tuple[object, object]:
        """The time zone and the local date: when either changes, "today" means other hours."""
        zone = self.reminders.zone()
        return (zone_key(zone) or now.astimezone(zone).utcoffset(), local_today(now, zone))
