"""A card move as raw SQL: the floor of ``PipelineService.move``'s write, and the check that it
runs the same statements (``Statements`` records what an engine runs, as statement shapes)."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from benchmarks import floor_queries as sql


class Statements:
    """The statements an engine runs while the block runs, as ``statement_shape``s (not
    BEGIN: SQLAlchemy's COMMIT is no statement it sends, so neither side counts those)."""

    def __init__(self, engine: object) -> None:
        self.engine = engine
        self.shapes: list[str] = []

    def _seen(self, _connection, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        shape = sql.statement_shape(statement)
        if shape not in {"BEGIN", "COMMIT"}:
            self.shapes.append(shape)

    def __enter__(self) -> Statements:
        from sqlalchemy import event

        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *_exc: object) -> None:
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._seen)


class RawMove:
    """The statements ``PipelineService.move`` runs for a plain move (no journey to start),
    as raw SQL in one transaction, and their exact undo."""

    def __init__(self, connection: sqlite3.Connection, placement_id: int, to_stage_id: int):
        self.connection = connection
        self.placement_id = placement_id
        self.to_stage_id = to_stage_id
        self.before = connection.execute(
            "SELECT stage_id, board_position, stage_entered_at, updated_at FROM placement"
            " WHERE id = ?",
            (placement_id,),
        ).fetchone()
        self.written: tuple[int, int] | None = None
        self.statements: list[str] = []

    def _run(self, statement: str, parameters: tuple = ()) -> sqlite3.Cursor:
        self.statements.append(statement)
        return self.connection.execute(statement, parameters)

    def shapes(self) -> list[str]:
        shapes = [sql.statement_shape(statement) for statement in self.statements]
        return [shape for shape in shapes if shape not in {"BEGIN", "COMMIT"}]

    def move(self) -> None:
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        run = self._run
        stage = 'SELECT id, "key", name, position, kind, visible FROM stage WHERE id = ?'
        run("BEGIN IMMEDIATE")
        placement = run("SELECT * FROM placement WHERE id = ?", (self.placement_id,))
        columns = [column[0] for column in placement.description]
        row = dict(zip(columns, placement.fetchone(), strict=True))
        from_stage = run(stage, (row["stage_id"],)).fetchone()
        to_stage = run(stage, (self.to_stage_id,)).fetchone()
        company_id = run(
            "SELECT company_id FROM vacancy WHERE id = ?", (row["vacancy_id"],)
        ).fetchone()[0]
        last = run(
            "SELECT board_position FROM placement WHERE stage_id = ? AND id != ?"
            " ORDER BY board_position DESC LIMIT ? OFFSET ?",
            (self.to_stage_id, self.placement_id, 1, 0),
        ).fetchone()
        position = (last[0] if last else 0.0) + 1024
        run(
            "UPDATE placement SET stage_id = ?, board_position = ?, stage_entered_at = ?,"
            " updated_at = ? WHERE id = ?",
            (self.to_stage_id, position, now, now, self.placement_id),
        )
        change = run(
            "INSERT INTO stage_change (placement_id, from_stage_id, to_stage_id, changed_at, note)"
            " VALUES (?, ?, ?, ?, '')",
            (self.placement_id, from_stage[0], self.to_stage_id, now),
        ).lastrowid
        # The event keeps facts (the stages' ids, keys and names), not words: the words are
        # rendered when it is shown.
        facts = json.dumps(
            {
                "from_stage": from_stage[2],
                "from_stage_id": from_stage[0],
                "from_stage_key": from_stage[1] or None,
                "to_stage": to_stage[2],
                "to_stage_id": to_stage[0],
                "to_stage_key": to_stage[1] or None,
            },
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        )
        event = run(
            "INSERT INTO interaction (occurred_at, kind, event_type, facts, channel, direction,"
            " summary, body, company_id, placement_id, created_at, deleted_at)"
            " VALUES (?, 'system_event', 'stage_moved', ?, NULL, 'none', '', '', ?, ?, ?, NULL)",
            (now, facts, company_id, self.placement_id, now),
        ).lastrowid
        run(
            "INSERT INTO interaction_person (interaction_id, person_id, occurred_at)"
            " VALUES (?, ?, ?)",
            (event, row["person_id"], now),
        )
        run("UPDATE placement SET updated_at = ? WHERE id = ?", (now, self.placement_id))
        run('SELECT "key" FROM stage WHERE id = ?', (self.to_stage_id,)).fetchone()
        run("COMMIT")
        assert change is not None and event is not None
        self.written = (change, event)

    def undo(self) -> None:
        assert self.written is not None
        change, event = self.written
        c = self.connection
        c.execute("BEGIN IMMEDIATE")
        c.execute(
            "UPDATE placement SET stage_id = ?, board_position = ?, stage_entered_at = ?,"
            " updated_at = ? WHERE id = ?",
            (*self.before, self.placement_id),
        )
        c.execute("DELETE FROM interaction_person WHERE interaction_id = ?", (event,))
        c.execute("DELETE FROM interaction WHERE id = ?", (event,))
        c.execute("DELETE FROM stage_change WHERE id = ?", (change,))
        c.execute("COMMIT")
        self.written = None
