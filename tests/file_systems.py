"""A small or read-only file system for tests of full disks (tmpfs; needs mount rights)."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def mount(*arguments: str) -> bool:
    if shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *arguments], capture_output=True).returncode == 0


@contextmanager
def small_file_system(where: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` at ``where``; skips where this machine does not let us mount."""
    where.mkdir()
    if not mount("-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)):
        pytest.skip("cannot mount a small file system here (needs root and mount rights)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def make_read_only(folder: Path) -> None:
    """Remounts the small file system at ``folder`` read-only (a write-protected stick);
    skips where this machine does not allow it. Close the connections to files in it first:
    Linux refuses to remount a file system with files open for writing."""
    if not mount("-o", "remount,ro", str(folder)):
        pytest.skip("cannot remount the file system read-only here")


def fill_up(folder: Path) -> None:
    """Writes a filler file in ``folder`` until its file system has not one byte left."""
    with (folder / "filler").open("ab", buffering=0) as filler:
        for chunk in (1 << 20, 65536, 4096, 512, 1):
            with contextlib.suppress(OSError):  # once this size no longer fits, a smaller one
                while True:
                    filler.write(b"\0" * chunk)
