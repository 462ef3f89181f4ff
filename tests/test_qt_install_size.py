"""The install stays small: Qt comes from ``PySide6-Essentials`` only (about 300 MB less than
``PySide6``, whose ``PySide6-Addons`` nothing here imports). A module from the Addons (QtCharts,
QtWebEngine, QtMultimedia, …) would fail at run time on an install without them: each Qt
module the package imports must be a file of the Essentials distribution itself."""

from __future__ import annotations

import ast
import importlib.metadata
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "recruiter_desk"


def _requirement_names(requirements: list[str]) -> set[str]:
    names = set()
    for requirement in requirements:
        name = requirement.split(";")[0]
        for mark in "<>=!~[ ":
            name = name.split(mark)[0]
        names.add(name.strip().lower())
    return names


def test_the_project_depends_on_pyside6_essentials_only() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = _requirement_names(project["dependencies"])
    assert "pyside6-essentials" in names
    assert not names & {"pyside6", "pyside6-addons"}


def test_the_lock_holds_no_addons() -> None:
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    locked = {package["name"].lower() for package in lock["package"]}
    assert "pyside6-essentials" in locked
    assert not locked & {"pyside6", "pyside6-addons"}, "something pulls in the full PySide6"


def qt_modules_imported() -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        if path.name == "resources_rc.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found |= {n.split(".")[1] for n in names if n.startswith("PySide6.")}
    return found


def test_every_qt_module_the_package_imports_is_in_essentials() -> None:
    imported = qt_modules_imported()
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    files = importlib.metadata.files("PySide6-Essentials") or []
    # The compiled modules themselves (the distribution ships type stubs of every module,
    # Addons' too).
    shipped = {
        Path(str(f)).name.split(".")[0]
        for f in files
        if Path(str(f)).parent == Path("PySide6") and Path(str(f)).suffix in {".so", ".pyd"}
    }
    assert "QtCharts" not in shipped and "QtWidgets" in shipped
    assert sorted(imported - shipped) == [], "imported from outside PySide6-Essentials"
