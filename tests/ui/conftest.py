"""Fixtures for widget tests: real services on a temporary database, writes run synchronously."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from recruiter_desk.services.app_services import AppServices, open_services
from recruiter_desk.ui.change_bus import ChangeBus
from recruiter_desk.ui.task_runner import TaskRunner


@pytest.fixture
def services(data_dir: Path) -> Iterator[AppServices]:
    opened = open_services(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def runner(qapp: object) -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def bus(qapp: object) -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def settings(tmp_path: Path, qapp: object) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def undo_stack(qapp: object) -> QUndoStack:
    return QUndoStack()
