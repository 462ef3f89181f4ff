"""The board in this process: open it, filter it, move a card, each against its floor.

The board is built as the app builds it (``PipelineBoard`` + ``BoardController`` with the real
``PipelineService`` on a copy of the dataset, the app's stylesheet and translations), offscreen.
Writes run on a synchronous ``TaskRunner``, as in the widget tests: a move is timed from the
request to the repaint without the hop to the writer thread. "Painted" means: the event loop
has delivered a paint event to the first column's list (Qt paints every dirty widget of the
window in that same pass).

The floor of each figure is the raw ``sqlite3`` query for the same cards plus a bare
``QListView`` (uniform item sizes, as the board's columns) painting them from a Python list.
Every figure gets one untimed warm-up; app and floor samples alternate.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QListView, QWidget

from benchmarks import floor_queries as sql
from benchmarks.qt_in_process import PaintWatcher, application
from benchmarks.results import Row

BOARD_SIZE = (1400, 700)
FILTER_TEXT = "de"


class TextListModel(QAbstractListModel):
    """The floor's model: strings in a Python list, nothing else."""

    def __init__(self, items: list[str]) -> None:
        super().__init__()
        self.items = items

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.items[index.row()]
        return None

    def replace_items(self, items: list[str]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()


class FloorList:
    """A bare QListView showing card texts, the floor's view."""

    def __init__(self, items: list[str]) -> None:
        self.model = TextListModel(items)
        self.view = QListView()
        self.view.setUniformItemSizes(True)
        self.view.setModel(self.model)
        self.view.resize(*BOARD_SIZE)
        self.watcher = PaintWatcher(self.view.viewport())

    def show_and_paint(self) -> None:
        self.watcher.arm()
        self.view.show()
        self.watcher.wait()

    def replace_and_paint(self, items: list[str]) -> None:
        self.watcher.arm()
        self.model.replace_items(items)
        self.watcher.wait()

    def dispose(self) -> None:
        self.watcher.close()
        self.view.close()
        self.view.deleteLater()


@dataclass
class OpenBoard:
    """A board with its controller and the collaborators the controller keeps signals to."""

    board: QWidget
    controller: object
    bus: QObject
    undo_stack: QUndoStack
    watcher: PaintWatcher

    def dispose(self) -> None:
        self.watcher.close()
        self.board.close()
        self.board.deleteLater()
        self.bus.deleteLater()
        self.undo_stack.deleteLater()
        QApplication.processEvents()


class BoardBench:
    def __init__(self, data_dir: Path, work: Path) -> None:
        from recruiter_desk.services.app_services import open_services
        from recruiter_desk.store.database import database_path
        from recruiter_desk.ui.operations.task_runner import TaskRunner

        self.app = application()
        self.services = open_services(data_dir)
        self.runner = TaskRunner(synchronous=True)
        self.settings = QSettings(str(work / "board-settings.ini"), QSettings.Format.IniFormat)
        self.raw = sql.connect(database_path(data_dir))

    def close(self) -> None:
        self.raw.close()
        self.services.close()

    # -- the app's side ----------------------------------------------------------------
    def open_board(self) -> OpenBoard:
        """Build, fill and show the board; returns once its columns have painted."""
        from recruiter_desk.ui.board.board_controller import BoardController
        from recruiter_desk.ui.board.pipeline_board import PipelineBoard
        from recruiter_desk.ui.operations.change_bus import ChangeBus

        bus = ChangeBus()
        undo_stack = QUndoStack()
        board = PipelineBoard()
        board.resize(*BOARD_SIZE)
        controller = BoardController(
            board,
            self.services.pipeline,
            self.runner,
            bus,
            undo_stack,
            self.settings,
            self.services.people,
        )
        controller.start()
        watcher = PaintWatcher(board.columns[0].view.viewport())
        board.show()
        watcher.wait()
        return OpenBoard(board, controller, bus, undo_stack, watcher)

    def set_text_filter(self, opened: OpenBoard, text: str) -> None:
        controller = opened.controller
        opened.watcher.arm()
        controller.set_filter(replace(controller.filter, text=text))  # type: ignore[attr-defined]
        opened.watcher.wait()

    # -- the floor's side ----------------------------------------------------------------
    def cards(self, statement: str, parameters: dict | None = None) -> list[str]:
        return [sql.card_text(row) for row in self.raw.execute(statement, parameters or {})]

    def floor_open(self) -> float:
        started = time.perf_counter()
        floor = FloorList(self.cards(sql.OPEN_CARDS_SQL))
        floor.show_and_paint()
        elapsed = time.perf_counter() - started
        floor.dispose()
        return elapsed

    # -- figures -------------------------------------------------------------------------
    def measure(self, size: str, runs: int) -> list[Row]:
        open_cards = len(self.raw.execute(sql.OPEN_CARDS_SQL).fetchall())
        print(f"[{size}]   board open…", flush=True)
        rows = [self._board_open(size, runs, open_cards)]
        print(f"[{size}]   filter keystroke…", flush=True)
        rows.append(self._filter(size, runs))
        print(f"[{size}]   card move…", flush=True)
        rows += self._move(size, runs)
        return rows

    def _board_open(self, size: str, runs: int, open_cards: int) -> Row:
        values, floors = [], []
        for run in range(runs + 1):  # the first is the warm-up
            started = time.perf_counter()
            opened = self.open_board()
            elapsed = time.perf_counter() - started
            opened.dispose()
            floor = self.floor_open()
            if run:
                values.append(elapsed * 1000)
                floors.append(floor * 1000)
        return Row(
            "board open",
            size,
            "ms",
            values,
            floors,
            floor_label=f"raw SQL for the {open_cards:,} open cards + bare QListView painting them",
            note="build board + controller, read counts and first pages, show, first paint",
            extra={"open_cards": open_cards},
        )

    def _filter(self, size: str, runs: int) -> Row:
        opened = self.open_board()
        floor = FloorList(self.cards(sql.OPEN_CARDS_SQL))
        floor.show_and_paint()
        pattern = {"p": sql.like_pattern(FILTER_TEXT)}
        values, floors = [], []
        matches = 0
        for run in range(runs + 1):
            self.set_text_filter(opened, "")
            started = time.perf_counter()
            self.set_text_filter(opened, FILTER_TEXT)
            elapsed = time.perf_counter() - started

            floor.replace_and_paint(self.cards(sql.OPEN_CARDS_SQL))
            started = time.perf_counter()
            items = self.cards(sql.FILTERED_CARDS_SQL, pattern)
            floor.replace_and_paint(items)
            floor_elapsed = time.perf_counter() - started
            matches = len(items)
            if run:
                values.append(elapsed * 1000)
                floors.append(floor_elapsed * 1000)
        self.set_text_filter(opened, "")
        floor.dispose()
        opened.dispose()
        return Row(
            f'filter keystroke ("{FILTER_TEXT}")',
            size,
            "ms",
            values,
            floors,
            floor_label=f"raw SQL with the same LIKE ({matches:,} cards) + QListView repaint",
            note="controller.set_filter(text) + repaint; the 150 ms typing delay not counted",
            extra={"matching_cards": matches},
        )

    def _move(self, size: str, runs: int) -> list[Row]:
        """A card from the first open column to the second and back (undo, not timed)."""
        opened = self.open_board()
        controller = opened.controller
        models = controller.models  # type: ignore[attr-defined]
        source, target = models[0].stage, models[1].stage
        card = models[0].card(0)
        if card is None:
            raise RuntimeError(f"the {source.key} column is empty: nothing to move")
        pipeline = self.services.pipeline
        floor = FloorList(self.cards(sql.OPEN_CARDS_SQL))
        floor.show_and_paint()
        writer = _RawMove(self.raw, card.placement_id, target.id)

        full, full_floor, commit, commit_floor = [], [], [], []
        for run in range(runs + 1):
            # The user's path: the controller's move on the undo stack, the write, the
            # change bus, the reload of the columns, the repaint.
            opened.watcher.arm()
            started = time.perf_counter()
            controller.request_move(card.placement_id, target.id)  # type: ignore[attr-defined]
            opened.watcher.wait()
            elapsed = time.perf_counter() - started
            opened.watcher.arm()
            opened.undo_stack.undo()
            opened.watcher.wait()

            started = time.perf_counter()
            writer.move()
            items = self.cards(sql.STAGE_CARDS_SQL, {"a": source.id, "b": target.id})
            floor.replace_and_paint(items)
            floor_elapsed = time.perf_counter() - started
            writer.undo()

            # The write alone: the service's transaction against the raw one.
            started = time.perf_counter()
            receipt, _changes = pipeline.move(card.placement_id, target.id)
            write = time.perf_counter() - started
            pipeline.undo_move(receipt)

            started = time.perf_counter()
            writer.move()
            write_floor = time.perf_counter() - started
            writer.undo()
            if run:
                full.append(elapsed * 1000)
                full_floor.append(floor_elapsed * 1000)
                commit.append(write * 1000)
                commit_floor.append(write_floor * 1000)
        floor.dispose()
        opened.dispose()
        moved = f"{source.key} → {target.key}"
        return [
            Row(
                "card move (commit + reload + paint)",
                size,
                "ms",
                full,
                full_floor,
                floor_label="raw write transaction + raw SQL for the two columns + QListView",
                note=f"{moved}; request_move → write → bus → reload → paint; undone after",
            ),
            Row(
                "card move: commit only",
                size,
                "ms",
                commit,
                commit_floor,
                floor_label="raw UPDATE + 3 INSERTs in one transaction (WAL, synchronous=FULL)",
                note="PipelineService.move() alone: UPDATE placement, INSERT stage_change, "
                "interaction, interaction_person",
            ),
        ]


class _RawMove:
    """The rows a move writes, as raw SQL in one transaction, and their exact undo."""

    def __init__(self, connection: sqlite3.Connection, placement_id: int, to_stage_id: int):
        self.connection = connection
        self.placement_id = placement_id
        self.to_stage_id = to_stage_id
        self.before = connection.execute(
            "SELECT stage_id, board_position, stage_entered_at, updated_at FROM placement"
            " WHERE id = ?",
            (placement_id,),
        ).fetchone()
        self.person_id, self.company_id = connection.execute(
            "SELECT p.person_id, v.company_id FROM placement p"
            " JOIN vacancy v ON v.id = p.vacancy_id WHERE p.id = ?",
            (placement_id,),
        ).fetchone()
        self.written: tuple[int, int] | None = None

    def move(self) -> None:
        now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        c = self.connection
        c.execute("BEGIN IMMEDIATE")
        position = c.execute(
            "SELECT COALESCE(MAX(board_position), 0) + 1024 FROM placement WHERE stage_id = ?",
            (self.to_stage_id,),
        ).fetchone()[0]
        c.execute(
            "UPDATE placement SET stage_id = ?, board_position = ?, stage_entered_at = ?,"
            " updated_at = ?, closed_at = NULL WHERE id = ?",
            (self.to_stage_id, position, now, now, self.placement_id),
        )
        change = c.execute(
            "INSERT INTO stage_change (placement_id, from_stage_id, to_stage_id, changed_at, note)"
            " VALUES (?, ?, ?, ?, '')",
            (self.placement_id, self.before[0], self.to_stage_id, now),
        ).lastrowid
        event = c.execute(
            "INSERT INTO interaction (occurred_at, kind, event_type, channel, direction, summary,"
            " body, company_id, placement_id, created_at)"
            " VALUES (?, 'system_event', 'stage_moved', NULL, 'none', 'Lead → Contacted', '',"
            " ?, ?, ?)",
            (now, self.company_id, self.placement_id, now),
        ).lastrowid
        c.execute(
            "INSERT INTO interaction_person (interaction_id, person_id, occurred_at)"
            " VALUES (?, ?, ?)",
            (event, self.person_id, now),
        )
        c.execute("COMMIT")
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


def measure(size: str, data_dir: Path, runs: int, work: Path) -> list[Row]:
    bench = BoardBench(data_dir, work)
    try:
        return bench.measure(size, runs)
    finally:
        bench.close()
