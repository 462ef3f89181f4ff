"""The layering rules of HOUSE_STYLE.md, checked.

Every arrow is read statically from the source: every ``import`` in every module of the package,
at module level, inside functions and under ``if TYPE_CHECKING:`` alike. Type-only imports count:
a view that names a store type in its signatures depends on the store as much as one that calls
it, and the rule is about what a layer knows, not only what it loads. Arrows point inward, so
``ui`` may import ``services`` (types or not); it may not import ``store``. A subprocess check
adds what the source cannot show: what importing the Qt-free layers really loads.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import recruiter_desk

PACKAGE = Path(recruiter_desk.__file__).parent
QT = frozenset({"PySide6", "shiboken6"})
DATABASE_LIBRARIES = frozenset({"sqlalchemy", "sqlite3", "alembic"})


@dataclass(frozen=True)
class Rule:
    """What the modules of one layer (a subpackage of the package) may import.

    ``may_use`` lists the package's layers the layer may import (``None``: all of them);
    ``outside`` the other top-level modules it may import (``None``: any), and ``never`` those
    it may not import even then.
    """

    may_use: frozenset[str] | None = None
    outside: frozenset[str] | None = None
    never: frozenset[str] = frozenset()


LAYERS = ("domain", "store", "services", "ui", "app")
RULES = {
    # Pure rules: the standard library and the two validators of contact details only.
    "domain": Rule(
        may_use=frozenset({"domain"}),
        outside=frozenset(sys.stdlib_module_names) | {"phonenumbers", "email_validator"},
    ),
    "store": Rule(may_use=frozenset({"domain", "store"}), never=QT),
    # The store owns the database: services reach it through repositories and connections of
    # the store's, never through a database library of their own.
    "services": Rule(
        may_use=frozenset({"domain", "store", "services"}), never=QT | DATABASE_LIBRARIES
    ),
    "ui": Rule(may_use=frozenset({"domain", "services", "ui"}), never=DATABASE_LIBRARIES),
    "app": Rule(),  # the composition root builds everything
}


@dataclass(frozen=True)
class Offence:
    path: str
    line: int
    layer: str
    imported: str
    why: str

    def __str__(self) -> str:
        if not self.imported:
            return f"{self.path}: {self.why}"
        return f"{self.path}:{self.line}: {self.layer} imports {self.imported} ({self.why})"


def imported_names(tree: ast.Module, module: str, is_package: bool) -> list[tuple[int, str]]:
    """Every module an ``import`` anywhere in ``tree`` names, as an absolute dotted name.

    ``from a import b`` yields ``a.b`` (``b`` may be a submodule; for a layer check the prefix
    is what matters); relative imports are resolved against ``module``.
    """
    names: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".")
                anchor = parts if is_package else parts[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            names += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return names


def layer_offences(
    root: Path, rules: dict[str, Rule] = RULES, layers: tuple[str, ...] = LAYERS
) -> list[Offence]:
    """What breaks ``rules`` in the package at ``root`` (a folder with ``__init__.py``)."""
    package = root.name
    offences = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        parts = relative.with_suffix("").parts
        layer = parts[0] if len(parts) > 1 else None  # None: the package's own __init__
        if layer is not None and layer not in layers:
            offences.append(Offence(relative.as_posix(), 0, layer, "", "belongs to no layer"))
            continue
        is_package = parts[-1] == "__init__"
        module = ".".join([package, *(parts[:-1] if is_package else parts)])
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for line, name in imported_names(tree, module, is_package):
            top = name.split(".")[0]
            if top == package:
                inner = name.split(".")[1] if name.count(".") else None
                target = inner if inner in layers else None  # None: the package root itself
                if target is None or target == layer:
                    continue
                rule = rules[layer] if layer is not None else Rule(may_use=frozenset())
                if rule.may_use is not None and target not in rule.may_use:
                    allowed = ", ".join(sorted(rule.may_use)) or "no layer"
                    offences.append(
                        Offence(
                            relative.as_posix(),
                            line,
                            layer or "the package root",
                            name,
                            f"it may use {allowed}",
                        )
                    )
                continue
            if layer is None:
                continue
            rule = rules[layer]
            if top in rule.never or (rule.outside is not None and top not in rule.outside):
                offences.append(
                    Offence(relative.as_posix(), line, layer, name, f"no {top} in {layer}")
                )
    return offences


def test_every_arrow_points_inward() -> None:
    offences = layer_offences(PACKAGE)
    assert offences == [], "imports against the layers (HOUSE_STYLE.md):\n" + "\n".join(
        map(str, offences)
    )


def test_the_checker_finds_every_kind_of_offence(tmp_path: Path) -> None:
    """A small package with one import of each kind, allowed and not: the checker must name
    exactly the wrong ones (or ``test_every_arrow_points_inward`` proves nothing)."""
    files = {
        "__init__.py": "APP = 'x'\nfrom pkg.ui import view\n",
        "domain/__init__.py": "",
        "domain/rules.py": """
            import re
            from datetime import date
            import phonenumbers
            from pkg import APP
            from pkg.domain import other
            def late():
                from pkg.store import models
            import requests
        """,
        "store/__init__.py": "",
        "store/models.py": """
            import sqlalchemy
            from pkg.domain.rules import late
            from pkg import services
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                from pkg.ui.view import View
        """,
        "services/__init__.py": "",
        "services/use_case.py": """
            from pkg.store import models
            from ..store.models import thing
            import sqlite3
            from ..app import main
            def f():
                from PySide6.QtCore import QObject
        """,
        "ui/__init__.py": "from . import view\n",
        "ui/view.py": """
            from PySide6.QtWidgets import QWidget
            from typing import TYPE_CHECKING
            if TYPE_CHECKING:
                from pkg.services.use_case import UseCase
                from pkg.store.models import Model
            from .. import store
            def read():
                import sqlalchemy.orm
        """,
        "app/__init__.py": "",
        "app/main.py": "from pkg.store import models\nfrom pkg.ui import view\nimport PySide6\n",
        "tools/script.py": "",
    }
    root = tmp_path / "pkg"
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(text))

    found = {(o.path, o.line, o.imported) for o in layer_offences(root)}
    assert found == {
        ("__init__.py", 2, "pkg.ui.view"),  # the package root is no layer's way in
        ("domain/rules.py", 8, "pkg.store.models"),  # function-local
        ("domain/rules.py", 9, "requests"),  # not a pure dependency
        ("store/models.py", 4, "pkg.services"),  # `from pkg import <layer>`
        ("store/models.py", 7, "pkg.ui.view.View"),  # type-only imports count
        ("services/use_case.py", 4, "sqlite3"),
        ("services/use_case.py", 5, "pkg.app.main"),  # relative
        ("services/use_case.py", 7, "PySide6.QtCore.QObject"),
        ("ui/view.py", 6, "pkg.store.models.Model"),
        ("ui/view.py", 7, "pkg.store"),  # relative, `from .. import <layer>`
        ("ui/view.py", 9, "sqlalchemy.orm"),
        ("tools/script.py", 0, ""),  # a module in no layer
    }
    message = "\n".join(map(str, layer_offences(root)))
    assert "ui/view.py:6: ui imports pkg.store.models.Model (it may use domain, services, ui)" in (
        message
    )
    assert "services/use_case.py:4: services imports sqlite3 (no sqlite3 in services)" in message
    assert "tools/script.py: belongs to no layer" in message


def modules_under(layer: str) -> list[str]:
    root = PACKAGE / layer
    return [
        f"recruiter_desk.{layer}.{info.name}"
        for info in pkgutil.walk_packages([str(root)])
        if not info.name.startswith("migrations.versions")
    ] + [f"recruiter_desk.{layer}"]


def imported_after(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split())


def test_domain_store_and_services_never_import_qt() -> None:
    modules = modules_under("domain") + modules_under("store") + modules_under("services")
    modules = [
        m for m in modules if not m.endswith(".env")
    ]  # Alembic's env runs only inside Alembic
    assert len(modules) > 10
    loaded = imported_after("\n".join(f"import {m}" for m in modules))
    qt = sorted(m for m in loaded if m.startswith(("PySide6", "shiboken6")))
    assert qt == [], f"Qt imported by the Qt-free layers: {qt}"


def test_domain_imports_neither_store_nor_sqlalchemy() -> None:
    loaded = imported_after("\n".join(f"import {m}" for m in modules_under("domain")))
    assert not any(m.startswith(("sqlalchemy", "recruiter_desk.store")) for m in loaded)


def test_the_window_imports_no_database_library_before_first_paint() -> None:
    """Fast start: the window and everything up to app.exec() must not import these, nor
    what shows the board's first screen (the start-up reader, its connection and the board's
    controller)."""
    loaded = imported_after(
        "import recruiter_desk.app.main\nimport recruiter_desk.ui.shell.main_window\n"
        "import recruiter_desk.app.store_loader\nimport recruiter_desk.app.ui_setup\n"
        "import recruiter_desk.services.early_board\n"
        "import recruiter_desk.store.early_board_connection\n"
        "import recruiter_desk.ui.board.board_controller"
    )
    heavy = sorted(m for m in loaded if m.split(".")[0] in {"sqlalchemy", "alembic", "keyring"})
    assert heavy == []


def test_dialogs_the_first_screen_does_not_show_are_imported_when_first_opened() -> None:
    """What is on screen at the first paint (the window, its menus, the board) imports no
    dialog that only a menu opens: each costs start-up time for nothing."""
    loaded = imported_after(
        "import recruiter_desk.app.main\nimport recruiter_desk.app.desk\n"
        "import recruiter_desk.app.background_presence\nimport recruiter_desk.app.store_loader\n"
        "import recruiter_desk.ui.board.board_controller"
    )
    later = {
        "recruiter_desk.ui.settings.settings_dialog",
        "recruiter_desk.ui.shell.keyboard_shortcuts",
        "recruiter_desk.ui.shell.welcome_dialog",
        "recruiter_desk.app.welcome",
    }
    assert sorted(loaded & later) == []
