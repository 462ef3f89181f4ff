"""The real ``recruiter-desk`` program in real processes: one instance per data folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recruiter_desk.app.single_instance import LOCK_FILE_NAME
from recruiter_desk.store.engine import DATABASE_FILENAME


def launch(data_dir: Path, tmp_path: Path, *extra: str) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"))
    return subprocess.Popen(
        [sys.executable, "-m", "recruiter_desk.app.main", "--data-dir", str(data_dir), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError
        time.sleep(0.05)


def log_text(tmp_path: Path) -> str:
    logs = list((tmp_path / "state").rglob("recruiter-desk.log"))
    return logs[0].read_text(encoding="utf-8") if logs else ""


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")
def test_second_start_hands_over_to_the_first_and_exits(tmp_path: Path) -> None:
    data_dir = tmp_path / "desk"
    first = launch(data_dir, tmp_path)
    try:
        wait_for(lambda: "data shown" in log_text(tmp_path) or first.poll() is not None)
        assert first.poll() is None, first.communicate()
        assert (data_dir / DATABASE_FILENAME).exists()
        assert (data_dir / LOCK_FILE_NAME).exists()

        second = launch(data_dir, tmp_path)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already running" in out
        assert first.poll() is None, "the first instance must keep running"
        assert "first paint" in log_text(tmp_path)
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=30)
    assert first.returncode == 0
    assert "stopped" in log_text(tmp_path)
    assert not (data_dir / LOCK_FILE_NAME).exists()


def test_other_data_folders_are_separate_instances(tmp_path: Path) -> None:
    first = launch(tmp_path / "a", tmp_path)
    second = launch(tmp_path / "b", tmp_path)
    try:
        wait_for(lambda: log_text(tmp_path).count("data shown") >= 2 or first.poll() is not None)
        assert first.poll() is None and second.poll() is None
    finally:
        for process in (first, second):
            process.send_signal(signal.SIGTERM)
            process.communicate(timeout=30)


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")
def test_a_first_start_welcomes_and_the_next_start_does_not(tmp_path: Path) -> None:
    data_dir = tmp_path / "desk"
    for start in (1, 2):
        process = launch(data_dir, tmp_path)
        try:
            wait_for(
                lambda p=process, n=start: (
                    log_text(tmp_path).count("data shown") >= n or p.poll() is not None
                )
            )
            assert process.poll() is None, process.communicate()
        finally:
            process.send_signal(signal.SIGTERM)
            process.communicate(timeout=30)
        assert log_text(tmp_path).count("the welcome is shown") == 1


# -- a data folder where nothing can be written (issue: never a false "already running") -------


def _desk_with_anna(folder: Path) -> str:
    import hashlib
    from datetime import UTC, datetime

    from recruiter_desk.domain.records import PersonDraft
    from recruiter_desk.services.app_services import open_services

    services = open_services(folder, clock=lambda: datetime(2026, 12, 4, 9, tzinfo=UTC))
    try:
        services.people.create(PersonDraft(first_name="Anna"))
    finally:
        services.close()
    return hashlib.sha256((folder / DATABASE_FILENAME).read_bytes()).hexdigest()


def _starts_read_only(data_dir: Path, tmp_path: Path, stored: str) -> None:
    import hashlib

    process = launch(data_dir, tmp_path)
    try:
        wait_for(lambda: "data shown" in log_text(tmp_path) or process.poll() is not None)
        assert process.poll() is None, process.communicate()
        assert "opening read-only" in log_text(tmp_path)
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Another Recruiter Desk" not in err
    assert "Traceback" not in log_text(tmp_path)
    assert hashlib.sha256((data_dir / DATABASE_FILENAME).read_bytes()).hexdigest() == stored


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and mounts")
def test_a_read_only_data_folder_opens_read_only_instead_of_claiming_another_instance(
    tmp_path: Path,
) -> None:
    from tests.file_systems import make_read_only, small_file_system

    with small_file_system(tmp_path / "stick", "16m") as stick:
        stored = _desk_with_anna(stick)
        make_read_only(stick)
        _starts_read_only(stick, tmp_path, stored)


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and mounts")
def test_a_full_disk_opens_read_only_instead_of_claiming_another_instance(
    tmp_path: Path,
) -> None:
    from tests.file_systems import fill_up, small_file_system

    with small_file_system(tmp_path / "full", "16m") as disk:
        stored = _desk_with_anna(disk)
        fill_up(disk)
        _starts_read_only(disk, tmp_path, stored)


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals and mounts")
def test_a_data_folder_that_cannot_be_made_is_said_in_plain_words(tmp_path: Path) -> None:
    from tests.file_systems import make_read_only, small_file_system

    with small_file_system(tmp_path / "stick", "1m") as stick:
        make_read_only(stick)
        process = launch(stick / "desk", tmp_path)
        try:
            # The line is printed; then a dialog says it too, and waits for the user.
            wait_for(lambda: "cannot be made" in log_text(tmp_path) or process.poll() is not None)
        finally:
            process.kill()
            _out, err = process.communicate(timeout=30)
        assert "Recruiter Desk cannot make its data folder" in err
        assert "Read-only file system" in err
        assert "Another Recruiter Desk" not in err
