"""The timeline's first screen for the person with the longest timeline, against its floors.

The panel is built as the People page builds it (``TimelinePanel`` + ``TimelineController`` with
the real ``TimelineService``, the one write path and the contact-logging flow), offscreen; a run
is ``show_person`` until the list has painted, after an untimed ``clear()`` (so each run shows
the list anew, as when the person is selected). Its floor does the same the bare way: the raw
queries for the same page (the newest 50 entries with their company, and the names of the people
in them) and a bare ``QListView`` (a list of strings, the default delegate) whose viewport is as
big as the panel's list's and whose rows are as big as the timeline's rows, painting those 50
rows, after an untimed reset to no rows. The rows are checked to be the timeline's, entry for
entry. The service's read alone is timed against the same raw queries without Qt. Where the
timeline is not built (older checkouts) the row says so and only the floors are measured, so the
floor is ready when the view arrives.

The floor's plan is checked: the page must come from ix_interaction_person_timeline, sorting at
most the entries of an equal moment, or it would not be a floor.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSize

from benchmarks import floor_queries as sql
from benchmarks.results import NOT_BUILT, Row

TIMELINE_INDEX = "ix_interaction_person_timeline"
TIES_ONLY = "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY"
PANEL_SIZE = (640, 760)
PAGE_SIZE = sql.TIMELINE_PAGE  # the model's page, and the raw query's LIMIT


def _read_floor(connection, person_id: int) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    page = sql.timeline_screen(connection, person_id)
    elapsed = time.perf_counter() - started
    assert len(page) == PAGE_SIZE, "the heavy person's timeline is shorter than a page"
    return elapsed * 1000


class _FloorList:
    """A bare QListView painting a timeline page's rows, its viewport as big as ``size``."""

    def __init__(
        self,
        connection,
        person_id: int,
        viewport: tuple[int, int],
        rows: list[QSize],  # type: ignore[no-untyped-def]
    ) -> None:
        from PySide6.QtWidgets import QListView

        from benchmarks.floor_views import TextListModel
        from benchmarks.qt_in_process import PaintWatcher, application

        application()
        self.connection = connection
        self.person_id = person_id
        self.model = TextListModel([], rows)
        self.view = QListView()
        self.view.setModel(self.model)
        self.ids: list[int] = []
        self.watcher = PaintWatcher(self.view.viewport())
        # Show it with a page once, then make its viewport the panel list's size.
        self.model.replace_items(["…"] * PAGE_SIZE)
        self.view.resize(*viewport)
        self.watcher.arm()
        self.view.show()
        self.watcher.wait()
        wanted = QSize(*viewport)
        for _attempt in range(4):  # a scroll bar may come or go with the size
            got = self.view.viewport().size()
            if got == wanted:
                break
            self.watcher.arm()
            self.view.resize(self.view.size() + wanted - got)
            self.watcher.wait()
        else:
            raise RuntimeError(f"the floor's viewport is {got}, not {wanted}")

    def show_page(self) -> float:
        from PySide6.QtWidgets import QApplication

        self.model.replace_items([])
        QApplication.processEvents()
        self.watcher.arm()
        started = time.perf_counter()
        page = sql.timeline_screen(self.connection, self.person_id)
        self.model.replace_items([sql.timeline_text(row) for row in page])
        self.watcher.wait()
        elapsed = time.perf_counter() - started
        self.ids = [row[0] for row in page]
        return elapsed * 1000

    def close(self) -> None:
        self.watcher.close()
        self.view.close()
        self.view.deleteLater()


class _TimelineView:
    """The app's timeline panel on real services; None where the timeline is not built."""

    def __init__(self, data_dir: Path) -> None:
        from PySide6.QtGui import QUndoStack

        from benchmarks.qt_in_process import PaintWatcher, application
        from recruiter_desk.services.app_services import open_services
        from recruiter_desk.ui.operations.change_bus import ChangeBus
        from recruiter_desk.ui.operations.task_runner import TaskRunner
        from recruiter_desk.ui.operations.writes import Writes
        from recruiter_desk.ui.timeline.contact_logging import ContactLogFlow
        from recruiter_desk.ui.timeline.timeline_controller import TimelineController
        from recruiter_desk.ui.timeline.timeline_panel import TimelinePanel

        application()
        self.services = open_services(data_dir)
        self.writes = Writes(TaskRunner(synchronous=True), ChangeBus(), QUndoStack())
        self.panel = TimelinePanel()
        self.panel.resize(*PANEL_SIZE)
        services = self.services
        logging = ContactLogFlow(services.contact_logging, self.writes, services.timeline.now)
        self.controller = TimelineController(self.panel, services.timeline, self.writes, logging)
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

    def list_viewport(self) -> tuple[int, int]:
        size = self.panel.view.viewport().size()
        return size.width(), size.height()

    def rows(self) -> list[QSize]:
        """The size of each row of the list, as laid out."""
        view = self.panel.view
        return [
            view.visualRect(view.model().index(row, 0)).size()
            for row in range(view.model().rowCount())
        ]

    def ids(self) -> list[int]:
        model = self.controller.model
        return [model.entry(row).id for row in range(model.rowCount())]  # type: ignore[union-attr]

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
    floor: _FloorList | None = None
    try:
        plan = sql.query_plan(
            connection, sql.TIMELINE_PAGE_SQL, {"person": person_id, "limit": PAGE_SIZE}
        )
        if not any(TIMELINE_INDEX in step for step in plan) or any(
            "TEMP B-TREE" in step and step != TIES_ONLY for step in plan
        ):
            raise RuntimeError(f"the timeline query does not page through its index: {plan}")
        interactions = connection.execute(
            "SELECT COUNT(*) FROM interaction_person WHERE person_id = ?", (person_id,)
        ).fetchone()[0]
        if view:
            view.open_person(person_id)  # the list on screen, so that its viewport has its size
        viewport = view.list_viewport() if view else PANEL_SIZE
        rows = view.rows() if view else [QSize(PANEL_SIZE[0], 60)]
        floor = _FloorList(connection, person_id, viewport, rows)
        painted, read, floors, read_floors = [], [], [], []
        for run in range(runs + 1):  # the first is the warm-up
            value = view.open_person(person_id) if view else None
            floor_value = floor.show_page()
            if not run and view and view.ids() != floor.ids:
                raise RuntimeError("the floor paints other entries than the timeline")
            query = view.read_first_page(person_id) if view else None
            query_floor = _read_floor(connection, person_id)
            if run:
                floors.append(floor_value)
                read_floors.append(query_floor)
                if value is not None and query is not None:
                    painted.append(value)
                    read.append(query)
    finally:
        connection.close()
        if floor:
            floor.close()
        if view:
            view.close()
    page = (
        f"raw indexed SQL for the same page: newest {PAGE_SIZE} of person {person_id}'s "
        f"{interactions:,} interactions, their company and people"
    )
    extra = {"query_plan": plan, "person_interactions": interactions, "viewport": viewport}
    rows = [
        Row(
            "timeline first page (painted)",
            size,
            "ms",
            painted,
            floors,
            floor_label=f"{page} + a bare QListView painting them ({viewport[0]}×{viewport[1]}"
            " viewport, as the timeline's)",
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
                floor_label=page + ", without Qt",
                note="TimelineService.person_page(person, no filter, first page)",
            )
        )
    return rows
