"""Shows the data as early as it can, then opens the store off the GUI thread.

After the first paint, the board (when it is the area on screen) reads its first screen through
a plain ``sqlite3`` connection (``services.early_board``): SQLAlchemy is not imported yet. Once
that has painted, the executor imports SQLAlchemy and the services and opens the store
(migrating it if needed), and the window gets its services. Python runs one thread at a time,
so that import is not started beside the window or the board's first reads: it would only
slow them down.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from recruiter_desk.app.desk import BOARD, Desk
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.widgets.after_paint import AfterPaint

if TYPE_CHECKING:
    from recruiter_desk.services.app_services import AppServices
    from recruiter_desk.services.early_board import EarlyBoardReader

log = logging.getLogger(__name__)

LOCK_RETRY_SECONDS = 10
"""How long to wait before opening a database that another program had locked again (each try
itself waits the busy timeout, off the window's thread)."""
LOCKED_NOTICE = "store-locked"


def open_store(
    data_dir: Path,
    *,
    demo: bool,
    seed: int,
    read_only: bool = False,
    busy_timeout_ms: int | None = None,
) -> AppServices:
    """Runs on the executor thread: the slow imports and the migration happen here."""
    from recruiter_desk.services.app_services import open_services
    from recruiter_desk.services.clock import system_clock

    fresh_demo = False
    if demo:
        from recruiter_desk.store.database import database_path
        from recruiter_desk.store.demo_dataset import DEMO, generate_dataset
        from recruiter_desk.store.schema_upgrade import upgrade_database

        path = database_path(data_dir)
        if not path.exists():
            now = system_clock()
            upgrade_database(path, now=now)
            generate_dataset(path, DEMO, seed=seed, now=now)
            fresh_demo = True
    if busy_timeout_ms is None:
        services = open_services(data_dir, clock=system_clock, read_only=read_only)
    else:
        services = open_services(
            data_dir, clock=system_clock, read_only=read_only, busy_timeout_ms=busy_timeout_ms
        )
    if fresh_demo:
        from recruiter_desk.services.demo_files import add_sample_files

        add_sample_files(services.attachments, services.database)
    return services


class StoreLoader(QObject):
    opened = Signal(object)
    """The desk has its services (``AppServices``; ``services`` is set too)."""

    def __init__(
        self,
        desk: Desk,
        runner: TaskRunner,
        data_dir: Path,
        *,
        demo: bool = False,
        seed: int = 0,
        started: float | None = None,
        read_only: bool = False,
        busy_timeout_ms: int | None = None,
    ) -> None:
        super().__init__(desk)
        self.busy_timeout_ms = busy_timeout_ms
        self.desk = desk
        self.data_dir = data_dir
        self.demo = demo
        self.seed = seed
        self.read_only = read_only
        """The folder cannot be written: the data is opened as it is, for reading only."""
        self.runner = runner
        self.services: AppServices | None = None
        self.early: EarlyBoardReader | None = None
        self._started = False
        self._shown = False
        self._t0 = started if started is not None else time.perf_counter()
        self.lock_retries = 0
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.retry_now)

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        if self._show_board_early():
            # The board paints first; then the executor takes Python's lock for the import.
            AfterPaint(self.desk.window.page(BOARD), self._open_store)
        else:
            self._open_store()

    def _show_board_early(self) -> bool:
        """The board's first screen without SQLAlchemy, if the board is what the window shows
        and the file is at this app's schema. Returns whether the board shows its data."""
        from recruiter_desk.services.clock import system_clock
        from recruiter_desk.services.early_board import open_early_board

        reader = open_early_board(self.data_dir, system_clock)
        if reader is None:
            return False
        if not self.desk.show_board_early(reader):
            reader.close()
            return False
        self.early = reader
        self._data_shown()
        return True

    def _open_store(self) -> None:
        self.runner.run(
            lambda: open_store(
                self.data_dir,
                demo=self.demo,
                seed=self.seed,
                read_only=self.read_only,
                busy_timeout_ms=self.busy_timeout_ms,
            ),
            self._opened,
            self._failed,
        )

    def _data_shown(self) -> None:
        if not self._shown:
            self._shown = True
            log.info("data shown %.0f ms after main()", (time.perf_counter() - self._t0) * 1000)

    def _opened(self, services: AppServices) -> None:
        self.services = services
        self.desk.window.notices.dismiss(LOCKED_NOTICE)
        self.desk.open(services)
        self._close_early()
        self.opened.emit(services)
        self._data_shown()
        upgrade = services.upgrade
        if upgrade.changed and upgrade.backup is not None:
            log.info("schema upgraded from %s; backup at %s", upgrade.from_revision, upgrade.backup)

    def _failed(self, error: BaseException) -> None:
        from recruiter_desk.ui.operations import store_errors

        window = self.desk.window
        if store_errors.is_locked(error):
            # Another program's lock passes (a backup tool, a sync client): try again, and
            # say so, instead of a dead desk until the next start.
            self.lock_retries += 1
            log.warning(
                "the data in %s is locked by another program (try %d); trying again in %d s",
                self.data_dir,
                self.lock_retries,
                LOCK_RETRY_SECONDS,
            )
            window.notices.show_notice(
                store_errors.describe_locked_at_start(self.data_dir, LOCK_RETRY_SECONDS),
                key=LOCKED_NOTICE,
                kind="error",
                on_click=self.retry_now,
            )
            self._retry.start(LOCK_RETRY_SECONDS * 1000)
            return
        log.error("opening the data in %s failed", self.data_dir, exc_info=error)
        if store_errors.is_damaged(error):
            text = store_errors.describe_damaged_at_start(self.data_dir, self._newest_backup())
        else:
            text = store_errors.describe_open_error(error, self.data_dir)
        window.show_banner(text, kind="error")

    def retry_now(self) -> None:
        """Open the store again (after a lock; the banner's click, or the timer)."""
        self._retry.stop()
        if self.services is None and not self.runner.busy:
            self._open_store()

    def _newest_backup(self) -> tuple[str, str] | None:
        from PySide6.QtCore import QDateTime, QLocale

        from recruiter_desk.store.backups import BACKUP_DIRNAME, BACKUP_SUFFIX

        folder = self.data_dir / BACKUP_DIRNAME
        backups = [
            path
            for path in (folder.glob(f"*{BACKUP_SUFFIX}") if folder.is_dir() else [])
            if not path.name.startswith(".")  # a partial one, never finished
        ]
        if not backups:
            return None
        newest = max(backups, key=lambda path: path.stat().st_mtime)
        made = QDateTime.fromSecsSinceEpoch(int(newest.stat().st_mtime))
        return str(newest), QLocale().toString(made, QLocale.FormatType.ShortFormat)

    def _close_early(self) -> None:
        if self.early is not None:
            self.early.close()
            self.early = None

    def close(self) -> None:
        """Finish queued writes before the file is closed: nothing saved is dropped."""
        self._retry.stop()
        self.runner.shutdown()
        self._close_early()
        if self.services is not None:
            self.services.close()
            self.services = None
