"""Screenshots of the main window on the demo data, for the README and for review.

    uv run python scripts/take_screenshots.py                  # docs/screenshots/*.png
    uv run python scripts/take_screenshots.py --language nl --area companies
    uv run python scripts/take_screenshots.py --appearance dark --scale 2 --out-dir /tmp/shots

Each screenshot is taken in its own process (one QApplication, one language per process).
Uses the real window, services and demo generator; nothing is drawn by hand.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
AREAS = ("board", "today", "people", "companies", "vacancies", "insights")
DIALOGS = ("journey", "welcome", "search")
PAGES = ("files",)
"""A part of an area scrolled into view: "files", a person's files (the CV first)."""
"""Dialogs shot on their own, over the board."""
SEARCH_SHOT = "eind"
"""What the search screenshot has typed: a place half-typed, found in several kinds."""


def take(
    language: str,
    area: str,
    out: Path,
    size: tuple[int, int],
    *,
    empty: bool = False,
    appearance: str = "light",
    scale: float = 1,
) -> None:
    """``empty``: a first run (no data yet), as a new user sees it. ``scale``: the screen's
    scaling (2 is 200 %); ``size`` stays in the window's own (logical) pixels."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(scale)
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from recruiter_desk.app.desk import Desk
    from recruiter_desk.app.ui_setup import install_look, install_translators
    from recruiter_desk.services.app_services import open_services
    from recruiter_desk.services.clock import system_clock
    from recruiter_desk.services.demo_files import add_sample_files
    from recruiter_desk.store.database import database_path
    from recruiter_desk.store.demo_dataset import DEMO, generate_dataset
    from recruiter_desk.store.schema_upgrade import upgrade_database
    from recruiter_desk.ui.operations.change_bus import ChangeBus
    from recruiter_desk.ui.operations.task_runner import TaskRunner
    from recruiter_desk.ui.operations.writes import Writes
    from recruiter_desk.ui.settings.app_settings import AppSettings
    from recruiter_desk.ui.shell.appearance import parse_appearance

    app = QApplication([sys.argv[0]])
    install_translators(app, language)
    install_look(app).apply(parse_appearance(appearance))
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        path = database_path(data_dir)
        now = system_clock()
        upgrade_database(path, now=now)
        if not empty:
            generate_dataset(path, DEMO, seed=2026, now=now)
        services = open_services(data_dir)
        if not empty:
            add_sample_files(services.attachments, services.database, read=True)
        settings = AppSettings(
            QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
        )
        desk = Desk(settings, Writes(TaskRunner(synchronous=True), ChangeBus(), QUndoStack()))
        window = desk.window
        window.resize(*size)
        window.show()
        if area != "loading":
            desk.open(services)
        window.show_area("people" if area == "files" else area if area in AREAS else "board")
        if not empty:
            directory = {
                "people": desk.people,
                "companies": desk.companies,
                "files": desk.people,
            }.get(area)
            if directory is not None:
                directory.page.table.selectRow(2)
            if area in ("people", "files"):
                _select_someone_with_a_cv(desk)
        for _ in range(5):
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        shown = window
        if area == "journey":
            window.actions_.journey.trigger()
            shown = desk.open_dialog
            shown.table.selectRow(1)
            for _ in range(5):
                app.processEvents()
        if area == "files":
            from recruiter_desk.ui.attachments.attachment_list import AttachmentList

            assert desk.people is not None
            scroll = desk.people.page.detail_area
            files = scroll.widget().findChild(AttachmentList)
            files.view.setCurrentIndex(files.model.index(0))
            scroll.ensureWidgetVisible(files, 0, 0)
            for _ in range(5):
                app.processEvents()
        if area == "search":
            shown = desk.search.open()
            shown.field.setText(SEARCH_SHOT)
            shown.refresh()
            while shown.searching:
                app.processEvents()
            for _ in range(5):
                app.processEvents()
        if area == "welcome":
            from recruiter_desk.app.welcome import open_welcome

            shown = open_welcome(desk, Path.home() / ".local/share/Recruiter Desk")
            for _ in range(5):
                app.processEvents()
        shown.grab().save(str(out))
        window.close()
        services.close()
    print(f"wrote {out}")


def _select_someone_with_a_cv(desk: object) -> None:
    """From the third row down, the first person who has sent a CV (half of them have)."""
    from recruiter_desk.ui.attachments.attachment_list import AttachmentList

    people = desk.people  # type: ignore[attr-defined]
    for row in range(2, 20):
        people.page.table.selectRow(row)
        files = people.page.detail_area.widget().findChild(AttachmentList)
        if files is not None and files.model.attachments:
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=["en", "nl"])
    parser.add_argument("--area", choices=sorted((*AREAS, *DIALOGS, *PAGES, "loading")))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--size", default="1440x860")
    parser.add_argument("--empty", action="store_true", help="a first run: no data yet")
    parser.add_argument("--appearance", choices=["light", "dark"], default="light")
    parser.add_argument("--scale", type=float, default=1, help="2 for 200 %% scaling")
    parser.add_argument("--out-dir", type=Path, default=OUT)
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    if args.language and args.area:
        suffix = "" if args.appearance == "light" else f"-{args.appearance}"
        suffix += "" if args.scale == 1 else f"@{args.scale:g}x"
        take(
            args.language,
            args.area,
            args.out or args.out_dir / f"{args.area}-{args.language}{suffix}.png",
            (width, height),
            empty=args.empty,
            appearance=args.appearance,
            scale=args.scale,
        )
        return
    for language in ("en", "nl"):
        for area in ("board", "today", "people", "companies", "vacancies", *DIALOGS):
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    *("--language", language, "--area", area, "--size", args.size),
                    *("--appearance", args.appearance, "--scale", str(args.scale)),
                    *("--out-dir", str(args.out_dir)),
                ],
                check=True,
            )


if __name__ == "__main__":
    main()
