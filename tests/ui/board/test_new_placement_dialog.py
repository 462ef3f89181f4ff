"""The New placement dialog with real services: nothing chosen for the user, a filter that
leaves one match chooses it, Enter takes the choice and moves on, lists that can be read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from recruiter_desk.services.app_services import AppServices
from recruiter_desk.ui.board.board_backend import BoardBackend
from recruiter_desk.ui.board.board_controller import BoardController
from recruiter_desk.ui.board.new_placement_dialog import NewPlacementDialog
from recruiter_desk.ui.board.pipeline_board import PipelineBoard
from recruiter_desk.ui.widgets.record_picker import RecordPicker

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
PEOPLE = ["Anna", "Bram", "Carla", "Daan", "Eva", "Femke", "Gert", "Hanna"]
COMPANIES = ["Acme", "Beta", "Corica", "Dyneco", "Elbe", "Fenix", "Gaia", "Helix"]


@pytest.fixture
def controller(
    qtbot: QtBot, services: AppServices, writes, settings, make_placements
) -> BoardController:
    make_placements(
        [(person, company, "lead", 1) for person, company in zip(PEOPLE, COMPANIES, strict=True)],
        NOW,
    )
    board = PipelineBoard()
    qtbot.addWidget(board)
    board.resize(1366, 768)
    board.show()
    controller = BoardController(board, BoardBackend.of(services), writes, settings)
    controller.start()
    return controller


def open_dialog(controller: BoardController) -> NewPlacementDialog:
    controller.board.new_button.click()
    dialog = controller.pending_dialog
    assert isinstance(dialog, NewPlacementDialog)
    return dialog


def lead_names(controller: BoardController) -> list[str]:
    model = next(m for m in controller.models if m.stage.key == "lead")
    return [model.card(row).person_name for row in range(model.rowCount())]


def type_into(qtbot: QtBot, picker: RecordPicker, text: str) -> None:
    qtbot.keyClicks(picker.query, text)
    picker.refresh()  # what the pause after typing does


def test_nothing_is_chosen_for_the_user(controller: BoardController) -> None:
    dialog = open_dialog(controller)
    for picker in (dialog.person, dialog.vacancy):
        assert picker.results is not None
        assert picker.matches.rowCount() == 8  # something to browse ...
        assert picker.chosen_id() is None  # ... none of it picked
        assert picker.results.selectionModel().selectedRows() == []
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.problem.text().startswith("Choose a person and a vacancy")
    assert lead_names(controller) == [f"{name} Test" for name in PEOPLE]


def test_a_filter_that_leaves_one_match_chooses_it(
    controller: BoardController, qtbot: QtBot
) -> None:
    dialog = open_dialog(controller)
    with qtbot.waitSignal(dialog.person.choice_changed):
        type_into(qtbot, dialog.person, "carla")
    assert dialog.person.matches.rowCount() == 1
    assert dialog.person.matches.index(0, 0).data() == "Carla Test"
    assert dialog.person.chosen_id() is not None
    # Two matches again: the choice stays, as long as it is one of them.
    chosen = dialog.person.chosen_id()
    qtbot.keyClick(dialog.person.query, Qt.Key.Key_Backspace)
    dialog.person.query.setText("a")
    dialog.person.refresh()
    assert dialog.person.matches.rowCount() > 1
    assert dialog.person.chosen_id() == chosen
    # A filter that leaves it out drops it: what is highlighted is what is chosen.
    dialog.person.query.setText("bram")
    dialog.person.refresh()
    assert dialog.person.matches.index(0, 0).data() == "Bram Test"
    assert dialog.person.chosen_id() != chosen


def test_enter_takes_the_match_and_moves_on_then_adds_the_card(
    controller: BoardController, qtbot: QtBot, undo_stack: QUndoStack
) -> None:
    dialog = open_dialog(controller)
    qtbot.keyClicks(dialog.person.query, "daan")
    # Enter before the search has run: it runs now, and its single match is taken.
    qtbot.keyClick(dialog.person.query, Qt.Key.Key_Return)
    assert dialog.person.chosen_id() is not None
    assert dialog.focusWidget() is dialog.vacancy.query
    qtbot.keyClicks(dialog.vacancy.query, "helix")
    qtbot.keyClick(dialog.vacancy.query, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert lead_names(controller).count("Daan Test") == 2
    assert undo_stack.count() == 1  # one card, not one per Enter


def test_enter_with_several_matches_highlights_the_first_and_the_next_enter_takes_it(
    controller: BoardController, qtbot: QtBot, undo_stack: QUndoStack
) -> None:
    dialog = open_dialog(controller)
    qtbot.keyClick(dialog.person.query, Qt.Key.Key_Down)  # Down walks the list from the field
    assert dialog.person.chosen_id() is not None
    qtbot.keyClick(dialog.person.query, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.vacancy.query
    type_into(qtbot, dialog.vacancy, "engineer")
    assert dialog.vacancy.matches.rowCount() == 8
    assert dialog.vacancy.chosen_id() is None
    qtbot.keyClick(dialog.vacancy.query, Qt.Key.Key_Return)
    assert dialog.vacancy.chosen_id() is not None and dialog.isVisible()
    assert dialog.vacancy.results is not None
    # Enter in the list itself takes the highlighted row too, once.
    dialog.vacancy.results.setFocus()
    qtbot.keyClick(dialog.vacancy.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert undo_stack.count() == 1


@pytest.mark.parametrize(("screen", "rows"), [(QSize(800, 600), 8), (QSize(1366, 768), 12)])
def test_the_lists_can_be_read_at_laptop_sizes(
    controller: BoardController, qtbot: QtBot, screen: QSize, rows: int
) -> None:
    dialog = open_dialog(controller)
    dialog.fit_to(screen)
    qtbot.waitUntil(lambda: dialog.person.results is not None and dialog.isVisible())
    dialog.layout().activate()
    assert dialog.height() <= screen.height() - 40
    assert dialog.width() <= screen.width() - 40
    for picker in (dialog.person, dialog.vacancy):
        assert picker.results is not None
        shown = picker.results.viewport().height() // picker.results.sizeHintForRow(0)
        assert shown >= rows
