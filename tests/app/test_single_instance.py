"""A second start must hand over to the first one, and two processes must never share a database."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from recruiter_desk import APP_ID
from recruiter_desk.app.single_instance import (
    LOCK_FILE_NAME,
    DataDirLock,
    SingleInstance,
    instance_key,
)

SUBPROCESS_TIMEOUT_S = 60


def _unique_key() -> str:
    return f"{APP_ID}-test-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def make_instance(qapp: object) -> Iterator[Callable[[str], SingleInstance]]:
    """Builds instances and makes sure none keeps listening after the test."""
    created: list[SingleInstance] = []

    def make(key: str) -> SingleInstance:
        instance = SingleInstance(key)
        created.append(instance)
        return instance

    yield make
    for instance in created:
        instance.release()
        instance.deleteLater()


@pytest.fixture
def make_lock() -> Iterator[Callable[[Path], DataDirLock]]:
    created: list[DataDirLock] = []

    def make(directory: Path) -> DataDirLock:
        lock = DataDirLock(directory)
        created.append(lock)
        return lock

    yield make
    for lock in created:
        lock.unlock()


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


# --- instance_key -------------------------------------------------------------------------


def test_key_starts_with_app_id_and_uses_only_safe_characters(tmp_path: Path) -> None:
    key = instance_key(tmp_path / "data")

    assert key.startswith(APP_ID + "-")
    assert re.fullmatch(r"[A-Za-z0-9.\-]+", key)
    # Short enough for a Unix socket path under macOS's long temporary folder.
    assert len(key) <= 50


def test_key_differs_per_data_dir_and_is_stable(tmp_path: Path) -> None:
    real = tmp_path / "data"
    demo = tmp_path / "demo"

    assert instance_key(real) != instance_key(demo)
    assert instance_key(real) == instance_key(tmp_path / "other" / ".." / "data")


def test_key_survives_an_awkward_user_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: "Jürgen van der Berg-Østergaard")

    key = instance_key(tmp_path)

    assert re.fullmatch(r"[A-Za-z0-9.\-]+", key)
    assert "-Jrgenvan-" in key


# --- SingleInstance -----------------------------------------------------------------------


def test_first_acquire_becomes_the_running_instance(
    make_instance: Callable[[str], SingleInstance],
) -> None:
    first = make_instance(_unique_key())

    assert first.acquire() is True
    assert first.is_primary


def test_second_start_hands_over_and_wakes_the_first(
    qtbot: QtBot, make_instance: Callable[[str], SingleInstance]
) -> None:
    key = _unique_key()
    first = make_instance(key)
    assert first.acquire()

    second = make_instance(key)
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert second.acquire() is False

    assert not second.is_primary


def test_different_keys_do_not_interfere(
    qtbot: QtBot, make_instance: Callable[[str], SingleInstance]
) -> None:
    first = make_instance(_unique_key())
    other = make_instance(_unique_key())

    with qtbot.assertNotEmitted(first.activation_requested, wait=200):
        assert first.acquire() is True
        assert other.acquire() is True


def test_unknown_messages_do_not_activate(
    qtbot: QtBot, make_instance: Callable[[str], SingleInstance]
) -> None:
    from PySide6.QtNetwork import QLocalSocket

    key = _unique_key()
    first = make_instance(key)
    assert first.acquire()

    intruder = QLocalSocket()
    intruder.connectToServer(key)
    assert intruder.waitForConnected(2000)
    with qtbot.assertNotEmitted(first.activation_requested, wait=300):
        intruder.write(b"format-disk\n")
        intruder.waitForBytesWritten(1000)
    intruder.abort()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_socket_file_left_by_a_crash_is_replaced(
    qtbot: QtBot, make_instance: Callable[[str], SingleInstance]
) -> None:
    key = _unique_key()
    leftover = Path(QDir.tempPath()) / key
    leftover.write_bytes(b"")
    try:
        first = make_instance(key)
        assert first.acquire() is True

        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert make_instance(key).acquire() is False
    finally:
        leftover.unlink(missing_ok=True)


def test_second_process_hands_over_to_this_one(
    qtbot: QtBot, make_instance: Callable[[str], SingleInstance]
) -> None:
    key = _unique_key()
    first = make_instance(key)
    assert first.acquire()

    code = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QCoreApplication
        from recruiter_desk.app.single_instance import SingleInstance
        app = QCoreApplication(sys.argv)
        print(SingleInstance({key!r}).acquire(), flush=True)
        """
    )
    with qtbot.waitSignal(first.activation_requested, timeout=SUBPROCESS_TIMEOUT_S * 1000):
        child = subprocess.Popen(
            [sys.executable, "-c", code],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_child_env(),
        )
    try:
        stdout, stderr = child.communicate(timeout=SUBPROCESS_TIMEOUT_S)
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate()

    assert child.returncode == 0, stderr
    assert stdout.strip() == "False"


# --- DataDirLock --------------------------------------------------------------------------


def test_second_lock_on_the_same_dir_fails_until_unlocked(
    tmp_path: Path, make_lock: Callable[[Path], DataDirLock]
) -> None:
    first = make_lock(tmp_path)
    second = make_lock(tmp_path)

    assert first.try_lock() is True
    assert (tmp_path / LOCK_FILE_NAME).exists()
    assert second.try_lock() is False
    assert second.holder() is not None
    assert second.holder()[0] == os.getpid()  # type: ignore[index]

    first.unlock()

    assert second.try_lock() is True
    assert first.try_lock() is False


def test_locks_on_different_dirs_are_independent(
    tmp_path: Path, make_lock: Callable[[Path], DataDirLock]
) -> None:
    assert make_lock(tmp_path / "a").try_lock() is True
    assert make_lock(tmp_path / "b").try_lock() is True


def test_lock_of_a_killed_process_is_taken_over(
    tmp_path: Path, make_lock: Callable[[Path], DataDirLock]
) -> None:
    code = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from recruiter_desk.app.single_instance import DataDirLock
        lock = DataDirLock(Path({str(tmp_path)!r}))
        print(lock.try_lock(), flush=True)
        time.sleep(120)
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_child_env(),
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "True"
        assert make_lock(tmp_path).try_lock() is False, "a live holder must keep its lock"
    finally:
        child.kill()  # SIGKILL on POSIX: no cleanup, the lock file stays behind
        child.communicate(timeout=SUBPROCESS_TIMEOUT_S)

    assert (tmp_path / LOCK_FILE_NAME).exists()
    assert make_lock(tmp_path).try_lock() is True


def test_lock_naming_a_live_process_that_does_not_hold_it_is_taken_over(
    tmp_path: Path, make_lock: Callable[[Path], DataDirLock]
) -> None:
    """The pid in an old lock file can belong to a new process after a reboot."""
    real = make_lock(tmp_path / "real")
    assert real.try_lock()
    orphan_dir = tmp_path / "orphan"
    orphan_dir.mkdir()
    # Same pid and program as a live process (this one), but nobody holds the file.
    (orphan_dir / LOCK_FILE_NAME).write_bytes(real.path.read_bytes())

    assert make_lock(orphan_dir).try_lock() is True
