"""Composition root: paths, logging, crash handler, one instance, the window, then the store.

Start-up order is designed for a fast first paint. Only PySide6 and the standard library are
imported before the window is shown, and of the window only the area on screen. After the first
paint the board reads its first screen without SQLAlchemy; then SQLAlchemy, Alembic and the demo
generator are imported on the background executor (see ``store_loader``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from recruiter_desk import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from recruiter_desk.app.desk import Desk
    from recruiter_desk.app.single_instance import SingleInstance
    from recruiter_desk.domain.storage_errors import StorageProblem
    from recruiter_desk.services.app_services import AppServices

log = logging.getLogger(__name__)

DEMO_SEED = 2026


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="recruiter-desk", description=APP_NAME)
    parser.add_argument(
        "--data-dir",
        help="folder that holds the database, backups and settings "
        "(default: the user data folder; env RECRUITER_DESK_DATA_DIR)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a realistic sample dataset in a temporary folder; your own data is untouched",
    )
    parser.add_argument(
        "--minimized",
        action="store_true",
        help="start in the system tray without showing the window (as at login); "
        "where there is no tray, the window shows",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # A restart (to change the language) keeps the sample data of the run it restarts.
    parser.add_argument("--demo-folder", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    due = commands.add_parser(
        "due",
        help="print what is overdue and due today, then exit (no window)",
        description="Print the reminders that are overdue and due today, with the time on "
        "this computer's clock. Reads the data without changing it; safe while the app runs. "
        "Exit status: 0 printed (also when the data folder has no data yet: then nothing is "
        "due), 2 data of another app version, 3 the database is damaged (or empty, or not a "
        "database), 4 it is locked by another program, 5 it could not be read (permission, "
        "disk), 6 it is another program's database; 1 only for a bug.",
    )
    due.add_argument("--json", action="store_true", help="print a JSON list, for scripts")
    due.add_argument(
        "--data-dir", default=argparse.SUPPRESS, help="the data folder (as for the app)"
    )
    due.add_argument(
        "--now",
        type=_moment,
        default=None,
        metavar="ISO-TIME",
        help="report as if it were this moment (ISO 8601, e.g. 2026-12-01T09:00+01:00)",
    )
    args = parser.parse_args(argv)
    if args.command == "due" and args.demo:
        parser.error("due reads your data folder; it does not work with --demo")
    return args


def _moment(text: str) -> object:
    from datetime import datetime

    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.astimezone()


def run_due_command(args: argparse.Namespace) -> int:
    """``recruiter-desk due``: no Qt, no window, no log file; reads and prints."""
    from recruiter_desk.app.data_location import resolve_data_dir
    from recruiter_desk.app.due_command import run_due

    return run_due(resolve_data_dir(args.data_dir, os.environ), as_json=args.json, now=args.now)


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.command == "due":
        return run_due_command(args)

    from recruiter_desk.app.data_location import log_dir
    from recruiter_desk.app.display_check import missing_display

    missing = missing_display(os.environ)
    if missing:
        print(
            f"Recruiter Desk cannot open its window: {missing}. Start it from a desktop "
            f"session (without a screen, for a test: xvfb-run recruiter-desk --demo). "
            f"The log is in {log_dir()}.",
            file=sys.stderr,
        )
        return 1
    try:
        return _run_window(args, started)
    except Exception as error:
        log.exception("start-up failed")
        print(
            f"Recruiter Desk could not start: {type(error).__name__}: {error}. "
            f"Details are in the log in {log_dir()}.",
            file=sys.stderr,
        )
        return 1


def _run_window(args: argparse.Namespace, started: float) -> int:
    from PySide6.QtWidgets import QApplication

    from recruiter_desk.app.data_location import log_dir, resolve_data_dir
    from recruiter_desk.app.logging_setup import configure_logging, install_qt_message_handler
    from recruiter_desk.app.single_instance import SingleInstance, instance_key
    from recruiter_desk.app.ui_setup import install_translators

    log_file = configure_logging(log_dir())
    install_qt_message_handler()
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName("RecruiterDesk")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication(sys.argv[:1])
    # The window may be hidden in the tray while a dialog closes: quit only when the window
    # really closes (MainWindow.closed), never because no window is visible.
    app.setQuitOnLastWindowClosed(False)

    demo_dir: Path | None = None
    if args.demo:
        import tempfile

        from recruiter_desk.app.demo_folder import (
            adopt_demo_folder,
            make_demo_folder,
            remove_leftovers,
        )

        # Every demo run shares one instance key: a second --demo brings the first forward.
        install_translators(app, "system")
        instance = SingleInstance(instance_key(Path(tempfile.gettempdir()) / "recruiter-desk-demo"))
        if not instance.acquire():
            print(_already_running(app))
            return 0
        remove_leftovers()
        demo_dir = data_dir = (
            adopt_demo_folder(Path(args.demo_folder)) if args.demo_folder else make_demo_folder()
        )
    else:
        data_dir = resolve_data_dir(args.data_dir, os.environ)
    if demo_dir is None:
        return _run_desk(app, args, data_dir, None, log_file, started)
    try:
        return _run_desk(app, args, data_dir, demo_dir, log_file, started, instance)
    finally:
        # Reached unless the run restarted (os.execv replaced the process before): the sample
        # data goes however the run ended, a failed start included.
        from recruiter_desk.app.demo_folder import remove_demo_folder

        remove_demo_folder(demo_dir)


def _run_desk(
    app: QApplication,
    args: argparse.Namespace,
    data_dir: Path,
    demo_dir: Path | None,
    log_file: Path,
    started: float,
    instance: SingleInstance | None = None,
) -> int:
    """The run on ``data_dir`` (``demo_dir`` too for the sample data, whose ``instance`` is
    taken already), from the settings to the event loop's end (or a restart)."""
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtWidgets import QWidget

    from recruiter_desk.app.crash_handler import install_crash_handler, install_signal_handlers
    from recruiter_desk.app.single_instance import DataDirLock, SingleInstance, instance_key
    from recruiter_desk.app.ui_setup import install_look, install_translators
    from recruiter_desk.ui.settings.app_settings import AppSettings

    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return _folder_cannot_be_made(app, data_dir, error)
    log.info("starting %s %s (demo=%s)", APP_NAME, __version__, args.demo)
    settings = AppSettings(QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat))
    install_translators(app, settings.language)
    install_look(app, settings)

    if instance is None:
        instance = SingleInstance(instance_key(data_dir))
        if not instance.acquire():
            print(_already_running(app))
            return 0
    lock = DataDirLock(data_dir)
    read_only: StorageProblem | None = None
    if not lock.try_lock() and lock.could_not_be_made():
        # Nobody holds the folder: it cannot be written (read-only, full). Show the data as
        # it is, and say why nothing can be saved.
        from recruiter_desk.domain.storage_errors import StorageProblem
        from recruiter_desk.store.folder_probe import write_problem

        read_only = write_problem(data_dir) or StorageProblem.READ_ONLY
        log.warning("the lock file cannot be made (%s): opening read-only", read_only.value)
    elif not lock.is_locked():
        print(
            app.translate(
                "main", "Another Recruiter Desk is using %1; not starting a second one."
            ).replace("%1", str(data_dir)),
            file=sys.stderr,
        )
        return 1

    # Before the first window, so that an error while building it gets the crash dialog.
    windows: list[QWidget] = []
    crash_handler = install_crash_handler(log_file, lambda: windows[0] if windows else None)
    install_signal_handlers(app)

    from PySide6.QtGui import QUndoStack

    from recruiter_desk.app.autostart import Autostart, launch_command
    from recruiter_desk.app.background_presence import BackgroundPresence, build_notifier
    from recruiter_desk.app.desk import Desk
    from recruiter_desk.ui.desktop.tray import TrayIcon
    from recruiter_desk.ui.operations.change_bus import ChangeBus
    from recruiter_desk.ui.operations.task_runner import TaskRunner
    from recruiter_desk.ui.operations.writes import Writes

    runner = TaskRunner()
    writes = Writes(runner, ChangeBus(), QUndoStack())
    tray = TrayIcon(app.windowIcon())
    # Start at login opens the same data folder; not offered for the throwaway sample data.
    chosen = bool(args.data_dir or os.environ.get("RECRUITER_DESK_DATA_DIR"))
    explicit_dir = data_dir.resolve() if chosen else None
    start_at_login = None if args.demo else Autostart(launch_command(data_dir=explicit_dir))
    desk = Desk(settings, writes, tray=tray, start_at_login=start_at_login)
    window = desk.window
    windows.append(window)
    window.set_locations(data_dir, log_file)
    window.closed.connect(app.quit)
    restart: list[bool] = []
    window.restart_requested.connect(lambda: restart.append(True))
    presence = BackgroundPresence(desk, settings, tray, build_notifier(tray, window))
    instance.activation_requested.connect(presence.open_window)
    if demo_dir is not None:
        window.setWindowTitle(app.translate("main", "%1 — sample data").replace("%1", APP_NAME))
        window.sample_data = True
    presence.start(minimized=args.minimized)
    if read_only is not None:
        from recruiter_desk.ui.operations.store_errors import describe_read_only_start

        writes.read_only = read_only
        window.show_banner(describe_read_only_start(read_only, data_dir), kind="error")

    from recruiter_desk.app.store_loader import StoreLoader

    loader = StoreLoader(
        desk,
        runner,
        data_dir,
        demo=args.demo,
        seed=DEMO_SEED,
        started=started,
        read_only=read_only is not None,
    )
    loader.opened.connect(lambda services: presence.attach(services, writes))
    loader.opened.connect(
        lambda services: _welcome(desk, services, data_dir, demo=demo_dir is not None)
    )
    window.first_painted.connect(
        lambda: log.info("first paint %.0f ms after main()", (time.perf_counter() - started) * 1000)
    )
    # Queued: the first frame reaches the screen before the board reads its data.
    window.first_painted.connect(loader.start, Qt.ConnectionType.QueuedConnection)
    # A window that starts hidden or minimised gets no paint event: load anyway.
    QTimer.singleShot(1000, loader.start)

    try:
        return app.exec()
    finally:
        presence.shutdown()
        loader.close()
        crash_handler.uninstall()
        lock.unlock()
        log.info("stopped")
        if restart:
            instance.release()
            command = restart_command(sys.argv[1:], demo_dir)
            log.info("restarting")
            os.execv(command[0], command)


def restart_command(arguments: Sequence[str], demo_dir: Path | None) -> list[str]:
    """The command that starts this app again with the same arguments (and, for the sample
    data, the same folder)."""
    kept = list(arguments)
    if "--demo-folder" in kept:
        at = kept.index("--demo-folder")
        del kept[at : at + 2]
    if demo_dir is not None:
        kept += ["--demo-folder", str(demo_dir)]
    if getattr(sys, "frozen", False):  # a packaged app is its own program
        return [sys.executable, *kept]
    return [sys.executable, "-m", "recruiter_desk.app.main", *kept]


def _welcome(desk: Desk, services: AppServices, data_dir: Path, *, demo: bool) -> None:
    """A first start on an empty data folder opens the welcome."""
    from recruiter_desk.app.welcome import offer_welcome

    offer_welcome(desk, services, data_dir, demo=demo)


def _folder_cannot_be_made(app: QApplication, data_dir: Path, error: OSError) -> int:
    """No data folder and none can be made: nothing to show. Said on the terminal and in a
    dialog (a start from the desktop has no terminal)."""
    from PySide6.QtWidgets import QMessageBox

    from recruiter_desk.app.ui_setup import install_translators
    from recruiter_desk.ui.widgets.line_icons import set_box_icon

    install_translators(app, "system")
    text = (
        app.translate("main", "Recruiter Desk cannot make its data folder %1: %2.")
        .replace("%1", str(data_dir))
        .replace("%2", error.strerror or type(error).__name__)
    )
    log.error("the data folder %s cannot be made: errno %s", data_dir, error.errno)
    print(text, file=sys.stderr, flush=True)
    box = QMessageBox(QMessageBox.Icon.NoIcon, APP_NAME, text, QMessageBox.StandardButton.Close)
    set_box_icon(box, "!")
    box.exec()
    return 1


def _already_running(_app: object) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "main", "Recruiter Desk is already running; its window was brought to the front."
    )


if __name__ == "__main__":
    sys.exit(main())
