"""Start a built Recruiter Desk the way a user would, on a fresh data folder, and check it.

    python packaging/smoke_test.py build/dist/recruiter-desk/recruiter-desk
    python packaging/smoke_test.py .venv/bin/recruiter-desk      # the checkout, to compare

Waits for the first paint (the log's marker), asks ``due --json`` of the same program, quits
it as the desktop would (SIGTERM) and checks it stopped cleanly. Prints the time to the first
paint and to the data shown, and the size of the program's folder. Exit status 0: all well.
Needs no display (Qt's offscreen platform) and nothing of the checkout.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TIMEOUT = 90.0


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def wait_for(log: Path, marker: str, process: subprocess.Popen[str]) -> str:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        found = re.search(rf"{marker} (\d+) ms after main\(\)", text)
        if found:
            return found.group(1)
        if process.poll() is not None:
            raise SystemExit(f"smoke test: the app stopped early ({process.returncode}):\n{text}")
        time.sleep(0.1)
    raise SystemExit(f"smoke test: no '{marker}' in the log within {TIMEOUT:.0f} s")


def main() -> int:
    program = Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory(prefix="rd-smoke-") as scratch:
        data, state = Path(scratch) / "data", Path(scratch) / "state"
        env = dict(
            os.environ, QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(state), TMPDIR=scratch
        )
        env.pop("RECRUITER_DESK_DATA_DIR", None)
        app = subprocess.Popen(
            [str(program), "--data-dir", str(data)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        log = state / "RecruiterDesk" / "log" / "recruiter-desk.log"
        try:
            first_paint = wait_for(log, "first paint", app)
            data_shown = wait_for(log, "data shown", app)
            due = subprocess.run(
                [str(program), "due", "--json", "--data-dir", str(data)],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            if due.returncode != 0 or json.loads(due.stdout) != []:
                raise SystemExit(f"smoke test: due --json said {due.returncode}: {due.stdout}")
        finally:
            app.send_signal(signal.SIGTERM)
            _out, err = app.communicate(timeout=60)
        stopped = "stopped" in log.read_text(encoding="utf-8")
        if app.returncode != 0 or not stopped:
            raise SystemExit(f"smoke test: did not stop cleanly ({app.returncode}): {err}")
    size = folder_size(program.parent) if program.parent.name != "bin" else 0
    print(f"smoke test passed: first paint {first_paint} ms, data shown {data_shown} ms")
    if size:
        print(f"the app's folder: {size / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
