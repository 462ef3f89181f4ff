"""Settings → Message templates with real services: the list, the editor's error for an
unknown placeholder (Save stays disabled), the preview, reset, and the user's own name."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from recruiter_desk.domain.message_templates import TemplateKey, default_text
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.ui.contact.message_templates_dialog import MessageTemplatesDialog
from recruiter_desk.ui.contact.message_templates_model import MessageTemplatesModel

TODAY = date(2026, 11, 25)
WELCOME = TemplateKey.WELCOME_AFTER_SIGNING


@pytest.fixture
def dialog(qtbot: QtBot, services: AppServices, writes, settings) -> MessageTemplatesDialog:
    settings.your_name = "Sam de Wit"
    dialog = MessageTemplatesDialog(services.templates, writes, settings, lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cell(dialog: MessageTemplatesDialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data()


def show_dutch_whatsapp(dialog: MessageTemplatesDialog) -> None:
    dialog.language_filter.setCurrentIndex(dialog.language_filter.findData("nl"))
    dialog.channel_filter.setCurrentIndex(dialog.channel_filter.findData(Channel.WHATSAPP.value))


def test_list_shows_every_template_and_filters(dialog: MessageTemplatesDialog) -> None:
    assert dialog.model.rowCount() == 9 * 4 * 2
    assert [cell(dialog, 0, c) for c in range(4)] == [
        "Welcome after signing",
        "Email",
        "English",
        "Default",
    ]
    assert dialog.heading.text() == "Welcome after signing · Email · English"
    assert dialog.subject.text() == "Welcome to {company}, {first_name}!"
    show_dutch_whatsapp(dialog)
    assert dialog.model.rowCount() == 9
    assert {cell(dialog, r, 1) for r in range(9)} == {"WhatsApp"}
    assert {cell(dialog, r, 2) for r in range(9)} == {"Dutch"}
    assert not dialog.subject.isVisible()  # WhatsApp has no subject
    assert dialog.body.toPlainText() == default_text(WELCOME, Channel.WHATSAPP, "nl").body


def test_preview_uses_sample_values_and_your_name(
    dialog: MessageTemplatesDialog, settings: QSettings
) -> None:
    show_dutch_whatsapp(dialog)
    preview = dialog.preview.toPlainText()
    assert preview.startswith("Hoi Sanne, gefeliciteerd met je handtekening bij Van Dijk")
    assert "op maandag 14 december" in preview and preview.endswith("Sam de Wit")
    dialog.your_name.setText("Sam Jansen")
    assert settings.your_name == "Sam Jansen"
    assert dialog.preview.toPlainText().endswith("Sam Jansen")
    dialog.language_filter.setCurrentIndex(dialog.language_filter.findData("en"))
    dialog.channel_filter.setCurrentIndex(dialog.channel_filter.findData(Channel.EMAIL.value))
    assert dialog.preview.toPlainText().startswith("Subject: Welcome to Northwind Logistics, Emma!")


def test_unknown_placeholder_is_named_and_save_stays_disabled(
    dialog: MessageTemplatesDialog, services: AppServices
) -> None:
    show_dutch_whatsapp(dialog)
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    dialog.body.setPlainText("Hoi {voornaam}, welkom bij {company}! {your_name}")
    assert dialog.problem.isVisible()
    assert dialog.problem_text() == (
        "Unknown placeholder {voornaam}. Use one of: {first_name}, {company}, {vacancy}, "
        "{start_date}, {your_name}, {your_email}, {your_phone}, {reply_date}, {feedback}."
    )
    assert not dialog.save_button.isEnabled()
    dialog.save()  # even when called directly, nothing is stored
    assert not services.templates.get(WELCOME, Channel.WHATSAPP, "nl").edited

    dialog.body.setPlainText("Hoi {first_name, welkom!")
    assert dialog.problem_text().startswith("A “{” is not closed (character 5).")
    assert not dialog.save_button.isEnabled()
    assert dialog.preview.toPlainText() == ""

    dialog.body.setPlainText("Hoi {first_name}, welkom bij {company}! {your_name}")
    assert not dialog.problem.isVisible() and dialog.save_button.isEnabled()
    assert dialog.preview.toPlainText() == (
        "Hoi Sanne, welkom bij Van Dijk Installatietechniek! Sam de Wit"
    )
    dialog.save_button.click()
    saved = services.templates.get(WELCOME, Channel.WHATSAPP, "nl")
    assert saved.edited and saved.body == "Hoi {first_name}, welkom bij {company}! {your_name}"
    assert cell(dialog, 0, MessageTemplatesModel.STATUS) == "Edited"
    assert dialog.heading.text().endswith("· edited")
    assert not dialog.save_button.isEnabled()


def test_insert_placeholder_and_reset_to_default(
    dialog: MessageTemplatesDialog, services: AppServices
) -> None:
    services.templates.save(WELCOME, Channel.EMAIL, "en", "Hello", "Hello {first_name}")
    dialog.load()
    assert cell(dialog, 0, MessageTemplatesModel.STATUS) == "Edited"
    assert dialog.body.toPlainText() == "Hello {first_name}"
    dialog.body.setFocus()
    cursor = dialog.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.body.setTextCursor(cursor)
    dialog.insert_placeholder("your_name")
    assert dialog.body.toPlainText() == "Hello {first_name}{your_name}"

    assert dialog.reset_button.isEnabled()
    dialog.reset_button.click()
    default = default_text(WELCOME, Channel.EMAIL, "en")
    assert (dialog.subject.text(), dialog.body.toPlainText()) == (default.subject, default.body)
    assert services.templates.get(WELCOME, Channel.EMAIL, "en").edited  # not until saved
    dialog.save_button.click()
    assert not services.templates.get(WELCOME, Channel.EMAIL, "en").edited
    assert cell(dialog, 0, MessageTemplatesModel.STATUS) == "Default"
    assert not dialog.reset_button.isEnabled()


def test_unsaved_changes_are_asked_about_before_switching(
    dialog: MessageTemplatesDialog, services: AppServices
) -> None:
    dialog.body.setPlainText("Changed {first_name}")
    dialog.table.selectRow(1)
    box = dialog.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Save your changes to “Welcome after signing”?"
    assert dialog.table.selectionModel().selectedRows()[0].row() == 0  # still on the edit
    box.button(QMessageBox.StandardButton.Save).click()
    assert services.templates.get(WELCOME, Channel.EMAIL, "en").body == "Changed {first_name}"
    assert dialog.table.selectionModel().selectedRows()[0].row() == 1
    assert dialog.heading.text() == "Welcome after signing · Email · Dutch"

    dialog.body.setPlainText("Something else")
    dialog.table.selectRow(2)
    assert dialog.question is not None
    dialog.question.button(QMessageBox.StandardButton.Discard).click()
    assert dialog.table.selectionModel().selectedRows()[0].row() == 2
    assert not services.templates.get(WELCOME, Channel.EMAIL, "nl").edited


def test_model_passes_the_model_tester(dialog: MessageTemplatesDialog, qtmodeltester) -> None:
    qtmodeltester.check(dialog.model)


def test_settings_menu_opens_the_templates(make_desk, services: AppServices) -> None:
    desk = make_desk()
    action = desk.window.actions_.templates
    assert not action.isEnabled()
    desk.open(services)
    assert action.text() == "&Message templates…"
    action.trigger()
    dialog = desk.open_dialog
    assert isinstance(dialog, MessageTemplatesDialog)
    assert dialog.isVisible()
    dialog.reject()
    assert desk.open_dialog is None
