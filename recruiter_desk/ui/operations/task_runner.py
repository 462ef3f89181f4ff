"""One background executor for all database writes (and the slow start-up work).

One worker thread means one writer connection: SQLite's WAL mode must not see two writers
at once. Results come back to the GUI thread through a queued signal. Tests construct the
runner with ``synchronous=True`` so a write has finished when ``run`` returns.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

SuccessHandler = Callable[[Any], None]
FailureHandler = Callable[[BaseException], None]


class TaskRunner(QObject):
    _finished = Signal(object, object, object)  # callback, result, error

    def __init__(self, *, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._synchronous = synchronous
        self._executor: ThreadPoolExecutor | None = None
        self._pending = 0
        self._finished.connect(self._deliver)

    @property
    def synchronous(self) -> bool:
        return self._synchronous

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def run(
        self,
        work: Callable[[], Any],
        on_success: SuccessHandler | None = None,
        on_failure: FailureHandler | None = None,
    ) -> None:
        """Run ``work`` off the GUI thread; call back on the GUI thread.

        Without ``on_failure`` an error goes to ``sys.excepthook`` (the crash dialog).
        """
        self._pending += 1
        if self._synchronous:
            try:
                result = work()
            except Exception as error:
                self._deliver((on_success, on_failure), None, error)
            else:
                self._deliver((on_success, on_failure), result, None)
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        future = self._executor.submit(work)
        future.add_done_callback(lambda f: self._on_done(f, on_success, on_failure))

    def _on_done(
        self,
        future: Future[Any],
        on_success: SuccessHandler | None,
        on_failure: FailureHandler | None,
    ) -> None:
        error = future.exception()
        self._finished.emit((on_success, on_failure), None if error else future.result(), error)

    @Slot(object, object, object)
    def _deliver(self, callbacks: Any, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        on_success, on_failure = callbacks
        if error is not None:
            if on_failure is not None:
                on_failure(error)
                return
            raise error
        if on_success is not None:
            on_success(result)

    def shutdown(self) -> None:
        """Wait for queued writes: nothing the user saved is dropped at quit."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
