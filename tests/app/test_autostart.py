"""Start at login on each platform: the file or registry value it writes, in a temporary
folder or a stand-in key; and the ``--minimized`` flag it starts the app with."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

from recruiter_desk.app.autostart import (
    Autostart,
    launch_command,
    quote_exec_argument,
    xdg_autostart_folder,
)
from recruiter_desk.app.main import parse_args

INSTALLED = ["recruiter-desk", "--minimized"]


def test_linux_writes_an_xdg_autostart_desktop_file(tmp_path: Path) -> None:
    autostart = Autostart(INSTALLED, platform="linux", folder=tmp_path / "autostart")
    assert not autostart.is_enabled()  # off by default
    autostart.set_enabled(True)
    assert autostart.is_enabled()
    path = tmp_path / "autostart" / "nl.recruiterdesk.RecruiterDesk.desktop"
    assert autostart.path == path
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "Recruiter Desk"
    assert section["Exec"] == "recruiter-desk --minimized"
    assert section["Icon"] == "nl.recruiterdesk.RecruiterDesk"
    assert section["X-GNOME-Autostart-enabled"] == "true"
    autostart.set_enabled(False)
    assert not path.exists() and not autostart.is_enabled()
    autostart.set_enabled(False)  # turning off twice is fine


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils"
)
def test_the_autostart_file_is_a_valid_desktop_file(tmp_path: Path) -> None:
    command = ["/opt/Recruiter Desk/recruiter-desk", "--minimized", "--data-dir", "/data/50% off"]
    autostart = Autostart(command, platform="linux", folder=tmp_path)
    autostart.set_enabled(True)
    assert autostart.path is not None
    result = subprocess.run(
        ["desktop-file-validate", str(autostart.path)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_says() -> None:
    assert quote_exec_argument("--minimized") == "--minimized"
    assert quote_exec_argument("/opt/Recruiter Desk/bin") == '"/opt/Recruiter Desk/bin"'
    assert quote_exec_argument("50%") == "50%%"
    assert quote_exec_argument('say "hi" $HOME') == '"say \\\\"hi\\\\" \\\\$HOME"'
    assert quote_exec_argument("") == '""'


def test_the_autostart_folder_follows_xdg_config_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert xdg_autostart_folder({}, home) == home / ".config" / "autostart"
    config = tmp_path / "cfg"
    assert xdg_autostart_folder({"XDG_CONFIG_HOME": str(config)}, home) == config / "autostart"
    # A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
    assert xdg_autostart_folder({"XDG_CONFIG_HOME": "cfg"}, home) == home / ".config" / "autostart"


def test_macos_writes_a_launch_agent(tmp_path: Path) -> None:
    command = ["/Applications/Recruiter Desk.app/Contents/MacOS/Recruiter Desk", "--minimized"]
    autostart = Autostart(command, platform="darwin", folder=tmp_path / "LaunchAgents")
    autostart.set_enabled(True)
    assert autostart.path == tmp_path / "LaunchAgents" / "nl.recruiterdesk.RecruiterDesk.plist"
    agent = plistlib.loads(autostart.path.read_bytes())
    assert agent == {
        "Label": "nl.recruiterdesk.RecruiterDesk",
        "ProgramArguments": command,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    assert autostart.is_enabled()
    autostart.set_enabled(False)
    assert not autostart.is_enabled()


class StandInRunKey:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def test_windows_sets_the_run_key_value(tmp_path: Path) -> None:
    key = StandInRunKey()
    command = [r"C:\Program Files\Recruiter Desk\recruiter-desk.exe", "--minimized"]
    autostart = Autostart(command, platform="win32", run_key=key)
    assert autostart.path is None and not autostart.is_enabled()
    autostart.set_enabled(True)
    assert key.values == {
        "Recruiter Desk": '"C:\\Program Files\\Recruiter Desk\\recruiter-desk.exe" --minimized'
    }
    assert autostart.content() == key.values["Recruiter Desk"].encode()
    autostart.set_enabled(False)
    assert key.values == {} and not autostart.is_enabled()


def test_the_launch_command_fits_how_the_app_is_installed(tmp_path: Path) -> None:
    assert launch_command(frozen=False, on_path="/usr/bin/recruiter-desk", platform="linux") == [
        "recruiter-desk",
        "--minimized",
    ]
    assert launch_command(frozen=True, executable="/opt/rd/Recruiter Desk", platform="linux") == [
        "/opt/rd/Recruiter Desk",
        "--minimized",
    ]
    assert launch_command(
        frozen=False, executable="/usr/bin/python3", on_path="", data_dir=tmp_path
    ) == [
        "/usr/bin/python3",
        "-m",
        "recruiter_desk.app.main",
        "--minimized",
        "--data-dir",
        str(tmp_path),
    ]
    pythonw = tmp_path / "pythonw.exe"
    pythonw.touch()
    assert launch_command(
        frozen=False, executable=str(tmp_path / "python.exe"), on_path="", platform="win32"
    )[0] == str(pythonw)


def test_the_minimized_flag() -> None:
    assert parse_args(["--minimized"]).minimized is True
    assert parse_args([]).minimized is False
