"""Shared fixtures. Qt runs offscreen; every test gets its own real SQLite file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests away from the developer's real settings and data.
os.environ.pop("RECRUITER_DESK_DATA_DIR", None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def database(data_dir: Path) -> Iterator[object]:
    """A migrated, empty database in a temporary directory."""
    from recruiter_desk.services.clock import system_clock
    from recruiter_desk.store.database import open_database

    db, _ = open_database(data_dir, system_clock)
    yield db
    db.close()


@pytest.fixture
def make_placements(database: object):  # type: ignore[no-untyped-def]
    """Writes placements straight into the store: ``make([(first name, company, stage key,
    days in stage), ...], now)`` returns their ids in order."""
    from datetime import timedelta

    from sqlalchemy import select

    from recruiter_desk.store.models import (
        CompanyModel,
        PersonModel,
        PlacementModel,
        StageChangeModel,
        StageModel,
        VacancyModel,
    )

    def make(cards, now):  # type: ignore[no-untyped-def]
        ids = []
        with database.write() as session:  # type: ignore[attr-defined]
            stages = {s.key: s.id for s in session.scalars(select(StageModel))}
            companies: dict[str, CompanyModel] = {}
            for position, (first, company_name, stage_key, days) in enumerate(cards):
                company = companies.get(company_name)
                if company is None:
                    company = CompanyModel(name=company_name, sort_name=company_name.lower())
                    companies[company_name] = company
                    session.add(company)
                vacancy = VacancyModel(company=company, title=f"Engineer at {company_name}")
                person = PersonModel(
                    first_name=first, last_name="Test", sort_name=f"test {first.lower()}"
                )
                session.add_all([vacancy, person])
                session.flush()
                entered = now - timedelta(days=days)
                placement = PlacementModel(
                    person_id=person.id,
                    vacancy_id=vacancy.id,
                    stage_id=stages[stage_key],
                    board_position=1024.0 * (position + 1),
                    stage_entered_at=entered,
                    stage_history=[
                        StageChangeModel(to_stage_id=stages[stage_key], changed_at=entered)
                    ],
                )
                session.add(placement)
                session.flush()
                ids.append(placement.id)
        return ids

    return make


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(request: pytest.FixtureRequest) -> None:
    """Widgets speak as they do for an English user: with the English plural forms loaded.
    Tests that never touch Qt do not start a QApplication for this."""
    if "PySide6.QtWidgets" not in __import__("sys").modules:
        return
    qapp = request.getfixturevalue("qapp")
    from recruiter_desk.app.ui_setup import install_translators

    install_translators(qapp, "en")


# -- widget tests: real services on a temporary database, writes run synchronously ------------
# Qt is imported inside the fixtures, so that domain, store and service tests never load it.


@pytest.fixture
def services(data_dir: Path):  # type: ignore[no-untyped-def]
    from recruiter_desk.services.app_services import open_services

    # A short busy timeout: a test that holds a lock on purpose sees the failure at once.
    opened = open_services(data_dir, busy_timeout_ms=200)
    yield opened
    opened.close()


@pytest.fixture
def runner(qapp: object):  # type: ignore[no-untyped-def]
    from recruiter_desk.ui.operations.task_runner import TaskRunner

    return TaskRunner(synchronous=True)


@pytest.fixture
def bus(qapp: object):  # type: ignore[no-untyped-def]
    from recruiter_desk.ui.operations.change_bus import ChangeBus

    return ChangeBus()


@pytest.fixture
def settings(tmp_path: Path, qapp: object):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from recruiter_desk.ui.settings.app_settings import AppSettings

    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def undo_stack(qapp: object):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoStack

    return QUndoStack()


@pytest.fixture
def writes(runner, bus, undo_stack):  # type: ignore[no-untyped-def]
    """The one write path, on a synchronous runner: a write has finished when it returns."""
    from recruiter_desk.ui.operations.writes import Writes

    return Writes(runner, bus, undo_stack)


@pytest.fixture
def make_desk(qtbot, settings, writes):  # type: ignore[no-untyped-def]
    """The window as the app composes it (``app.desk``), shown; not yet given the store."""
    from recruiter_desk.app.desk import Desk

    def make(**options: object) -> Desk:
        desk = Desk(settings, writes, **options)  # type: ignore[arg-type]
        qtbot.addWidget(desk.window)
        desk.window.show()
        return desk

    return make
