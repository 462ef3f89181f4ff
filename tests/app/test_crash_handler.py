"""A bug that escapes must reach the log and a dialog, from any thread, and never stack windows."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDir, QEvent, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from recruiter_desk.app.crash_dialog import CrashDialog
from recruiter_desk.app.crash_handler import (
    CrashHandler,
    install_crash_handler,
    install_signal_handlers,
)
from recruiter_desk.app.logging_setup import configure_logging, remove_file_logging

SUBPROCESS_TIMEOUT_S = 60

# A second error raises the open dialog; the offscreen platform used in tests
# cannot raise windows and says so with a Qt warning.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")


class FailingImport(RuntimeError):
    """A recognisable error, so assertions cannot match some other exception by accident."""


def _raise_and_report(message: str) -> None:
    """Raise for real (so there is a traceback with frames) and hand it to the installed hook."""
    try:
        _import_candidates(message)
    except FailingImport:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


def _import_candidates(message: str) -> None:
    raise FailingImport(message)


def _crash_dialogs() -> list[CrashDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()
    ]


def _visible_text(dialog: CrashDialog) -> str:
    """Everything the user can read in the dialog (labels and the details box)."""
    parts = [label.text() for label in dialog.findChildren(QLabel)]
    parts += [edit.toPlainText() for edit in dialog.findChildren(QPlainTextEdit)]
    return "\n".join(parts)


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    path = configure_logging(tmp_path / "logs")
    yield path
    remove_file_logging()
    root.setLevel(level)


@pytest.fixture
def opened_urls() -> list[QUrl]:
    return []


@pytest.fixture
def parent_window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    window.setWindowTitle("Recruiter Desk")
    qtbot.addWidget(window)
    return window


@pytest.fixture
def crash_handler(
    qapp: QApplication, log_file: Path, opened_urls: list[QUrl]
) -> Iterator[CrashHandler]:
    """An installed handler; hooks are restored and dialogs closed whatever the test did."""
    previous_sys_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    def open_url(url: QUrl) -> bool:
        opened_urls.append(url)
        return True

    handler = install_crash_handler(log_file, lambda: None, open_url=open_url)
    try:
        yield handler
    finally:
        handler.uninstall()
        sys.excepthook = previous_sys_hook
        threading.excepthook = previous_thread_hook
        for dialog in qapp.findChildren(CrashDialog) + [
            w for w in qapp.topLevelWidgets() if isinstance(w, CrashDialog)
        ]:
            dialog.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        handler.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _wait_for_dialog(qtbot: QtBot, handler: CrashHandler) -> CrashDialog:
    qtbot.waitUntil(lambda: handler.dialog is not None, timeout=5000)
    dialog = handler.dialog
    assert dialog is not None
    return dialog


# --- the dialog ---------------------------------------------------------------------------


def test_unhandled_exception_shows_dialog_with_message_and_log_path(
    qtbot: QtBot, crash_handler: CrashHandler, log_file: Path
) -> None:
    _raise_and_report("Kandidaat 42 ontbreekt in de import")

    dialog = _wait_for_dialog(qtbot, crash_handler)
    text = _visible_text(dialog)

    assert dialog.windowTitle() == "Something went wrong"
    assert "keeps running" in text
    assert "FailingImport: Kandidaat 42 ontbreekt in de import" in dialog.summary_text()
    assert QDir.toNativeSeparators(str(log_file)) in text
    assert "_import_candidates" in dialog.details_text()
    assert dialog.findChild(QPlainTextEdit, "crashDetails").isReadOnly()


def test_traceback_is_written_to_the_log(
    qtbot: QtBot, crash_handler: CrashHandler, log_file: Path
) -> None:
    _raise_and_report("Kandidaat 42 ontbreekt in de import")
    _wait_for_dialog(qtbot, crash_handler)

    text = log_file.read_text(encoding="utf-8")
    assert "recruiter_desk.crash" in text
    assert "Traceback (most recent call last)" in text
    assert "in _import_candidates" in text
    assert "FailingImport: Kandidaat 42 ontbreekt in de import" in text


def test_dialog_does_not_block_the_main_window(
    qtbot: QtBot,
    qapp: QApplication,
    log_file: Path,
    parent_window: QWidget,
) -> None:
    handler = install_crash_handler(log_file, lambda: parent_window, open_url=lambda _url: True)
    try:
        parent_window.show()
        _raise_and_report("boom")
        dialog = _wait_for_dialog(qtbot, handler)

        assert dialog.parentWidget() is parent_window
        assert dialog.windowModality() == Qt.WindowModality.NonModal
        assert qapp.activeModalWidget() is None
    finally:
        handler.uninstall()
        if handler.dialog is not None:
            handler.dialog.close()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_dialog_shows_the_apps_warning_mark_not_a_stock_picture(
    qtbot: QtBot, crash_handler: CrashHandler
) -> None:
    from PySide6.QtWidgets import QLabel

    from recruiter_desk.ui.widgets.line_icons import mark_icon

    _raise_and_report("no stock pictures")
    dialog = _wait_for_dialog(qtbot, crash_handler)
    mark = dialog.findChild(QLabel, "crashMark")
    assert mark is not None
    expected = mark_icon("!").pixmap(mark.pixmap().size()).toImage()
    assert mark.pixmap().toImage().convertToFormat(expected.format()) == expected


def test_details_are_hidden_until_asked_for(qtbot: QtBot, crash_handler: CrashHandler) -> None:
    _raise_and_report("boom")
    dialog = _wait_for_dialog(qtbot, crash_handler)
    details = dialog.findChild(QPlainTextEdit, "crashDetails")
    toggle = dialog.findChild(QPushButton, "crashDetailsToggle")

    assert not details.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert details.isVisible()
    assert toggle.text() == "Hide details"


def test_copy_details_puts_report_on_clipboard(
    qtbot: QtBot, qapp: QApplication, crash_handler: CrashHandler, log_file: Path
) -> None:
    _raise_and_report("Kandidaat 42 ontbreekt")
    dialog = _wait_for_dialog(qtbot, crash_handler)

    qtbot.mouseClick(dialog.findChild(QPushButton, "crashCopyDetails"), Qt.MouseButton.LeftButton)

    copied = qapp.clipboard().text()
    assert "Kandidaat 42 ontbreekt" in copied
    assert "Traceback (most recent call last)" in copied
    assert QDir.toNativeSeparators(str(log_file)) in copied
    assert "on the clipboard" in dialog.findChild(QLabel, "crashStatus").text()


def test_open_log_folder_opens_the_folder_of_the_log(
    qtbot: QtBot, crash_handler: CrashHandler, log_file: Path, opened_urls: list[QUrl]
) -> None:
    _raise_and_report("boom")
    dialog = _wait_for_dialog(qtbot, crash_handler)

    qtbot.mouseClick(dialog.findChild(QPushButton, "crashOpenLogFolder"), Qt.MouseButton.LeftButton)

    assert opened_urls == [QUrl.fromLocalFile(str(log_file.parent))]
    assert dialog.isVisible(), "opening the folder must not close the dialog"


def test_failing_to_open_the_folder_says_so(
    qtbot: QtBot, qapp: QApplication, log_file: Path
) -> None:
    dialog = CrashDialog(log_file, open_url=lambda _url: False)
    qtbot.addWidget(dialog)
    dialog.present()

    qtbot.mouseClick(dialog.findChild(QPushButton, "crashOpenLogFolder"), Qt.MouseButton.LeftButton)

    assert "could not be opened" in dialog.findChild(QLabel, "crashStatus").text()


def test_close_button_closes_the_dialog(qtbot: QtBot, crash_handler: CrashHandler) -> None:
    _raise_and_report("boom")
    dialog = _wait_for_dialog(qtbot, crash_handler)

    qtbot.mouseClick(dialog.findChild(QPushButton, "crashClose"), Qt.MouseButton.LeftButton)

    assert crash_handler.dialog is None


# --- where errors come from ---------------------------------------------------------------


def test_exception_in_a_qt_slot_shows_the_dialog(qtbot: QtBot, crash_handler: CrashHandler) -> None:
    """PySide hands exceptions from slots to sys.excepthook; that is the common case."""

    def on_timeout() -> None:
        raise FailingImport("timer slot failed")

    QTimer.singleShot(0, on_timeout)

    dialog = _wait_for_dialog(qtbot, crash_handler)
    assert "timer slot failed" in dialog.summary_text()


def test_exception_in_a_worker_thread_shows_the_dialog(
    qtbot: QtBot, crash_handler: CrashHandler, log_file: Path
) -> None:
    def work() -> None:
        raise FailingImport("worker lost the CSV file")

    worker = threading.Thread(target=work, name="ImportWorker")
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive()

    dialog = _wait_for_dialog(qtbot, crash_handler)
    assert "worker lost the CSV file" in dialog.summary_text()
    assert "thread ImportWorker" in dialog.details_text()
    assert "Unhandled exception in thread ImportWorker" in log_file.read_text(encoding="utf-8")


def test_two_errors_share_one_dialog(qtbot: QtBot, crash_handler: CrashHandler) -> None:
    _raise_and_report("first problem")
    first_dialog = _wait_for_dialog(qtbot, crash_handler)
    _raise_and_report("second problem")
    qtbot.waitUntil(lambda: "second problem" in first_dialog.summary_text(), timeout=5000)

    assert _crash_dialogs() == [first_dialog]
    assert "first problem" in first_dialog.summary_text()
    assert "first problem" in first_dialog.details_text()
    assert "second problem" in first_dialog.details_text()
    assert first_dialog.report_count == 2


def test_errors_from_main_and_worker_thread_share_one_dialog(
    qtbot: QtBot, crash_handler: CrashHandler
) -> None:
    def work() -> None:
        raise FailingImport("from the worker")

    worker = threading.Thread(target=work, name="SyncWorker")
    worker.start()
    _raise_and_report("from the main thread")
    worker.join(timeout=10)

    dialog = _wait_for_dialog(qtbot, crash_handler)
    qtbot.waitUntil(lambda: dialog.report_count == 2, timeout=5000)
    assert _crash_dialogs() == [dialog]
    assert "from the worker" in dialog.summary_text()
    assert "from the main thread" in dialog.summary_text()


def test_the_same_error_repeated_is_counted_not_listed_twice(
    qtbot: QtBot, crash_handler: CrashHandler
) -> None:
    for _ in range(3):
        _raise_and_report("timer keeps failing")
    dialog = _wait_for_dialog(qtbot, crash_handler)
    qtbot.waitUntil(lambda: dialog.report_count == 3, timeout=5000)

    assert dialog.summary_text().count("timer keeps failing") == 1
    assert "happened 3 times" in dialog.summary_text()


def test_many_different_errors_keep_the_summary_short(
    qtbot: QtBot, crash_handler: CrashHandler
) -> None:
    for number in range(8):
        try:
            raise FailingImport(f"problem {number}")
        except FailingImport:
            # Different line per error would be needed for distinct tracebacks;
            # distinct messages already make the tracebacks differ.
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    dialog = _wait_for_dialog(qtbot, crash_handler)
    qtbot.waitUntil(lambda: dialog.report_count == 8, timeout=5000)

    summary = dialog.summary_text()
    assert "3 earlier error" in summary
    assert "problem 7" in summary
    assert "problem 0" not in summary
    assert "problem 0" in dialog.details_text()


def test_after_closing_a_new_error_opens_a_fresh_dialog(
    qtbot: QtBot, crash_handler: CrashHandler
) -> None:
    _raise_and_report("old problem")
    _wait_for_dialog(qtbot, crash_handler).close()
    assert crash_handler.dialog is None

    _raise_and_report("new problem")
    dialog = _wait_for_dialog(qtbot, crash_handler)

    assert "new problem" in dialog.summary_text()
    assert "old problem" not in dialog.summary_text()


# --- hooks ---------------------------------------------------------------------------------


def test_uninstall_restores_the_previous_hooks(qapp: QApplication, log_file: Path) -> None:
    previous_sys_hook = sys.excepthook
    previous_thread_hook = threading.excepthook

    handler = install_crash_handler(log_file, lambda: None)
    try:
        assert sys.excepthook is not previous_sys_hook
        assert threading.excepthook is not previous_thread_hook
    finally:
        handler.uninstall()

    assert sys.excepthook is previous_sys_hook
    assert threading.excepthook is previous_thread_hook


def test_keyboard_interrupt_goes_to_the_previous_hook(
    qtbot: QtBot, qapp: QApplication, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda exc_type, _value, _tb: seen.append(exc_type))

    handler = install_crash_handler(log_file, lambda: None)
    try:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        QCoreApplication.sendPostedEvents()  # a report is a queued call: delivered now, if any

        assert seen == [KeyboardInterrupt]
        assert handler.dialog is None
        assert "KeyboardInterrupt" not in log_file.read_text(encoding="utf-8")
    finally:
        handler.uninstall()


def test_thread_exit_by_system_exit_is_not_an_error(
    qtbot: QtBot, crash_handler: CrashHandler, log_file: Path
) -> None:
    worker = threading.Thread(target=sys.exit, name="QuietWorker")
    worker.start()
    worker.join(timeout=10)
    QCoreApplication.sendPostedEvents()  # a report is a queued call: delivered now, if any

    assert crash_handler.dialog is None
    assert "QuietWorker" not in log_file.read_text(encoding="utf-8")


# --- signals -------------------------------------------------------------------------------


def test_signal_handlers_uninstall_restores_previous_state(qapp: QApplication) -> None:
    previous_int = signal.getsignal(signal.SIGINT)
    previous_term = signal.getsignal(signal.SIGTERM)
    previous_fd = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(previous_fd)

    handler = install_signal_handlers(qapp)
    try:
        assert handler.uses_wakeup_socket
        assert signal.getsignal(signal.SIGTERM) is not previous_term
    finally:
        handler.uninstall()
        handler.deleteLater()

    assert signal.getsignal(signal.SIGINT) is previous_int
    assert signal.getsignal(signal.SIGTERM) is previous_term
    current_fd = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(previous_fd)
    assert current_fd == previous_fd


_QUIT_SCRIPT = textwrap.dedent(
    """
    import sys, signal
    from PySide6.QtCore import QCoreApplication, QTimer
    from recruiter_desk.app.crash_handler import install_signal_handlers

    app = QCoreApplication(sys.argv)
    app.aboutToQuit.connect(lambda: print("about to quit", flush=True))
    handler = install_signal_handlers(app)
    if sys.argv[1] == "before-exec":
        signal.raise_signal(signal.SIGTERM)
    QTimer.singleShot(0, lambda: print("ready", handler.uses_wakeup_socket, flush=True))
    code = app.exec()
    print("exited", code, handler.received_signal.name, flush=True)
    sys.exit(code)
    """
)


def _start_quit_script(mode: str) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen(
        [sys.executable, "-c", _QUIT_SCRIPT, mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _finish(child: subprocess.Popen[str]) -> tuple[str, str]:
    try:
        return child.communicate(timeout=SUBPROCESS_TIMEOUT_S)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_quits_an_idle_event_loop_cleanly(signum: signal.Signals) -> None:
    """The event loop sits in C++ with nothing to do; the signal must still get through."""
    child = _start_quit_script("idle")
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready True"
        child.send_signal(signum)
    finally:
        stdout, stderr = _finish(child)

    assert child.returncode == 0, stderr
    assert "about to quit" in stdout
    assert f"exited 0 {signum.name}" in stdout


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_signal_before_the_event_loop_starts_still_quits() -> None:
    child = _start_quit_script("before-exec")
    stdout, stderr = _finish(child)

    assert child.returncode == 0, stderr
    assert "exited 0 SIGTERM" in stdout
