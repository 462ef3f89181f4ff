"""Settings → Settings…: one dialog for everything; what it saves is used at once (your
details in messages, your country for new people, the default reminder time), a wrong address
or number is said and nothing is saved."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QTime

from recruiter_desk.domain.message_templates import PlaceholderValues, render
from recruiter_desk.domain.reminder_time import QuickChoice
from recruiter_desk.ui.people.person_dialog import PersonDialog
from recruiter_desk.ui.settings.app_settings import AppSettings
from recruiter_desk.ui.settings.settings_dialog import SettingsDialog


def _save(dialog: SettingsDialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_your_details_are_checked_saved_and_fill_messages(make_desk, settings) -> None:
    window = make_desk().window
    window.actions_.settings.trigger()
    dialog = window.settings_slot.dialog
    assert isinstance(dialog, SettingsDialog)
    dialog.your_name.setText("  Sam de Wit ")
    dialog.your_emails.setPlainText("sam@dewit-recruitment.nl\n\nnot an address\n")
    dialog.your_phone.setText("06 12345678")
    _save(dialog)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert "not an address" in dialog.problem.text()
    assert settings.your_name == "", "nothing is saved while something is wrong"

    dialog.your_emails.setPlainText("Sam@DeWit-Recruitment.nl\nsam.privé@example.be")
    dialog.your_phone.setText("12")
    _save(dialog)
    assert dialog.isVisible() and dialog.problem.isVisible(), "a number that is none"
    dialog.your_phone.setText("06 12345678")
    _save(dialog)
    assert not dialog.isVisible()
    assert settings.your_name == "Sam de Wit"
    assert settings.your_emails.splitlines()[0] == "Sam@dewit-recruitment.nl"
    assert settings.your_email == "Sam@dewit-recruitment.nl"
    assert settings.your_phone == "+31 6 12345678"
    text = render(
        "{your_name} · {your_email} · {your_phone}",
        PlaceholderValues(
            your_name=settings.your_name,
            your_email=settings.your_email,
            your_phone=settings.your_phone,
        ),
        "en",
    )
    assert text == "Sam de Wit · Sam@dewit-recruitment.nl · +31 6 12345678"


def test_the_country_is_where_new_people_start(make_desk, settings, services) -> None:
    desk = make_desk()
    desk.open(services)
    dialog = desk.window.show_settings()
    dialog.country.setCurrentIndex(dialog.country.findData("BE"))
    _save(dialog)
    assert settings.country == "BE"
    desk.window.show_area("people")
    desk.people.directory.add()
    person = desk.people.directory.dialog
    assert isinstance(person, PersonDialog)
    person.first_name.setText("Lotte")
    person.phone.setText("0470 12 34 56")  # a Belgian mobile, typed nationally
    assert person.draft().country == "BE"
    assert person.draft().phone_country == "BE"
    person.reject()


def test_the_default_reminder_time_is_used_at_once(make_desk, settings, services) -> None:
    desk = make_desk()
    desk.open(services)
    before = services.reminders.quick_choice(QuickChoice.TOMORROW_MORNING)
    assert before is not None and before.local.time() == time(9, 0)
    dialog = desk.window.show_settings()
    dialog.reminder_time.setTime(QTime(8, 15))
    _save(dialog)
    assert settings.reminder_time == time(8, 15)
    after = services.reminders.quick_choice(QuickChoice.TOMORROW_MORNING)
    assert after is not None and after.local.time() == time(8, 15)
    assert services.reminders.on_date(after.local.date()).local.time() == time(8, 15)


def test_a_hand_edited_time_or_country_gives_the_default(tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QSettings

    file = tmp_path / "settings.ini"
    file.write_text("[reminders]\ndefaultTime=quarter past nine\n[profile]\ncountry=Holland\n")
    settings = AppSettings(QSettings(str(file), QSettings.Format.IniFormat))
    assert settings.reminder_time == time(9, 0)
    assert settings.country == "NL"


def test_cancel_keeps_everything(make_desk, settings) -> None:
    dialog = make_desk().window.show_settings()
    dialog.your_name.setText("Someone else")
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
    dialog.reject()
    assert settings.your_name == "" and settings.appearance == "system"


def test_the_editors_and_the_folders_are_reached_from_here(
    make_desk, services, tmp_path: Path
) -> None:
    desk = make_desk()
    desk.open(services)
    window = desk.window
    window.set_locations(tmp_path / "data", tmp_path / "log" / "recruiter-desk.log")
    dialog = window.show_settings()
    shown = {
        field.text()
        for field in dialog.stack.widget(4).findChildren(type(dialog.your_name))
        if field.isReadOnly()
    }
    assert shown == {str(tmp_path / "data"), str(tmp_path / "log")}
    assert dialog.file_size_limit.value() == 50
    dialog.templates_requested.emit()
    assert desk.open_dialog is not None and "template" in desk.open_dialog.windowTitle().lower()
    desk.open_dialog.reject()
    dialog.board_settings_requested.emit()
    assert desk.board is not None and desk.board.pending_dialog is not None
    desk.board.pending_dialog.reject()
