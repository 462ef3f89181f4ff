"""Where Recruiter Desk keeps its data and its log.

This module has no Qt import on purpose: the paths must be known before a
`QApplication` exists (the log and the single-instance key are set up first),
and command-line tools and tests can use it without a display.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

DATA_DIR_ENV_VAR = "RECRUITER_DESK_DATA_DIR"
"""Environment variable that points the app at another data directory (demos, support)."""

_PLATFORM_APP_NAME = "RecruiterDesk"
"""Folder name under the platform's data/log roots; no space, so paths stay easy to type."""


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str]) -> Path:
    """Pick the data directory: `--data-dir`, then the environment, then the platform default.

    The command line wins because it is the most deliberate choice (a demo
    copy, a support session). Empty or blank values count as unset, so a
    wrapper script that passes `--data-dir ""` or exports an empty variable
    falls back to the default instead of writing into the current directory.
    The result is absolute and has `~` expanded, because the single-instance
    key, the lock file and the messages shown to the user must not depend on
    the working directory the app happened to be started from.
    """
    for candidate in (cli_value, environ.get(DATA_DIR_ENV_VAR)):
        if candidate is not None and candidate.strip():
            return _absolute(Path(candidate).expanduser())
    return _absolute(Path(platformdirs.user_data_dir(_PLATFORM_APP_NAME, appauthor=False)))


def log_dir() -> Path:
    """The per-user log folder: its own, so opening or sending it never exposes the database."""
    return _absolute(Path(platformdirs.user_log_dir(_PLATFORM_APP_NAME, appauthor=False)))


def _absolute(path: Path) -> Path:
    """Make `path` absolute and tidy (`..` removed) without resolving symlinks.

    `Path.resolve()` would replace a symlinked or mapped folder with its
    target, and the user would no longer recognise the path we show them.
    """
    return Path(os.path.abspath(path))
