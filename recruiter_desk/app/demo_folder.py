"""The throwaway folder of ``--demo``: made for one run, removed when it ends, and found and
removed at the next start when a run died without cleaning up (killed, or Qt aborted).

Each folder holds the process id of its run, so a leftover is told from a folder another demo
run is still using.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "recruiter-desk-demo-"
OWNER_FILE = "owner.pid"


def make_demo_folder(temp_root: Path | None = None) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=PREFIX, dir=temp_root))
    (folder / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    return folder


def adopt_demo_folder(folder: Path) -> Path:
    """The folder of the run this one restarts: now owned by this process."""
    if not folder.name.startswith(PREFIX) or not folder.is_dir():
        return make_demo_folder()
    (folder / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    return folder


def remove_demo_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: not ours to judge
    except OSError:
        return False
    return True


def remove_leftovers(temp_root: Path | None = None) -> list[Path]:
    """Remove the demo folders of runs that are no longer running; returns what went."""
    root = Path(temp_root or tempfile.gettempdir())
    removed = []
    for folder in root.glob(f"{PREFIX}*"):
        if not folder.is_dir():
            continue
        try:
            pid = int((folder / OWNER_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            pid = 0  # from before owner files, or a run that died while making it
        if pid == os.getpid() or _alive(pid):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    if removed:
        log.info("removed %d sample-data folder(s) left by earlier runs", len(removed))
    return removed
