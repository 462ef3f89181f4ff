"""The first start: when the store was just created (no schema before this run), the welcome
offers three ways to begin. Not for the sample data (``--demo``): it is never empty.

The sample data opens as its own run (``--demo``, a throwaway folder), so that the user's data
folder stays as empty as they found it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess

from recruiter_desk.app.desk import BOARD, Desk

if TYPE_CHECKING:
    from recruiter_desk.services.app_services import AppServices
    from recruiter_desk.ui.shell.welcome_dialog import WelcomeDialog

log = logging.getLogger(__name__)


def is_first_start(services: AppServices) -> bool:
    """The database did not exist (or had no schema) when this run opened it."""
    return services.upgrade.from_revision is None


def sample_data_command() -> list[str]:
    """The command that starts this app on the sample data."""
    if getattr(sys, "frozen", False):  # a packaged app is its own program
        return [sys.executable, "--demo"]
    return [sys.executable, "-m", "recruiter_desk.app.main", "--demo"]


def start_sample_data(desk: Desk, command: list[str] | None = None) -> bool:
    """A second run on the sample data; says so in a banner if it cannot start."""
    program, *arguments = command or sample_data_command()
    started = QProcess.startDetached(program, arguments)
    ok = started[0] if isinstance(started, tuple) else bool(started)
    if not ok:
        log.error("could not start the sample data: %s", program)
        desk.window.show_banner(
            QCoreApplication.translate(
                "Welcome", "The sample data could not be started (%1 did not run)."
            ).replace("%1", Path(program).name),
            kind="error",
        )
    return ok


def offer_welcome(
    desk: Desk,
    services: AppServices,
    data_dir: Path,
    *,
    demo: bool,
    import_contacts: Callable[[], object] | None = None,
) -> WelcomeDialog | None:
    """Opens the welcome on a first start; returns it (None when it is not a first start)."""
    if demo or not is_first_start(services):
        return None
    log.info("first start on %s: the welcome is shown", data_dir)
    return open_welcome(desk, data_dir, import_contacts=import_contacts)


def open_welcome(
    desk: Desk,
    data_dir: Path,
    *,
    import_contacts: Callable[[], object] | None = None,
    show_sample_data: Callable[[], object] | None = None,
) -> WelcomeDialog:
    from recruiter_desk.ui.shell.welcome_dialog import WelcomeDialog

    def add_placement() -> None:
        desk.window.show_area(BOARD)
        board = desk.board
        if board is not None:
            board.new_placements.open()

    def build() -> WelcomeDialog:
        return WelcomeDialog(
            data_dir,
            add_placement=add_placement,
            show_sample_data=show_sample_data or (lambda: start_sample_data(desk)),
            import_contacts=import_contacts,
            parent=desk.window,
        )

    dialog = desk.dialogs.open(build)
    assert isinstance(dialog, WelcomeDialog)
    return dialog
