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
