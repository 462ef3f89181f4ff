"""The People page with real services: add, validate, edit, delete with undo, filter, sort."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.records import EmailAddress, ListQuery, PersonDraft
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.ui.people.people_controller import PeopleController, people_page
from recruiter_desk.ui.people.person_dialog import PersonDialog


@pytest.fixture
def controller(qtbot: QtBot, make_people) -> PeopleController:
    page = people_page()
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return make_people(page)


def add_people(services: AppServices, *names: tuple[str, str]) -> list[int]:
    return [
        services.people.create(PersonDraft(first_name=first, last_name=last, location="Utrecht"))[0]
        for first, last in names
    ]


def visible_names(controller: PeopleController) -> list[str]:
    model = controller.directory.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def open_add_dialog(controller: PeopleController) -> PersonDialog:
    controller.page.add_button.click()
    dialog = controller.directory.dialog
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    return dialog


def test_empty_state_explains_itself_and_offers_the_first_step(
    controller: PeopleController,
) -> None:
    page = controller.page
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No people yet"
    page.empty.action.click()
    assert isinstance(controller.directory.dialog, PersonDialog)


def test_bad_email_shows_a_message_at_the_field_and_saves_nothing(
    controller: PeopleController, services: AppServices, qtbot: QtBot
) -> None:
    dialog = open_add_dialog(controller)
    qtbot.keyClicks(dialog.first_name, "Anna")
    qtbot.keyClicks(dialog.email, "anna-at-example.nl")
    qtbot.keyClicks(dialog.phone, "12")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()
    assert "is not an email address" in dialog.error_text("email")
    assert "not a valid phone number for Netherlands" in dialog.error_text("phone")
    assert dialog.error_text("first_name") == ""
    assert dialog.email.property("invalid") is True
    assert services.people.count(ListQuery()) == 0


def test_adding_a_person_saves_shows_and_selects_them(
    controller: PeopleController, services: AppServices, qtbot: QtBot
) -> None:
    dialog = open_add_dialog(controller)
    qtbot.keyClicks(dialog.first_name, "Anna")
    qtbot.keyClicks(dialog.last_name, "de Vries")
    qtbot.keyClicks(dialog.email, "anna@example.nl")
    qtbot.keyClicks(dialog.phone, "0470 12 34 56")
    dialog.phone_country.setCurrentIndex(dialog.phone_country.findData("BE"))
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    [row] = services.people.page(ListQuery(), 0, 10)
    person = services.people.get(row.id)
    assert person.phones[0].e164 == "+32470123456"
    assert visible_names(controller) == ["Anna de Vries"]
    assert controller.selected_id() == row.id
    assert controller.page.stack.currentWidget() is controller.page.splitter
    detail_text = " ".join(
        label.text()
        for label in controller.page.detail_area.widget().findChildren(type(controller.page.title))
    )
    assert "anna@example.nl" in detail_text and "+32 470 12 34 56" in detail_text


def test_editing_keeps_what_the_form_does_not_show(
    controller: PeopleController, services: AppServices, qtbot: QtBot
) -> None:
    person_id, _ = services.people.create(
        PersonDraft(
            first_name="Bram", emails=(EmailAddress("b@example.nl"), EmailAddress("b2@example.nl"))
        )
    )
    controller.directory.model.reload()
    controller.directory.select_id(person_id)
    controller.page.edit_button.click()
    dialog = controller.directory.dialog
    assert isinstance(dialog, PersonDialog)
    assert dialog.email.text() == "b@example.nl"
    dialog.last_name.setText("Peeters")
    dialog.submit()
    person = services.people.get(person_id)
    assert person.last_name == "Peeters"
    assert [e.address for e in person.emails] == ["b@example.nl", "b2@example.nl"]
    assert visible_names(controller) == ["Bram Peeters"]


def test_delete_asks_first_and_can_be_undone_and_redone(
    controller: PeopleController, services: AppServices, undo_stack: QUndoStack, qtbot: QtBot
) -> None:
    anna, bram = add_people(services, ("Anna", "Aerts"), ("Bram", "Bakker"))
    controller.directory.model.reload()
    controller.directory.select_id(anna)

    controller.page.delete_button.click()
    box = controller.directory.confirmation
    assert isinstance(box, QMessageBox) and "Anna Aerts" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert services.people.count(ListQuery()) == 2

    qtbot.keyClick(controller.page.table, Qt.Key.Key_Delete)
    box = controller.directory.confirmation
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert visible_names(controller) == ["Bram Bakker"]
    assert undo_stack.undoText() == "delete Anna Aerts"

    undo_stack.undo()
    assert visible_names(controller) == ["Anna Aerts", "Bram Bakker"]
    assert services.people.get(anna).first_name == "Anna"
    undo_stack.redo()
    assert visible_names(controller) == ["Bram Bakker"]
    assert bram in {controller.directory.model.id_at(0)}


def test_filter_applies_while_typing(
    controller: PeopleController, services: AppServices, qtbot: QtBot
) -> None:
    add_people(services, ("Anna", "Aerts"), ("Bram", "Bakker"), ("Sanne", "Smit"))
    controller.directory.model.reload()
    qtbot.keyClicks(controller.page.search, "ba")
    qtbot.waitUntil(lambda: visible_names(controller) == ["Bram Bakker"], timeout=2000)
    assert controller.page.count_label.text() == "1 match"
    controller.page.search.clear()
    qtbot.waitUntil(lambda: len(visible_names(controller)) == 3, timeout=2000)
    assert controller.page.count_label.text() == "3 in total"


def test_sorting_by_a_column_is_done_by_the_database_and_remembered(
    controller: PeopleController, services: AppServices, settings
) -> None:
    add_people(services, ("Anna", "Aerts"), ("Bram", "Bakker"), ("Sanne", "Smit"))
    header = controller.page.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert visible_names(controller) == ["Sanne Smit", "Bram Bakker", "Anna Aerts"]
    assert settings.sort_descending("peoplePage") is True


def test_list_pages_in_as_the_user_scrolls(
    controller: PeopleController, services: AppServices, qtbot: QtBot
) -> None:
    from recruiter_desk.store.database import Database

    database: Database = services.database
    with database.write() as session:
        from sqlalchemy import insert

        from recruiter_desk.store.models import PersonModel

        now = database.clock()
        session.execute(
            insert(PersonModel),
            [
                {
                    "first_name": f"Person{i:04}",
                    "last_name": "",
                    "sort_name": f"person{i:04}",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(1000)
            ],
        )
    controller.directory.model.reload()
    assert controller.directory.model.total == 1000
    assert controller.directory.model.rowCount() == 200
    assert controller.directory.model.canFetchMore()
    controller.page.table.scrollToBottom()
    qtbot.waitUntil(lambda: controller.directory.model.rowCount() > 200, timeout=2000)
    assert controller.directory.model.rowCount() <= 1000


def test_model_passes_the_model_tester(
    controller: PeopleController, services: AppServices, qtmodeltester
) -> None:
    add_people(services, ("Anna", "Aerts"), ("Bram", "Bakker"))
    controller.directory.model.reload()
    qtmodeltester.check(controller.directory.model)


def test_several_emails_and_phones_with_labels_and_a_problem_at_its_own_row(
    controller: PeopleController, services: AppServices, qtbot: QtBot
) -> None:
    dialog = open_add_dialog(controller)
    qtbot.keyClicks(dialog.first_name, "Joris")
    qtbot.keyClicks(dialog.email, "joris@example.be")
    dialog.email_rows[0][1].setEditText("work")
    second = dialog.add_email()
    qtbot.keyClicks(second, "joris-at-home")
    dialog.add_phone()
    qtbot.keyClicks(dialog.phone_rows[1][0], "0470 12 34 56")
    dialog.phone_rows[1][1].setEditText("mobile BE")
    dialog.phone_country.setCurrentIndex(dialog.phone_country.findData("BE"))
    dialog.submit()
    assert dialog.error_text("email") == ""
    assert "is not an email address" in dialog.error_text("email.1")
    assert services.people.count(ListQuery()) == 0
    second.setText("joris@thuis.be")
    dialog.email_rows[1][1].setEditText("private")
    dialog.submit()
    [row] = services.people.page(ListQuery(), 0, 5)
    person = services.people.get(row.id)
    assert [(e.address, e.label) for e in person.emails] == [
        ("joris@example.be", "work"),
        ("joris@thuis.be", "private"),
    ]
    assert [(p.e164, p.label) for p in person.phones] == [("+32470123456", "mobile BE")]

    controller.directory.edit_selected()
    again = controller.directory.dialog
    assert len(again.email_rows) == 2 and again.email_rows[1][0].text() == "joris@thuis.be"


def test_an_edit_dialog_over_a_person_changed_meanwhile_says_so_and_overwrites_nothing(
    controller: PeopleController, services: AppServices
) -> None:
    [anna] = add_people(services, ("Anna", "de Vries"))
    controller.directory.model.reload()
    controller.directory.select_id(anna)
    controller.directory.edit_selected()
    dialog = controller.directory.dialog
    assert isinstance(dialog, PersonDialog)
    services.people.update_fields(anna, {"headline": "Changed on the person page"})
    dialog.headline.setText("Typed in the dialog")
    dialog.submit()

    assert dialog.isVisible()
    assert "changed since you opened this window" in dialog.failure.text()
    assert services.people.get(anna).headline == "Changed on the person page"


def test_a_message_goes_as_its_field_is_fixed_and_save_stays_where_it_is(
    controller: PeopleController, services: AppServices, qtbot: QtBot
) -> None:
    dialog = open_add_dialog(controller)
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.waitExposed(dialog)
    where = save.mapToGlobal(save.rect().topLeft())
    qtbot.keyClicks(dialog.first_name, "Anna")
    qtbot.keyClicks(dialog.email, "anna-at-example.nl")
    qtbot.keyClicks(dialog.phone, "12")
    save.click()
    assert dialog.error_text("email") and dialog.error_text("phone")
    assert save.mapToGlobal(save.rect().topLeft()) == where  # the button did not move

    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "anna@example.nl")
    assert dialog.error_text("email") == ""  # gone as soon as the address is right
    assert dialog.email.property("invalid") is False
    assert dialog.error_text("phone")  # the other problem still shows
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "0612345678")
    assert dialog.error_text("phone") == ""
    assert save.mapToGlobal(save.rect().topLeft()) == where


def test_a_label_stored_in_dutch_reads_in_the_interface_language(qapp) -> None:
    from recruiter_desk.ui.labels.vocabulary_labels import contact_label_text

    assert contact_label_text("privé") == "private"  # stored by an earlier version
    assert contact_label_text("work") == "work"
    assert contact_label_text("studio") == "studio"


def test_asking_to_delete_twice_shows_one_question(
    controller: PeopleController, services: AppServices, qtbot: QtBot
) -> None:
    [anna] = add_people(services, ("Anna", "Aerts"))
    controller.directory.model.reload()
    controller.directory.select_id(anna)
    controller.page.delete_button.click()
    box = controller.directory.confirmation
    qtbot.keyClick(controller.page.table, Qt.Key.Key_Delete)
    assert controller.directory.confirmation is box
    assert isinstance(box, QMessageBox)
    assert [w for w in controller.page.window().findChildren(QMessageBox) if w.isVisible()] == [box]
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert controller.directory.confirmation is None
    assert services.people.count(ListQuery()) == 1


def test_channel_preferences_changed_in_the_meantime_are_not_overwritten(
    controller: PeopleController, services: AppServices, writes, qtbot: QtBot
) -> None:
    """Issue 11 item 1 for channel preferences: the window opened, then the preferences
    changed (a reply suggestion taken, an undo); its save stores nothing and says why."""
    from recruiter_desk.domain.channel_preferences import ChannelPreference
    from recruiter_desk.domain.vocabulary import Channel

    [anna] = add_people(services, ("Anna", "de Vries"))
    controller.directory.model.reload()
    controller.directory.select_id(anna)
    controller.edit_channels()
    dialog = controller.preferences_dialog
    assert dialog is not None
    services.preferences.change(anna, (ChannelPreference(Channel.WHATSAPP),), "WhatsApp")
    dialog._add_item(ChannelPreference(Channel.EMAIL))
    with qtbot.waitSignal(writes.failure_told) as told:
        dialog._confirm()
    assert "changed since you opened this window" in told.args[0]
    assert [p.channel for p in services.preferences.current(anna)] == [Channel.WHATSAPP]
