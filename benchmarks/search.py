"""Global search: a keystroke against the raw FTS5 query, the index's size, and what its
triggers add to a card move and a quick log.

A keystroke is built as the app builds it (``SearchDialog`` over the real ``SearchService``,
offscreen): the field is given the words and searched at once (the pause the dialog waits for
while typing is not work, so it is left out), until the results list has painted. Its floor is
the raw FTS5 query for the same words, on a bare ``sqlite3`` connection: every match with its
bm25 score, as the app's query ranks every match to count each kind.

The index's cost on writes is measured against a copy of the same file without the index and
its triggers ("before"), interleaved run by run: ``PipelineService.move`` (a card to the next
column, undone untimed) and ``TimelineService.log`` (a quick log, deleted untimed), each one
transaction, commit included.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.results import Row

KEYSTROKES = (
    ("one word", "eindhoven"),
    ("two words", "embedded engineer"),
    ("2-letter prefix", "de"),
)
DIALOG_SIZE = (720, 560)


def keystroke_figure(label: str) -> str:
    return f"search keystroke ({label})"


def _raw_query(connection: sqlite3.Connection, expression: str) -> float:
    started = time.perf_counter()
    connection.execute(
        "SELECT rowid, bm25(search_index, 4.0, 1.0) FROM search_index WHERE search_index MATCH ?",
        (expression,),
    ).fetchall()
    return (time.perf_counter() - started) * 1000


def _keystrokes(size: str, data_dir: Path, database: Path, runs: int) -> list[Row]:
    from benchmarks.qt_in_process import PaintWatcher, application
    from recruiter_desk.domain.search import match_expression
    from recruiter_desk.services.app_services import open_services
    from recruiter_desk.ui.search.search_dialog import SearchDialog

    application()
    services = open_services(data_dir)
    dialog = SearchDialog(
        lambda typed, only, per_kind: services.search.search(typed, per_kind=per_kind, only=only)
    )
    dialog.resize(*DIALOG_SIZE)
    shown = PaintWatcher(dialog)
    dialog.show()
    shown.wait()
    shown.close()
    watcher = PaintWatcher(dialog.view.viewport())
    raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    rows = []
    try:
        for label, words in KEYSTROKES:
            expression = match_expression(words, 31)
            assert expression is not None
            values, floor, hits = [], [], 0
            for run in range(runs + 1):  # the first is the warm-up
                dialog.field.blockSignals(True)
                dialog.field.setText("")
                dialog.refresh()
                dialog.field.setText(words)
                dialog.field.blockSignals(False)
                watcher.arm()
                started = time.perf_counter()
                dialog.refresh()
                watcher.wait()
                elapsed = (time.perf_counter() - started) * 1000
                floor_elapsed = _raw_query(raw, expression)
                if run:
                    values.append(elapsed)
                    floor.append(floor_elapsed)
                hits = dialog.model.hit_count()
            matches = raw.execute(
                "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (expression,)
            ).fetchone()[0]
            rows.append(
                Row(
                    keystroke_figure(label),
                    size,
                    "ms",
                    values,
                    floor,
                    floor_label="the raw FTS5 query for the same words (every match, bm25)",
                    note=f"“{words}”: {matches:,} matches, {hits} shown; query, group, "
                    "snippets, list painted",
                    extra={"matches": matches, "shown": hits},
                )
            )
    finally:
        raw.close()
        watcher.close()
        dialog.close()
        dialog.deleteLater()
        services.close()
    return rows


def _index_size(size: str, database: Path) -> Row:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        index = connection.execute(
            "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_index%'"
        ).fetchone()[0]
        rows = connection.execute("SELECT count(*) FROM search_index").fetchone()[0]
    whole = database.stat().st_size
    return Row(
        "search index size",
        size,
        "MB",
        [index / 1_000_000],
        note=f"{rows:,} records indexed; {index / whole:.0%} of the {whole / 1_000_000:,.0f} MB "
        "file",
        extra={"bytes": index, "rows": rows, "file_bytes": whole},
    )


def _without_index(data_dir: Path, work: Path, database: Path) -> Path:
    """A copy of the data folder whose file has no search index and no triggers for it."""
    copy = work / "without-search-index"
    copy.mkdir()
    target = copy / database.name
    with sqlite3.connect(database) as source, sqlite3.connect(target) as destination:
        source.backup(destination)
    with sqlite3.connect(target) as connection:
        triggers = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'"
        ).fetchall()
        for (name,) in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        connection.execute("DROP TABLE search_index")
    for other in data_dir.iterdir():
        if other.is_file() and not other.name.startswith(database.name):
            shutil.copy2(other, copy / other.name)
    return copy


def _write_costs(size: str, data_dir: Path, database: Path, runs: int, work: Path) -> list[Row]:
    from recruiter_desk.domain.timeline import ContactLog
    from recruiter_desk.domain.vocabulary import Channel, Direction
    from recruiter_desk.services.app_services import open_services

    bare_dir = _without_index(data_dir, work, database)
    with_index, without = open_services(data_dir), open_services(bare_dir)
    try:
        stages = with_index.pipeline.stages()
        source, target = stages[0].id, stages[1].id
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
            placement_id, person_id = connection.execute(
                "SELECT id, person_id FROM placement WHERE stage_id = ? LIMIT 1", (source,)
            ).fetchone()
        log = ContactLog(
            datetime(2026, 12, 4, 10, 0, tzinfo=UTC),
            Channel.PHONE,
            Direction.OUTBOUND,
            "Called about the second interview",
            body="Wants to discuss the travel time; prefers Tuesday.",
            person_ids=(person_id,),
        )
        moves: dict[str, list[float]] = {"with": [], "without": []}
        logs: dict[str, list[float]] = {"with": [], "without": []}
        for run in range(runs + 1):
            for key, services in (("with", with_index), ("without", without)):
                started = time.perf_counter()
                receipt, _changes = services.pipeline.move(placement_id, target)
                elapsed = (time.perf_counter() - started) * 1000
                services.pipeline.undo_move(receipt)
                started = time.perf_counter()
                entry_id, _changes = services.timeline.log(log)
                logged = (time.perf_counter() - started) * 1000
                services.timeline.delete(entry_id, log)
                if run:
                    moves[key].append(elapsed)
                    logs[key].append(logged)
    finally:
        with_index.close()
        without.close()
    before = "the same write on a copy of the file without the search index and its triggers"
    return [
        Row(
            "card move: commit only, with the search index",
            size,
            "ms",
            moves["with"],
            moves["without"],
            floor_label=before,
            note="PipelineService.move(), undone after; its timeline event is indexed",
        ),
        Row(
            "quick log: commit only, with the search index",
            size,
            "ms",
            logs["with"],
            logs["without"],
            floor_label=before,
            note="TimelineService.log() of a call with a body, deleted after",
        ),
    ]


def measure(size: str, data_dir: Path, database: Path, runs: int, work: Path) -> list[Row]:
    rows = _keystrokes(size, data_dir, database, runs)
    rows.append(_index_size(size, database))
    rows += _write_costs(size, data_dir, database, runs, work)
    return rows
