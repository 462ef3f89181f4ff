"""``recruiter-desk due``: prints what is overdue and due today, for people and for scripts.

No Qt and no window: the report comes from ``services.due_report`` (which reads without
writing or migrating); this module words it, as a table or as JSON, on the clock where the
computer is, and says how it went in the exit status. A cron job on a fresh machine must not
fail, so a data folder without data yet is "nothing is due".

Each outcome has its own exit status, and every failure one line on stderr (no traceback):

  0  printed (also when nothing is due, or there is no data yet: a cron job on a fresh machine)
  1  not used for data: Python's own status for a bug (an unexpected error)
  2  the database has another schema than this version of the app (start the app once to
     upgrade an older one: it makes a backup first; a newer one needs a newer app)
  3  the database file is damaged (or zero bytes long, or not a database at all)
  4  the database is locked by another program for longer than the busy timeout
  5  the database could not be read (no permission, a disk error)
  6  the file under the database's name is another program's database

A section holds at most ``REPORT_LIMIT`` items; when it has more, its heading says how many
are shown of how many (``--json``: one line on stderr), so a script never mistakes a cut list
for the whole.
"""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TextIO

from recruiter_desk.domain.reminder_time import local_today
from recruiter_desk.domain.reminders import Reminder
from recruiter_desk.domain.storage_errors import StorageProblem
from recruiter_desk.domain.vocabulary import Channel, ReminderKind
from recruiter_desk.services.due_report import (
    REPORT_LIMIT,
    DueReport,
    NotOurFile,
    SchemaMismatch,
    read_due_report,
)
from recruiter_desk.services.system_zone import system_zone
from recruiter_desk.store.connection import BUSY_TIMEOUT_MS
from recruiter_desk.store.database_file import FileKind
from recruiter_desk.store.storage_errors import as_storage_error

EXIT_PRINTED = 0
EXIT_OTHER_VERSION = 2
EXIT_DAMAGED = 3
EXIT_LOCKED = 4
EXIT_UNREADABLE = 5
EXIT_NOT_OURS = 6

TITLE_WIDTH = 48
WHO_WIDTH = 40
CHANNEL_NAMES = {
    Channel.EMAIL: "email",
    Channel.PHONE: "phone",
    Channel.WHATSAPP: "WhatsApp",
    Channel.SMS: "SMS",
    Channel.LINKEDIN: "LinkedIn",
    Channel.VIDEO: "video call",
    Channel.IN_PERSON: "in person",
    Channel.OTHER: "other",
}


def _who(item: Reminder) -> str:
    names = [item.person_name or item.placement_person_name, item.company_name]
    return " · ".join(name for name in names if name)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _when(item: Reminder, report: DueReport) -> str:
    shown = item.shown_at(report.zone)
    if shown.date() == local_today(report.now, report.zone):
        return shown.strftime("%H:%M")
    return shown.strftime("%a %d %b %H:%M")


def format_table(report: DueReport, data_dir: Path) -> str:
    if not report.has_data:
        return f"No Recruiter Desk data in {data_dir} yet: nothing is due.\n"
    if not report.overdue and not report.due_today:
        return "Nothing overdue or due today.\n"
    lines: list[str] = []
    sections = (
        ("Overdue", report.overdue, report.overdue_total),
        ("Due today", report.due_today, report.due_today_total),
    )
    for heading, items, total in sections:
        if not items:
            continue
        if lines:
            lines.append("")
        promised = sum(item.kind is ReminderKind.PROMISED_REPLY for item in items)
        note = (
            f", {promised} promised {'reply' if promised == 1 else 'replies'} first"
            if promised
            else ""
        )
        count = str(len(items)) if total <= len(items) else f"first {len(items)} of {total}"
        lines.append(f"{heading} ({count}{note})")
        rows = [
            (
                _when(item, report),
                _clip(item.title, TITLE_WIDTH),
                _clip(_who(item), WHO_WIDTH),
                CHANNEL_NAMES.get(item.suggested_channel, "") if item.suggested_channel else "",
            )
            for item in items
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(3)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
            lines.append(("  " + "  ".join([*cells, row[3]])).rstrip())
    return "\n".join(lines) + "\n"


def _item_json(item: Reminder, section: str, report: DueReport) -> dict[str, object]:
    return {
        "id": item.id,
        "section": section,
        "title": item.title,
        "kind": item.kind.value,
        "due": item.alert_at.isoformat(),
        "due_shown": item.shown_at(report.zone).isoformat(),
        "due_local": item.due.text,
        "time_zone": item.due.zone,
        "snoozed": item.snoozed,
        "recurrence_rule": item.recurrence_rule,
        "person_id": item.person_id,
        "person": item.person_name,
        "company_id": item.company_id,
        "company": item.company_name,
        "placement_id": item.placement_id,
        "placement_person": item.placement_person_name,
        "suggested_channel": item.suggested_channel.value if item.suggested_channel else None,
        "message_template_key": item.message_template_key,
    }


def format_json(report: DueReport) -> str:
    """One list of items, each with its ``section``; without data yet, an empty list."""
    items = [_item_json(item, "overdue", report) for item in report.overdue]
    items += [_item_json(item, "today", report) for item in report.due_today]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def cut_sections(report: DueReport) -> str:
    """One line for a script when a section holds fewer items than there are; else empty."""
    cut = [
        f"{name}: first {len(items)} of {total}"
        for name, items, total in (
            ("overdue", report.overdue, report.overdue_total),
            ("today", report.due_today, report.due_today_total),
        )
        if total > len(items)
    ]
    return f"recruiter-desk due: sections cut ({'; '.join(cut)})\n" if cut else ""


_NOT_OURS = {
    FileKind.ZERO_LENGTH: (
        EXIT_DAMAGED,
        "the database file {path} is empty (0 bytes); it may be a failed copy or sync. "
        "Start the app to restore a backup; this command does not change your data.",
    ),
    FileKind.NOT_SQLITE: (
        EXIT_DAMAGED,
        "the file {path} is not a Recruiter Desk database (damaged, or a different file "
        "under its name). Start the app to restore a backup.",
    ),
    FileKind.FOREIGN: (
        EXIT_NOT_OURS,
        "the file {path} is another program's database, not Recruiter Desk's; "
        "it was left untouched.",
    ),
}
_BY_PROBLEM = {
    StorageProblem.DAMAGED: (
        EXIT_DAMAGED,
        "the data in {data_dir} is damaged. Start the app to restore a backup.",
    ),
    StorageProblem.BUSY: (
        EXIT_LOCKED,
        "the data in {data_dir} is locked by another program; try again in a moment.",
    ),
    StorageProblem.READ_ONLY: (
        EXIT_UNREADABLE,
        "could not read the data in {data_dir}: no permission to open it.",
    ),
    StorageProblem.UNREADABLE: (
        EXIT_UNREADABLE,
        "could not read the data in {data_dir}: the disk could not be read.",
    ),
    StorageProblem.DISK_FULL: (
        EXIT_UNREADABLE,
        "could not read the data in {data_dir}: the disk is full.",
    ),
}


def run_due(
    data_dir: Path,
    *,
    as_json: bool = False,
    now: datetime | None = None,
    zone: tzinfo | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    limit: int = REPORT_LIMIT,
) -> int:
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err

    def clock() -> datetime:
        return now if now is not None else datetime.now(UTC)

    def fail(status: int, text: str) -> int:
        print(f"recruiter-desk due: {text}", file=err)
        return status

    try:
        report = read_due_report(
            data_dir,
            clock,
            (lambda: zone) if zone else system_zone,
            limit,
            busy_timeout_ms=busy_timeout_ms,
        )
    except SchemaMismatch as error:
        if error.older:
            return fail(
                EXIT_OTHER_VERSION,
                f"the data in {data_dir} was written by an older version of Recruiter Desk. "
                "Start the app once to upgrade it (it makes a backup first); this command does "
                "not change your data.",
            )
        return fail(
            EXIT_OTHER_VERSION,
            f"the data in {data_dir} was written by a newer version of Recruiter Desk "
            f"(schema {error.stored}); update this one to read it.",
        )
    except NotOurFile as error:
        status, text = _NOT_OURS[error.kind]
        return fail(status, text.format(path=error.path))
    except Exception as error:
        problem = as_storage_error(error)
        if problem is None:
            raise  # a bug: Python's traceback and exit status 1
        status, text = _BY_PROBLEM[problem.problem]
        return fail(status, text.format(data_dir=data_dir))
    out.write(format_json(report) if as_json else format_table(report, data_dir))
    if as_json:
        err.write(cut_sections(report))
    return EXIT_PRINTED
