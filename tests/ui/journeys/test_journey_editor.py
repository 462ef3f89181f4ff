"""Settings → Journey after signing, with real services: the list reads as a recruiter says
it, the form edits the selected touchpoint, add / remove / reorder / restore, Save is one
undoable step, and the next card that enters Signed gets the edited journey."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.journeys import DEFAULT_JOURNEY, Journey
from recruiter_desk.domain.vocabulary import JourneyAnchor, JourneyAudience
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.ui.journeys.journey_editor_dialog import JourneyEditorDialog, journey_editor
from recruiter_desk.ui.journeys.journey_editor_view import AUDIENCE, MESSAGE, TITLE, WHEN
from recruiter_desk.ui.journeys.journey_labels import JourneyWording


@pytest.fixture
def editor(qtbot: QtBot, services: AppServices, writes) -> JourneyEditorDialog:
    dialog = journey_editor(services.journeys, writes)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def row_texts(dialog: JourneyEditorDialog, row: int) -> list[str]:
    return [dialog.model.index(row, c).data() for c in (WHEN, TITLE, AUDIENCE, MESSAGE)]


def find_row(dialog: JourneyEditorDialog, title: str) -> int:
    for row in range(dialog.model.rowCount()):
        if dialog.model.index(row, TITLE).data() == title:
            return row
    raise AssertionError(f"no row {title!r}")


def select(dialog: JourneyEditorDialog, row: int) -> None:
    dialog.table.setCurrentIndex(dialog.model.index(row, TITLE))


def save(dialog: JourneyEditorDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_list_reads_the_journey_in_words(editor: JourneyEditorDialog) -> None:
    assert editor.model.rowCount() == len(DEFAULT_JOURNEY)
    assert editor.active.isChecked()
    assert row_texts(editor, 0) == [
        "1 day after signing",
        "Welcome message after signing",
        "Candidate",
        "Welcome after signing",
    ]
    team = find_row(editor, "Pre-start check-in: introduction to the team")
    assert row_texts(editor, team)[0] == (
        "every 3 weeks from 1 week after signing until 3 days before the start"
    )
    assert row_texts(editor, find_row(editor, "First day: ask how it went"))[0] == (
        "on the first day"
    )
    evaluation = find_row(editor, "Evaluation talk with the client")
    assert row_texts(editor, evaluation)[:3] == [
        "1 month after the start",
        "Evaluation talk with the client",
        "Client",
    ]
    assert row_texts(editor, evaluation)[3] == "—"  # a journey moment without a template
    assert row_texts(editor, find_row(editor, "Probation ends in two weeks: check in"))[0] == (
        "2 weeks before the end of probation"
    )


def test_the_form_edits_the_selected_touchpoint(
    qtbot: QtBot, editor: JourneyEditorDialog, services: AppServices
) -> None:
    select(editor, find_row(editor, "First week check-in"))
    assert editor.title.text() == "First week check-in"
    assert (editor.amount.value(), editor.unit.currentText()) == (1, "week")
    editor.amount.setValue(10)
    editor.unit.setCurrentIndex(0)  # days
    editor.title.selectAll()
    qtbot.keyClicks(editor.title, "Call after the first ten days")
    editor.audience.setCurrentIndex(editor.audience.findData(JourneyAudience.CLIENT))
    row = find_row(editor, "Call after the first ten days")
    assert row_texts(editor, row)[:3] == [
        "10 days after the start",
        "Call after the first ten days",
        "Client",
    ]
    save(editor)
    stored = {step.key: step for step in services.journeys.journey().steps}
    edited = stored["first_week"]
    assert (edited.title, edited.offset_days, edited.audience) == (
        "Call after the first ten days",
        10,
        JourneyAudience.CLIENT,
    )
    # Untouched default titles keep their stored English (so they stay translated).
    assert stored["welcome"].title == "Welcome message after signing"


def test_add_remove_reorder_and_a_repeating_step(
    qtbot: QtBot, editor: JourneyEditorDialog, services: AppServices
) -> None:
    select(editor, 0)
    editor.add_button.click()
    assert editor.table.currentIndex().row() == 1
    assert editor.title.hasFocus() or editor.title.selectedText() == "New touchpoint"
    qtbot.keyClicks(editor.title, "Lunch with the team")
    editor.anchor.setCurrentIndex(editor.anchor.findData(JourneyAnchor.SIGNED))
    editor.amount.setValue(2)
    editor.unit.setCurrentIndex(1)  # weeks
    editor.repeats.setChecked(True)
    editor.every.setValue(4)
    editor.until_days.setValue(7)
    assert row_texts(editor, 1)[0] == (
        "every 4 weeks from 2 weeks after signing until 1 week before the start"
    )
    editor.down_button.click()
    assert editor.table.currentIndex().row() == 2
    select(editor, find_row(editor, "Six-month check-in"))
    editor.remove_button.click()
    save(editor)
    steps = services.journeys.journey().steps
    assert "six_months" not in [s.key for s in steps]
    lunch = steps[2]
    assert (lunch.title, lunch.anchor, lunch.offset_days) == (
        "Lunch with the team",
        JourneyAnchor.SIGNED,
        14,
    )
    assert (lunch.repeat_every_days, lunch.repeat_until, lunch.repeat_until_offset_days) == (
        28,
        JourneyAnchor.START,
        -7,
    )
    assert lunch.key.startswith("own_")


def test_a_touchpoint_without_a_description_is_not_saved(
    editor: JourneyEditorDialog, services: AppServices
) -> None:
    select(editor, 0)
    editor.title.clear()
    editor.title.textEdited.emit("")
    save(editor)
    assert editor.isVisible()
    assert not editor.problem.isHidden()
    assert editor.problem.text() == "Every touchpoint needs a description."
    assert services.journeys.journey() == Journey(DEFAULT_JOURNEY)


def test_save_is_one_undoable_step_and_restore_brings_the_default_back(
    qtbot: QtBot,
    services: AppServices,
    writes,
    undo_stack: QUndoStack,
) -> None:
    first = journey_editor(services.journeys, writes)
    qtbot.addWidget(first)
    first.open()
    select(first, 0)
    first.remove_button.click()
    first.active.setChecked(False)
    save(first)
    assert services.journeys.journey().active is False
    assert len(services.journeys.journey().steps) == len(DEFAULT_JOURNEY) - 1
    assert undo_stack.undoText() == "Edit the journey"
    undo_stack.undo()
    assert services.journeys.journey() == Journey(DEFAULT_JOURNEY)
    undo_stack.redo()
    second = journey_editor(services.journeys, writes)
    qtbot.addWidget(second)
    second.open()
    assert second.model.rowCount() == len(DEFAULT_JOURNEY) - 1
    second.restore_button.click()
    assert second.model.rowCount() == len(DEFAULT_JOURNEY) and second.active.isChecked()
    save(second)
    assert services.journeys.journey() == Journey(DEFAULT_JOURNEY)


def test_cancel_changes_nothing(
    editor: JourneyEditorDialog, services: AppServices, undo_stack
) -> None:
    select(editor, 0)
    editor.remove_button.click()
    editor.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert services.journeys.journey() == Journey(DEFAULT_JOURNEY)
    assert undo_stack.count() == 0


def test_wording_of_distances(qapp) -> None:
    words = JourneyWording()
    assert words.moment(JourneyAnchor.START, -3) == "3 days before the start"
    assert words.moment(JourneyAnchor.START, 0, 12) == "1 year after the start"
    assert words.moment(JourneyAnchor.START, 0, 6) == "6 months after the start"
    assert words.moment(JourneyAnchor.SIGNED, 0) == "on the day of signing"
    assert words.moment(JourneyAnchor.START, 3, 1) == "1 month and 3 days after the start"


def test_the_settings_menu_opens_the_editor(make_desk, services) -> None:
    desk = make_desk()
    action = desk.window.actions_.journey
    assert not action.isEnabled()  # no store yet
    desk.open(services)
    action.trigger()
    dialog = desk.open_dialog
    assert isinstance(dialog, JourneyEditorDialog)
    assert dialog.isVisible() and dialog.parent() is desk.window
    assert dialog.model.rowCount() == len(DEFAULT_JOURNEY)
    dialog.reject()
    assert desk.open_dialog is None
