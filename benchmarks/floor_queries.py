"""The raw SQL the floors run: what SQLite itself needs for the data a view shows.

Each floor reads what its view reads, no more and no less: the board's first screen is the
grouped count of the open columns and one page of cards per column (the board's page size),
the timeline's first screen is one page of a person's entries with the names of everyone in
them. Standard library only: the bare-window child imports this module after its first paint.
Times are stored as naive UTC text (``2026-03-30 10:15:00.000000``), enums as their values.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path

BOARD_PAGE = 50
"""Cards a board column reads at once (``ui.board.board_controller.CARDS_PER_PAGE``)."""

TIMELINE_PAGE = 50
"""Entries a timeline reads at once (the timeline model's page)."""

# The visible open stages, as the board lists its columns.
OPEN_STAGES_SQL = """
SELECT id, "key", name, position, kind, visible FROM stage
WHERE kind = 'open' AND visible = 1 ORDER BY position
"""

# The cards of one column in board order, with what a card shows: name, vacancy, company, time
# in stage, last contact (risk badges), the next open reminder and the preferred channel. The
# plan is pinned, because a floor must be the best plan SQLite has: ix_placement_board walks the
# column, and INDEXED BY keeps the next-reminder subquery on ix_reminder_placement_alert
# (placement_id, status, alert_at), where the earliest alert moment of a card is one seek. Left
# to itself (no ANALYZE statistics) SQLite may serve the MIN from ix_reminder_status_alert and
# scan every open reminder for every card.
_COLUMN_CARDS = """
SELECT p.id, p.stage_id, p.board_position, p.stage_entered_at, p.last_contact_at,
       pe.id, pe.first_name, pe.last_name, v.id, v.title, c.id, c.name,
       (SELECT MIN(r.alert_at) FROM reminder r INDEXED BY ix_reminder_placement_alert
         WHERE r.placement_id = p.id AND r.status = 'open') AS next_due,
       (SELECT cp.channel FROM channel_preference cp
         WHERE cp.person_id = pe.id AND cp.superseded_at IS NULL
         ORDER BY cp.rank LIMIT 1) AS channel
FROM placement p
JOIN person pe ON pe.id = p.person_id
JOIN vacancy v ON v.id = p.vacancy_id
JOIN company c ON c.id = v.company_id
WHERE p.stage_id = :stage AND pe.deleted_at IS NULL {where}
ORDER BY p.board_position, p.id
LIMIT :limit
"""

# The board's text filter for one word: the same four columns, the same LIKE with escape.
_MATCHES = (
    "AND (pe.first_name LIKE :p ESCAPE '\\' OR pe.last_name LIKE :p ESCAPE '\\'"
    " OR v.title LIKE :p ESCAPE '\\' OR c.name LIKE :p ESCAPE '\\')"
)

COLUMN_CARDS_SQL = _COLUMN_CARDS.format(where="")
FILTERED_COLUMN_CARDS_SQL = _COLUMN_CARDS.format(where=_MATCHES)

# The column headers' counts: one grouped query over the columns, as the board's.
_COUNTS = """
SELECT p.stage_id, COUNT(*) FROM placement p
JOIN person pe ON pe.id = p.person_id
{joins}
WHERE pe.deleted_at IS NULL {where} AND p.stage_id IN ({stages})
GROUP BY p.stage_id
"""
_NAME_JOINS = "JOIN vacancy v ON v.id = p.vacancy_id\nJOIN company c ON c.id = v.company_id"


# The first screen of a person's timeline, as the timeline reads it: the newest entries through
# the ix_interaction_person_timeline index (person_id, occurred_at), ties newest id first (only
# equal moments are sorted), the company's name beside each.
TIMELINE_PAGE_SQL = """
SELECT i.id, i.occurred_at, i.kind, i.event_type, i.channel, i.direction, i.summary, i.body,
       c.name, i.placement_id
FROM interaction_person ip
JOIN interaction i ON i.id = ip.interaction_id
LEFT JOIN company c ON c.id = i.company_id
WHERE ip.person_id = :person AND i.deleted_at IS NULL
ORDER BY ip.occurred_at DESC, ip.interaction_id DESC
LIMIT :limit
"""

# Everyone each entry of a page was with (the entry shows their names).
_TIMELINE_PEOPLE = """
SELECT ip.interaction_id, pe.first_name, pe.last_name
FROM interaction_person ip
JOIN person pe ON pe.id = ip.person_id
WHERE ip.interaction_id IN ({ids})
ORDER BY pe.sort_name
"""


def like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def card_text(row: tuple) -> str:
    """What a floor list item shows for a card row: one line of the same facts."""
    return f"{row[6]} {row[7]} · {row[9]} · {row[11]}"


def open_columns(connection: sqlite3.Connection) -> list[int]:
    """The board's columns: the visible open stages, in order."""
    return [row[0] for row in connection.execute(OPEN_STAGES_SQL)]


def board_screen(
    connection: sqlite3.Connection,
    columns: Sequence[int],
    only: Sequence[int] | None = None,
    word: str = "",
) -> tuple[dict[int, int], dict[int, list[tuple]]]:
    """What the board reads for its ``columns``: the counts of all of them and a page of cards
    of each (or of those in ``only``, as after a move), with the text filter ``word`` when
    there is one."""
    parameters = {"p": like_pattern(word)} if word else {}
    counts_sql = _COUNTS.format(
        joins=_NAME_JOINS if word else "",
        where=_MATCHES if word else "",
        stages=", ".join(f":s{position}" for position in range(len(columns))),
    )
    stages = {f"s{position}": stage for position, stage in enumerate(columns)}
    counts = dict.fromkeys(columns, 0)
    counts.update(dict(connection.execute(counts_sql, parameters | stages)))
    cards = {
        stage: connection.execute(
            FILTERED_COLUMN_CARDS_SQL if word else COLUMN_CARDS_SQL,
            {**parameters, "stage": stage, "limit": BOARD_PAGE},
        ).fetchall()
        for stage in (columns if only is None else only)
    }
    return counts, cards


def timeline_screen(connection: sqlite3.Connection, person_id: int) -> list[tuple]:
    """A person's first timeline page, each row with the names of the people in it."""
    page = connection.execute(
        TIMELINE_PAGE_SQL, {"person": person_id, "limit": TIMELINE_PAGE}
    ).fetchall()
    ids = [row[0] for row in page]
    people: dict[int, list[str]] = {}
    if ids:
        placeholders = ", ".join("?" * len(ids))
        for interaction_id, first, last in connection.execute(
            _TIMELINE_PEOPLE.format(ids=placeholders), ids
        ):
            people.setdefault(interaction_id, []).append(f"{first} {last}".strip())
    return [(*row, tuple(people.get(row[0], ()))) for row in page]


def timeline_text(row: tuple) -> str:
    """What a floor list item shows for a timeline row: one line of the same facts."""
    return f"{row[1]} · {row[6]} · {', '.join(row[-1])} · {row[8] or ''}"


def connect(database: Path) -> sqlite3.Connection:
    """A connection set up as the app's (WAL, foreign keys, synchronous=FULL, busy timeout),
    in autocommit mode so that transactions are explicit."""
    connection = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


def query_plan(connection: sqlite3.Connection, sql: str, parameters: dict) -> list[str]:
    return [row[-1] for row in connection.execute("EXPLAIN QUERY PLAN " + sql, parameters)]


def statement_shape(sql: str) -> str:
    """A statement as "VERB table (columns)": what it reads or writes, not how it is spelled,
    so that the app's statements (as SQLAlchemy writes them) and a floor's can be compared."""
    text = " ".join(sql.replace('"', "").split())
    if found := re.match(r"INSERT INTO (\w+) \(([^)]*)\)", text, re.IGNORECASE):
        columns = sorted(column.strip() for column in found[2].split(","))
        return f"INSERT {found[1]} ({', '.join(columns)})"
    if found := re.match(r"UPDATE (\w+) SET (.*?) WHERE", text, re.IGNORECASE):
        columns = sorted(re.findall(r"(\w+)\s*=", found[2]))
        return f"UPDATE {found[1]} ({', '.join(columns)})"
    if found := re.match(r"DELETE FROM (\w+)", text, re.IGNORECASE):
        return f"DELETE {found[1]}"
    if found := re.match(r"SELECT .*? FROM (\w+)", text, re.IGNORECASE):
        return f"SELECT {found[1]}"
    return text.split()[0].upper()
