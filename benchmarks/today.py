"""The Today view: compute its sections and paint them, on the dataset.

Built as the app builds it (``app.desk``: ``TodayPage`` + ``TodayController`` with the real
``RemindersService``, the one write path, the typed settings), offscreen; a run is ``reload()``
(every section's query, the model reset) until the list has painted. The issue sets no floor for
Today — its target compares L with M (the view must not grow with the data) — so the floor
column stays empty. Where the view is not built (older checkouts) the row says so.
"""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.results import NOT_BUILT, Row

PAGE_SIZE = (900, 700)


class _TodayView:
    def __init__(self, data_dir: Path, work: Path) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtGui import QUndoStack

        from benchmarks.qt_in_process import PaintWatcher, application
        from recruiter_desk.services.app_services import open_services
        from recruiter_desk.ui.operations.change_bus import ChangeBus
        from recruiter_desk.ui.operations.task_runner import TaskRunner
        from recruiter_desk.ui.operations.writes import Writes
        from recruiter_desk.ui.settings.app_settings import AppSettings
        from recruiter_desk.ui.today.today_controller import TodayController
        from recruiter_desk.ui.today.today_page import TodayPage

        application()
        self.services = open_services(data_dir)
        self.page = TodayPage()
        self.page.resize(*PAGE_SIZE)
        settings = QSettings(str(work / "today-settings.ini"), QSettings.Format.IniFormat)
        self.controller = TodayController(
            self.page,
            self.services.reminders,
            Writes(TaskRunner(synchronous=True), ChangeBus(), QUndoStack()),
            AppSettings(settings),
            contact_person=lambda *_args: None,
            log_for_person=lambda _person_id: None,
        )
        self.controller.start()
        self.watcher = PaintWatcher(self.page.view.viewport())
        self.page.show()
        self.watcher.wait()

    def compute_and_paint(self) -> tuple[float, int]:
        self.watcher.arm()
        started = time.perf_counter()
        self.controller.reload()
        self.watcher.wait()
        return (time.perf_counter() - started) * 1000, self.controller.model.rowCount()

    def close(self) -> None:
        self.watcher.close()
        self.page.close()
        self.page.deleteLater()
        self.services.close()


def measure(size: str, data_dir: Path, runs: int, work: Path) -> Row:
    try:
        import recruiter_desk.ui.today.today_controller  # noqa: F401
    except ImportError:
        return Row("Today view: compute + paint", size, "ms", note=NOT_BUILT)
    view = _TodayView(data_dir, work)
    values = []
    rows = 0
    try:
        for run in range(runs + 1):  # the first is the warm-up
            elapsed, rows = view.compute_and_paint()
            if run:
                values.append(elapsed)
    finally:
        view.close()
    return Row(
        "Today view: compute + paint",
        size,
        "ms",
        values,
        floor_label="none set by the issue (target: L ≤ 1.2 × M)",
        note="TodayController.reload(): every section's query, model reset, list painted",
        extra={"rows": rows},
    )
