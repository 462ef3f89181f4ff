"""The sample data, for the tests that look at the whole window with realistic content."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The sample data, made once for these tests (the services open copies of it)."""
    from datetime import UTC, datetime

    from recruiter_desk.store.database import database_path
    from recruiter_desk.store.demo_dataset import DEMO, generate_dataset
    from recruiter_desk.store.schema_upgrade import upgrade_database

    folder = tmp_path_factory.mktemp("demo")
    path = database_path(folder)
    now = datetime.now(UTC)
    upgrade_database(path, now=now)
    generate_dataset(path, DEMO, seed=2026, now=now)
    return folder


@pytest.fixture
def demo_services(demo_folder, tmp_path):  # type: ignore[no-untyped-def]
    import shutil

    from recruiter_desk.services.app_services import open_services
    from recruiter_desk.store.database import database_path

    folder = tmp_path / "demo"
    folder.mkdir()
    shutil.copy(database_path(demo_folder), database_path(folder))
    opened = open_services(folder, busy_timeout_ms=200)
    yield opened
    opened.close()
