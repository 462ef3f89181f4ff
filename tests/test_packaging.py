"""The Linux packaging files agree with the code on the one application id (house rule 10).

A desktop shell matches a window to its launcher and icon by this id, and software
centres match the metainfo to the desktop file by it; one typo and the app shows a
generic icon or vanishes from the store. No Qt needed here.
"""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from recruiter_desk import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
ICON_FILE = ICONS / f"{APP_ID}.svg"
SVG_NS = "{http://www.w3.org/2000/svg}"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(DESKTOP_FILE.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def _pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_exactly_one_desktop_file_and_one_metainfo_named_after_the_app_id() -> None:
    desktop_files = sorted(path.name for path in LINUX.glob("*.desktop"))
    metainfo_files = sorted(path.name for path in LINUX.glob("*.metainfo.xml"))

    assert desktop_files == [f"{APP_ID}.desktop"]
    assert metainfo_files == [f"{APP_ID}.metainfo.xml"]


def test_desktop_file_uses_the_app_id_for_its_icon_and_the_app_name() -> None:
    entry = _desktop_entry()

    assert DESKTOP_FILE.stem == APP_ID
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Name"] == APP_NAME
    assert entry.get("Name[nl]"), "the Dutch launcher name is missing"
    assert entry.get("Comment[nl]"), "the Dutch launcher comment is missing"


def test_metainfo_id_and_launchable_match_the_desktop_file() -> None:
    root = _metainfo()
    launchables = [
        element.text
        for element in root.findall("launchable")
        if element.get("type") == "desktop-id"
    ]

    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_NAME
    assert launchables == [DESKTOP_FILE.name]
    assert Path(launchables[0] or "").stem == APP_ID


def test_icon_file_is_a_square_svg_named_after_the_app_id() -> None:
    assert ICON_FILE.stem == _desktop_entry()["Icon"] == APP_ID
    svg = ET.parse(ICON_FILE).getroot()

    assert svg.tag == f"{SVG_NS}svg"
    _min_x, _min_y, width, height = (float(part) for part in svg.get("viewBox", "").split())
    assert width == height > 0


def test_desktop_exec_and_metainfo_binary_are_the_declared_console_script() -> None:
    scripts = _pyproject()["project"]["scripts"]  # type: ignore[index]
    exec_argv = shlex.split(_desktop_entry()["Exec"])
    binaries = [element.text for element in _metainfo().findall("provides/binary")]

    assert exec_argv[0] == "recruiter-desk"
    assert exec_argv[0] in scripts
    assert binaries == [exec_argv[0]]


def test_newest_metainfo_release_is_the_package_version() -> None:
    releases = _metainfo().findall("releases/release")
    project_version = _pyproject()["project"]["version"]  # type: ignore[index]

    assert releases, "metainfo has no <releases>"
    assert releases[0].get("version") == project_version == __version__
    assert releases[0].get("date"), "the newest release has no date"


def _run_validator(argv: list[str]) -> None:
    if shutil.which(argv[0]) is None:
        pytest.skip(f"{argv[0]} is not installed")
    result = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, (
        f"{shlex.join(argv)} exited with {result.returncode}\n"
        f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )


def test_desktop_file_passes_desktop_file_validate() -> None:
    _run_validator(["desktop-file-validate", str(DESKTOP_FILE)])


def test_metainfo_passes_appstreamcli_validate() -> None:
    _run_validator(["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)])
