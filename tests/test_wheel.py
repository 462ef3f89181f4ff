"""The wheel holds what the app needs, and nothing of the checkout's; installed, it runs.

Built in-process through hatchling's PEP 517 hook, as any installer would build it. The installed
wheel runs from a fresh virtual environment that has only it: the dependencies (PySide6,
SQLAlchemy, …) come from this project's environment through a ``.pth`` file naming its
site-packages. A folder named in a ``.pth`` is put on ``sys.path``, but the ``.pth`` files inside
it are not read, so the checkout's editable install (itself a ``.pth`` there) does not follow: the
test shows that ``recruiter_desk`` cannot be imported before the wheel is installed, and is
imported from the new environment after.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from recruiter_desk import __version__

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "recruiter_desk"
MIGRATIONS = "recruiter_desk/store/migrations"


def build_wheel(into: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from hatchling.build import build_wheel as pep517_build_wheel

    monkeypatch.chdir(ROOT)  # a PEP 517 backend builds the project in the working directory
    return into / pep517_build_wheel(str(into))


def fresh_environment(where: Path) -> Path:
    """A new virtual environment; returns its Python."""
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is not None:
        subprocess.run(
            [uv, "venv", "--quiet", "--python", sys.executable, str(where)],
            check=True,
            capture_output=True,
            timeout=120,
        )
    else:
        import venv

        venv.create(where, with_pip=True)
    scripts = where / ("Scripts" if sys.platform == "win32" else "bin")
    return scripts / ("python.exe" if sys.platform == "win32" else "python")


def install(wheel: Path, python: Path) -> None:
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is not None:
        command = [uv, "pip", "install", "--quiet", "--offline", "--python", str(python)]
    else:
        command = [str(python), "-m", "pip", "install", "--quiet", "--no-index"]
    subprocess.run([*command, "--no-deps", str(wheel)], check=True, timeout=120)


def site_packages(python: Path) -> Path:
    out = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])")
    return Path(out.stdout.strip())


def run(program: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Away from the checkout (no cwd or PYTHONPATH that could import it)."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    env.pop("RECRUITER_DESK_DATA_DIR", None)
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd or program.parent,
        env=env,
        timeout=120,
    )


def qrc_files() -> list[str]:
    root = ET.parse(ROOT / "resources" / "resources.qrc").getroot()
    return sorted(element.text or "" for element in root.iter("file"))


@pytest.mark.slow
def test_the_wheel_holds_the_app_and_runs_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, migrated_template: Path
) -> None:
    wheel = build_wheel(tmp_path / "dist", monkeypatch)
    assert wheel.name == f"recruiter_desk-{__version__}-py3-none-any.whl"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = archive.read(
            f"recruiter_desk-{__version__}.dist-info/entry_points.txt"
        ).decode()

    # Every module of the package, the migrations with their template, the compiled resources.
    sources = {
        path.relative_to(ROOT).as_posix()
        for path in PACKAGE.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert sources - names == set()
    versions = {n for n in names if n.startswith(f"{MIGRATIONS}/versions/") and n[-3:] == ".py"}
    assert len(versions - {f"{MIGRATIONS}/versions/__init__.py"}) >= 2
    assert {f"{MIGRATIONS}/env.py", f"{MIGRATIONS}/script.py.mako"} <= names
    assert "recruiter_desk/ui/resources_rc.py" in names
    # Nothing of the checkout besides the package: no tests, benchmarks, scripts, .venv.
    outside = {n for n in names if not n.startswith(("recruiter_desk/", "recruiter_desk-"))}
    assert outside == set()
    assert not any("__pycache__" in n or n.endswith(".pyc") for n in names)
    assert "recruiter-desk = recruiter_desk.app.main:main" in entry_points

    python = fresh_environment(tmp_path / "venv")
    project_site = Path(sysconfig.get_paths()["purelib"])
    (site_packages(python) / "project_dependencies.pth").write_text(
        f"{project_site}\n", encoding="utf-8"
    )
    before = run(python, "-c", "import sqlalchemy, PySide6.QtCore\nimport recruiter_desk")
    assert "No module named 'recruiter_desk'" in before.stderr, before.stderr  # not the checkout

    install(wheel, python)
    venv = python.parent.parent.resolve()
    where = run(python, "-c", "import recruiter_desk; print(recruiter_desk.__file__)")
    assert Path(where.stdout.strip()).resolve().is_relative_to(venv), where

    # The compiled resources: stylesheet, icons and translations, as ``:/`` paths.
    resources = run(
        python,
        "-c",
        "import sys\nimport recruiter_desk.ui.resources_rc\n"
        "from PySide6.QtCore import QFile, QTranslator\n"
        "print(sorted(f for f in sys.argv[1:] if QFile.exists(':/' + f)))\n"
        "print(QTranslator().load(':/translations/recruiter_desk_nl.qm'))\n",
        *qrc_files(),
    )
    assert resources.stdout.splitlines() == [str(qrc_files()), "True"], resources.stderr
    assert any(f.endswith(".qss") for f in qrc_files())
    assert any(f.endswith(".svg") for f in qrc_files())

    program = python.with_name("recruiter-desk" + (".exe" if sys.platform == "win32" else ""))
    version = run(program, "--version")
    assert (version.returncode, version.stdout) == (0, f"recruiter-desk {__version__}\n")

    empty = tmp_path / "no data yet"
    due = run(program, "due", "--data-dir", str(empty))
    assert (due.returncode, due.stderr) == (0, "")
    assert due.stdout == f"No Recruiter Desk data in {empty} yet: nothing is due.\n"

    # A database at this version's schema, read by the installed package's store.
    desk = tmp_path / "desk"
    desk.mkdir()
    shutil.copyfile(migrated_template, desk / migrated_template.name)
    due = run(program, "due", "--data-dir", str(desk))
    assert (due.returncode, due.stdout, due.stderr) == (0, "Nothing overdue or due today.\n", "")
