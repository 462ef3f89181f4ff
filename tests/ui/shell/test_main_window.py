"""The main window: areas built when first shown, honest empty states, the board shown before the
store is open, and remembered geometry and splitters."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from recruiter_desk.services.early_board import open_early_board
from recruiter_desk.ui.widgets.empty_state import EmptyState


def test_sidebar_has_every_area_and_unbuilt_ones_say_so(make_desk) -> None:
    window = make_desk().window
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["Board", "Today", "People", "Companies", "Vacancies", "Insights"]
    window.show_area("insights")
    insights = window.stack.currentWidget()
    assert isinstance(insights, EmptyState)
    assert "being built" in insights.body.text()
    # Before the store is open, People says it is opening, not "empty".
    window.show_area("people")
    people = window.page("people")
    assert people.stack.currentWidget() is people.loading


def test_geometry_splitters_and_area_survive_a_restart(make_desk, services) -> None:
    desk = make_desk()
    window = desk.window
    desk.open(services)
    window.resize(780, 570)
    window.splitter.setSizes([200, 570])
    window.show_area("people")
    window.page("people").splitter.setSizes([500, 400])
    window.show_area("companies")
    window.close()

    again = make_desk()
    again.open(services)
    assert (again.window.width(), again.window.height()) == (780, 570)
    assert again.window.splitter.sizes()[0] == window.splitter.sizes()[0] != 170
    people_sizes = again.window.page("people").splitter.sizes()
    assert people_sizes[0] == window.page("people").splitter.sizes()[0]
    assert again.window.current_key() == "companies"


def test_opened_desk_shows_data_and_enables_new_actions(make_desk, services) -> None:
    desk = make_desk()
    actions = desk.window.actions_
    assert not actions.new_person.isEnabled()
    desk.open(services)
    assert actions.new_person.isEnabled()
    actions.new_person.trigger()
    assert desk.window.stack.currentWidget() is desk.window.page("people")
    assert desk.people is not None and desk.people.directory.dialog is not None


def test_an_area_and_its_dialogs_are_imported_when_first_shown(tmp_path: Path) -> None:
    """Start-up builds and imports only the area on screen (the board); the others' modules
    load when the user goes there, dialogs when they open."""
    code = f"""
import sys
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
app = QApplication([])
from recruiter_desk.app.desk import Desk
from recruiter_desk.ui.operations.change_bus import ChangeBus
from recruiter_desk.ui.operations.task_runner import TaskRunner
from recruiter_desk.ui.operations.writes import Writes
from recruiter_desk.ui.settings.app_settings import AppSettings
settings = AppSettings(QSettings({str(tmp_path / "settings.ini")!r}, QSettings.Format.IniFormat))
desk = Desk(settings, Writes(TaskRunner(), ChangeBus(), QUndoStack()))
desk.window.show()
app.processEvents()
def loaded(*names):
    modules = {{m.rsplit(".", 1)[-1] for m in sys.modules if m.startswith("recruiter_desk.ui.")}}
    return sorted(n for n in names if n in modules)
later = ("people_controller", "companies_controller", "vacancies_controller", "today_page",
         "today_controller", "board_controller", "message_templates_dialog", "reminder_dialog",
         "placement_dialog", "person_dialog", "empty_state")
print(loaded(*later), loaded("pipeline_board"))
desk.window.show_area("people")
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
    make_desk, data_dir: Path, services, make_placements
) -> None:
    now = datetime.now(UTC)
    ids = make_placements([("Anna", "Acme", "lead", 2), ("Bram", "Acme", "interviewing", 3)], now)
    reader = open_early_board(data_dir, services.database.clock)
    assert reader is not None
    desk = make_desk()
    assert desk.show_board_early(reader)
    board = desk.window.page("board")
    controller = desk.board
    assert controller is not None and not controller.backend.writable
    assert board.stack.currentWidget() is board.scroll_area
    shown = {c.title.text(): c.view.model().rowCount() for c in board.columns}
    assert shown["Lead"] == 1 and shown["Interviewing"] == 1
    models = list(controller.models)
    interviewing = next(s for s in controller.stages if s.key == "interviewing")

    controller.placements.open(ids[0])  # nothing to open it with yet: nothing happens
    controller.moves.request(ids[0], interviewing.id)
    assert controller.pending_dialog is None
    assert not board.new_button.isEnabled()
    assert not desk.window.actions_.new_person.isEnabled()

    desk.open(services)
    reader.close()
    assert desk.board is controller and controller.backend.pipeline is services.pipeline
    assert board.new_button.isEnabled()
    assert controller.models == models  # what was shown stays: not read a second time
    controller.placements.open(ids[0])
    assert controller.pending_dialog is not None
    controller.pending_dialog.reject()
    controller.moves.request(ids[0], interviewing.id)
    shown = {c.title.text(): c.view.model().rowCount() for c in board.columns}
    assert shown["Lead"] == 0 and shown["Interviewing"] == 2


def test_choosing_a_language_offers_a_restart_and_says_when_it_applies(make_desk, settings) -> None:
    from PySide6.QtWidgets import QMessageBox

    desk = make_desk()
    window = desk.window
    restarts: list[bool] = []
    window.restart_requested.connect(lambda: restarts.append(True))

    def choose(code: str) -> None:  # Settings → Settings… → Language and look
        window.actions_.settings.trigger()
        dialog = window.settings_slot.dialog
        assert dialog is not None
        dialog.language.setCurrentIndex(dialog.language.findData(code))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    choose("nl")
    assert settings.language == "nl"
    box = window.language_box
    assert isinstance(box, QMessageBox)
    later = next(b for b in box.buttons() if b.text() == "At the next start")
    later.click()
    assert restarts == [] and window.notices.texts() == [
        "The new language is used from the next start."
    ]

    choose("en")
    box = window.language_box
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Restart now").click()
    assert restarts == [True] and not window.isVisible()  # quits, and main() starts it again


def test_on_the_sample_data_the_language_box_promises_no_next_start(make_desk, settings) -> None:  # type: ignore[no-untyped-def]
    """The sample data and its settings go when the run ends (issue 11 item 18): the box
    offers Restart now or Not now, and never says the language applies at a next start."""
    from PySide6.QtWidgets import QMessageBox

    window = make_desk().window
    window.sample_data = True
    window.choose_language("nl")
    box = window.language_box
    assert isinstance(box, QMessageBox)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Restart now", "Not now"}
    next(b for b in box.buttons() if b.text() == "Not now").click()
    [notice] = window.notices.texts()
    assert "next start" not in notice and "Restart now" in notice


def test_about_shows_the_version_licence_and_where_things_are(make_desk, tmp_path: Path) -> None:
    from recruiter_desk import __version__

    window = make_desk().window
    window.set_locations(tmp_path / "data", tmp_path / "log" / "recruiter-desk.log")
    window.actions_.about.trigger()
    box = window.about_boxes.dialog
    window.actions_.about.trigger()
    assert window.about_boxes.dialog is box, "asking again brings the same box forward"
    assert box is not None and box.text() == f"Recruiter Desk {__version__}"
    text = box.informativeText()
    assert "GNU General Public License" in text
    assert str(tmp_path / "data") in text and str(tmp_path / "log") in text
    assert {b.text() for b in box.buttons()} >= {"Open data folder", "Open log folder"}
    box.reject()
