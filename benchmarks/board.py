"""The board in this process: open it, filter it, move a card, each against its floor.

The board is built as the app builds it (``app.desk``: ``PipelineBoard`` + ``BoardController``
reading through its ``BoardBackend`` with the real services on a copy of the dataset, the one
write path ``Writes``, the typed ``AppSettings``), offscreen. Writes run on a synchronous
``TaskRunner``, as in the widget tests: a move is timed from the request to the repaint without
the hop to the writer thread. "Painted" means: the event loop
has delivered a paint event to the first column's list (Qt paints every dirty widget of the
window in that same pass).

Each floor does the same work the bare way. It reads what the board reads, in raw ``sqlite3``:
the grouped count of the columns and one page of cards per column (after a move, the two
columns the board re-reads). It paints what the board paints with bare widgets: one
``QListView`` per column (a list of strings, the default delegate, uniform item sizes, as the
board's lists), each where the board's column list is and as big, in a bare window of the
board's size, its rows as big as the board's cards, so that the same cards are on screen.
Before timing, the floor's cards are checked to be the board's, column for column. A card
move's write alone is timed against a raw transaction that runs the same statements as
``PipelineService.move`` (checked, statement for statement, on the warm-up).
Every figure gets one untimed warm-up; app and floor samples alternate.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks import floor_queries as sql
from benchmarks.floor_views import BoardShape, FloorBoard
from benchmarks.qt_in_process import PaintWatcher, application
from benchmarks.raw_move import RawMove, Statements
from benchmarks.results import Row

BOARD_SIZE = (1400, 700)
FILTER_TEXT = "de"


@dataclass
class OpenBoard:
    """A board with its controller and the collaborators the controller keeps signals to."""

    board: QWidget
    controller: object
    writes: object
    watcher: PaintWatcher

    @property
    def undo_stack(self):  # type: ignore[no-untyped-def]
        return self.writes.undo_stack  # type: ignore[attr-defined]

    def shape(self) -> BoardShape:
        lists = [
            QRect(column.view.mapTo(self.board, QPoint(0, 0)), column.view.size())
            for column in self.board.columns  # type: ignore[attr-defined]
        ]
        models = self.controller.models  # type: ignore[attr-defined]
        columns = [model.stage.id for model in models]
        shown = next(c for c, m in zip(self.board.columns, models, strict=True) if m.rowCount())  # type: ignore[attr-defined]
        card = shown.view.visualRect(shown.view.model().index(0, 0)).size()
        return BoardShape((self.board.width(), self.board.height()), columns, lists, card)

    def ids(self) -> dict[int, list[int]]:
        """The cards each column shows, as placement ids."""
        return {
            model.stage.id: [model.card(row).placement_id for row in range(model.rowCount())]
            for model in self.controller.models  # type: ignore[attr-defined]
        }

    def dispose(self) -> None:
        self.watcher.close()
        self.board.close()
        self.board.deleteLater()
        self.writes.bus.deleteLater()  # type: ignore[attr-defined]
        self.undo_stack.deleteLater()
        QApplication.processEvents()


def same_cards(app: dict[int, list[int]], floor: dict[int, list[int]], what: str) -> None:
    if app != floor:
        differ = [stage for stage in app if app[stage] != floor.get(stage)]
        raise RuntimeError(f"{what}: the floor shows other cards than the board in {differ}")


class BoardBench:
    def __init__(self, data_dir: Path, work: Path) -> None:
        from recruiter_desk.services.app_services import open_services
        from recruiter_desk.store.database import database_path
        from recruiter_desk.ui.board.board_columns import CARDS_PER_PAGE
        from recruiter_desk.ui.operations.task_runner import TaskRunner
        from recruiter_desk.ui.settings.app_settings import AppSettings

        if sql.BOARD_PAGE != CARDS_PER_PAGE:
            raise RuntimeError(
                f"the floor reads {sql.BOARD_PAGE} cards a column, the board "
                f"{CARDS_PER_PAGE}: update floor_queries.BOARD_PAGE"
            )
        self.app = application()
        self.services = open_services(data_dir)
        self.runner = TaskRunner(synchronous=True)
        self.settings = AppSettings(
            QSettings(str(work / "board-settings.ini"), QSettings.Format.IniFormat)
        )
        self.raw = sql.connect(database_path(data_dir))

    def close(self) -> None:
        self.raw.close()
        self.services.close()

    # -- the app's side ----------------------------------------------------------------
    def open_board(self) -> OpenBoard:
        """Build, fill and show the board; returns once its columns have painted."""
        from PySide6.QtGui import QUndoStack

        from recruiter_desk.ui.board.board_backend import BoardBackend
        from recruiter_desk.ui.board.board_controller import BoardController
        from recruiter_desk.ui.board.pipeline_board import PipelineBoard
        from recruiter_desk.ui.operations.change_bus import ChangeBus
        from recruiter_desk.ui.operations.writes import Writes

        writes = Writes(self.runner, ChangeBus(), QUndoStack())
        board = PipelineBoard()
        board.resize(*BOARD_SIZE)
        backend = BoardBackend.of(self.services, board)
        controller = BoardController(board, backend, writes, self.settings)
        controller.start()
        watcher = PaintWatcher(board.columns[0].view.viewport())
        board.show()
        watcher.wait()
        return OpenBoard(board, controller, writes, watcher)

    def set_text_filter(self, opened: OpenBoard, text: str) -> None:
        controller = opened.controller
        opened.watcher.arm()
        filters = controller.filters  # type: ignore[attr-defined]
        filters.set(replace(filters.current, text=text))
        opened.watcher.wait()

    # -- the floor's side ----------------------------------------------------------------
    def floor_open(self, shape: BoardShape) -> tuple[float, FloorBoard]:
        """The floor's board open: build it, read the first screen, show, first paint."""
        started = time.perf_counter()
        floor = FloorBoard(shape)
        columns = sql.open_columns(self.raw)
        _counts, cards = sql.board_screen(self.raw, columns)
        floor.show_and_paint(cards)
        elapsed = time.perf_counter() - started
        if columns != shape.columns:
            raise RuntimeError(f"the floor's columns {columns} are not the board's {shape.columns}")
        return elapsed, floor

    def floor_screen(
        self, shape: BoardShape, only: list[int] | None = None, word: str = ""
    ) -> dict[int, list[tuple]]:
        return sql.board_screen(self.raw, shape.columns, only, word)[1]

    # -- figures -------------------------------------------------------------------------
    def measure(self, size: str, runs: int) -> list[Row]:
        opened = self.open_board()
        shape, shown = opened.shape(), sum(len(ids) for ids in opened.ids().values())
        opened.dispose()
        print(f"[{size}]   board open…", flush=True)
        rows = [self._board_open(size, runs, shape, shown)]
        print(f"[{size}]   filter keystroke…", flush=True)
        rows.append(self._filter(size, runs, shape))
        print(f"[{size}]   card move…", flush=True)
        rows += self._move(size, runs, shape)
        return rows

    def _board_open(self, size: str, runs: int, shape: BoardShape, shown: int) -> Row:
        values, floors = [], []
        for run in range(runs + 1):  # the first is the warm-up
            started = time.perf_counter()
            opened = self.open_board()
            elapsed = time.perf_counter() - started
            app_ids = opened.ids()
            opened.dispose()
            floor_elapsed, floor = self.floor_open(shape)
            if not run:
                same_cards(app_ids, floor.ids, "board open")
            floor.dispose()
            if run:
                values.append(elapsed * 1000)
                floors.append(floor_elapsed * 1000)
        return Row(
            "board open",
            size,
            "ms",
            values,
            floors,
            floor_label=f"raw SQL for the counts and a page of each of {len(shape.columns)} "
            f"columns ({shown:,} cards) + a bare QListView per column painting them",
            note="build board + controller, read counts and first pages, show, first paint",
            extra={"cards_shown": shown, "columns": len(shape.columns)},
        )

    def _filter(self, size: str, runs: int, shape: BoardShape) -> Row:
        opened = self.open_board()
        _elapsed, floor = self.floor_open(shape)
        values, floors = [], []
        matches = 0
        for run in range(runs + 1):
            self.set_text_filter(opened, "")
            started = time.perf_counter()
            self.set_text_filter(opened, FILTER_TEXT)
            elapsed = time.perf_counter() - started

            floor.replace_and_paint(self.floor_screen(shape))
            started = time.perf_counter()
            floor.replace_and_paint(self.floor_screen(shape, word=FILTER_TEXT))
            floor_elapsed = time.perf_counter() - started
            if not run:
                same_cards(opened.ids(), floor.ids, "filter")
            matches = sum(len(ids) for ids in floor.ids.values())
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
            floor_label=f"raw SQL with the same LIKE: counts and a page per column ({matches:,} "
            "cards shown) + the bare QListViews repainting",
            note="filters.set(text) + reload + repaint; the typing delay not counted",
            extra={"cards_shown": matches},
        )

    def _move(self, size: str, runs: int, shape: BoardShape) -> list[Row]:
        """A card from the first open column to the second and back (undo, not timed)."""
        opened = self.open_board()
        controller = opened.controller
        models = controller.models  # type: ignore[attr-defined]
        source, target = models[0].stage, models[1].stage
        card = models[0].card(0)
        if card is None:
            raise RuntimeError(f"the {source.key} column is empty: nothing to move")
        pipeline = self.services.pipeline
        _elapsed, floor = self.floor_open(shape)
        writer = RawMove(self.raw, card.placement_id, target.id)
        touched = [source.id, target.id]

        full, full_floor, commit, commit_floor = [], [], [], []
        for run in range(runs + 1):
            # The user's path: the controller's move on the undo stack, the write, the
            # change bus, the reload of the columns, the repaint.
            opened.watcher.arm()
            started = time.perf_counter()
            controller.moves.request(card.placement_id, target.id)  # type: ignore[attr-defined]
            opened.watcher.wait()
            elapsed = time.perf_counter() - started
            moved = opened.ids()
            opened.watcher.arm()
            opened.undo_stack.undo()
            opened.watcher.wait()

            started = time.perf_counter()
            writer.move()
            floor.replace_and_paint(self.floor_screen(shape, only=touched))
            floor_elapsed = time.perf_counter() - started
            if not run:
                same_cards(
                    {stage: moved[stage] for stage in touched},
                    {stage: floor.ids[stage] for stage in touched},
                    "card move",
                )
            writer.undo()

            # The write alone: the service's transaction against the raw one, which runs the
            # same statements (checked on the warm-up).
            with Statements(self.services.database.writer) as service_statements:
                started = time.perf_counter()
                receipt, _changes = pipeline.move(card.placement_id, target.id)
                write = time.perf_counter() - started
            pipeline.undo_move(receipt)

            writer.statements.clear()
            started = time.perf_counter()
            writer.move()
            write_floor = time.perf_counter() - started
            if not run and service_statements.shapes != writer.shapes():
                raise RuntimeError(
                    "the raw move does not run what PipelineService.move runs; update "
                    "benchmarks/board.py's RawMove:\n  service: "
                    + "\n           ".join(service_statements.shapes)
                    + "\n  floor:   "
                    + "\n           ".join(writer.shapes())
                )
            statements = writer.shapes()
            writer.undo()
            if run:
                full.append(elapsed * 1000)
                full_floor.append(floor_elapsed * 1000)
                commit.append(write * 1000)
                commit_floor.append(write_floor * 1000)
        floor.dispose()
        opened.dispose()
        moved_label = f"{source.key} → {target.key}"
        return [
            Row(
                "card move (commit + reload + paint)",
                size,
                "ms",
                full,
                full_floor,
                floor_label="the raw move transaction + raw SQL for the counts and the two "
                "columns' pages + their bare QListViews repainting",
                note=f"{moved_label}; moves.request → write → bus → reload → paint; undone after",
            ),
            Row(
                "card move: commit only",
                size,
                "ms",
                commit,
                commit_floor,
                floor_label=f"raw transaction of the same {len(statements)} statements "
                "(WAL, synchronous=FULL)",
                note="PipelineService.move() alone, in one transaction: " + "; ".join(statements),
                extra={"statements": statements},
            ),
        ]


def measure(size: str, data_dir: Path, runs: int, work: Path) -> list[Row]:
    bench = BoardBench(data_dir, work)
    try:
        return bench.measure(size, runs)
    finally:
        bench.close()
