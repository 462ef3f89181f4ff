"""Writing rows: the columns written per table, in the form the column types store, with
``executemany`` in batches."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from recruiter_desk.store.models import Base

BATCH_SIZE = 10_000

# The columns written per table; every NOT NULL column must be here (see check_columns).
# fmt: off
COLUMNS = {
    "person": (
        "id", "first_name", "last_name", "sort_name", "headline", "linkedin_url", "location",
        "country", "language", "time_zone", "expertise", "persona", "status", "notes",
        "growth_wishes", "source", "created_at", "updated_at",
    ),
    "person_email": ("person_id", "address", "label", "position"),
    "person_phone": ("person_id", "e164", "label", "position"),
    "tag": ("id", "name"),
    "person_tag": ("person_id", "tag_id"),
    "channel_preference": (
        "person_id", "rank", "channel", "note", "learned_on", "recorded_at", "superseded_at",
    ),
    "consent": (
        "person_id", "basis", "given_at", "expires_on", "informed_at", "source", "note",
        "withdrawn_at",
    ),
    "company": (
        "id", "name", "sort_name", "website", "industry", "location", "country", "status",
        "brand_qualifiers", "brand_winners", "brand_personality", "keep_in_touch_ideal_days",
        "keep_in_touch_max_days", "notes", "created_at", "updated_at",
    ),
    "company_role": ("person_id", "company_id", "title", "kind", "started_on", "ended_on"),
    "vacancy": (
        "id", "company_id", "title", "location", "status", "fee_terms", "fee_percent",
        "fee_fixed_cents", "guarantee_days", "opened_on", "closed_on", "notes", "created_at",
        "updated_at",
    ),
    "placement": (
        "id", "person_id", "vacancy_id", "stage_id", "board_position", "stage_entered_at",
        "signed_on", "start_on", "probation_end_on", "guarantee_end_on", "fee_terms",
        "close_reason", "feedback_given", "closed_at", "created_at", "updated_at",
    ),
    "stage_change": ("placement_id", "from_stage_id", "to_stage_id", "changed_at", "note"),
    "interaction": (
        "id", "occurred_at", "kind", "event_type", "channel", "direction", "summary", "body",
        "facts", "company_id", "placement_id", "created_at", "deleted_at",
    ),
    "interaction_person": ("interaction_id", "person_id", "occurred_at"),
    "reminder": (
        "title", "kind", "status", "due_at", "due_local", "time_zone", "snoozed_until",
        "recurrence_rule", "suggested_channel", "message_template_key", "person_id",
        "company_id", "placement_id", "notes", "created_at", "done_at", "notified_at",
    ),
}
# fmt: on
PARENTS = {
    "person_email": ("person",),
    "person_phone": ("person",),
    "person_tag": ("person", "tag"),
    "channel_preference": ("person",),
    "consent": ("person",),
    "company_role": ("company", "person"),
    "vacancy": ("company",),
    "placement": ("person", "vacancy"),
    "stage_change": ("placement",),
    "interaction": ("company", "placement"),
    "interaction_person": ("interaction", "person"),
    "reminder": ("person", "company", "placement"),
}


class TableWriter:
    """Buffers rows for one table and writes them with ``executemany`` in batches.

    Foreign keys are checked per statement, so a batch may only reach the file after the rows
    it points at: flushing a writer flushes its parents first."""

    def __init__(
        self, connection: sqlite3.Connection, table: str, parents: Sequence[TableWriter]
    ) -> None:
        columns = COLUMNS[table]
        check_columns(table, columns)
        self.count = 0
        self._connection = connection
        self._parents = tuple(parents)
        self._rows: list[tuple[Any, ...]] = []
        placeholders = ", ".join("?" * len(columns))
        self._sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"

    def add(self, row: tuple[Any, ...]) -> None:
        self._rows.append(row)
        if len(self._rows) >= BATCH_SIZE:
            self.flush()

    def flush(self) -> None:
        for parent in self._parents:
            parent.flush()
        if self._rows:
            self._connection.executemany(self._sql, self._rows)
            self.count += len(self._rows)
            self._rows = []


def check_columns(table: str, columns: Sequence[str]) -> None:
    """Fail clearly when the schema gained a required column this generator does not fill:
    the ORM's Python-side defaults do not apply to these inserts."""
    model_columns = Base.metadata.tables[table].c
    unknown = [name for name in columns if name not in model_columns]
    missing = [
        column.name
        for column in model_columns
        if not column.nullable
        and not column.primary_key
        and column.computed is None
        and column.name not in columns
    ]
    if unknown or missing:
        raise RuntimeError(
            f"the demo dataset is out of date for table {table}: "
            f"unknown columns {unknown}, required columns not filled {missing}"
        )
