"""A first start that goes wrong must say why in the terminal, and ``--demo`` must leave no
folders behind: real processes, a temporary folder of their own (``TMPDIR``)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from recruiter_desk.app import display_check
from recruiter_desk.app.demo_folder import OWNER_FILE, PREFIX, make_demo_folder, remove_leftovers
from recruiter_desk.app.display_check import missing_display


@pytest.fixture
def temp() -> Iterator[Path]:
    """The processes' own temporary folder, with a short path: the single-instance socket
    lives there and a socket's path must fit in about 100 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="rdt"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def run_app(
    tmp_path: Path, temp: Path, *arguments: str, **environment: str
) -> subprocess.Popen[str]:
    env = dict(os.environ, TMPDIR=str(temp), XDG_STATE_HOME=str(tmp_path / "state"))
    env.update(environment)
    for name in [name for name, value in environment.items() if value == ""]:
        env.pop(name)
    return subprocess.Popen(
        [sys.executable, "-m", "recruiter_desk.app.main", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def demo_folders(temp: Path) -> list[Path]:
    return sorted(temp.glob(f"{PREFIX}*"))


def test_without_a_display_one_clear_line_says_so_and_nothing_is_left(
    tmp_path: Path, temp: Path
) -> None:
    process = run_app(tmp_path, temp, "--demo", DISPLAY="", WAYLAND_DISPLAY="", QT_QPA_PLATFORM="")
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert out == ""
    [line] = err.strip().splitlines()
    assert "no display was found" in line and "xvfb-run" in line and "log" in line
    assert demo_folders(temp) == []


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "wayland:xcb"}, True),
    ],
)
def test_a_display_is_needed_unless_a_platform_without_one_is_chosen(
    environ: dict[str, str], missing: bool
) -> None:
    assert (missing_display(environ, "linux") is not None) is missing
    assert missing_display({}, "win32") is None and missing_display({}, "darwin") is None


@pytest.fixture
def sockets() -> Iterator[Path]:
    """A short folder for listening sockets (a socket's path must fit in about 100 bytes)."""
    folder = Path(tempfile.mkdtemp(prefix="rdx"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def listening(path: str) -> socket.socket:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(16)  # each probe's connection waits in the backlog
    return server


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_an_x_display_must_answer_at_its_socket(
    sockets: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(display_check, "X11_SOCKETS", str(sockets))
    server = listening(str(sockets / "X7"))
    try:
        assert missing_display({"DISPLAY": ":7"}, "linux") is None
        assert missing_display({"DISPLAY": "unix:7.0"}, "linux") is None
    finally:
        server.close()
    # The socket file is still there, but no server listens: a session that ended.
    gone = missing_display({"DISPLAY": ":7"}, "linux")
    assert gone is not None and "DISPLAY=:7" in gone and "does not answer" in gone
    assert missing_display({"DISPLAY": ":8"}, "linux") is not None  # no socket at all
    assert missing_display({"DISPLAY": "not a display"}, "linux") is not None


@pytest.mark.skipif(sys.platform != "linux", reason="abstract sockets are Linux's")
def test_an_x_display_may_answer_at_its_abstract_socket(
    sockets: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(display_check, "X11_SOCKETS", str(sockets))
    server = listening("\0" + str(sockets / "X9"))
    try:
        assert missing_display({"DISPLAY": ":9"}, "linux") is None
    finally:
        server.close()


def test_a_remote_x_display_must_answer_at_its_port() -> None:
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    port = server.getsockname()[1]
    if port < 6000:
        server.close()
        pytest.skip(f"the system gave port {port}, below X's 6000")
    server.listen(1)
    try:
        assert missing_display({"DISPLAY": f"127.0.0.1:{port - 6000}"}, "linux") is None
    finally:
        server.close()
    assert missing_display({"DISPLAY": f"127.0.0.1:{port - 6000}"}, "linux") is not None


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_a_wayland_display_must_answer_in_the_runtime_folder(sockets: Path) -> None:
    environ = {"WAYLAND_DISPLAY": "wayland-test", "XDG_RUNTIME_DIR": str(sockets)}
    assert missing_display(environ, "linux") is not None
    server = listening(str(sockets / "wayland-test"))
    try:
        assert missing_display(environ, "linux") is None
        absolute = {"WAYLAND_DISPLAY": str(sockets / "wayland-test")}
        assert missing_display(absolute, "linux") is None
        # A dead X display beside a live Wayland one: the window opens on Wayland.
        assert missing_display({**environ, "DISPLAY": ":4242"}, "linux") is None
    finally:
        server.close()
    both = missing_display({**environ, "DISPLAY": ":4242"}, "linux")
    assert both is not None and "DISPLAY=:4242" in both and "WAYLAND_DISPLAY" in both
    assert "do not answer" in both


def test_a_display_that_is_set_but_gone_gets_one_clear_line(tmp_path: Path, temp: Path) -> None:
    process = run_app(
        tmp_path, temp, "--demo", DISPLAY=":4242", WAYLAND_DISPLAY="", QT_QPA_PLATFORM=""
    )
    out, err = process.communicate(timeout=60)
    assert process.returncode == 1, err
    assert out == ""
    [line] = err.strip().splitlines()
    assert "DISPLAY=:4242 does not answer" in line and "xvfb-run" in line
    assert demo_folders(temp) == []


def test_leftovers_of_dead_runs_go_and_a_running_one_stays(tmp_path: Path) -> None:
    dead = make_demo_folder(tmp_path)
    (dead / OWNER_FILE).write_text("999999999", encoding="ascii")  # no such process
    (dead / "recruiter-desk.sqlite3").write_bytes(b"sample")
    unowned = tmp_path / f"{PREFIX}old"
    unowned.mkdir()  # from before owner files
    running = make_demo_folder(tmp_path)
    (running / OWNER_FILE).write_text(str(os.getppid()), encoding="ascii")
    mine = make_demo_folder(tmp_path)
    other = tmp_path / "someone-elses-folder"
    other.mkdir()

    removed = remove_leftovers(tmp_path)

    assert sorted(removed) == sorted([dead, unowned])
    assert running.exists() and mine.exists() and other.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")
def test_a_second_demo_brings_the_first_forward_and_the_folder_goes_at_exit(
    tmp_path: Path, temp: Path
) -> None:
    first = run_app(tmp_path, temp, "--demo", QT_QPA_PLATFORM="offscreen")
    try:
        deadline = time.monotonic() + 60
        log = tmp_path / "state"
        while not any("data shown" in p.read_text() for p in log.rglob("recruiter-desk.log")):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.1)
        assert len(demo_folders(temp)) == 1

        second = run_app(tmp_path, temp, "--demo", QT_QPA_PLATFORM="offscreen")
        try:
            out, err = second.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            second.kill()
            out, err = second.communicate()
            raise AssertionError(f"second demo hangs: {out!r} {err!r}") from None
        assert second.returncode == 0, err
        assert "already running" in out
        assert len(demo_folders(temp)) == 1  # no second sample desk
        assert first.poll() is None
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=60)
    assert first.returncode == 0
    assert demo_folders(temp) == []


def test_a_restart_keeps_the_arguments_and_the_sample_data(tmp_path: Path) -> None:
    from recruiter_desk.app.main import restart_command

    mine = ["--data-dir", "/data/desk", "--minimized"]
    assert restart_command(mine, None)[-3:] == mine
    assert restart_command(mine, None)[1:3] == ["-m", "recruiter_desk.app.main"]
    demo = restart_command(["--demo", "--demo-folder", "/tmp/old"], tmp_path)
    assert demo[-3:] == ["--demo", "--demo-folder", str(tmp_path)]  # the old folder replaced


def test_a_restarted_demo_keeps_its_folder(tmp_path: Path) -> None:
    from recruiter_desk.app.demo_folder import adopt_demo_folder

    folder = make_demo_folder(tmp_path)
    (folder / OWNER_FILE).write_text("999999999", encoding="ascii")
    assert adopt_demo_folder(folder) == folder
    assert (folder / OWNER_FILE).read_text(encoding="ascii") == str(os.getpid())
    assert remove_leftovers(tmp_path) == []  # owned by a live process now
    strange = tmp_path / "not-a-demo"
    strange.mkdir()
    assert adopt_demo_folder(strange) != strange  # never adopts another folder


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_a_demo_start_that_fails_after_making_its_folder_removes_it(
    tmp_path: Path, temp: Path
) -> None:
    """The start fails once its folder is there (here: the folder's lock is held, as by a
    run that hangs); the folder goes all the same."""
    from recruiter_desk.app.single_instance import DataDirLock

    folder = temp / f"{PREFIX}held"
    folder.mkdir()
    (folder / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    holder = DataDirLock(folder)
    assert holder.try_lock()
    try:
        process = run_app(
            tmp_path, temp, "--demo", "--demo-folder", str(folder), QT_QPA_PLATFORM="offscreen"
        )
        _out, err = process.communicate(timeout=60)
    finally:
        holder.unlock()
    assert process.returncode == 1, err
    assert "Another Recruiter Desk is using" in err
    assert demo_folders(temp) == []
