"""Contact buttons on the People page with real services: the exact URL each button opens
(captured, never launched), why a button is disabled, the compose step with templates, and the
offer to log the contact afterwards."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QUrl
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from recruiter_desk.domain.message_templates import TemplateKey
from recruiter_desk.domain.records import EmailAddress, PersonDraft, PhoneNumber
from recruiter_desk.domain.vocabulary import Channel, Direction, PersonStatus
from recruiter_desk.services.app_services import AppServices
from recruiter_desk.store.models import (
    ChannelPreferenceModel,
    CompanyModel,
    PlacementModel,
    StageModel,
    VacancyModel,
)
from recruiter_desk.ui.contact.compose_message_dialog import ComposeMessageDialog
from recruiter_desk.ui.people.people_controller import PeopleController, people_page
from recruiter_desk.ui.people.person_detail import PersonDetail
from recruiter_desk.ui.timeline.quick_log_dialog import QuickLogDialog
from recruiter_desk.ui.timeline.timeline_model import ENTRY_ROLE

LINKEDIN = "https://www.linkedin.com/in/anna-de-vries-1a2b3c"


class OpenedUrls:
    """Stands in for QDesktopServices.openUrl: records, launches nothing."""

    def __init__(self) -> None:
        self.urls: list[str] = []
        self.succeeds = True

    def __call__(self, url: QUrl) -> bool:
        self.urls.append(bytes(url.toEncoded().data()).decode())
        return self.succeeds


@pytest.fixture
def opened() -> OpenedUrls:
    return OpenedUrls()


@pytest.fixture
def people(qtbot: QtBot, services: AppServices, make_people, settings, opened) -> PeopleController:
    settings.your_name = "Sam"
    page = people_page()
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    controller = make_people(page, open_url=opened)
    return controller


def add_anna(services: AppServices, preferred: Channel | None = Channel.WHATSAPP, **draft) -> int:
    values = {
        "first_name": "Anna",
        "last_name": "de Vries",
        "emails": (EmailAddress("anna@example.nl"),),
        "phones": (PhoneNumber("+31612345678", "mobiel"),),
        "linkedin_url": LINKEDIN,
        "language": "nl",
        **draft,
    }
    person_id, _ = services.people.create(PersonDraft(**values))
    with services.database.write() as session:
        if preferred is not None:
            session.add(ChannelPreferenceModel(person_id=person_id, channel=preferred, rank=0))
        signed = session.scalars(select(StageModel).where(StageModel.key == "signed")).one()
        company = CompanyModel(name="Brouwer & Zn", sort_name="brouwer & zn")
        session.add(company)
        session.flush()
        vacancy = VacancyModel(company_id=company.id, title="controller")
        session.add(vacancy)
        session.flush()
        session.add(
            PlacementModel(
                person_id=person_id,
                vacancy_id=vacancy.id,
                stage_id=signed.id,
                stage_entered_at=datetime(2026, 11, 20, tzinfo=UTC),
                start_on=datetime(2027, 1, 4).date(),
            )
        )
    return person_id


def show(people: PeopleController, person_id: int) -> PersonDetail:
    people.directory.model.reload()
    people.directory.select_id(person_id)
    detail = people.page.detail_area.widget()
    assert isinstance(detail, PersonDetail) and detail.contact_bar is not None
    return detail


def compose(people: PeopleController, channel: Channel, key: TemplateKey) -> ComposeMessageDialog:
    assert people.contacts is not None and people.contacts.bar is not None
    people.contacts.bar.buttons[channel].click()
    dialog = people.contacts.compose
    assert isinstance(dialog, ComposeMessageDialog) and dialog.isVisible()
    dialog.template.setCurrentIndex(dialog.template.findData(key.value))
    return dialog


def offered_log(people: PeopleController) -> QuickLogDialog:
    assert people.timeline is not None
    dialog = people.timeline.dialog
    assert isinstance(dialog, QuickLogDialog) and dialog.isVisible()
    return dialog


def timeline_entries(people: PeopleController) -> list[tuple[str, Channel | None, Direction]]:
    assert people.timeline is not None
    model = people.timeline.model
    entries = [model.index(r, 0).data(ENTRY_ROLE) for r in range(model.rowCount())]
    return [(e.summary, e.channel, e.direction) for e in entries if not e.is_system_event]


def test_buttons_put_the_preferred_channel_first_and_highlight_it(
    people: PeopleController, services: AppServices
) -> None:
    detail = show(people, add_anna(services, preferred=Channel.WHATSAPP))
    bar = detail.contact_bar
    assert bar.order() == [
        Channel.WHATSAPP,
        Channel.EMAIL,
        Channel.PHONE,
        Channel.SMS,
        Channel.LINKEDIN,
    ]
    texts = [bar.buttons[c].text() for c in bar.order()]
    assert texts == ["WhatsApp", "Email", "Call", "SMS", "LinkedIn"]
    assert bar.buttons[Channel.WHATSAPP].objectName() == "primaryButton"
    assert [c for c, b in bar.buttons.items() if b.objectName() == "primaryButton"] == [
        Channel.WHATSAPP
    ]
    assert all(b.isEnabled() for b in bar.buttons.values())
    assert bar.buttons[Channel.EMAIL].toolTip() == "Write an email to anna@example.nl"
    assert bar.buttons[Channel.WHATSAPP].toolTip() == "Send a WhatsApp message to +31 6 12345678"


def test_disabled_buttons_say_why(people: PeopleController, services: AppServices) -> None:
    person_id, _ = services.people.create(
        PersonDraft(first_name="Piet", last_name="Bos", phones=(PhoneNumber("+31201234567"),))
    )
    bar = show(people, person_id).contact_bar
    assert bar.buttons[Channel.PHONE].isEnabled()
    assert not bar.buttons[Channel.EMAIL].isEnabled()
    assert (
        bar.buttons[Channel.EMAIL].toolTip() == "No email address for Piet Bos. Add one with Edit…"
    )
    for channel in (Channel.SMS, Channel.WHATSAPP):
        assert not bar.buttons[channel].isEnabled()
        assert bar.buttons[channel].toolTip() == (
            "Piet Bos has no mobile number: a landline cannot receive WhatsApp or SMS messages."
        )
        assert bar.buttons[channel].accessibleDescription() == bar.buttons[channel].toolTip()
    assert bar.buttons[Channel.LINKEDIN].toolTip() == (
        "No LinkedIn profile for Piet Bos. Add its address with Edit…"
    )
    assert all(b.objectName() != "primaryButton" for b in bar.buttons.values())

    nobody, _ = services.people.create(PersonDraft(first_name="Kees", last_name="Smit"))
    bar = show(people, nobody).contact_bar
    assert (
        bar.buttons[Channel.PHONE].toolTip() == "No phone number for Kees Smit. Add one with Edit…"
    )

    private, _ = services.people.create(
        PersonDraft(
            first_name="Els",
            emails=(EmailAddress("els@example.nl"),),
            status=PersonStatus.DO_NOT_CONTACT,
        )
    )
    bar = show(people, private).contact_bar
    assert not any(b.isEnabled() for b in bar.buttons.values())
    assert bar.buttons[Channel.EMAIL].toolTip() == (
        "Els does not want to be contacted (status: Do not contact)."
    )


def test_email_opens_mailto_with_subject_and_body_then_logs_it(
    people: PeopleController, services: AppServices, opened: OpenedUrls
) -> None:
    show(people, add_anna(services))
    dialog = compose(people, Channel.EMAIL, TemplateKey.WELCOME_AFTER_SIGNING)
    assert dialog.language.currentData() == "nl"  # Anna's language
    assert dialog.subject.isVisible()
    assert dialog.subject.text() == "Welkom bij Brouwer & Zn, Anna!"
    body = dialog.body.toPlainText()
    assert body.startswith("Hoi Anna,\n\nGefeliciteerd met je handtekening bij Brouwer & Zn!")
    assert "eerste werkdag op maandag 4 januari" in body and body.endswith("\n\nSam")
    assert dialog.open_button.isEnabled() and dialog.open_button.text() == "&Open in email app"

    dialog.body.setPlainText("Hoi Anna,\nTot maandag 4 januari!\nSam")
    dialog.open_button.click()
    assert opened.urls == [
        "mailto:anna@example.nl?subject=Welkom%20bij%20Brouwer%20%26%20Zn%2C%20Anna%21"
        "&body=Hoi%20Anna%2C%0D%0ATot%20maandag%204%20januari%21%0D%0ASam"
    ]
    assert not dialog.isVisible()

    log = offered_log(people)
    assert Channel(log.channel.currentData()) is Channel.EMAIL
    assert log.outbound.isChecked()
    assert log.summary.text() == "Welkom bij Brouwer & Zn, Anna!"
    assert log.body.toPlainText() == "Hoi Anna,\nTot maandag 4 januari!\nSam"
    log.submit()
    assert timeline_entries(people) == [
        ("Welkom bij Brouwer & Zn, Anna!", Channel.EMAIL, Direction.OUTBOUND)
    ]


def test_whatsapp_promise_names_the_reply_date_and_opens_wa_me(
    people: PeopleController, services: AppServices, opened: OpenedUrls
) -> None:
    show(people, add_anna(services))
    dialog = compose(people, Channel.WHATSAPP, TemplateKey.REPLY_PROMISE)
    assert not dialog.subject.isVisible()
    assert dialog.reply_date.isVisible()
    dialog.reply_date.setDate(QDate(2027, 1, 8))
    assert dialog.body.toPlainText() == (
        "Hoi Anna, nog geen besluit van Brouwer & Zn over controller. Je hoort uiterlijk "
        "vrijdag 8 januari van me, ook als er dan nog geen nieuws is. Sam"
    )
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert "by Friday 8 January at the latest" in dialog.body.toPlainText()
    dialog.body.setPlainText("Hi Anna, you'll hear from me by Friday 8 January. Sam")
    dialog.open_button.click()
    assert opened.urls == [
        "https://wa.me/31612345678?text=Hi%20Anna%2C%20you%27ll%20hear%20from%20me%20by%20"
        "Friday%208%20January.%20Sam"
    ]
    log = offered_log(people)
    assert Channel(log.channel.currentData()) is Channel.WHATSAPP
    # What was sent, not the template's name: the text was rewritten by hand.
    sent = "Hi Anna, you'll hear from me by Friday 8 January. Sam"
    assert log.summary.text() == sent
    log.submit()
    assert timeline_entries(people) == [(sent, Channel.WHATSAPP, Direction.OUTBOUND)]


def test_sms_call_and_linkedin_links(
    people: PeopleController, services: AppServices, opened: OpenedUrls
) -> None:
    show(people, add_anna(services))
    dialog = compose(people, Channel.SMS, TemplateKey.GOOD_LUCK_DAY_ONE)
    assert dialog.body.toPlainText().startswith("Succes vandaag, Anna!")
    dialog.body.setPlainText("Succes vandaag, Anna! Sam")
    dialog.open_button.click()
    assert opened.urls == ["sms:+31612345678?body=Succes%20vandaag%2C%20Anna%21%20Sam"]
    assert Channel(offered_log(people).channel.currentData()) is Channel.SMS
    offered_log(people).reject()

    assert people.contacts is not None and people.contacts.bar is not None
    people.contacts.bar.buttons[Channel.PHONE].click()
    assert opened.urls[-1] == "tel:+31612345678"
    log = offered_log(people)
    assert Channel(log.channel.currentData()) is Channel.PHONE and log.summary.text() == ""
    log.reject()

    copied: list[str] = []
    people.contacts.copy_text = copied.append
    dialog = compose(people, Channel.LINKEDIN, TemplateKey.ANNIVERSARY_GROWTH)
    assert dialog.open_button.text() == "Copy and &open LinkedIn"
    dialog.open_button.click()
    assert opened.urls[-1] == LINKEDIN
    assert copied == [dialog.body.toPlainText()]
    assert copied[0].startswith("Gefeliciteerd met je eerste jaar bij Brouwer & Zn, Anna!")


def test_a_rejection_cannot_be_opened_until_the_feedback_is_written(
    people: PeopleController, services: AppServices, opened: OpenedUrls
) -> None:
    show(people, add_anna(services))
    dialog = compose(people, Channel.EMAIL, TemplateKey.DECENT_REJECTION)
    assert "Hun feedback: {feedback}" in dialog.body.toPlainText()
    assert not dialog.open_button.isEnabled()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "Replace {feedback} with your own words before sending."
    dialog.submit()  # Enter does nothing either
    assert opened.urls == []
    dialog.body.setPlainText(dialog.body.toPlainText().replace("{feedback}", "te weinig SAP."))
    assert dialog.open_button.isEnabled() and not dialog.problem.isVisible()
    dialog.body.setPlainText(dialog.body.toPlainText() + " {voornaam}")
    assert not dialog.open_button.isEnabled()
    assert dialog.problem.text() == "Replace {voornaam} with your own words before sending."


def test_without_your_name_the_signature_must_be_filled_in(
    people: PeopleController, services: AppServices, settings
) -> None:
    settings.your_name = ""
    show(people, add_anna(services))
    dialog = compose(people, Channel.WHATSAPP, TemplateKey.FIRST_WEEK_CHECK)
    assert dialog.body.toPlainText().endswith("{your_name}")
    assert not dialog.open_button.isEnabled()


def test_when_no_app_opens_the_link_the_text_is_copied_and_nothing_is_logged(
    people: PeopleController, services: AppServices, opened: OpenedUrls
) -> None:
    opened.succeeds = False
    show(people, add_anna(services))
    assert people.contacts is not None
    copied: list[str] = []
    people.contacts.copy_text = copied.append
    dialog = compose(people, Channel.SMS, TemplateKey.PRE_START_CHECK_IN)
    dialog.open_button.click()
    assert len(opened.urls) == 1 and opened.urls[0].startswith("sms:+31612345678?body=Hoi%20Anna")
    assert dialog.isVisible() and dialog.failure.isVisible()
    assert copied == [dialog.body.toPlainText()]
    assert people.timeline is not None and people.timeline.dialog is None


def test_the_composer_offers_the_template_that_fits_the_card_or_none(
    people: PeopleController, services: AppServices
) -> None:
    anna = add_anna(services)  # her card is in Signed: the welcome fits
    show(people, anna)
    assert people.contacts.bar is not None
    people.contacts.bar.buttons[Channel.WHATSAPP].click()
    dialog = people.contacts.compose
    assert isinstance(dialog, ComposeMessageDialog)
    assert dialog.template.currentData() == TemplateKey.WELCOME_AFTER_SIGNING.value
    assert dialog.template.itemText(0) == "No template"
    dialog.template.setCurrentIndex(0)  # the user writes their own
    assert dialog.body.toPlainText() == "" and not dialog.open_button.isEnabled()
    dialog.reject()

    with services.database.write() as session:  # a fresh lead: nothing fits
        lead = session.scalars(select(StageModel).where(StageModel.key == "lead")).one()
        session.scalars(select(PlacementModel)).one().stage_id = lead.id
    show(people, anna)
    people.contacts.bar.buttons[Channel.WHATSAPP].click()
    dialog = people.contacts.compose
    assert dialog.template.currentData() == ""  # not the welcome after signing
    assert dialog.body.toPlainText() == ""
    dialog.reject()

    # Doing a touchpoint from Today: its own template comes first.
    people.contact(anna, Channel.WHATSAPP, TemplateKey.FIRST_WEEK_CHECK)
    dialog = people.contacts.compose
    assert dialog.template.currentData() == TemplateKey.FIRST_WEEK_CHECK.value


def test_a_second_click_brings_the_open_composer_to_the_front(
    people: PeopleController, services: AppServices
) -> None:
    show(people, add_anna(services))
    first = compose(people, Channel.EMAIL, TemplateKey.WELCOME_AFTER_SIGNING)
    first.body.setPlainText("What I typed")
    assert people.contacts.bar is not None
    people.contacts.bar.buttons[Channel.EMAIL].click()
    assert people.contacts.compose is first
    assert first.body.toPlainText() == "What I typed"
    first.reject()
    assert people.contacts.compose is None
