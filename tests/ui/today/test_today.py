"""The Today view with real services and a fixed clock: sections, promises first, the row
actions (done, snooze, edit, delete, new) with undo, and contact/log hand-offs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.records import CompanyDraft, PersonDraft
from recruiter_desk.domain.reminder_time import QuickChoice, SnoozeChoice, WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.domain.timeline import TimelineFilter
from recruiter_desk.domain.vocabulary import Channel, ReminderKind
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.store.models import CompanyModel
from recruiter_desk.ui.reminders.reminder_dialog import ReminderDialog
from recruiter_desk.ui.shell.subject import Subject
from recruiter_desk.ui.today.today_controller import TodayController
from recruiter_desk.ui.today.today_model import ROW_ROLE
from recruiter_desk.ui.today.today_page import TodayPage

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # 11:00 in Amsterdam


@pytest.fixture
def reminders(services: AppServices) -> RemindersService:
    return RemindersService(services.database, lambda: NOW, lambda: AMSTERDAM)


@pytest.fixture
def handoffs() -> list[tuple[str, int, object]]:
    return []


@pytest.fixture
def today(qtbot: QtBot, reminders, writes, settings, handoffs) -> TodayController:
    page = TodayPage()
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    controller = TodayController(
        page,
        reminders,
        writes,
        settings,
        contact_person=lambda pid, channel, _template: handoffs.append(("contact", pid, channel)),
        log_for_person=lambda pid: handoffs.append(("log", pid, None)),
    )
    return controller


def at(day: date, hour: int) -> WallClock:
    return WallClock.at(day, time(hour), AMSTERDAM)


def remind(reminders: RemindersService, title: str, due: WallClock, person_id=None, **kw) -> int:  # type: ignore[no-untyped-def]
    reminder_id, _ = reminders.create(
        ReminderDraft(title=title, due=due, person_id=person_id, **kw)
    )
    return reminder_id


def lines(today: TodayController) -> list[str]:
    result = []
    for position in range(today.model.rowCount()):
        row = today.model.index(position, 0).data(ROW_ROLE)
        result.append(row.heading if row.is_heading else "  " + today.describe(row))
    return result


def select(today: TodayController, title: str) -> None:
    for position in range(today.model.rowCount()):
        row = today.model.index(position, 0).data(ROW_ROLE)
        if row.reminder is not None and row.reminder.title == title:
            today.page.view.setCurrentIndex(today.model.index(position, 0))
            return
    raise AssertionError(title)


def test_sections_with_promises_first_and_relationships_going_cold(
    today: TodayController, reminders: RemindersService, services: AppServices
) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="Aerts"))
    day = date(2026, 11, 25)
    remind(reminders, "Send CV to Acme", at(day - timedelta(days=2), 9), anna)
    remind(
        reminders,
        "Reply to Anna",
        at(day - timedelta(days=1), 9),
        anna,
        kind=ReminderKind.PROMISED_REPLY,
    )
    remind(reminders, "Call Anna back", at(day, 16), anna)
    remind(reminders, "Probation check", at(day + timedelta(days=3), 9), anna)
    remind(reminders, "Far away", at(day + timedelta(days=30), 9), anna)
    company_id, _ = services.companies.create(
        CompanyDraft(name="Acme", keep_in_touch_ideal_days=30, keep_in_touch_max_days=60)
    )
    with services.database.write() as session:
        session.get(CompanyModel, company_id).last_contact_at = NOW - timedelta(days=90)
    today.start()
    assert lines(today) == [
        "Overdue (2)",
        "  Reply to Anna, Anna Aerts",
        "  Send CV to Acme, Anna Aerts",
        "Today (1)",
        "  Call Anna back, Anna Aerts",
        "Next 7 days (1)",
        "  Probation check, Anna Aerts",
        "Clients going cold (1)",
        "  Acme",
    ]
    assert today.selected().reminder.title == "Reply to Anna"


def test_empty_today_says_so(today: TodayController) -> None:
    today.start()
    assert today.page.stack.currentWidget() is today.page.empty


def test_done_snooze_delete_and_their_undo(
    today: TodayController,
    reminders: RemindersService,
    services: AppServices,
    undo_stack: QUndoStack,
    qtbot: QtBot,
) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="Aerts"))
    day = date(2026, 11, 25)
    remind(reminders, "Send CV to Acme", at(day, 9), anna)
    remind(reminders, "Ask for feedback", at(day, 10), anna)
    today.start()
    select(today, "Send CV to Acme")
    qtbot.keyClick(today.page.view, Qt.Key.Key_D)
    assert "  Send CV to Acme, Anna Aerts" not in lines(today)
    [event] = services.timeline.person_page(anna, TimelineFilter())
    assert event.event_type == "reminder_done"
    undo_stack.undo()
    assert "  Send CV to Acme, Anna Aerts" in lines(today)
    assert services.timeline.person_page(anna, TimelineFilter()) == []

    select(today, "Ask for feedback")
    today.snooze(SnoozeChoice.ONE_HOUR)
    assert lines(today)[-2:] == ["Today (1)", "  Ask for feedback, Anna Aerts"]
    assert today.model.index(3, 0).data(ROW_ROLE).reminder.snoozed
    undo_stack.undo()
    assert lines(today)[0] == "Overdue (2)"

    select(today, "Ask for feedback")
    qtbot.keyClick(today.page.view, Qt.Key.Key_Delete)
    assert lines(today) == ["Overdue (1)", "  Send CV to Acme, Anna Aerts"]
    undo_stack.undo()
    assert len(lines(today)) == 3


def test_new_reminder_with_quick_choice_and_required_title(
    today: TodayController,
    reminders: RemindersService,
    services: AppServices,
    undo_stack: QUndoStack,
) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="Aerts"))
    today.start()
    today.new_reminder(Subject("Anna Aerts", person_id=anna))
    dialog = today.dialog
    assert isinstance(dialog, ReminderDialog)
    dialog.submit()
    assert dialog.error_text("title") == "This field is required."
    dialog.title.setText("Ask how the first week went")
    dialog.quick_buttons[next(iter(dialog.quick_buttons))].click()  # in 1 hour: 12:00 local
    dialog.repeat.setCurrentIndex(1)  # every week
    dialog.submit()
    assert lines(today) == ["Today (1)", "  Ask how the first week went, Anna Aerts"]
    reminder = today.selected().reminder
    assert (
        reminder.due.local == datetime(2026, 11, 25, 12, 0)
        and reminder.due.zone == "Europe/Amsterdam"
    )
    assert reminder.recurrence_rule == "FREQ=WEEKLY"
    undo_stack.undo()
    assert today.page.stack.currentWidget() is today.page.empty


def test_edit_changes_the_moment(
    today: TodayController, reminders: RemindersService, undo_stack
) -> None:
    remind(reminders, "Call Acme", at(date(2026, 11, 25), 16))
    today.start()
    select(today, "Call Acme")
    today.edit()
    dialog = today.dialog
    dialog.title.setText("Call Acme about the evaluation")
    from PySide6.QtCore import QDateTime

    dialog.when.setDateTime(QDateTime(date(2026, 11, 27), time(9, 30)))
    dialog.submit()
    assert lines(today) == ["Next 7 days (1)", "  Call Acme about the evaluation, "]
    undo_stack.undo()
    assert lines(today) == ["Today (1)", "  Call Acme, "]


def test_an_edit_over_a_reminder_snoozed_meanwhile_says_so_and_overwrites_nothing(
    today: TodayController, reminders: RemindersService
) -> None:
    reminder_id = remind(reminders, "Call Acme", at(date(2026, 11, 25), 16))
    today.start()
    select(today, "Call Acme")
    today.edit()
    dialog = today.dialog
    assert isinstance(dialog, ReminderDialog)
    reminders.snooze(reminder_id, SnoozeChoice.ONE_HOUR)  # from the tray, meanwhile
    dialog.title.setText("Call Acme about the evaluation")
    dialog.submit()

    assert dialog.isVisible() and "changed since you opened it" in dialog.failure.text()
    assert reminders.get(reminder_id).title == "Call Acme"


def test_contact_and_log_hand_over_to_the_person(
    today: TodayController, reminders: RemindersService, services: AppServices, handoffs
) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="Aerts"))
    remind(
        reminders,
        "WhatsApp Anna",
        at(date(2026, 11, 25), 9),
        anna,
        suggested_channel=Channel.WHATSAPP,
    )
    today.start()
    today.page.view.activated.emit(today.page.view.currentIndex())
    today.page.log_button.click()
    assert handoffs == [("contact", anna, Channel.WHATSAPP), ("log", anna, None)]


def test_today_model_passes_the_model_tester(today, reminders, qtmodeltester) -> None:
    remind(reminders, "Call Acme", at(date(2026, 11, 25), 16))
    today.start()
    qtmodeltester.check(today.model)


def test_journey_touchpoint_titles_follow_the_interface_language(
    today: TodayController, reminders: RemindersService, request: pytest.FixtureRequest
) -> None:
    remind(
        reminders,
        "First week check-in",
        at(date(2026, 11, 25), 16),
        kind=ReminderKind.JOURNEY_TOUCHPOINT,
    )
    remind(reminders, "First week check-in", at(date(2026, 11, 25), 17))  # typed by the user
    request.getfixturevalue("dutch")
    today.start()
    assert [line.split(",")[0] for line in lines(today)[1:]] == [
        "  Check-in na de eerste week",
        "  First week check-in",
    ]


def test_snooze_until_a_picked_moment(
    today: TodayController, reminders: RemindersService, undo_stack
) -> None:
    from PySide6.QtCore import QDateTime

    from recruiter_desk.ui.reminders.snooze_dialog import SnoozeUntilDialog

    remind(reminders, "Call Acme", at(date(2026, 11, 25), 9))
    today.start()
    select(today, "Call Acme")
    today.snooze_until_picked()
    dialog = today.dialog
    assert isinstance(dialog, SnoozeUntilDialog)
    today.snooze_until_picked()  # asked again while it is open: the same dialog, once
    assert today.dialog is dialog
    assert sorted(b.text() for b in dialog.buttons.buttons()) == ["Cancel", "Snooze"]
    dialog.snooze_until.setDateTime(QDateTime(date(2026, 11, 26), time(14, 30)))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert undo_stack.count() == 1
    reminder = today.model.index(1, 0).data(ROW_ROLE).reminder
    assert lines(today) == ["Next 7 days (1)", "  Call Acme, "]
    assert reminder.snoozed and reminder.shown_at(AMSTERDAM).strftime("%d %H:%M") == "26 14:30"
    undo_stack.undo()
    assert lines(today) == ["Overdue (1)", "  Call Acme, "]


def test_after_done_the_list_keeps_its_place_and_selects_the_next(
    today: TodayController, reminders: RemindersService
) -> None:
    for hour, title in ((12, "First"), (13, "Second"), (14, "Third"), (15, "Fourth")):
        remind(reminders, title, at(date(2026, 11, 25), hour))
    today.start()
    select(today, "Second")
    today.done()
    selected = today.selected()
    assert selected is not None and selected.reminder.title == "Third"  # not back to the top
    select(today, "Fourth")
    today.done()
    selected = today.selected()
    assert selected is not None and selected.reminder.title == "Third"  # the last went: above


def test_a_reminder_whose_moment_passed_shows_as_due_and_moves_to_overdue(
    qtbot: QtBot, services: AppServices, writes, settings
) -> None:
    clock = [NOW]
    reminders = RemindersService(services.database, lambda: clock[0], lambda: AMSTERDAM)
    remind(reminders, "Call Anna", at(date(2026, 11, 25), 12))  # 11:00 UTC, in an hour
    page = TodayPage()
    qtbot.addWidget(page)
    controller = TodayController(
        page, reminders, writes, settings, lambda _p, _c, _t: None, lambda _p: None
    )
    controller.start()
    [row] = [r for r in controller.model.rows() if r.reminder is not None]
    assert row.section.name == "TODAY" and not controller.delegate.is_due(row)
    assert 3_500_000 < controller._moment.remainingTime() < 3_800_000  # armed for its moment

    clock[0] = NOW + timedelta(hours=1, minutes=1)  # the moment passed, the list not read yet
    assert controller.delegate.is_due(row)  # painted red, as overdue
    controller._moment.timeout.emit()
    assert lines(controller)[0] == "Overdue (1)"


def test_a_moment_is_chosen_with_a_button_or_typed_as_said(
    today: TodayController, qtbot: QtBot
) -> None:
    today.new_reminder()
    dialog = today.dialog
    assert isinstance(dialog, ReminderDialog)
    texts = [button.text() for button in dialog.quick_buttons.values()]
    assert texts == ["In 1 hour", "This afternoon", "Tomorrow morning", "Next week"]
    assert dialog.quick_buttons[QuickChoice.THIS_AFTERNOON].isEnabled()  # it is 11:00
    dialog.quick_buttons[QuickChoice.THIS_AFTERNOON].click()
    assert dialog.when.dateTime().toPython() == datetime(2026, 11, 25, 14, 0)

    qtbot.keyClicks(dialog.typed, "16:45")  # only a time: today, as it is still ahead
    assert dialog.when.dateTime().toPython() == datetime(2026, 11, 25, 16, 45)
    assert dialog.typed_result.text().startswith("→ ")
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, "vr 10:00")
    assert dialog.when.dateTime().toPython() == datetime(2026, 11, 27, 10, 0)
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, "+3d")
    assert dialog.when.dateTime().toPython() == datetime(2026, 11, 28, 11, 0)
    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, "sometime")
    assert dialog.typed_result.text().startswith("Not understood yet.")
    assert dialog.when.dateTime().toPython() == datetime(2026, 11, 28, 11, 0)  # kept


def test_this_afternoon_is_not_offered_once_it_has_passed(
    qtbot: QtBot, services: AppServices, writes, settings
) -> None:
    late = RemindersService(
        services.database, lambda: NOW + timedelta(hours=5), lambda: AMSTERDAM
    )  # 16:00 in Amsterdam
    page = TodayPage()
    qtbot.addWidget(page)
    controller = TodayController(
        page, late, writes, settings, lambda _p, _c, _t: None, lambda _p: None
    )
    controller.new_reminder()
    dialog = controller.dialog
    assert isinstance(dialog, ReminderDialog)
    assert not dialog.quick_buttons[QuickChoice.THIS_AFTERNOON].isEnabled()
