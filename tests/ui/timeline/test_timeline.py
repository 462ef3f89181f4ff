"""Timelines in the People page with real services: paging, quick log from the keyboard,
filters, expand, edit and delete with undo."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, select

from recruiter_desk.domain.records import PersonDraft
from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.store.models import (
    ChannelPreferenceModel,
    InteractionModel,
    InteractionPersonModel,
)
from recruiter_desk.ui.people.people_controller import PeopleController, people_page
from recruiter_desk.ui.timeline.quick_log_dialog import QuickLogDialog
from recruiter_desk.ui.timeline.timeline_model import ENTRY_ROLE

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def people(qtbot: QtBot, services: AppServices, make_people) -> PeopleController:
    page = people_page()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return make_people(page)


def anna_with_entries(services: AppServices, count: int, preferred: Channel | None = None) -> int:
    person_id, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    with services.database.write() as session:
        if preferred is not None:
            session.add(ChannelPreferenceModel(person_id=person_id, channel=preferred, rank=0))
        if count:
            session.execute(
                insert(InteractionModel),
                [
                    {
                        "occurred_at": NOW - timedelta(hours=i),
                        "kind": InteractionKind.CONVERSATION,
                        "event_type": "",
                        "channel": Channel.EMAIL if i % 2 else Channel.PHONE,
                        "direction": Direction.INBOUND,
                        "summary": f"entry {i}",
                        "body": "line one\nline two" if i == 0 else "",
                        "created_at": NOW,
                    }
                    for i in range(count)
                ],
            )
            ids = session.scalars(select(InteractionModel.id).order_by(InteractionModel.id)).all()
            session.execute(
                insert(InteractionPersonModel),
                [
                    {
                        "interaction_id": i,
                        "person_id": person_id,
                        "occurred_at": NOW - timedelta(hours=n),
                    }
                    for n, i in enumerate(ids)
                ],
            )
    return person_id


def summaries(people: PeopleController) -> list[str]:
    model = people.timeline.model
    return [model.index(r, 0).data(ENTRY_ROLE).summary for r in range(model.rowCount())]


def test_a_ten_thousand_entry_timeline_opens_with_one_page_and_pages_in(
    people: PeopleController, services: AppServices, qtbot: QtBot
) -> None:
    person_id = anna_with_entries(services, 10_000)
    people.directory.model.reload()
    people.directory.select_id(person_id)
    model = people.timeline.model
    assert model.rowCount() == 50 and model.canFetchMore()
    assert summaries(people)[:2] == ["entry 0", "entry 1"]
    view = people.timeline.panel.view
    for _ in range(3):
        view.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() > 50, timeout=2000)
    assert model.rowCount() >= 100 and summaries(people)[99] == "entry 99"


def test_quick_log_in_two_keystrokes_and_a_sentence(
    people: PeopleController, services: AppServices, qtbot: QtBot, undo_stack: QUndoStack
) -> None:
    person_id = anna_with_entries(services, 0, preferred=Channel.WHATSAPP)
    people.directory.model.reload()
    people.directory.select_id(person_id)
    assert people.timeline.panel.stack.currentWidget() is people.timeline.panel.empty
    people.timeline.log_contact()  # what Ctrl+L does in the main window
    dialog = people.timeline.dialog
    assert isinstance(dialog, QuickLogDialog)
    assert dialog.channel.currentData() == Channel.WHATSAPP.value
    qtbot.keyClicks(dialog.summary, "Asked about her notice period")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert summaries(people) == ["Asked about her notice period"]
    undo_stack.undo()
    assert summaries(people) == []
    undo_stack.redo()
    assert summaries(people) == ["Asked about her notice period"]


def test_empty_summary_is_refused(people: PeopleController, services: AppServices) -> None:
    person_id = anna_with_entries(services, 0)
    people.directory.model.reload()
    people.directory.select_id(person_id)
    people.timeline.log_contact()
    dialog = people.timeline.dialog
    dialog.submit()
    assert dialog.isVisible() and dialog.problem.isVisible()


def test_filters_expand_edit_and_delete(
    people: PeopleController, services: AppServices, qtbot: QtBot, undo_stack: QUndoStack
) -> None:
    person_id = anna_with_entries(services, 4)
    people.directory.model.reload()
    people.directory.select_id(person_id)
    panel = people.timeline.panel
    panel.channel.setCurrentIndex(panel.channel.findData(Channel.PHONE.value))
    assert summaries(people) == ["entry 0", "entry 2"]
    panel.channel.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "entry 3")
    qtbot.waitUntil(lambda: summaries(people) == ["entry 3"], timeout=2000)
    panel.search.clear()
    qtbot.waitUntil(lambda: len(summaries(people)) == 4, timeout=2000)

    model = people.timeline.model
    people.timeline.model.toggle_expanded(0)
    from recruiter_desk.ui.timeline.timeline_model import EXPANDED_ROLE

    assert model.index(0, 0).data(EXPANDED_ROLE) is True

    people.timeline.edit(1)
    dialog = people.timeline.dialog
    assert isinstance(dialog, QuickLogDialog)
    dialog.summary.setText("entry 1, corrected")
    dialog.submit()
    assert summaries(people)[1] == "entry 1, corrected"
    undo_stack.undo()
    assert summaries(people)[1] == "entry 1"

    panel.view.setCurrentIndex(model.index(2, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert summaries(people) == ["entry 0", "entry 1", "entry 3"]
    undo_stack.undo()
    assert summaries(people) == ["entry 0", "entry 1", "entry 2", "entry 3"]


def test_timeline_model_passes_the_model_tester(people, services, qtmodeltester) -> None:
    person_id = anna_with_entries(services, 120)
    people.directory.model.reload()
    people.directory.select_id(person_id)
    qtmodeltester.check(people.timeline.model)


def test_channel_preferences_change_with_history_and_undo(
    people: PeopleController, services: AppServices, undo_stack: QUndoStack
) -> None:
    from recruiter_desk.ui.people.channel_preferences_dialog import ChannelPreferencesDialog

    person_id = anna_with_entries(services, 0, preferred=Channel.EMAIL)
    people.directory.model.reload()
    people.directory.select_id(person_id)
    people.channels_button.click()
    dialog = people.preferences_dialog
    assert isinstance(dialog, ChannelPreferencesDialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.WHATSAPP.value))
    dialog.note.setText("after 18:00")
    dialog.add.click()
    dialog.list.setCurrentRow(1)
    dialog.up.click()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    current = services.preferences.current(person_id)
    assert [(p.channel, p.note) for p in current] == [
        (Channel.WHATSAPP, "after 18:00"),
        (Channel.EMAIL, ""),
    ]
    assert summaries(people)[0] == "Prefers WhatsApp (after 18:00), then Email"
    assert len(services.preferences.history(person_id)) == 2
    undo_stack.undo()
    assert [p.channel for p in services.preferences.current(person_id)] == [Channel.EMAIL]
    assert summaries(people) == []


def test_a_reply_through_another_channel_offers_to_update_the_preference(
    people: PeopleController, services: AppServices, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QMessageBox

    person_id = anna_with_entries(services, 0, preferred=Channel.EMAIL)
    people.directory.model.reload()
    people.directory.select_id(person_id)
    people.timeline.log_contact()
    dialog = people.timeline.dialog
    dialog.channel.setCurrentIndex(dialog.channel.findData(Channel.WHATSAPP.value))
    dialog.inbound.setChecked(True)
    qtbot.keyClicks(dialog.summary, "Replied on WhatsApp: interested")
    dialog.submit()
    box = people.suggestion
    assert isinstance(box, QMessageBox)
    assert "replied by WhatsApp, but their preferred channel is Email" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert [p.channel for p in services.preferences.current(person_id)] == [
        Channel.WHATSAPP,
        Channel.EMAIL,
    ]
    # An outbound message through the preferred channel suggests nothing.
    people.timeline.log_contact()
    dialog = people.timeline.dialog
    qtbot.keyClicks(dialog.summary, "Sent the job description")
    dialog.submit()
    assert people.suggestion is None


def test_quick_log_can_plan_a_follow_up_and_promise_a_reply(
    people: PeopleController, services: AppServices, qtbot: QtBot, undo_stack: QUndoStack
) -> None:
    person_id = anna_with_entries(services, 0)
    people.directory.model.reload()
    people.directory.select_id(person_id)
    people.timeline.log_contact()
    dialog = people.timeline.dialog
    qtbot.keyClicks(dialog.summary, "Interview went well")
    dialog.follow_up.setChecked(True)
    dialog.promise.setChecked(True)
    follow_up_day = dialog.follow_up_date()
    promised_day = dialog.promise_date()
    dialog.submit()
    open_reminders = services.reminders.about(person_id=person_id)
    assert sorted((r.kind.value, r.due.local.date(), r.title) for r in open_reminders) == sorted(
        [
            ("follow_up", follow_up_day, "Follow up: Interview went well"),
            ("promised_reply", promised_day, "Reply as promised"),
        ]
    )
    assert all(r.due.local.hour == 9 for r in open_reminders)
    undo_stack.undo()
    assert services.reminders.about(person_id=person_id) == []
    assert summaries(people) == []


def test_an_entry_edited_in_the_meantime_is_not_overwritten_and_the_dialog_says_so(
    people: PeopleController, services: AppServices
) -> None:
    """Issue 11 item 1 for the timeline: the edit dialog opened, then the entry changed
    (another window saved it); Save stores nothing, keeps what was typed and says why."""
    from dataclasses import replace as changed

    person_id = anna_with_entries(services, 1)
    people.directory.model.reload()
    people.directory.select_id(person_id)
    people.timeline.edit(0)
    dialog = people.timeline.dialog
    assert isinstance(dialog, QuickLogDialog)
    entry = people.timeline.model.entry(0)
    assert entry is not None
    opened = people.timeline._as_log(entry)
    services.timeline.edit(entry.id, changed(opened, summary="changed elsewhere"))

    dialog.summary.setText("my correction")
    dialog.submit()
    assert dialog.isVisible() and dialog.summary.text() == "my correction"
    assert "changed since you opened this window" in dialog.failure.text()
    people.timeline.model.reload()
    assert summaries(people) == ["changed elsewhere"]
