"""The rotating log file, and Qt's own messages routed into it.

A desktop app has no console the user can read, so the log file is what a
user sends when something goes wrong; the crash dialog points at it. It
rotates so it can never fill a disk, and Qt's warnings go into the same file
so one file tells the whole story.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LOG_FILE_NAME = "recruiter-desk.log"
LOG_FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"
DEFAULT_MAX_BYTES = 1024 * 1024
DEFAULT_BACKUP_COUNT = 5
QT_LOGGER_NAME = "qt"

_HANDLER_NAME = "recruiter-desk-file"
"""Marks our handler on the root logger, so a second call finds it instead of adding one."""

_QT_LEVELS: dict[QtMsgType, int] = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

QtMessageHandler = Callable[[QtMsgType, QMessageLogContext, str], None]


def configure_logging(
    log_directory: Path,
    level: int = logging.INFO,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    backup_count: int = DEFAULT_BACKUP_COUNT,
) -> Path:
    """Send the root logger to `log_directory/recruiter-desk.log` and return that path.

    Calling it again is harmless: the existing handler is kept (or, for
    another directory, replaced), never doubled, so every line is written
    once even if start-up code runs twice (tests, a restart after an error).
    """
    log_directory.mkdir(parents=True, exist_ok=True)
    log_file = log_directory / LOG_FILE_NAME
    root = logging.getLogger()
    root.setLevel(level)

    existing = _our_handler()
    if existing is not None:
        if Path(existing.baseFilename) == log_file.absolute():
            existing.maxBytes = max_bytes
            existing.backupCount = backup_count
            return log_file
        remove_file_logging()

    handler = RotatingFileHandler(
        log_file, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
    )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    return log_file


def remove_file_logging() -> None:
    """Detach and close our file handler: at exit, and between tests."""
    handler = _our_handler()
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        handler.close()


def _our_handler() -> RotatingFileHandler | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler) and handler.get_name() == _HANDLER_NAME:
            return handler
    return None


def install_qt_message_handler() -> QtMessageHandler | None:
    """Route Qt's qDebug/qWarning/qCritical/qFatal into logging ("qt" logger).

    Kept apart from `configure_logging` because the handler is process-wide
    Qt state that tests (pytest-qt installs its own) must be able to leave
    alone. Returns the previous handler so the caller can put it back.
    """
    return qInstallMessageHandler(forward_qt_message)


def forward_qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """The installed handler. It must never raise: Qt calls it from C++ on any thread.

    After a fatal message Qt aborts the process as soon as this returns, so the
    record is flushed here to make sure it reaches the file, and the message is printed to
    stderr: whoever started the app from a terminal sees why it stopped.
    """
    with contextlib.suppress(Exception):  # a broken log must not take Qt down with it
        level = _QT_LEVELS.get(mode, logging.WARNING)
        category = getattr(context, "category", None)
        if category and category != "default":
            message = f"[{category}] {message}"
        logging.getLogger(QT_LOGGER_NAME).log(level, "%s", message)
        if level >= logging.CRITICAL:
            for handler in logging.getLogger().handlers:
                handler.flush()
            # Qt aborts next: say why in the terminal too, not only in the log file.
            print(f"Qt: {message}", file=sys.stderr, flush=True)
