"""The layering rules of HOUSE_STYLE.md, checked."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import recruiter_desk

PACKAGE = Path(recruiter_desk.__file__).parent


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
    what shows the board's first screen (the start-up reader and the board's controller)."""
    loaded = imported_after(
        "import recruiter_desk.app.main\nimport recruiter_desk.ui.shell.main_window\n"
        "import recruiter_desk.app.store_loader\nimport recruiter_desk.app.ui_setup\n"
        "import recruiter_desk.services.early_board\n"
        "import recruiter_desk.ui.board.board_controller"
    )
    heavy = sorted(m for m in loaded if m.split(".")[0] in {"sqlalchemy", "alembic", "keyring"})
    assert heavy == []


def test_views_do_not_touch_the_store() -> None:
    """Widgets get data through services; no SQL, no store import in ui/."""
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"sqlalchemy", "sqlite3"} or name.startswith(
                    "recruiter_desk.store"
                ):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []
