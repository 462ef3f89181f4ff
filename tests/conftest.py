"""Shared fixtures. Qt runs offscreen; every test gets its own real SQLite file.

That file is a copy of one database migrated once per session (migrating takes a good part of a
second per test; copying a file, a millisecond). Only tests that use Qt's application (``qapp``,
or ``qtbot`` and the widget fixtures, which need it) get one: domain, store and services tests
run without a ``QApplication``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
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


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at this app's schema, migrated once; tests get copies of it."""
    from datetime import UTC, datetime

    from recruiter_desk.store.database import database_path
    from recruiter_desk.store.schema_upgrade import upgrade_database

    path = database_path(tmp_path_factory.mktemp("template"))
    upgrade_database(path, now=datetime.now(UTC))
    # WAL: what a connection wrote may still sit in the -wal file beside the database. Check it
    # back into the main file; closing the last connection then removes the -wal, so a plain
    # copy of the one file is the whole database.
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    leftovers = [p.name for p in path.parent.iterdir() if p != path]
    assert leftovers == [], f"the template is not one file: {leftovers}"
    return path


def place_migrated_database(data_dir: Path, template: Path) -> None:
    """Put a copy of the template in ``data_dir``, unless a database is there already (a test
    that asks for both ``database`` and ``services`` gets one file)."""
    target = data_dir / template.name
    if not target.exists():
        shutil.copyfile(template, target)


@pytest.fixture
def database(data_dir: Path, migrated_template: Path) -> Iterator[object]:
    """A migrated, empty database in a temporary directory."""
    from recruiter_desk.services.clock import system_clock
    from recruiter_desk.store.database import open_database

    place_migrated_database(data_dir, migrated_template)
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


@pytest.fixture(scope="session")
def english_catalogue(qapp: object) -> None:
    """Widgets speak as they do for an English user: with the English plural forms loaded."""
    from recruiter_desk.app.ui_setup import install_translators

    install_translators(qapp, "en")  # type: ignore[arg-type]


@pytest.fixture
def dutch(qapp: object) -> Iterator[None]:
    """The Dutch catalogue and locale for one test; English again afterwards."""
    from recruiter_desk.app.ui_setup import install_translators

    try:
        install_translators(qapp, "nl")  # type: ignore[arg-type]
        yield
    finally:
        for translator in getattr(qapp, "translators", []):
            qapp.removeTranslator(translator)  # type: ignore[attr-defined]
        install_translators(qapp, "en")  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def english_for_qt_tests(request: pytest.FixtureRequest) -> None:
    """The English catalogue for the tests that use Qt's application, and only for them: a
    test that asks for no ``qapp`` (itself or through ``qtbot`` or another fixture) gets no
    QApplication. (pytest-qt imports PySide6's modules when it loads, so whether Qt was
    imported says nothing; whether a test needs the application does.)"""
    if "qapp" in request.fixturenames:
        request.getfixturevalue("english_catalogue")


# -- widget tests: real services on a temporary database, writes run synchronously ------------
# Qt is imported inside the fixtures, so that domain, store and service tests never load it.


@pytest.fixture
def services(data_dir: Path, migrated_template: Path):  # type: ignore[no-untyped-def]
    from recruiter_desk.services.app_services import open_services

    place_migrated_database(data_dir, migrated_template)
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
