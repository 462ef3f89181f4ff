"""``recruiter-desk --minimized`` (how start at login starts it) in a real process: the data
opens although no window was painted, and where no tray exists (the offscreen platform) the
app says it waits for one rather than hiding where nobody can find it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def log_text(tmp_path: Path) -> str:
    logs = list((tmp_path / "state").rglob("recruiter-desk.log"))
    return logs[0].read_text(encoding="utf-8") if logs else ""


@pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")
def test_minimized_start_opens_the_data_and_waits_for_a_tray(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(tmp_path / "state"))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "recruiter_desk.app.main",
            "--data-dir",
            str(tmp_path / "desk"),
            "--minimized",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while "data shown" not in log_text(tmp_path) and process.poll() is None:
            assert time.monotonic() < deadline, log_text(tmp_path)
            time.sleep(0.05)
        assert process.poll() is None, process.communicate()
        text = log_text(tmp_path)
        assert "started minimised but there is no tray (yet)" in text
        assert "first paint" not in text  # the window was not shown
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "stopped" in log_text(tmp_path)
