"""``recruiter-desk due``: prints what is overdue and due today, for people and for scripts.

No Qt and no window: the report comes from ``services.due_report`` (which reads without
writing or migrating); this module words it, as a table or as JSON, on the clock where the
computer is, and says how it went in the exit status. A cron job on a fresh machine must not
fail, so a data folder without data yet is "nothing is due".

Exit status: 0 printed (also when nothing is due, or there is no data yet), 1 the data could not
be read (damaged, locked for longer than the busy timeout), 2 the database has another schema
than this version of the app (start the app once to upgrade an older one: it makes a backup
first).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import DBAPIError

from recruiter_desk.domain.reminder_time import local_today
from recruiter_desk.domain.reminders import Reminder
from recruiter_desk.domain.vocabulary import Channel, ReminderKind
from recruiter_desk.services.due_report import DueReport, SchemaMismatch, read_due_report
from recruiter_desk.services.system_zone import system_zone

EXIT_PRINTED = 0
EXIT_UNREADABLE = 1
EXIT_OTHER_VERSION = 2

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
    for heading, items in (("Overdue", report.overdue), ("Due today", report.due_today)):
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
        lines.append(f"{heading} ({len(items)}{note})")
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


def run_due(
    data_dir: Path,
    *,
    as_json: bool = False,
    now: datetime | None = None,
    zone: tzinfo | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err

    def clock() -> datetime:
        return now if now is not None else datetime.now(UTC)

    try:
        report = read_due_report(data_dir, clock, (lambda: zone) if zone else system_zone)
    except SchemaMismatch as error:
        if error.older:
            print(
                f"recruiter-desk due: the data in {data_dir} was written by an older version "
                "of Recruiter Desk. Start the app once to upgrade it (it makes a backup "
                "first); this command does not change your data.",
                file=err,
            )
        else:
            print(
                f"recruiter-desk due: the data in {data_dir} was written by a newer version "
                f"of Recruiter Desk (schema {error.stored}); update this one to read it.",
                file=err,
            )
        return EXIT_OTHER_VERSION
    except (sqlite3.Error, DBAPIError) as error:  # DBAPIError: SQLAlchemy's wrapper of them
        print(f"recruiter-desk due: could not read the data in {data_dir}: {error}", file=err)
        return EXIT_UNREADABLE
    out.write(format_json(report) if as_json else format_table(report, data_dir))
    return EXIT_PRINTED
