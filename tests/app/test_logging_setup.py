"""The log file is what a user sends us: lines must land in it, rotate, and never double."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QMessageLogContext,
    QtMsgType,
    qCritical,
    qDebug,
    qInstallMessageHandler,
    qWarning,
)

from recruiter_desk.app.logging_setup import (
    LOG_FILE_NAME,
    configure_logging,
    forward_qt_message,
    install_qt_message_handler,
    remove_file_logging,
)


@pytest.fixture(autouse=True)
def clean_root_logger() -> Iterator[None]:
    """Each test configures logging from scratch and leaves the root logger as it found it."""
    root = logging.getLogger()
    level = root.level
    remove_file_logging()
    yield
    remove_file_logging()
    root.setLevel(level)


def _our_handlers() -> list[RotatingFileHandler]:
    return [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]


def test_logged_line_reaches_the_file(tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path / "logs")

    logging.getLogger("recruiter_desk.store").info("Opened database with %d people", 12)

    assert log_file == tmp_path / "logs" / LOG_FILE_NAME
    text = log_file.read_text(encoding="utf-8")
    assert "INFO" in text
    assert "recruiter_desk.store" in text
    assert "[MainThread]" in text
    assert "Opened database with 12 people" in text


def test_level_filters_lines(tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path, level=logging.WARNING)

    logging.getLogger("recruiter_desk").info("routine detail")
    logging.getLogger("recruiter_desk").warning("disk almost full")

    text = log_file.read_text(encoding="utf-8")
    assert "disk almost full" in text
    assert "routine detail" not in text


def test_non_ascii_text_is_written_as_utf8(tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path)

    logging.getLogger("recruiter_desk").info("Kandidaat: Zoë Ørsted — €4.500")

    assert "Zoë Ørsted — €4.500" in log_file.read_text(encoding="utf-8")


def test_file_rotates_when_it_grows_too_big(tmp_path: Path) -> None:
    log_file = configure_logging(tmp_path, max_bytes=2_000, backup_count=2)
    logger = logging.getLogger("recruiter_desk")

    for number in range(200):
        logger.info("line %03d %s", number, "x" * 50)

    backups = sorted(p.name for p in tmp_path.iterdir())
    assert backups == [LOG_FILE_NAME, f"{LOG_FILE_NAME}.1", f"{LOG_FILE_NAME}.2"]
    assert log_file.stat().st_size <= 2_000
    assert "line 199" in log_file.read_text(encoding="utf-8")
    assert "line 000" not in "".join(p.read_text(encoding="utf-8") for p in tmp_path.iterdir())


def test_calling_twice_adds_no_second_handler(tmp_path: Path) -> None:
    first = configure_logging(tmp_path)
    second = configure_logging(tmp_path)

    logging.getLogger("recruiter_desk").info("exactly once")

    assert first == second
    assert len(_our_handlers()) == 1
    assert first.read_text(encoding="utf-8").count("exactly once") == 1


def test_configuring_another_directory_moves_the_log(tmp_path: Path) -> None:
    old = configure_logging(tmp_path / "old")
    new = configure_logging(tmp_path / "new")

    logging.getLogger("recruiter_desk").info("after the move")

    assert len(_our_handlers()) == 1
    assert "after the move" in new.read_text(encoding="utf-8")
    assert "after the move" not in old.read_text(encoding="utf-8")


def test_qt_messages_are_forwarded_to_the_log(tmp_path: Path) -> None:
    """Runs Qt's real message functions through the installed handler.

    pytest-qt captures Qt messages with its own handler (and fails the test on
    warnings), so ours replaces it only inside this block and the previous one
    is put back, whatever happens.
    """
    log_file = configure_logging(tmp_path, level=logging.DEBUG)

    previous = install_qt_message_handler()
    try:
        qDebug("qt debug line")
        qWarning("qt warning line")
        qCritical("qt critical line")
    finally:
        replaced = qInstallMessageHandler(previous)

    assert replaced is forward_qt_message
    lines = log_file.read_text(encoding="utf-8").splitlines()

    def line_with(text: str) -> str:
        return next(line for line in lines if text in line)

    assert " DEBUG " in line_with("qt debug line")
    assert " WARNING " in line_with("qt warning line")
    assert " ERROR " in line_with("qt critical line")
    assert all(" qt " in line_with(t) for t in ("debug line", "warning line", "critical line"))


def test_fatal_qt_message_is_logged_as_critical_and_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """qFatal itself would abort the test run, so the handler is called the way Qt calls it."""
    log_file = configure_logging(tmp_path)
    context = QMessageLogContext()

    forward_qt_message(QtMsgType.QtFatalMsg, context, "qt fatal line")

    line = next(ln for ln in log_file.read_text(encoding="utf-8").splitlines() if "fatal" in ln)
    assert " CRITICAL " in line
    assert " qt " in line
    assert "qt fatal line" in capsys.readouterr().err
