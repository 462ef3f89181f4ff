"""The timeline's first screen for the person with the longest timeline, against the raw
indexed query for the same page (the issue's SQLite floor).

The panel is built as the People page builds it (``TimelinePanel`` + ``TimelineController``
with the real ``TimelineService``), offscreen; a run is ``show_person`` until the list has
painted, after an untimed ``clear()`` (so each run shows the list anew, as when the
person is selected). Where the timeline is not built (older checkouts) the
row says so and only the floor is measured, so the floor is ready when the view arrives.

The floor's plan is checked: the page must come from ix_interaction_person_timeline without a
sort step, or it would not be a floor.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks import floor_queries as sql
from benchmarks.results import NOT_BUILT, Row

TIMELINE_INDEX = "ix_interaction_person_timeline"
PANEL_SIZE = (640, 760)
PAGE_SIZE = 50  # the model's page, and the raw query's LIMIT


def _floor(connection, person_id: int) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    page = connection.execute(sql.TIMELINE_PAGE_SQL, {"person": person_id}).fetchall()
    elapsed = time.perf_counter() - started
    assert page, "the heavy person has no timeline"
    return elapsed * 1000


class _TimelineView:
    """The app's timeline panel on real services; None where the timeline is not built."""

    def __init__(self, data_dir: Path) -> None:
        from PySide6.QtGui import QUndoStack

        from benchmarks.qt_in_process import PaintWatcher, application
        from recruiter_desk.services.app_services import open_services
        from recruiter_desk.ui.operations.change_bus import ChangeBus
        from recruiter_desk.ui.operations.task_runner import TaskRunner
        from recruiter_desk.ui.timeline.timeline_controller import TimelineController
        from recruiter_desk.ui.timeline.timeline_panel import TimelinePanel

        application()
        self.services = open_services(data_dir)
        self.bus = ChangeBus()
        self.undo_stack = QUndoStack()
        self.panel = TimelinePanel()
        self.panel.resize(*PANEL_SIZE)
        timeline = self.services.timeline  # type: ignore[attr-defined]
        self.controller = TimelineController(
            self.panel,
            timeline,
            TaskRunner(synchronous=True),
            self.bus,
            self.undo_stack,
            timeline.now,
        )
        self.watcher = PaintWatcher(self.panel.view.viewport())
        self.panel.show()
        self.watcher.wait()

    def open_person(self, person_id: int) -> float:
        from PySide6.QtWidgets import QApplication

        self.controller.clear()  # the list hides behind the "no contact yet" text
        QApplication.processEvents()
        self.watcher.arm()
        started = time.perf_counter()
        self.controller.show_person(person_id, "", None)
        self.watcher.wait()
        return (time.perf_counter() - started) * 1000

    def read_first_page(self, person_id: int) -> float:
        """The service call alone: what the model asks for, without Qt."""
        from recruiter_desk.domain.timeline import TimelineFilter

        timeline = self.services.timeline  # type: ignore[attr-defined]
        started = time.perf_counter()
        page = timeline.person_page(person_id, TimelineFilter(), None, PAGE_SIZE)
        elapsed = time.perf_counter() - started
        assert len(page) == PAGE_SIZE
        return elapsed * 1000

    def close(self) -> None:
        self.watcher.close()
        self.panel.close()
        self.panel.deleteLater()
        self.services.close()


def _view(data_dir: Path) -> _TimelineView | None:
    try:
        import recruiter_desk.ui.timeline.timeline_controller  # noqa: F401
    except ImportError:
        return None
    return _TimelineView(data_dir)


def measure(size: str, data_dir: Path, database: Path, person_id: int, runs: int) -> list[Row]:
    connection = sql.connect(database)
    view = _view(data_dir)
    try:
        plan = sql.query_plan(connection, sql.TIMELINE_PAGE_SQL, {"person": person_id})
        if not any(TIMELINE_INDEX in step for step in plan) or any(
            "TEMP B-TREE" in step for step in plan
        ):
            raise RuntimeError(f"the timeline query does not page through its index: {plan}")
        interactions = connection.execute(
            "SELECT COUNT(*) FROM interaction_person WHERE person_id = ?", (person_id,)
        ).fetchone()[0]
        painted, read, floors, read_floors = [], [], [], []
        for run in range(runs + 1):  # the first is the warm-up
            value = view.open_person(person_id) if view else None
            floor = _floor(connection, person_id)
            query = view.read_first_page(person_id) if view else None
            query_floor = _floor(connection, person_id)
            if run:
                floors.append(floor)
                read_floors.append(query_floor)
                if value is not None and query is not None:
                    painted.append(value)
                    read.append(query)
    finally:
        connection.close()
        if view:
            view.close()
    floor_label = (
        f"raw indexed SQL: newest {PAGE_SIZE} of person {person_id}'s {interactions:,} interactions"
    )
    extra = {"query_plan": plan, "person_interactions": interactions}
    rows = [
        Row(
            "timeline first page (painted)",
            size,
            "ms",
            painted,
            floors,
            floor_label=floor_label,
            note="show_person → first page read → list painted"
            if view
            else NOT_BUILT + "; floor ready",
            extra=extra,
        )
    ]
    if view:
        rows.append(
            Row(
                "timeline first page: query only",
                size,
                "ms",
                read,
                read_floors,
                floor_label=floor_label,
                note="TimelineService.person_page(person, no filter, first page)",
            )
        )
    return rows
