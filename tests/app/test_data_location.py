"""Which data directory the app opens decides whose data the user sees: test the precedence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from recruiter_desk.app.data_location import DATA_DIR_ENV_VAR, log_dir, resolve_data_dir


def _platform_default() -> Path:
    return Path(platformdirs.user_data_dir("RecruiterDesk", appauthor=False))


def test_command_line_wins_over_environment(tmp_path: Path) -> None:
    cli = tmp_path / "from-cli"
    env = {DATA_DIR_ENV_VAR: str(tmp_path / "from-env")}

    assert resolve_data_dir(str(cli), env) == cli


def test_environment_wins_over_platform_default(tmp_path: Path) -> None:
    env = {DATA_DIR_ENV_VAR: str(tmp_path / "from-env")}

    assert resolve_data_dir(None, env) == tmp_path / "from-env"


def test_platform_default_when_nothing_is_given() -> None:
    resolved = resolve_data_dir(None, {})

    assert resolved == _platform_default()
    assert resolved.name == "RecruiterDesk"
    assert resolved.is_absolute()


@pytest.mark.parametrize("blank", ["", "   "])
def test_empty_values_count_as_unset(tmp_path: Path, blank: str) -> None:
    env_dir = tmp_path / "from-env"

    assert resolve_data_dir(blank, {DATA_DIR_ENV_VAR: str(env_dir)}) == env_dir
    assert resolve_data_dir(blank, {DATA_DIR_ENV_VAR: blank}) == _platform_default()
    assert resolve_data_dir(None, {DATA_DIR_ENV_VAR: ""}) == _platform_default()


def test_home_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))

    assert resolve_data_dir("~/desk", {}) == home / "desk"
    assert resolve_data_dir(None, {DATA_DIR_ENV_VAR: "~/other"}) == home / "other"


def test_relative_path_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)

    resolved = resolve_data_dir("demo/../desk-data", {})

    assert resolved.is_absolute()
    assert resolved == tmp_path / "desk-data"


def test_log_dir_is_absolute_and_separate_from_data() -> None:
    logs = log_dir()

    assert logs.is_absolute()
    assert logs == Path(platformdirs.user_log_dir("RecruiterDesk", appauthor=False))
    assert logs != _platform_default()


def test_module_does_not_import_qt() -> None:
    """Paths are needed before a QApplication exists and by tools without a display."""
    code = (
        "import sys, recruiter_desk.app.data_location\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )

    assert result.stdout.strip() == "[]"
