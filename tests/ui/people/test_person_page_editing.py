"""The person page edited in place, by keyboard and mouse, with real services: Enter saves,
Esc puts the value back, a bad value stays in its editor with the message and stores
nothing, Ctrl+Z undoes, and the page shows what is stored."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.records import EmailAddress, PersonDraft, PhoneNumber
from recruiter_desk.domain.vocabulary import Channel, PersonStatus
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.ui.contact.contact_bar import ContactBar
from recruiter_desk.ui.directory.directory_page import DirectoryPage
from recruiter_desk.ui.people.contact_list_editor import ContactListEditor
from recruiter_desk.ui.people.people_controller import PeopleController, people_page
from recruiter_desk.ui.people.person_detail import PersonDetail
from recruiter_desk.ui.widgets.inline_editors import PartsEditor
from recruiter_desk.ui.widgets.inline_field import InlineField


def shown_page(qtbot: QtBot) -> DirectoryPage:
    """The page in an active window: keys go where the focus is, as for the user."""
    page = people_page()
    qtbot.addWidget(page)
    page.resize(1100, 800)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page


@pytest.fixture
def controller(qtbot: QtBot, make_people) -> PeopleController:
    page = shown_page(qtbot)
    return make_people(page)


@pytest.fixture
def anna(services: AppServices, controller: PeopleController) -> int:
    person_id, _ = services.people.create(
        PersonDraft(
            first_name="Anna",
            last_name="de Vries",
            headline="PLC engineer",
            emails=(EmailAddress("anna@example.nl", "work"),),
            phones=(PhoneNumber("+31612345678", "mobile"),),
            location="Utrecht",
            language="nl",
            persona="The specialist",
        )
    )
    controller.directory.model.reload()
    controller.directory.select_id(person_id)
    return person_id


def page_of(controller: PeopleController) -> PersonDetail:
    detail = controller.page.detail_area.widget()
    assert isinstance(detail, PersonDetail)
    return detail


def press_f2(detail: PersonDetail, key: str, qtbot: QtBot) -> InlineField:
    """Tab-reachable value, then F2: the editor opens there, with the cursor in it."""
    field = detail.fields[key]
    field.display.setFocus()
    qtbot.keyClick(field.display, Qt.Key.Key_F2)
    assert field.is_editing() and not field.display.isVisible()
    assert field.isAncestorOf(QApplication.focusWidget())
    return field


def lay_out() -> None:
    """Let the pending layouts run (only those), so that buttons have the place they show at."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def retype(qtbot: QtBot, text: str) -> None:
    """Replace what the focused line holds, key by key."""
    widget = focused()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_a_value_is_changed_where_it_is_shown_and_saved_with_enter(
    controller: PeopleController, services: AppServices, anna: int, qtbot: QtBot
) -> None:
    detail = page_of(controller)
    field = press_f2(detail, "headline", qtbot)
    assert isinstance(focused(), QLineEdit) and focused().text() == "PLC engineer"
    retype(qtbot, "Lead PLC engineer, offshore wind")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert services.people.get(anna).headline == "Lead PLC engineer, offshore wind"
    assert not field.is_editing()
    assert page_of(controller) is detail  # refreshed in place, not rebuilt
    assert field.display.text() == "Lead PLC engineer, offshore wind"
    assert field.display.hasFocus()  # the keyboard user goes on from here


def test_tab_goes_from_value_to_value_and_through_an_open_editor(
    controller: PeopleController, services: AppServices, anna: int, qtbot: QtBot
) -> None:
    detail = page_of(controller)
    detail.fields["status"].display.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is detail.fields["emails"].display

    location = press_f2(detail, "location", qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert isinstance(focused(), QComboBox)  # the country, beside the place
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is location.save_button
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is location.cancel_button
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is detail.fields["language"].display
    assert not location.is_editing()  # leaving with nothing changed just closes it


def test_escape_puts_the_value_back_and_stores_nothing(
    controller: PeopleController,
    services: AppServices,
    anna: int,
    undo_stack: QUndoStack,
    qtbot: QtBot,
) -> None:
    detail = page_of(controller)
    before = services.people.get(anna).updated_at
    field = press_f2(detail, "location", qtbot)
    retype(qtbot, "Eindhoven")
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)

    assert not field.is_editing()
    assert field.display.text() == "Utrecht, Netherlands"
    assert services.people.get(anna).location == "Utrecht"
    assert services.people.get(anna).updated_at == before
    assert undo_stack.count() == 0


def test_enter_without_a_change_writes_nothing(
    controller: PeopleController, services: AppServices, anna: int, undo_stack: QUndoStack, qtbot
) -> None:
    before = services.people.get(anna).updated_at
    field = press_f2(page_of(controller), "phones", qtbot)
    assert focused().text() == "+31 6 12345678"  # shown as read aloud, stored as E.164
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not field.is_editing()
    assert services.people.get(anna).updated_at == before
    assert undo_stack.count() == 0


def test_a_bad_email_shows_the_message_at_the_field_and_stores_nothing(
    controller: PeopleController,
    services: AppServices,
    anna: int,
    undo_stack: QUndoStack,
    qtbot: QtBot,
) -> None:
    field = press_f2(page_of(controller), "emails", qtbot)
    retype(qtbot, "anna-at-example.nl")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert field.is_editing()
    assert field.error.isVisible()
    assert "“anna-at-example.nl” is not an email address" in field.error.text()
    editor = field.editor
    assert isinstance(editor, ContactListEditor)
    assert editor.rows[0].value.text() == "anna-at-example.nl"  # nothing typed is lost
    assert editor.rows[0].value.property("invalid") is True
    assert [e.address for e in services.people.get(anna).emails] == ["anna@example.nl"]
    assert undo_stack.count() == 0

    retype(qtbot, "anna@vries.nl")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert not field.is_editing()
    assert [(e.address, e.label) for e in services.people.get(anna).emails] == [
        ("anna@vries.nl", "work")
    ]


def test_a_bad_phone_number_is_refused_and_a_national_one_is_read_in_its_country(
    controller: PeopleController, services: AppServices, anna: int, qtbot: QtBot
) -> None:
    field = press_f2(page_of(controller), "phones", qtbot)
    retype(qtbot, "12")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert field.is_editing()
    assert "“12” is not a valid phone number for Netherlands" in field.error.text()
    assert [p.e164 for p in services.people.get(anna).phones] == ["+31612345678"]

    editor = field.editor
    assert isinstance(editor, ContactListEditor) and editor.extra is not None
    country = editor.extra.widget
    assert isinstance(country, QComboBox)
    country.setCurrentIndex(country.findData("BE"))
    editor.rows[0].value.setFocus()
    retype(qtbot, "0470 12 34 56")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert not field.is_editing()
    assert [(p.e164, p.label) for p in services.people.get(anna).phones] == [
        ("+32470123456", "mobile")
    ]
    assert field.display.text() == "+32 470 12 34 56  (mobile)"


def test_several_addresses_each_with_a_label_added_and_removed_in_place(
    controller: PeopleController, services: AppServices, anna: int, qtbot: QtBot
) -> None:
    field = press_f2(page_of(controller), "emails", qtbot)
    editor = field.editor
    assert isinstance(editor, ContactListEditor)
    lay_out()
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert focused() is editor.rows[1].value
    qtbot.keyClicks(focused(), "anna@home.nl")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "private")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert [(e.address, e.label) for e in services.people.get(anna).emails] == [
        ("anna@example.nl", "work"),
        ("anna@home.nl", "private"),
    ]
    assert field.display.text() == "anna@example.nl  (work)\nanna@home.nl  (private)"

    field.start_editing()
    editor = field.editor
    assert isinstance(editor, ContactListEditor) and len(editor.rows) == 2
    remove_first = editor.rows[0].widget.findChild(type(field.pencil))
    lay_out()
    qtbot.mouseClick(remove_first, Qt.MouseButton.LeftButton)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert [e.address for e in services.people.get(anna).emails] == ["anna@home.nl"]


def test_status_and_language_are_chosen_by_keyboard(
    controller: PeopleController, services: AppServices, anna: int, qtbot: QtBot
) -> None:
    detail = page_of(controller)
    press_f2(detail, "status", qtbot)
    assert isinstance(focused(), QComboBox)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # moving the choice does not save yet
    assert services.people.get(anna).status is PersonStatus.ACTIVE
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert services.people.get(anna).status is PersonStatus.PASSIVE
    assert detail.fields["status"].display.text() == "Passive"

    press_f2(detail, "language", qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert services.people.get(anna).language == "en"
    assert detail.fields["language"].display.text() == "English"


def test_the_name_is_edited_in_the_heading_and_is_required(
    controller: PeopleController, services: AppServices, anna: int, qtbot: QtBot
) -> None:
    detail = page_of(controller)
    field = press_f2(detail, "name", qtbot)
    retype(qtbot, "")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert field.is_editing() and field.error.text() == "This field is required."
    assert services.people.get(anna).first_name == "Anna"

    retype(qtbot, "Anne")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    retype(qtbot, "Jansen")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    person = services.people.get(anna)
    assert (person.first_name, person.last_name) == ("Anne", "Jansen")
    assert field.display.text() == "Anne Jansen"
    assert detail.avatar.text() == "AJ"
    assert controller.directory.model.index(0, 0).data() == "Anne Jansen"  # the list follows


def test_tags_and_a_text_of_several_lines(
    controller: PeopleController, services: AppServices, anna: int, qtbot: QtBot
) -> None:
    detail = page_of(controller)
    press_f2(detail, "tags", qtbot)
    qtbot.keyClicks(focused(), "embedded, PLC,  Brabant ,")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert set(services.people.get(anna).tags) == {"embedded", "PLC", "Brabant"}
    assert detail.fields["tags"].display.text() == ", ".join(services.people.get(anna).tags)

    field = press_f2(detail, "growth_wishes", qtbot)
    assert isinstance(focused(), QPlainTextEdit) and field.hint.isVisible()
    qtbot.keyClicks(focused(), "Lead a team")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(focused(), "within two years")
    assert field.is_editing()  # Shift+Enter started a new line
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert services.people.get(anna).growth_wishes == "Lead a team\nwithin two years"


def test_moving_the_focus_elsewhere_saves_and_a_click_opens_the_editor(
    controller: PeopleController, services: AppServices, anna: int, qtbot: QtBot
) -> None:
    detail = page_of(controller)
    persona = detail.fields["persona"]
    qtbot.mouseClick(persona.display, Qt.MouseButton.LeftButton)
    assert persona.is_editing()
    retype(qtbot, "The builder")
    linkedin = detail.fields["linkedin_url"]
    assert linkedin.display.text() == "Add…"
    qtbot.mouseClick(linkedin.display, Qt.MouseButton.LeftButton)

    assert services.people.get(anna).persona == "The builder"
    assert not persona.is_editing() and linkedin.is_editing()
    qtbot.keyClicks(focused(), "linkedin.com/in/anna-de-vries")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert services.people.get(anna).linkedin_url == "https://linkedin.com/in/anna-de-vries"
    assert "linkedin.com/in/anna-de-vries" in linkedin.display.text()


def test_a_bad_value_stays_in_its_editor_when_the_focus_moves_on(
    controller: PeopleController, services: AppServices, anna: int, qtbot: QtBot
) -> None:
    field = press_f2(page_of(controller), "linkedin_url", qtbot)
    qtbot.keyClicks(focused(), "my profile")
    controller.page.table.setFocus()
    assert field.is_editing() and "is not a LinkedIn profile address" in field.error.text()
    editor = field.editor
    assert isinstance(editor, PartsEditor)
    assert editor.values() == {"linkedin_url": "my profile"}
    assert services.people.get(anna).linkedin_url == ""


def test_undo_puts_back_the_edited_field_only_and_redo_does_it_again(
    controller: PeopleController,
    services: AppServices,
    anna: int,
    undo_stack: QUndoStack,
    qtbot: QtBot,
) -> None:
    detail = page_of(controller)
    press_f2(detail, "headline", qtbot)
    retype(qtbot, "Lead engineer")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    press_f2(detail, "location", qtbot)
    retype(qtbot, "Breda")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert undo_stack.undoText() == "edit Anna de Vries (Location)"
    # Changed elsewhere afterwards (the dialog): undoing the page's edits leaves it alone.
    services.people.update_fields(anna, {"notes": "Met at the fair"})

    undo_stack.undo()
    assert services.people.get(anna).location == "Utrecht"
    assert detail.fields["location"].display.text() == "Utrecht, Netherlands"
    undo_stack.undo()
    person = services.people.get(anna)
    assert person.headline == "PLC engineer" and person.notes == "Met at the fair"
    assert detail.fields["headline"].display.text() == "PLC engineer"

    undo_stack.redo()
    assert services.people.get(anna).headline == "Lead engineer"
    assert detail.fields["headline"].display.text() == "Lead engineer"


def test_an_open_editor_survives_a_change_made_elsewhere(
    controller: PeopleController, services: AppServices, anna: int, bus, qtbot: QtBot
) -> None:
    detail = page_of(controller)
    field = press_f2(detail, "persona", qtbot)
    retype(qtbot, "Half typed")
    bus.publish(services.people.update_fields(anna, {"notes": "Called back"})[1])

    assert page_of(controller) is detail
    assert detail.fields["notes"].display.text() == "Called back"
    assert field.is_editing() and focused().text() == "Half typed"


def test_a_failed_save_says_so_at_the_field_and_keeps_the_text(
    controller: PeopleController, services: AppServices, anna: int, qtbot: QtBot, caplog
) -> None:
    field = press_f2(page_of(controller), "headline", qtbot)
    retype(qtbot, "Lead engineer")
    locker = sqlite3.connect(services.database.path, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")  # another program holds the database past the timeout
    try:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    finally:
        locker.rollback()
        locker.close()

    assert field.is_editing() and field.error.text().startswith("Nothing was saved.")
    assert "busy" in field.error.text()
    assert focused().text() == "Lead engineer"
    assert services.people.get(anna).headline == "PLC engineer"
    assert "a write failed: " in caplog.text and "Lead engineer" not in caplog.text


def test_the_contact_buttons_follow_an_edit_and_keep_their_place_in_the_tab_order(
    qtbot: QtBot, services: AppServices, make_people
) -> None:
    controller = make_people(shown_page(qtbot), open_url=lambda _url: True)
    person_id, _ = services.people.create(PersonDraft(first_name="Bram"))
    controller.directory.model.reload()
    controller.directory.select_id(person_id)
    detail = page_of(controller)
    old_bar = detail.contact_bar
    assert old_bar is not None and not old_bar.buttons[Channel.PHONE].isEnabled()

    press_f2(detail, "phones", qtbot)
    qtbot.keyClicks(focused(), "06 12345678")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    bar = detail.contact_bar
    assert isinstance(bar, ContactBar) and bar is not old_bar
    assert bar.buttons[Channel.PHONE].isEnabled()
    detail.fields["headline"].display.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is next(b for b in bar.buttons.values() if b.isEnabled())
