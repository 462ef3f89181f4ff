"""What the user sees when a bug escapes, and a clean exit on Ctrl+C / SIGTERM.

Without this, an exception in a slot prints to a console nobody has open and
the user is left wondering why a button did nothing. House rule 11: bugs get a
crash dialog that points at the log; it is installed before the first window.
Known environmental errors (disk full, database locked) are handled where they
happen, with their own clear message; this is the net for everything else. The dialog
itself (``crash_dialog``) is imported when the first error is shown.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSocketNotifier,
    Qt,
    QTimer,
    Signal,
    Slot,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QWidget

    from recruiter_desk.app.crash_dialog import CrashDialog

crash_logger = logging.getLogger("recruiter_desk.crash")
logger = logging.getLogger(__name__)

ParentProvider = Callable[[], "QWidget | None"]
UrlOpener = Callable[["QUrl"], bool]
SysExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadExceptHook = Callable[[threading.ExceptHookArgs], object]

SignalHandler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None
"""What ``signal.signal`` returns and takes: None for a handler not set from Python."""

_MAX_SUMMARY_MESSAGE_CHARS = 300


def open_in_desktop(url: QUrl) -> bool:
    """The desktop's handler for ``url`` (the log folder)."""
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


@dataclass
class ErrorReport:
    """One unhandled exception, already turned into text.

    Only strings cross threads and outlive the handler: a traceback object
    keeps every frame (and every Qt object in them) alive.
    """

    type_name: str
    message: str
    traceback_text: str
    thread_name: str
    when: datetime = field(default_factory=datetime.now)
    occurrences: int = 1

    @classmethod
    def from_exception(
        cls,
        exc_type: type[BaseException],
        exc_value: BaseException | None,
        exc_tb: TracebackType | None,
        thread_name: str,
    ) -> ErrorReport:
        module = getattr(exc_type, "__module__", "builtins")
        qualname = getattr(exc_type, "__qualname__", repr(exc_type))
        type_name = qualname if module == "builtins" else f"{module}.{qualname}"
        if exc_value is None:  # threading.excepthook allows it; there is nothing more to say
            return cls(type_name, "", f"{type_name}\n", thread_name)
        return cls(
            type_name=type_name,
            message=str(exc_value),
            traceback_text="".join(traceback.format_exception(exc_type, exc_value, exc_tb)),
            thread_name=thread_name,
        )

    def headline(self) -> str:
        """`ValueError: first line of the message`, short enough for a label."""
        first_line = self.message.strip().splitlines()[0] if self.message.strip() else ""
        if len(first_line) > _MAX_SUMMARY_MESSAGE_CHARS:
            first_line = first_line[: _MAX_SUMMARY_MESSAGE_CHARS - 1] + "…"
        return f"{self.type_name}: {first_line}" if first_line else self.type_name


class CrashHandler(QObject):
    """Catches unhandled exceptions from any thread, logs them and shows one `CrashDialog`.

    Create it on the GUI thread after the `QApplication`. Every report travels
    to the GUI thread through a queued signal, even from the GUI thread
    itself: the dialog is then never built in the middle of the paint or
    event handler that failed, and a report from a worker thread is safe.

    The dialog is non-modal, shown with `show()` rather than `open()`:
    `QDialog.open()` makes a dialog window-modal, which would lock the main
    window and contradict "the app keeps running"; it is still never
    `exec()`, so nothing nests an event loop (house rule 8's real concern).
    """

    _report_ready = Signal(object)

    def __init__(
        self,
        log_file: Path,
        parent_provider: ParentProvider,
        *,
        open_url: UrlOpener = open_in_desktop,
    ) -> None:
        super().__init__()
        self._log_file = log_file
        self._parent_provider = parent_provider
        self._open_url = open_url
        self._dialog: CrashDialog | None = None
        self._installed = False
        self._previous_sys_hook: SysExceptHook = sys.excepthook
        self._previous_thread_hook: ThreadExceptHook = threading.excepthook
        self._report_ready.connect(self._present, Qt.ConnectionType.QueuedConnection)

    @property
    def log_file(self) -> Path:
        return self._log_file

    @property
    def dialog(self) -> CrashDialog | None:
        """The crash dialog currently on screen, if any."""
        dialog = self._dialog
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            return None
        return dialog

    def install(self) -> None:
        if self._installed:
            return
        self._previous_sys_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._sys_excepthook
        threading.excepthook = self._thread_excepthook
        self._installed = True

    def uninstall(self) -> None:
        """Put the previous hooks back (if nobody has replaced ours since)."""
        if not self._installed:
            return
        self._installed = False
        if sys.excepthook == self._sys_excepthook:
            sys.excepthook = self._previous_sys_hook
        if threading.excepthook == self._thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def report(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException | None,
        exc_tb: TracebackType | None,
        thread_name: str | None = None,
    ) -> None:
        """Log an exception and queue it for the dialog; safe from any thread, never raises."""
        name = thread_name or threading.current_thread().name
        with contextlib.suppress(Exception):
            crash_logger.error(
                "Unhandled exception in thread %s",
                name,
                exc_info=(exc_type, exc_value, exc_tb) if exc_value is not None else None,
            )
        with contextlib.suppress(Exception):
            # RuntimeError when the C++ side is already gone at interpreter shutdown.
            self._report_ready.emit(ErrorReport.from_exception(exc_type, exc_value, exc_tb, name))

    def _sys_excepthook(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        exc_tb: TracebackType | None,
    ) -> None:
        if not self._installed or issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys_hook(exc_type, exc_value, exc_tb)
            return
        self.report(exc_type, exc_value, exc_tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # the default hook ignores it too: a thread's way out
            return
        if not self._installed or issubclass(args.exc_type, KeyboardInterrupt):
            self._previous_thread_hook(args)
            return
        thread_name = args.thread.name if args.thread is not None else None
        self.report(args.exc_type, args.exc_value, args.exc_traceback, thread_name)

    @Slot(object)
    def _present(self, report: ErrorReport) -> None:
        # An exception escaping from here would come straight back through the hook.
        try:
            from PySide6.QtWidgets import QApplication

            if not isinstance(QCoreApplication.instance(), QApplication):
                return  # no widgets possible (shutting down, or a console run): logged only
            dialog = self.dialog
            if dialog is None:
                from recruiter_desk.app.crash_dialog import CrashDialog

                dialog = CrashDialog(self._log_file, self._safe_parent(), open_url=self._open_url)
                self._dialog = dialog
            dialog.add_report(report)
            dialog.present()
        except Exception:
            with contextlib.suppress(Exception):
                crash_logger.exception("Could not show the crash dialog")

    def _safe_parent(self) -> QWidget | None:
        try:
            parent = self._parent_provider()
        except Exception:
            return None
        return parent if parent is not None and shiboken6.isValid(parent) else None


def install_crash_handler(
    log_file: Path,
    parent_provider: ParentProvider,
    *,
    open_url: UrlOpener = open_in_desktop,
) -> CrashHandler:
    """Install the hooks for the main thread and all threads; keep the result for `uninstall()`.

    `parent_provider` is called when an error is shown, so it can return the
    main window once there is one (the dialog then stays on top of it) and
    None during start-up.
    """
    handler = CrashHandler(log_file, parent_provider, open_url=open_url)
    handler.install()
    return handler


class QuitOnSignal(QObject):
    """Turns SIGINT/SIGTERM into a clean `QCoreApplication.exit(0)`.

    Python runs signal handlers only between bytecodes on the main thread,
    and while Qt's event loop waits in C++ no bytecode runs, so Ctrl+C or a
    `kill` would go unnoticed until the next mouse move. Two known cures:

    * a `QTimer` every 200 ms that runs a no-op in Python. Simple, but it
      wakes the CPU five times a second forever (laptops, a tray app that
      runs all day) and delays the quit by up to 200 ms.
    * `signal.set_wakeup_fd`: Python's C-level handler writes a byte to a
      socket, a `QSocketNotifier` wakes the event loop, and the Python handler
      runs at once. No polling. A socket pair (not a pipe) works on Windows too.

    We use the wakeup socket and fall back to the timer only if it cannot be
    set up (not on the main thread, or the platform refuses).

    `exit()` rather than `quit()`: since Qt 6 `quit()` first asks every window
    to close and is cancelled if one refuses, such as a main window that hides
    to the tray. `aboutToQuit` is emitted either way, so clean-up still runs.
    The exit is posted with a zero timer, because a signal that arrives before
    `exec()` has started would otherwise be ignored.
    """

    def __init__(
        self, app: QCoreApplication, signals: Sequence[signal.Signals] | None = None
    ) -> None:
        super().__init__(app)
        self._app = app
        self._signals = list(signals) if signals is not None else _termination_signals()
        self._previous_handlers: dict[signal.Signals, SignalHandler] = {}
        self._previous_wakeup_fd: int | None = None
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._timer: QTimer | None = None
        self._received: signal.Signals | None = None

    @property
    def uses_wakeup_socket(self) -> bool:
        return self._notifier is not None

    @property
    def received_signal(self) -> signal.Signals | None:
        return self._received

    def install(self) -> None:
        if self._previous_handlers:
            return
        for signum in self._signals:
            self._previous_handlers[signum] = signal.signal(signum, self._handle_signal)
        if not self._install_wakeup_socket():
            self._timer = QTimer(self)
            self._timer.setInterval(200)
            self._timer.timeout.connect(lambda: None)  # gives Python a chance to run handlers
            self._timer.start()

    def uninstall(self) -> None:
        for signum, previous in self._previous_handlers.items():
            with contextlib.suppress(ValueError, TypeError, OSError):
                signal.signal(signum, previous)
        self._previous_handlers.clear()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._previous_wakeup_fd is not None:
            with contextlib.suppress(ValueError, OSError):
                signal.set_wakeup_fd(self._previous_wakeup_fd)
            self._previous_wakeup_fd = None
        if self._sockets is not None:
            for sock in self._sockets:
                sock.close()
            self._sockets = None
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
            self._timer = None

    def _install_wakeup_socket(self) -> bool:
        try:
            reader, writer = socket.socketpair()
        except OSError:
            return False
        try:
            reader.setblocking(False)
            writer.setblocking(False)
            self._previous_wakeup_fd = signal.set_wakeup_fd(
                writer.fileno(), warn_on_full_buffer=False
            )
        except (ValueError, OSError):
            reader.close()
            writer.close()
            return False
        self._sockets = (reader, writer)
        self._notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain_wakeup_socket)
        return True

    @Slot()
    def _drain_wakeup_socket(self) -> None:
        # Running this Python slot is what lets the interpreter call _handle_signal.
        if self._sockets is None:
            return
        with contextlib.suppress(BlockingIOError, InterruptedError, OSError):
            while self._sockets[0].recv(512):
                pass

    def _handle_signal(self, signum: int, _frame: FrameType | None) -> None:
        received = signal.Signals(signum)
        if self._received is None:
            logger.info("Received %s, quitting", received.name)
        self._received = received
        QTimer.singleShot(0, self._app, lambda: self._app.exit(0))


def _termination_signals() -> list[signal.Signals]:
    return [signal.SIGINT, signal.SIGTERM]


def install_signal_handlers(app: QCoreApplication) -> QuitOnSignal:
    """Make Ctrl+C and SIGTERM (logout, `kill`, a service manager) quit `app` cleanly.

    Call it on the main thread before `app.exec()`; keep the result to
    `uninstall()` it.
    """
    handler = QuitOnSignal(app)
    handler.install()
    return handler
