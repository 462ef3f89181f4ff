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
    from recruiter_desk.store.database import open_database

    db, _ = open_database(data_dir)
    yield db
    db.close()
