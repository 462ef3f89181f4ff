"""Cold start and memory: new processes, timed from the parent's launch to a marker line.

The app is started as users start it, ``python -m recruiter_desk.app.main --data-dir COPY``,
offscreen, with ``XDG_STATE_HOME`` pointing at a fresh folder so that its log starts empty.
The floor is ``benchmarks.qt_floor_window``: a bare ``QMainWindow`` (then, for (b), the raw
queries for what the board's first screen reads). Both are observed the same way: the parent
polls a file (the app's log, the floor's marker file) and stops the clock when the line
appears, so the clock and the polling delay are the same on both sides. App and floor
launches alternate, so a noisy moment hits both. One untimed launch of each goes first
(bytecode caches, the OS file cache); the children keep their bytecode in the cache folder
even where ``PYTHONDONTWRITEBYTECODE`` is set (see ``_child_env``).

Peak memory is the child's ``VmHWM`` (Linux ``/proc``), read half a second after its last
marker, while it is still running; then the child gets SIGTERM (the app quits cleanly). The
floor's is the bare window's that read the same first screen: both hold that data.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.results import Row

REPO_ROOT = Path(__file__).resolve().parent.parent
FIRST_PAINT = "first paint"
DATA_SHOWN = "data shown"
POLL_SECONDS = 0.001
SETTLE_SECONDS = 0.5
TIMEOUT_SECONDS = 900.0  # the board's columns take minutes at L today
# The app opens the area it showed last; the board must be the one on screen for (b).
BOARD_AREA_SETTINGS = "[window]\narea=0\n"


@dataclass
class Launch:
    """Seconds from launch until each marker was seen, and what the child said about itself."""

    seen: dict[str, float] = field(default_factory=dict)
    reported_ms: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float | None = None


def _peak_rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(found.group(1)) / 1024 if found else None


def _watch(
    command: list[str], env: dict[str, str], marker_file: Path, markers: tuple[str, ...], work: Path
) -> Launch:
    launch = Launch()
    output = (work / "child-output.txt").open("wb")
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, cwd=REPO_ROOT, stdout=output, stderr=output)
    text = ""
    try:
        while len(launch.seen) < len(markers):
            if marker_file.exists():
                text = marker_file.read_text(encoding="utf-8", errors="replace")
                now = time.perf_counter()
                for marker in markers:
                    if marker not in launch.seen and marker in text:
                        launch.seen[marker] = now - started
            if len(launch.seen) == len(markers):
                break
            if child.poll() is not None or time.perf_counter() - started > TIMEOUT_SECONDS:
                output.flush()
                raise RuntimeError(
                    f"{' '.join(command)} stopped or timed out before {markers}:\n"
                    f"{text[-2000:]}\n{(work / 'child-output.txt').read_text()[-2000:]}"
                )
            time.sleep(POLL_SECONDS)
        for marker in markers:
            reported = re.search(re.escape(marker) + r".*?(\d+) ms", text)
            if reported:
                launch.reported_ms[marker] = float(reported.group(1))
        time.sleep(SETTLE_SECONDS)
        launch.peak_rss_mb = _peak_rss_mb(child.pid)
    finally:
        child.terminate()
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        output.close()
    return launch


def _child_env(state_home: Path, pycache: Path) -> dict[str, str]:
    """Offscreen, the log in ``state_home``, and Python's bytecode cache on.

    An installed app starts from compiled bytecode. With ``PYTHONDONTWRITEBYTECODE`` set (as
    in some shells and CI images) every start would compile SQLAlchemy and the app from source
    again (0.7 s of start-up on the reference machine), so the children write and reuse their
    bytecode in ``pycache`` (next to the datasets): nothing is written into the source tree or
    the virtual environment. The untimed warm-up launches fill it.
    """
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_STATE_HOME"] = str(state_home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env.pop("RECRUITER_DESK_DATA_DIR", None)
    return env


def _app_log(state_home: Path) -> Path:
    """Where the app writes its log for this ``XDG_STATE_HOME`` (platformdirs on Linux).

    On macOS and Windows the log folder cannot be redirected from outside the app; a
    ``RECRUITER_DESK_LOG_DIR`` (or ``--log-dir``) in the app would lift this limit."""
    if not sys.platform.startswith("linux"):
        raise RuntimeError("the cold-start benchmark reads the app's log; Linux only for now")
    return state_home / "RecruiterDesk" / "log" / "recruiter-desk.log"


def launch_app(data_dir: Path, work: Path, pycache: Path) -> Launch:
    folder = Path(tempfile.mkdtemp(prefix="app-", dir=work))
    (data_dir / "settings.ini").write_text(BOARD_AREA_SETTINGS, encoding="utf-8")
    command = [sys.executable, "-m", "recruiter_desk.app.main", "--data-dir", str(data_dir)]
    try:
        return _watch(
            command,
            _child_env(folder, pycache),
            _app_log(folder),
            (FIRST_PAINT, DATA_SHOWN),
            folder,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def launch_floor(database: Path | None, work: Path, pycache: Path) -> Launch:
    """The bare window; with ``database``, also the raw open-cards query after its paint."""
    folder = Path(tempfile.mkdtemp(prefix="floor-", dir=work))
    marker = folder / "marker.txt"
    command = [sys.executable, "-m", "benchmarks.qt_floor_window", "--marker", str(marker)]
    markers: tuple[str, ...] = (FIRST_PAINT,)
    if database is not None:
        command += ["--database", str(database)]
        markers = (FIRST_PAINT, DATA_SHOWN)
    try:
        return _watch(command, _child_env(folder, pycache), marker, markers, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure(
    size: str, data_dir: Path, database: Path, runs: int, work: Path, pycache: Path
) -> list[Row]:
    """Per run three launches: the app, the bare window, the bare window + query."""
    launch_app(data_dir, work, pycache)  # warm-up, not counted
    launch_floor(database, work, pycache)
    apps: list[Launch] = []
    bare: list[Launch] = []
    with_query: list[Launch] = []
    for _ in range(runs):
        apps.append(launch_app(data_dir, work, pycache))
        bare.append(launch_floor(None, work, pycache))
        with_query.append(launch_floor(database, work, pycache))

    def ms(launches: list[Launch], marker: str) -> list[float]:
        return [launch.seen[marker] * 1000 for launch in launches]

    def reported(launches: list[Launch], marker: str) -> list[float | None]:
        return [launch.reported_ms.get(marker) for launch in launches]

    def peaks(launches: list[Launch]) -> list[float]:
        return [launch.peak_rss_mb for launch in launches if launch.peak_rss_mb is not None]

    first_paint = Row(
        "cold start (a): first paint",
        size,
        "ms",
        ms(apps, FIRST_PAINT),
        ms(bare, FIRST_PAINT),
        floor_label="new process showing a bare QMainWindow, launch to its first paint",
        note="launch -> marker line observed by the parent (1 ms polling), both sides alike",
        extra={"app_log_ms_after_main": reported(apps, FIRST_PAINT)},
    )
    data_shown = Row(
        "cold start (b): data shown",
        size,
        "ms",
        ms(apps, DATA_SHOWN),
        ms(with_query, DATA_SHOWN),
        floor_label="bare QMainWindow process + raw SQL for the board's first screen (counts,"
        " a page per column) after its paint",
        note="the app logs 'data shown' once the board's models are filled, just before they paint",
        extra={"app_log_ms_after_main": reported(apps, DATA_SHOWN)},
    )
    memory = Row(
        "memory: peak RSS",
        size,
        "MB",
        peaks(apps),
        peaks(with_query),
        floor_label="peak RSS of the bare QMainWindow process that read the same first screen",
        note="VmHWM from /proc, 0.5 s after 'data shown' on both sides",
    )
    return [first_paint, data_shown, memory]
