"""The placement board with real services: drag and drop through the model's mime data,
keyboard moves, the Signed and Rejected dialogs, undo/redo, filters and manual order."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recruiter_desk.domain.pipeline import PlacementEdit
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.services.contact_logging_service import ContactLoggingService
from recruiter_desk.services.journeys_service import JourneysService
from recruiter_desk.services.pipeline_service import PipelineService
from recruiter_desk.store.models import InteractionModel, PlacementModel, StageChangeModel
from recruiter_desk.ui.board.board_backend import BoardBackend
from recruiter_desk.ui.board.board_column_model import BoardColumnModel
from recruiter_desk.ui.board.board_controller import CARDS_PER_PAGE, BoardController
from recruiter_desk.ui.board.move_dialogs import ClosingDialog, SignedDialog
from recruiter_desk.ui.board.pipeline_board import PipelineBoard

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def pipeline(services: AppServices) -> PipelineService:
    return PipelineService(services.database, lambda: NOW)


@pytest.fixture
def board_services(services: AppServices, pipeline: PipelineService) -> AppServices:
    """The app's services with the board's clock fixed at ``NOW``."""
    return replace(
        services,
        pipeline=pipeline,
        journeys=JourneysService(services.database, lambda: NOW),
        contact_logging=ContactLoggingService(services.database, lambda: NOW),
    )


@pytest.fixture
def make_board(qtbot: QtBot, board_services, writes, settings):  # type: ignore[no-untyped-def]
    def make() -> BoardController:
        board = PipelineBoard()
        qtbot.addWidget(board)
        board.resize(1400, 700)
        board.show()
        controller = BoardController(board, BoardBackend.of(board_services), writes, settings)
        controller.start()
        return controller

    return make


def column(controller: BoardController, key: str) -> BoardColumnModel:
    return next(m for m in controller.models if m.stage.key == key)


def names(controller: BoardController, key: str) -> list[str]:
    model = column(controller, key)
    return [model.card(row).person_name.split()[0] for row in range(model.rowCount())]


def drop(controller: BoardController, name: str, to_key: str, before_row: int = -1) -> None:
    """What a drag and drop does: the source model's mime data dropped on the target model."""
    for model in controller.models:
        for row in range(model.rowCount()):
            if model.card(row).person_name.startswith(name):
                mime = model.mimeData([model.index(row, 0)])
                target = column(controller, to_key)
                assert target.canDropMimeData(
                    mime, Qt.DropAction.MoveAction, before_row, 0, QModelIndex()
                )
                target.dropMimeData(mime, Qt.DropAction.MoveAction, before_row, 0, QModelIndex())
                return
    raise AssertionError(name)


def test_columns_show_open_stages_with_counts_and_closed_behind_a_toggle(
    make_board, make_placements, settings
) -> None:
    make_placements(
        [("Anna", "Acme", "lead", 1), ("Bram", "Acme", "lead", 3), ("Cas", "Beta", "rejected", 9)],
        NOW,
    )
    controller = make_board()
    board = controller.board
    titles = [c.title.text() for c in board.columns]
    assert titles == [
        "Lead",
        "Contacted",
        "Introduced (CV sent)",
        "Interviewing",
        "Offer",
        "Signed (pre-boarding)",
        "Started (onboarding)",
        "Retained",
    ]
    assert [c.count.text() for c in board.columns][:2] == ["2", "0"]
    board.show_closed.setChecked(True)
    assert [c.title.text() for c in board.columns][-3:] == [
        "Placed for good",
        "Rejected",
        "Withdrawn",
    ]
    assert names(controller, "rejected") == ["Cas"]
    assert settings.board_show_closed is True


def test_empty_board_explains_itself(make_board) -> None:
    controller = make_board()
    assert controller.board.stack.currentWidget() is controller.board.empty


def test_drag_and_drop_moves_writes_history_and_can_be_undone_and_redone(
    make_board, make_placements, services, undo_stack: QUndoStack
) -> None:
    [anna] = make_placements([("Anna", "Acme", "lead", 4)], NOW)
    controller = make_board()
    drop(controller, "Anna", "contacted")
    assert names(controller, "lead") == [] and names(controller, "contacted") == ["Anna"]
    assert controller.columns.selected_placement() == anna
    with services.database.read() as session:
        history = session.scalars(
            select(StageChangeModel).where(StageChangeModel.placement_id == anna)
        ).all()
        assert len(history) == 2 and history[-1].changed_at == NOW
        event = session.scalars(select(InteractionModel)).one()
        assert event.event_type == "stage_moved" and event.placement_id == anna
        assert json.loads(event.facts or "")["to_stage_key"] == "contacted"
    assert undo_stack.undoText() == "move Anna Test to Contacted"
    undo_stack.undo()
    assert names(controller, "lead") == ["Anna"]
    with services.database.read() as session:
        assert session.scalars(select(InteractionModel)).all() == []
    undo_stack.redo()
    assert names(controller, "contacted") == ["Anna"]


def test_keyboard_moves_and_arrow_navigation(make_board, make_placements, qtbot: QtBot) -> None:
    make_placements([("Anna", "Acme", "lead", 1), ("Bram", "Acme", "contacted", 1)], NOW)
    controller = make_board()
    lead_view = controller.board.columns[0].view
    lead_view.setCurrentIndex(lead_view.model().index(0, 0))
    qtbot.keyClick(
        lead_view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert names(controller, "contacted") == ["Bram", "Anna"]
    contacted_view = controller.board.columns[1].view
    assert contacted_view.currentIndex().data().startswith("Anna")
    qtbot.keyClick(
        contacted_view,
        Qt.Key.Key_Up,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert names(controller, "contacted") == ["Anna", "Bram"]
    qtbot.keyClick(
        contacted_view,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert names(controller, "lead") == ["Anna"]
    # Plain arrows move the selection between columns.
    lead_view.setCurrentIndex(lead_view.model().index(0, 0))
    qtbot.keyClick(lead_view, Qt.Key.Key_Right)
    assert controller.board.columns[1].view.currentIndex().data().startswith("Bram")


def test_signed_asks_for_dates_and_cancel_cancels(make_board, make_placements, pipeline) -> None:
    [anna] = make_placements([("Anna", "Acme", "offer", 2)], NOW)
    controller = make_board()
    drop(controller, "Anna", "signed")
    dialog = controller.pending_dialog
    assert isinstance(dialog, SignedDialog)
    dialog.reject()
    assert names(controller, "offer") == ["Anna"]

    drop(controller, "Anna", "signed")
    dialog = controller.pending_dialog
    assert isinstance(dialog, SignedDialog)
    start = NOW.date() + timedelta(days=37)
    from recruiter_desk.ui.widgets.date_fields import to_qdate

    dialog.start_on.setDate(to_qdate(start))
    assert dialog.has_probation.isChecked()  # NL, permanent: 2 months suggested
    assert "2 months" in dialog.rule.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert names(controller, "signed") == ["Anna"]
    detail = pipeline.detail(anna)
    assert detail.start_on == start
    assert detail.probation_end_on is not None and detail.probation_end_on > start
    assert detail.guarantee_end_on == start + timedelta(days=90)


def test_asking_to_sign_again_while_asked_brings_the_same_question_and_moves_once(
    make_board, make_placements, undo_stack
) -> None:
    make_placements([("Anna", "Acme", "offer", 2)], NOW)
    controller = make_board()
    drop(controller, "Anna", "signed")
    first = controller.pending_dialog
    drop(controller, "Anna", "signed")  # a second drop (or Ctrl+Shift+Right) meanwhile
    assert controller.pending_dialog is first
    assert isinstance(first, SignedDialog)
    first.buttons.button(first.buttons.StandardButton.Ok).click()
    assert names(controller, "signed") == ["Anna"]
    assert undo_stack.count() == 1, "one move on the undo stack, not two"


def test_rejected_needs_a_reason_and_feedback_goes_on_the_timeline(
    make_board, make_placements, services, settings
) -> None:
    make_placements([("Anna", "Acme", "interviewing", 2)], NOW)
    settings.board_show_closed = True
    controller = make_board()
    drop(controller, "Anna", "rejected")
    dialog = controller.pending_dialog
    assert isinstance(dialog, ClosingDialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.reason_error.isVisible() and names(controller, "interviewing") == ["Anna"]
    dialog.reason.setEditText("Another candidate was chosen")
    dialog.feedback_given.setChecked(True)
    dialog.feedback.setPlainText("Strong on PLC; the team wanted more Siemens experience.")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert names(controller, "rejected") == ["Anna"]
    with services.database.read() as session:
        events = {e.event_type: e for e in session.scalars(select(InteractionModel))}
        assert events["feedback_given"].body.startswith("Strong on PLC")
        placement = session.scalars(select(PlacementModel)).one()
        assert placement.close_reason == "Another candidate was chosen" and placement.feedback_given


def test_filters_apply_and_are_remembered(make_board, make_placements, qtbot: QtBot) -> None:
    make_placements(
        [
            ("Anna", "Acme", "lead", 1),
            ("Bram", "Beta", "lead", 1),
            ("Cas", "Beta", "interviewing", 40),
        ],
        NOW,
    )
    controller = make_board()
    qtbot.keyClicks(controller.board.search, "beta")
    # Until the whole word is applied: "b" alone also shows only Bram, and a search still
    # waiting for the typing to pause would land after the next step.
    qtbot.waitUntil(
        lambda: controller.filters.current.text == "beta" and names(controller, "lead") == ["Bram"],
        timeout=2000,
    )
    controller.board.needs_attention.setChecked(True)
    assert names(controller, "lead") == [] and names(controller, "interviewing") == ["Cas"]
    controller.board.needs_attention.setChecked(False)
    controller.board.company.setCurrentIndex(controller.board.company.findText("Acme"))
    assert names(controller, "lead") == []  # "beta" and Acme together match nobody
    controller.board.search.clear()
    qtbot.waitUntil(
        lambda: controller.filters.current.text == "" and names(controller, "lead") == ["Anna"],
        timeout=2000,
    )

    again = make_board()
    assert again.board.company.currentText() == "Acme"
    assert names(again, "lead") == ["Anna"]


def test_manual_order_survives_a_restart(make_board, make_placements) -> None:
    make_placements(
        [("Anna", "Acme", "lead", 1), ("Bram", "Acme", "lead", 1), ("Cas", "Acme", "lead", 1)], NOW
    )
    controller = make_board()
    drop(controller, "Cas", "lead", before_row=0)
    assert names(controller, "lead") == ["Cas", "Anna", "Bram"]
    assert names(make_board(), "lead") == ["Cas", "Anna", "Bram"]


def test_column_model_passes_the_model_tester(make_board, make_placements, qtmodeltester) -> None:
    make_placements([("Anna", "Acme", "lead", 1), ("Bram", "Acme", "lead", 1)], NOW)
    controller = make_board()
    qtmodeltester.check(column(controller, "lead"))


def test_cards_describe_themselves_for_screen_readers(make_board, make_placements) -> None:
    make_placements([("Anna", "Acme", "signed", 20)], NOW)
    controller = make_board()
    text = column(controller, "signed").index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("Anna Test, Engineer at Acme · Acme, 20 days in this stage")
    assert "Quiet since signing" in text


def test_new_placement_from_the_board_including_a_new_person(
    make_board, make_placements, services, undo_stack: QUndoStack, qtbot: QtBot
) -> None:
    make_placements([("Anna", "Acme", "lead", 1)], NOW)
    controller = make_board()
    controller.board.new_button.click()
    from recruiter_desk.ui.board.new_placement_dialog import NewPlacementDialog

    dialog = controller.pending_dialog
    assert isinstance(dialog, NewPlacementDialog)
    dialog.new_person.click()
    person_dialog = controller.new_placements.person_dialogs.dialog
    assert person_dialog is not None
    qtbot.keyClicks(person_dialog.first_name, "Daan")
    person_dialog.submit()
    assert dialog.person.chosen_id() is not None
    qtbot.keyClicks(dialog.vacancy.query, "acme")
    dialog.vacancy.refresh()
    assert dialog.vacancy.chosen_id() is not None
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert names(controller, "lead") == ["Anna", "Daan"]
    undo_stack.undo()
    assert names(controller, "lead") == ["Anna"]
    undo_stack.redo()
    assert names(controller, "lead") == ["Anna", "Daan"]


def test_opening_a_card_shows_history_and_edits_dates_with_undo(
    make_board, make_placements, pipeline, undo_stack: QUndoStack
) -> None:
    [anna] = make_placements([("Anna", "Acme", "interviewing", 6)], NOW)
    controller = make_board()
    drop(controller, "Anna", "offer")
    view = controller.board.columns[4].view
    controller.placements.open(anna)
    from recruiter_desk.ui.board.placement_dialog import PlacementDialog

    dialog = controller.pending_dialog
    assert isinstance(dialog, PlacementDialog)
    rows = [
        [dialog.history_model.item(r, c).text() for c in range(3)]
        for r in range(dialog.history_model.rowCount())
    ]
    assert [r[0] for r in rows] == ["Offer", "Interviewing"]
    assert rows[1][2] == "6 days" and rows[0][2] == "0 days"
    dialog.fee_terms.setPlainText("18% of the annual salary")
    dialog.start_on.known.setChecked(True)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert pipeline.detail(anna).fee_terms == "18% of the annual salary"
    undo_stack.undo()
    assert pipeline.detail(anna).fee_terms == "" and pipeline.detail(anna).start_on is None
    assert view is not None


def test_board_settings_rename_hide_reorder_and_thresholds(
    make_board, make_placements, services, settings
) -> None:
    [anna] = make_placements([("Anna", "Acme", "contacted", 10)], NOW)
    controller = make_board()
    controller.backend.pipeline.move(anna, column(controller, "lead").stage.id)  # history to keep
    controller.board.settings_button.click()
    from recruiter_desk.ui.board.board_settings_dialog import BoardSettingsDialog

    dialog = controller.pending_dialog
    assert isinstance(dialog, BoardSettingsDialog)
    dialog.model.item(0, 0).setText("Long list")
    dialog.model.item(2, 0).setCheckState(Qt.CheckState.Unchecked)  # hide "Introduced"
    dialog.table.selectRow(1)
    dialog._shift(-1)  # "Contacted" first
    dialog.silence.setValue(7)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    titles = [c.title.text() for c in controller.board.columns]
    assert titles[:3] == ["Contacted", "Long list", "Interviewing"]
    assert settings.signed_silence_days == 7
    detail = services.pipeline.detail(anna)
    assert [span.stage_name for span in detail.history] == ["Long list", "Contacted"]


def test_ctrl_l_on_a_card_logs_a_contact_linked_to_the_placement(
    make_board, make_placements, services, board_services, writes, qtbot: QtBot, undo_stack
) -> None:
    from recruiter_desk.domain.timeline import TimelineFilter
    from recruiter_desk.ui.timeline.contact_logging import ContactLogFlow

    [anna] = make_placements([("Anna", "Acme", "signed", 20)], NOW)
    controller = make_board()
    assert column(controller, "signed").card(0).risks  # quiet since signing
    view = controller.board.columns[5].view
    view.setCurrentIndex(view.model().index(0, 0))
    subject = controller.selected_subject()
    assert subject is not None and subject.placement_id == anna and subject.name == "Anna Test"
    flow = ContactLogFlow(board_services.contact_logging, writes, lambda: NOW)
    dialog = flow.open(subject, controller.board)
    assert dialog.windowTitle() == "Log contact with Anna Test"
    qtbot.keyClicks(dialog.summary, "Sent photos of the new team")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    person_id = column(controller, "signed").card(0).person_id
    [entry] = services.timeline.person_page(person_id, TimelineFilter())
    assert entry.summary == "Sent photos of the new team" and entry.placement_id == anna
    assert entry.company_name == "Acme"
    assert column(controller, "signed").card(0).risks == ()  # the silence is broken
    undo_stack.undo()
    assert services.timeline.person_page(person_id, TimelineFilter()) == []
    assert column(controller, "signed").card(0).risks  # quiet again: the contact is gone


def test_a_move_re_reads_only_the_two_columns_it_touched(
    make_board, make_placements, qtbot: QtBot
) -> None:
    make_placements(
        [("Anna", "Acme", "lead", 1), ("Bram", "Acme", "offer", 1), ("Cas", "Acme", "retained", 1)],
        NOW,
    )
    controller = make_board()
    untouched = column(controller, "offer")
    with qtbot.assertNotEmitted(untouched.modelReset):
        drop(controller, "Anna", "contacted")
    assert names(controller, "contacted") == ["Anna"] and names(controller, "offer") == ["Bram"]
    assert controller.board.columns[0].count.text() == "0"
    # Undo is not this board's own move: every column is read again.
    with qtbot.waitSignal(untouched.modelReset, timeout=1000):
        controller.writes.undo()
    assert names(controller, "lead") == ["Anna"]


def journey_rows(controller: BoardController) -> list[list[str]]:
    from recruiter_desk.ui.board.placement_dialog import PlacementDialog

    dialog = controller.pending_dialog
    assert isinstance(dialog, PlacementDialog) and dialog.journey is not None
    model = dialog.journey.model()
    return [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]


def test_a_placement_shows_its_journey_and_one_without_starts_it_with_undo(
    make_board, make_placements, pipeline, undo_stack: QUndoStack
) -> None:
    [anna] = make_placements([("Anna", "Acme", "started", 20)], NOW)
    signed, start = NOW.date() - timedelta(days=60), NOW.date() - timedelta(days=20)
    pipeline.edit(anna, PlacementEdit(signed, start, None, None, ""))
    controller = make_board()
    controller.placements.open(anna)
    dialog = controller.pending_dialog
    assert journey_rows(controller) == []
    assert dialog.start_journey is not None  # started before the journey existed
    dialog.start_journey.click()
    assert not dialog.isVisible()
    controller.placements.open(anna)
    rows = journey_rows(controller)
    assert [r[1] for r in rows][:2] == ["Welcome message after signing", "First month check-in"]
    assert {r[2] for r in rows} == {"Planned"}
    assert controller.pending_dialog.start_journey is None  # running: nothing to start
    assert undo_stack.undoText() == "start the journey"
    controller.pending_dialog.reject()
    undo_stack.undo()
    controller.placements.open(anna)
    assert journey_rows(controller) == []


def test_a_card_before_signed_explains_when_its_journey_starts(make_board, make_placements) -> None:
    [bram] = make_placements([("Bram", "Acme", "interviewing", 3)], NOW)
    controller = make_board()
    controller.placements.open(bram)
    assert journey_rows(controller) == []
    assert controller.pending_dialog.start_journey is None


def test_a_long_column_reads_a_page_and_a_card_moves_down_past_its_end(
    make_board, make_placements, qtbot: QtBot
) -> None:
    """A column reads ``CARDS_PER_PAGE`` cards at first (start-up reads only that). Selecting
    the last card read scrolls to it and the view reads on, so moving it one down puts it after
    the next card, not at the end."""
    count = CARDS_PER_PAGE + 3
    make_placements([(f"P{i:03d}", "Acme", "lead", 1) for i in range(count)], NOW)
    controller = make_board()
    lead = column(controller, "lead")
    assert (lead.total, lead.rowCount()) == (count, CARDS_PER_PAGE)
    view = controller.board.columns[0].view
    last = CARDS_PER_PAGE - 1
    view.selectionModel().setCurrentIndex(
        lead.index(last, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(
        view,
        Qt.Key.Key_Down,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    order = names(controller, "lead")
    assert order[last : last + 2] == [f"P{last + 1:03d}", f"P{last:03d}"]
    assert order[-1] == f"P{count - 1:03d}"


def test_the_filter_menus_fill_after_the_cards_paint_unless_a_saved_filter_needs_them(
    make_board, make_placements, qtbot: QtBot
) -> None:
    make_placements([("Anna", "Acme", "lead", 1), ("Bram", "Beta", "lead", 1)], NOW)
    controller = make_board()
    company = controller.board.company
    assert names(controller, "lead") == ["Anna", "Bram"]
    assert company.count() == 1  # "All companies": the choices are read after the cards paint
    qtbot.waitUntil(lambda: company.count() == 3, timeout=2000)

    company.setCurrentIndex(company.findText("Beta"))
    again = make_board()  # the saved filter names a company: its name shows with the cards
    assert again.board.company.currentText() == "Beta"
    assert names(again, "lead") == ["Bram"]
