"""What is overdue and due today, read without changing anything: ``recruiter-desk due``'s data.

It reads the database through the query-only reader (safe while the app runs), never migrates
and never writes. A folder without data yet is no error here: nothing is due there, and the
report says so (``has_data``). A database of another schema is: ``SchemaMismatch`` (start the
app once to upgrade an older one: it makes a backup first); so is a file that is not ours
(``NotOurFile``). A section holds at most ``limit`` items; its total is counted, so that the
report can say it was cut. Printing it is the command line's job (``app.due_command``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from recruiter_desk.domain.reminders import Reminder
from recruiter_desk.services.clock import Clock, system_clock
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.services.system_zone import ZoneProvider, system_zone
from recruiter_desk.store.connection import BUSY_TIMEOUT_MS
from recruiter_desk.store.read_only_database import (
    NoDatabase,
    NotOurFile,
    SchemaMismatch,
    open_read_only,
)

__all__ = ["REPORT_LIMIT", "DueReport", "NotOurFile", "SchemaMismatch", "read_due_report"]

REPORT_LIMIT = 1000


@dataclass(frozen=True)
class DueReport:
    now: datetime
    zone: tzinfo
    overdue: list[Reminder] = field(default_factory=list)
    due_today: list[Reminder] = field(default_factory=list)
    has_data: bool = True
    """False: the data folder holds no Recruiter Desk database yet (so nothing is due)."""
    overdue_total: int = 0
    due_today_total: int = 0
    """How many there are; more than the list holds when the section was cut at the limit."""


def read_due_report(
    data_dir: Path,
    clock: Clock = system_clock,
    zone: ZoneProvider = system_zone,
    limit: int = REPORT_LIMIT,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> DueReport:
    """The report for the data in ``data_dir``; raises ``SchemaMismatch`` for data of another
    version of the app."""
    try:
        database = open_read_only(data_dir, busy_timeout_ms=busy_timeout_ms)
    except NoDatabase:
        return DueReport(clock(), zone(), has_data=False)
    try:
        user_zone = zone()  # one zone for the whole report
        service = RemindersService(database, clock, lambda: user_zone)
        overdue, due_today = service.overdue(limit), service.due_today(limit)
        counts = service.counts()
        return DueReport(
            service.now(),
            service.zone(),
            overdue,
            due_today,
            overdue_total=max(counts.overdue, len(overdue)),
            due_today_total=max(counts.due_today, len(due_today)),
        )
    finally:
        database.close()
