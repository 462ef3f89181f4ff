"""Start at login (Settings → Start at login; off until the user turns it on).

The setting is the operating system's own entry, so what the user sees in their desktop's
"startup applications" list and what the menu shows can never disagree:

- Linux and other XDG desktops: a desktop file in ``$XDG_CONFIG_HOME/autostart`` (default
  ``~/.config/autostart``), as the XDG Autostart specification says.
- Windows: a value in ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``, which is
  what Windows' Task Manager lists under "Startup apps" (a shortcut in the Startup folder
  would need COM to write a ``.lnk``).
- macOS: a LaunchAgent property list in ``~/Library/LaunchAgents`` with ``RunAtLoad``.

Each starts the app with ``--minimized`` (to the tray; the window shows where there is none).
Everything that decides content takes its inputs as arguments, so tests check each platform's
file or registry value on any machine and write only into a temporary folder.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Protocol

from recruiter_desk import APP_ID, APP_NAME

log = logging.getLogger(__name__)

MINIMIZED_FLAG = "--minimized"
PROGRAM = "recruiter-desk"
RUN_KEY_PATH = r"Software\Microsoft\Windows\CurrentVersion\Run"

_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def launch_command(
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    on_path: str | None = None,
    data_dir: Path | None = None,
    platform: str = sys.platform,
) -> list[str]:
    """The command that starts this installation minimised.

    A frozen app starts its own executable; an installed one its ``recruiter-desk`` script
    when that is on ``PATH`` (by name on Linux, as desktop files do; by its full path
    elsewhere); otherwise (a checkout) this Python runs the module. A data
    folder given with ``--data-dir`` is passed on, so login opens the same data.
    """
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    if frozen:
        command = [executable]
    else:
        found = shutil.which(PROGRAM) if on_path is None else on_path
        if found:
            command = [PROGRAM if platform.startswith("linux") else found]
        else:
            command = [_windowless_python(executable), "-m", "recruiter_desk.app.main"]
    command.append(MINIMIZED_FLAG)
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def _windowless_python(executable: str) -> str:
    """On Windows, ``pythonw.exe`` starts without a console window."""
    path = Path(executable)
    if path.name.lower() == "python.exe" and path.with_name("pythonw.exe").exists():
        return str(path.with_name("pythonw.exe"))
    return executable


# -- content per platform ----------------------------------------------------------------------


def quote_exec_argument(argument: str) -> str:
    """One argument of a desktop file's ``Exec`` key, quoted and escaped as the Desktop Entry
    specification requires (and ``%`` doubled, since field codes start with it)."""
    argument = argument.replace("%", "%%")
    if argument and not (_EXEC_RESERVED & set(argument)):
        return argument
    inner = "".join("\\" + char if char in '"`$\\' else char for char in argument)
    # The value is a string value too: its own escape doubles every backslash.
    return '"' + inner.replace("\\", "\\\\") + '"'


def xdg_autostart_entry(command: Sequence[str]) -> str:
    exec_line = " ".join(quote_exec_argument(argument) for argument in command)
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.4",
            f"Name={APP_NAME}",
            "Comment=Reminders for independent recruiters, in the tray from login",
            "Comment[nl]=Herinneringen voor zelfstandige recruiters, vanaf het inloggen in het "
            "systeemvak",
            f"Exec={exec_line}",
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def launch_agent_plist(command: Sequence[str]) -> bytes:
    import plistlib  # macOS only: not on every start's way

    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def windows_run_value(command: Sequence[str]) -> str:
    """The command line stored in the Run key (quoted the way Windows parses it)."""
    import subprocess  # Windows only: not on every start's way

    return subprocess.list2cmdline(list(command))


# -- where it goes ------------------------------------------------------------------------------


def xdg_autostart_folder(
    environ: Mapping[str, str] | None = None, home: Path | None = None
) -> Path:
    environ = os.environ if environ is None else environ
    config = environ.get("XDG_CONFIG_HOME", "").strip()
    base = Path(config) if config and Path(config).is_absolute() else None
    return (base or (home or Path.home()) / ".config") / "autostart"


def launch_agents_folder(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents"


class RunKey(Protocol):
    """The few operations on ``HKCU\\...\\Run`` that start at login needs."""

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


NO_REGISTRY = "the Windows registry exists on Windows only"


class WindowsRunKey:
    """The real Run key of the current user (``winreg`` exists on Windows only).

    Each method checks ``sys.platform`` inline: that is what tells the type checker the rest
    is Windows-only (winreg's stubs are empty elsewhere), so it is checked where it runs."""

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise OSError(NO_REGISTRY)
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except OSError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise OSError(NO_REGISTRY)
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise OSError(NO_REGISTRY)
        import winreg

        access = winreg.KEY_SET_VALUE
        with (
            contextlib.suppress(FileNotFoundError),
            winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, access) as key,
        ):
            winreg.DeleteValue(key, name)


class Autostart:
    """Start at login for one platform: ``folder`` is where the file goes (Linux, macOS),
    ``run_key`` the registry key (Windows); tests pass a temporary folder or a fake key."""

    def __init__(
        self,
        command: Sequence[str],
        *,
        platform: str = sys.platform,
        folder: Path | None = None,
        run_key: RunKey | None = None,
    ) -> None:
        self.command = list(command)
        self.platform = platform
        if platform == "win32":
            self.folder = None
            self.run_key: RunKey | None = run_key or WindowsRunKey()
        else:
            self.run_key = None
            if folder is None:
                folder = launch_agents_folder() if platform == "darwin" else xdg_autostart_folder()
            self.folder = folder

    @property
    def path(self) -> Path | None:
        """The file that makes it start (None on Windows, where it is a registry value)."""
        if self.folder is None:
            return None
        if self.platform == "darwin":
            return self.folder / f"{APP_ID}.plist"
        return self.folder / f"{APP_ID}.desktop"

    def content(self) -> bytes:
        if self.platform == "win32":
            return windows_run_value(self.command).encode("utf-8")
        if self.platform == "darwin":
            return launch_agent_plist(self.command)
        return xdg_autostart_entry(self.command).encode("utf-8")

    def is_enabled(self) -> bool:
        if self.run_key is not None:
            return self.run_key.get(APP_NAME) is not None
        assert self.path is not None
        return self.path.is_file()

    def set_enabled(self, enabled: bool) -> None:
        """Raises ``OSError`` when the file or key cannot be written (the caller says so)."""
        if self.run_key is not None:
            if enabled:
                self.run_key.set(APP_NAME, windows_run_value(self.command))
            else:
                self.run_key.delete(APP_NAME)
        else:
            assert self.path is not None
            if enabled:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                temporary = self.path.with_suffix(self.path.suffix + ".tmp")
                temporary.write_bytes(self.content())
                temporary.replace(self.path)
            else:
                self.path.unlink(missing_ok=True)
        log.info("start at login %s (%s)", "on" if enabled else "off", self.path or RUN_KEY_PATH)
