"""A data folder where nothing can be written: a read-only file system and a full disk, for
real (a small tmpfs). The probe tells the two apart, and the data still reads, byte for byte
untouched: SQLite cannot make the ``-shm`` it needs for a WAL file there, so the file is read
as it is."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recruiter_desk.domain.records import ListQuery, PersonDraft
from recruiter_desk.domain.storage_errors import StorageError, StorageProblem
from recruiter_desk.services.app_services import open_services
from recruiter_desk.store.database import database_path
from recruiter_desk.store.folder_probe import write_problem
from tests.file_systems import fill_up, make_read_only, small_file_system

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def a_desk_with_anna(folder: Path) -> Path:
    services = open_services(folder, clock=lambda: NOW)
    try:
        services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    finally:
        services.close()
    return database_path(folder)


def test_a_writable_folder_has_no_problem_and_keeps_no_probe(tmp_path: Path) -> None:
    assert write_problem(tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_a_read_only_folder_is_told_and_its_data_reads_untouched(tmp_path: Path) -> None:
    with small_file_system(tmp_path / "stick", "16m") as stick:
        path = a_desk_with_anna(stick)
        before = digest(path)
        make_read_only(stick)

        assert write_problem(stick) is StorageProblem.READ_ONLY
        with pytest.raises(sqlite3.OperationalError):  # what a plain read-only open meets
            sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True).execute(
                "SELECT count(*) FROM person"
            )
        services = open_services(stick, clock=lambda: NOW, read_only=True)
        try:
            rows = services.people.page(ListQuery(), 0, 10)
            assert [row.display_name for row in rows] == ["Anna de Vries"]
            with pytest.raises(StorageError) as refused:
                services.people.create(PersonDraft(first_name="Bram"))
            assert refused.value.problem is StorageProblem.READ_ONLY
        finally:
            services.close()
        assert digest(path) == before
        assert sorted(p.name for p in stick.iterdir()) == [path.name]


def test_a_full_disk_is_told_and_its_data_reads(tmp_path: Path) -> None:
    with small_file_system(tmp_path / "full", "8m") as disk:
        path = a_desk_with_anna(disk)
        before = digest(path)
        fill_up(disk)

        assert write_problem(disk) is StorageProblem.DISK_FULL
        assert sorted(p.name for p in disk.iterdir()) == ["filler", path.name]
        services = open_services(disk, clock=lambda: NOW, read_only=True)
        try:
            rows = services.people.page(ListQuery(), 0, 10)
            assert [row.display_name for row in rows] == ["Anna de Vries"]
        finally:
            services.close()
        assert digest(path) == before
