"""The board's reads as plain SQL text: one text for the SQLAlchemy session and for ``sqlite3``.

Start-up shows the board before SQLAlchemy is imported (that import and the models take about
a third of a second): it runs these queries on a plain ``sqlite3`` connection
(``services.early_board``), and ``pipeline_repository`` runs the very same text through its
session afterwards, so the first screen and every later read agree. No SQLAlchemy here.

Values are as the models store them: times as ``stored_time`` writes them (naive UTC text that
sorts as the moment does), enums as their values. A query is
given as a callable that runs SQL with named parameters and returns the rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from recruiter_desk.domain.names import fold
from recruiter_desk.domain.pipeline import (
    INTERVIEWING_STAGE,
    SIGNED_STAGE,
    BoardFilter,
    Card,
    RiskThresholds,
    Stage,
    assess_risks,
)
from recruiter_desk.domain.vocabulary import Channel, ReminderStatus, StageKind
from recruiter_desk.store.stored_time import parse_moment_or_none, stored_moment

Query = Callable[[str, Mapping[str, Any]], Iterable[Sequence[Any]]]
"""Runs one SELECT with ``:name`` parameters and returns its rows."""


def like_pattern(text: str) -> str:
    """``text`` anywhere, folded (case and accents set aside), with LIKE's wildcards taken
    literally (``ESCAPE '\\'``): to be matched against a ``folded_sql`` column."""
    folded = fold(text)
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


NOT_PLAIN_ASCII = "*[^ -~]*"
"""A GLOB pattern: the text holds a character other than printable ASCII."""


def folded_sql(column: str) -> str:
    """``column`` with case and accents set aside, for ``LIKE like_pattern(…)``. LIKE itself
    ignores the case of ASCII letters, so only a value with other characters ("Şahin", "Zoë")
    is folded: most names cost no call to Python."""
    return f"(CASE WHEN {column} GLOB '{NOT_PLAIN_ASCII}' THEN fold({column}) ELSE {column} END)"


STAGES = 'SELECT id, "key", name, position, kind, visible FROM stage ORDER BY position'

# Every placement has its vacancy and company (NOT NULL foreign keys, enforced), so those two
# joins are made only where a column of theirs is read: a count without a text or company
# filter touches the person only (half the time at L, where the tables are big).
_PLACEMENTS = "FROM placement\nJOIN person ON person.id = placement.person_id"
_VACANCY = "JOIN vacancy ON vacancy.id = placement.vacancy_id"
_COMPANY = "JOIN company ON company.id = vacancy.company_id"

_TAGGED = """EXISTS (SELECT * FROM person_tag, tag
  WHERE person_tag.person_id = person.id AND person_tag.tag_id = tag.id AND tag.name = :tag)"""

_WORD = (
    "("
    + " OR ".join(
        f"{folded_sql(column)} LIKE :{{word}} ESCAPE '\\'"
        for column in ("person.first_name", "person.last_name", "vacancy.title", "company.name")
    )
    + ")"
)

# The SQL form of ``assess_risks`` (the same rules, so the filter and the badges agree); an
# open reminder is overdue once its moment (``alert_at``: the due time, or the end of a later
# snooze) has passed: one seek in ix_reminder_placement_alert per card.
_NEEDS_ATTENTION = """(placement.stage_id = (SELECT stage.id FROM stage WHERE stage."key" = :signed)
    AND placement.stage_entered_at < :silent_since
    AND (placement.last_contact_at IS NULL OR placement.last_contact_at < :silent_since)
  OR placement.stage_id = (SELECT stage.id FROM stage WHERE stage."key" = :interviewing)
    AND placement.stage_entered_at < :stale_since
  OR EXISTS (SELECT * FROM reminder WHERE reminder.placement_id = placement.id
    AND reminder.status = :open AND reminder.alert_at < :now))"""

# The next open reminder's moment (``alert_at``: its due time, or the end of a later snooze),
# one seek in ix_reminder_placement_alert.
_CARD_COLUMNS = """SELECT placement.id, person.id, person.first_name, person.last_name,
  vacancy.id, vacancy.title, company.id, company.name,
  placement.board_position, placement.stage_entered_at, placement.last_contact_at,
  (SELECT min(reminder.alert_at) FROM reminder
    WHERE reminder.placement_id = placement.id AND reminder.status = :open),
  (SELECT channel_preference.channel FROM channel_preference
    WHERE channel_preference.person_id = person.id AND channel_preference.superseded_at IS NULL
    ORDER BY channel_preference.rank LIMIT 1)"""

# Vacancies and companies that have cards on the open board: driven from the open placements
# (the board index), not from all vacancies, which grow for ten years.
FILTER_CHOICES = """SELECT on_board.vacancy_id, on_board.title, on_board.company_id, on_board.name
FROM (SELECT DISTINCT vacancy.id AS vacancy_id, vacancy.title AS title,
    company.id AS company_id, company.name AS name, company.sort_name AS sort_name
  FROM vacancy
  JOIN placement ON placement.vacancy_id = vacancy.id
  JOIN company ON company.id = vacancy.company_id
  WHERE placement.stage_id IN (SELECT stage.id FROM stage WHERE stage.kind = :open)) AS on_board
ORDER BY on_board.sort_name, on_board.title"""

TAGS = "SELECT tag.name FROM tag ORDER BY tag.name LIMIT :limit"


def _filtered(
    board_filter: BoardFilter, now: datetime, thresholds: RiskThresholds, *, names: bool
) -> tuple[str, dict[str, Any]]:
    """The FROM and WHERE every board query shares, and their parameters; with ``names`` the
    vacancy and company are joined for their columns."""
    where = ["person.deleted_at IS NULL"]
    parameters: dict[str, Any] = {"open": ReminderStatus.OPEN.value}
    if board_filter.vacancy_id is not None:
        where.append("placement.vacancy_id = :vacancy_id")
        parameters["vacancy_id"] = board_filter.vacancy_id
    if board_filter.company_id is not None:
        where.append("vacancy.company_id = :company_id")
        parameters["company_id"] = board_filter.company_id
    if board_filter.tag:
        where.append(_TAGGED)
        parameters["tag"] = board_filter.tag
    for position, word in enumerate(board_filter.text.split()):
        name = f"word_{position}"
        where.append(_WORD.format(word=name))
        parameters[name] = like_pattern(word)
    if board_filter.needs_attention:
        where.append(_NEEDS_ATTENTION)
        parameters |= {
            "signed": SIGNED_STAGE,
            "interviewing": INTERVIEWING_STAGE,
            "silent_since": stored_moment(now - timedelta(days=thresholds.signed_silence_days)),
            "stale_since": stored_moment(now - timedelta(days=thresholds.interviewing_stale_days)),
            "now": stored_moment(now),
        }
    words = bool(board_filter.text.split())
    joins = [_PLACEMENTS]
    if names or words or board_filter.company_id is not None:
        joins.append(_VACANCY)
    if names or words:
        joins.append(_COMPANY)
    return "\n".join(joins) + "\nWHERE " + " AND ".join(where), parameters


def list_stages(query: Query) -> list[Stage]:
    return [
        Stage(stage_id, key, name, position, StageKind(kind), bool(visible))
        for stage_id, key, name, position, kind, visible in query(STAGES, {})
    ]


def column_counts(
    query: Query,
    board_filter: BoardFilter,
    now: datetime,
    thresholds: RiskThresholds,
    stage_ids: list[int],
) -> dict[int, int]:
    """The number of cards in each of ``stage_ids`` (one grouped query)."""
    counts = dict.fromkeys(stage_ids, 0)
    if not stage_ids:
        return counts
    source, parameters = _filtered(board_filter, now, thresholds, names=False)
    stages = {f"stage_{position}": stage_id for position, stage_id in enumerate(stage_ids)}
    sql = (
        f"SELECT placement.stage_id, count(placement.id)\n{source}\n"
        f"AND placement.stage_id IN ({', '.join(f':{name}' for name in stages)})\n"
        "GROUP BY placement.stage_id"
    )
    counts.update({stage_id: count for stage_id, count in query(sql, parameters | stages)})
    return counts


def column_cards(
    query: Query,
    stage_id: int,
    board_filter: BoardFilter,
    now: datetime,
    thresholds: RiskThresholds,
    offset: int = 0,
    limit: int = 200,
) -> list[Card]:
    """One page of a column, in board order."""
    found = list(query('SELECT "key" FROM stage WHERE id = :stage_id', {"stage_id": stage_id}))
    if not found:
        raise LookupError(f"no stage {stage_id}")
    stage_key = found[0][0]
    source, parameters = _filtered(board_filter, now, thresholds, names=True)
    sql = (
        f"{_CARD_COLUMNS}\n{source}\nAND placement.stage_id = :stage_id\n"
        "ORDER BY placement.board_position, placement.id\nLIMIT :limit OFFSET :offset"
    )
    parameters |= {"stage_id": stage_id, "limit": limit, "offset": offset}
    cards = []
    for row in query(sql, parameters):
        entered_at = parse_moment_or_none(row[9])
        next_due = parse_moment_or_none(row[11])
        assert entered_at is not None
        cards.append(
            Card(
                placement_id=row[0],
                person_id=row[1],
                person_name=f"{row[2]} {row[3]}".strip(),
                vacancy_id=row[4],
                vacancy_title=row[5],
                company_id=row[6],
                company_name=row[7],
                stage_id=stage_id,
                stage_key=stage_key,
                board_position=row[8],
                stage_entered_at=entered_at,
                next_reminder_at=next_due,
                preferred_channel=None if row[12] is None else Channel(row[12]),
                risks=assess_risks(
                    stage_key,
                    entered_at,
                    parse_moment_or_none(row[10]),
                    next_due is not None and next_due < now,
                    now,
                    thresholds,
                ),
            )
        )
    return cards


def filter_choices(query: Query) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """Vacancies ("title · company") and companies with cards on the open board."""
    rows = list(query(FILTER_CHOICES, {"open": StageKind.OPEN.value}))
    vacancies = [(vacancy_id, f"{title} · {company}") for vacancy_id, title, _c, company in rows]
    companies = list(dict.fromkeys((company_id, company) for _v, _t, company_id, company in rows))
    return vacancies, companies


def board_tags(query: Query, limit: int = 200) -> list[str]:
    return [name for (name,) in query(TAGS, {"limit": limit})]
