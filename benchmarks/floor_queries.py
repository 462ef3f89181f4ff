"""The raw SQL the floors run: what SQLite itself needs for the data a view shows.

Standard library only: the bare-window child imports this module after its first paint.
Times are stored as naive UTC text (``2026-03-30 10:15:00.000000``), enums as their values.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Every card of the open board in board order, with what a card shows: name, vacancy,
# company, time in stage, last contact (risk badges), the next open reminder and the
# preferred channel. The plan is pinned, because a floor must be the best plan SQLite has:
# CROSS JOIN walks the open stages through ix_placement_board, and INDEXED BY keeps the
# next-reminder subquery on ix_reminder_placement_alert (placement_id, status, alert_at), where
# the earliest alert moment of a card is one seek. Left to itself (no ANALYZE statistics)
# SQLite may serve the MIN from ix_reminder_status_alert and scan every open reminder for
# every card.
_OPEN_CARDS = """
SELECT p.id, p.stage_id, p.board_position, p.stage_entered_at, p.last_contact_at,
       pe.id, pe.first_name, pe.last_name, v.id, v.title, c.id, c.name,
       (SELECT MIN(r.alert_at) FROM reminder r INDEXED BY ix_reminder_placement_alert
         WHERE r.placement_id = p.id AND r.status = 'open') AS next_due,
       (SELECT cp.channel FROM channel_preference cp
         WHERE cp.person_id = pe.id AND cp.superseded_at IS NULL
         ORDER BY cp.rank LIMIT 1) AS channel
FROM stage s
CROSS JOIN placement p ON p.stage_id = s.id
JOIN person pe ON pe.id = p.person_id
JOIN vacancy v ON v.id = p.vacancy_id
JOIN company c ON c.id = v.company_id
WHERE s.kind = 'open' AND s.visible = 1 AND pe.deleted_at IS NULL {where}
ORDER BY s.position, p.board_position, p.id
"""

OPEN_CARDS_SQL = _OPEN_CARDS.format(where="")

# The board's text filter for one word: the same four columns, the same LIKE with escape.
FILTERED_CARDS_SQL = _OPEN_CARDS.format(
    where="AND (pe.first_name LIKE :p ESCAPE '\\' OR pe.last_name LIKE :p ESCAPE '\\'"
    " OR v.title LIKE :p ESCAPE '\\' OR c.name LIKE :p ESCAPE '\\')"
)

# The cards of some stages only (the two columns a move touches).
STAGE_CARDS_SQL = _OPEN_CARDS.format(where="AND s.id IN (:a, :b)")

# The first screen of a person's timeline: the newest 50 through the
# ix_interaction_person_timeline index (person_id, occurred_at), no sort step.
TIMELINE_PAGE_SQL = """
SELECT i.id, i.occurred_at, i.kind, i.event_type, i.channel, i.direction, i.summary,
       i.company_id, i.placement_id
FROM interaction_person ip
JOIN interaction i ON i.id = ip.interaction_id
WHERE ip.person_id = :person AND i.deleted_at IS NULL
ORDER BY ip.occurred_at DESC
LIMIT 50
"""


def like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def card_text(row: tuple) -> str:
    """What a floor list item shows for a card row: one line of the same facts."""
    return f"{row[6]} {row[7]} · {row[9]} · {row[11]}"


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
