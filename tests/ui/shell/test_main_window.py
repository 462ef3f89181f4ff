"""The main window: areas built when first shown, honest empty states, the board shown before the
store is open, and remembered geometry and splitters."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from recruiter_desk.services.early_board import open_early_board
from recruiter_desk.ui.shell.main_window import MainWindow
from recruiter_desk.ui.widgets.empty_state import EmptyState


def build(qtbot: QtBot, settings: QSettings) -> MainWindow:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_sidebar_has_every_area_and_unbuilt_ones_say_so(qtbot: QtBot, settings: QSettings) -> None:
    window = build(qtbot, settings)
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["Board", "Today", "People", "Companies", "Vacancies", "Insights"]
    window.show_area(MainWindow.INSIGHTS)
    insights = window.stack.currentWidget()
    assert isinstance(insights, EmptyState)
    assert "being built" in insights.body.text()
    # Before the store is open, People says it is opening, not "empty".
    window.show_area(MainWindow.PEOPLE)
    assert window.people_page.stack.currentWidget() is window.people_page.loading


def test_geometry_splitters_and_area_survive_a_restart(
    qtbot: QtBot, settings: QSettings, services, runner, bus
) -> None:
    window = build(qtbot, settings)
    window.attach(services, runner, bus)
    window.resize(780, 570)
    window.splitter.setSizes([200, 570])
    window.people_page.splitter.setSizes([500, 400])
    window.show_area(MainWindow.COMPANIES)
    window.close()

    again = build(qtbot, settings)
    again.attach(services, runner, bus)
    assert (again.width(), again.height()) == (780, 570)
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0] != 170
    assert again.people_page.splitter.sizes()[0] == window.people_page.splitter.sizes()[0]
    assert again.stack.currentIndex() == MainWindow.COMPANIES


def test_attached_window_shows_data_and_enables_new_actions(
    qtbot: QtBot, settings: QSettings, services, runner, bus
) -> None:
    window = build(qtbot, settings)
    assert not window.new_person_action.isEnabled()
    window.attach(services, runner, bus)
    assert window.new_person_action.isEnabled()
    window.new_person_action.trigger()
    assert window.stack.currentWidget() is window.people_page
    assert window.people_controller is not None and window.people_controller.dialog is not None


def test_an_area_and_its_dialogs_are_imported_when_first_shown(tmp_path: Path) -> None:
    """Start-up builds and imports only the area on screen (the board); the others' modules
    load when the user goes there, dialogs when they open."""
    code = f"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from recruiter_desk.ui.shell.main_window import MainWindow
window = MainWindow(QSettings({str(tmp_path / "settings.ini")!r}, QSettings.Format.IniFormat))
window.show()
app.processEvents()
def loaded(*names):
    modules = {{m.rsplit(".", 1)[-1] for m in sys.modules if m.startswith("recruiter_desk.ui.")}}
    return sorted(n for n in names if n in modules)
later = ("people_controller", "companies_controller", "vacancies_controller", "today_page",
         "today_controller", "board_controller", "message_templates_dialog", "reminder_dialog",
         "placement_dialog", "person_dialog", "empty_state")
print(loaded(*later), loaded("pipeline_board"))
window.show_area(MainWindow.PEOPLE)
print(loaded("people_controller", "companies_controller", "today_page"))
"""
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    at_start, after_people = result.stdout.splitlines()
    # The board says "Opening your data…" through EmptyState, so that one is there.
    assert at_start == "['empty_state'] ['pipeline_board']"
    assert after_people == "['people_controller']"


def test_the_board_shows_its_cards_before_the_store_is_open_and_acts_once_it_is(
    qtbot: QtBot, settings: QSettings, data_dir: Path, services, runner, bus, make_placements
) -> None:
    now = datetime.now(UTC)
    ids = make_placements([("Anna", "Acme", "lead", 2), ("Bram", "Acme", "interviewing", 3)], now)
    reader = open_early_board(data_dir, services.database.clock)
    assert reader is not None
    window = build(qtbot, settings)
    assert window.show_board_early(reader, runner, bus)
    board = window.board_page
    controller = window.board_controller
    assert controller is not None and controller.pipeline is None
    assert board.stack.currentWidget() is board.scroll
    shown = {c.title.text(): c.view.model().rowCount() for c in board.columns}
    assert shown["Lead"] == 1 and shown["Interviewing"] == 1
    models = list(controller.models)
    interviewing = next(s for s in controller.stages if s.key == "interviewing")

    controller.open_placement(ids[0])  # nothing to open it with yet: nothing happens
    controller.request_move(ids[0], interviewing.id)
    assert controller.pending_dialog is None
    assert not window.new_person_action.isEnabled()

    window.attach(services, runner, bus)
    reader.close()
    assert window.board_controller is controller and controller.pipeline is services.pipeline
    assert controller.models == models  # what was shown stays: not read a second time
    controller.open_placement(ids[0])
    assert controller.pending_dialog is not None
    controller.pending_dialog.reject()
    controller.request_move(ids[0], interviewing.id)
    shown = {c.title.text(): c.view.model().rowCount() for c in board.columns}
    assert shown["Lead"] == 0 and shown["Interviewing"] == 2
