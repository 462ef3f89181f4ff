"""Templates on a real SQLite file: defaults merged with the user's edits, validation, reset,
and the values a person's messages are filled with."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from recruiter_desk.domain.message_templates import (
    MESSAGE_CHANNELS,
    TEMPLATE_LANGUAGES,
    TemplateKey,
    UnbalancedBrace,
    UnknownPlaceholders,
    default_text,
)
from recruiter_desk.domain.records import PersonDraft
from recruiter_desk.domain.vocabulary import Channel, RoleKind
from recruiter_desk.services.directory_service import PeopleService
from recruiter_desk.services.message_templates_service import MessageTemplatesService
from recruiter_desk.store.database import Database
from recruiter_desk.store.models import (
    CompanyModel,
    CompanyRoleModel,
    MessageTemplateModel,
    PlacementModel,
    StageModel,
    VacancyModel,
)

WELCOME = TemplateKey.WELCOME_AFTER_SIGNING


@pytest.fixture
def templates(database: Database) -> MessageTemplatesService:
    return MessageTemplatesService(database)


def stored_rows(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count(MessageTemplateModel.id))) or 0


def test_every_default_is_listed_and_none_is_stored(
    templates: MessageTemplatesService, database: Database
) -> None:
    everything = templates.all()
    assert len(everything) == len(TemplateKey) * len(MESSAGE_CHANNELS) * len(TEMPLATE_LANGUAGES)
    assert not any(t.edited for t in everything)
    assert stored_rows(database) == 0
    whatsapp_nl = templates.for_channel(Channel.WHATSAPP, "nl")
    assert [t.key for t in whatsapp_nl] == list(TemplateKey)
    assert (
        templates.get(WELCOME, Channel.EMAIL, "nl").subject == "Welkom bij {company}, {first_name}!"
    )


def test_an_edit_overrides_one_slot_and_reset_brings_the_default_back(
    templates: MessageTemplatesService, database: Database
) -> None:
    saved, _ = templates.save(
        WELCOME, Channel.EMAIL, "nl", "Welkom, {first_name}", "Top! {your_name}"
    )
    assert saved.edited and saved.body == "Top! {your_name}"
    assert templates.get(WELCOME, Channel.EMAIL, "nl") == saved
    # Only that slot: the English email and the Dutch WhatsApp keep their defaults.
    assert not templates.get(WELCOME, Channel.EMAIL, "en").edited
    assert not templates.get(WELCOME, Channel.WHATSAPP, "nl").edited
    edited = [t for t in templates.all() if t.edited]
    assert [(t.key, t.channel, t.language) for t in edited] == [(WELCOME, Channel.EMAIL, "nl")]

    again, _ = templates.save(WELCOME, Channel.EMAIL, "nl", "Welkom!", "Hoi {first_name}")
    assert templates.get(WELCOME, Channel.EMAIL, "nl") == again
    assert stored_rows(database) == 1

    reset, _ = templates.reset(WELCOME, Channel.EMAIL, "nl")
    assert not reset.edited
    assert reset.body == default_text(WELCOME, Channel.EMAIL, "nl").body
    assert templates.get(WELCOME, Channel.EMAIL, "nl") == reset
    assert stored_rows(database) == 0


def test_saving_the_default_text_is_not_an_edit(
    templates: MessageTemplatesService, database: Database
) -> None:
    default = default_text(WELCOME, Channel.SMS, "en")
    templates.save(WELCOME, Channel.SMS, "en", "", default.body + " Cheers")
    result, _ = templates.save(WELCOME, Channel.SMS, "en", "", default.body)
    assert not result.edited and stored_rows(database) == 0


def test_an_unknown_placeholder_is_refused_by_name_and_nothing_is_stored(
    templates: MessageTemplatesService, database: Database
) -> None:
    with pytest.raises(UnknownPlaceholders) as error:
        templates.save(WELCOME, Channel.EMAIL, "nl", "Welkom {voornaam}", "Hoi {first_name}")
    assert error.value.names == ("voornaam",)
    assert "{voornaam}" in str(error.value)
    with pytest.raises(UnbalancedBrace):
        templates.save(WELCOME, Channel.WHATSAPP, "nl", "", "Hoi {first_name")
    assert stored_rows(database) == 0
    assert not templates.get(WELCOME, Channel.EMAIL, "nl").edited


def test_a_subject_is_only_kept_for_email_and_slots_are_checked(
    templates: MessageTemplatesService,
) -> None:
    saved, _ = templates.save(WELCOME, Channel.WHATSAPP, "en", "ignored", "Hi {first_name}!")
    assert saved.subject == "" and templates.get(WELCOME, Channel.WHATSAPP, "en").subject == ""
    with pytest.raises(ValueError):
        templates.save(WELCOME, Channel.PHONE, "en", "", "Hi")
    with pytest.raises(ValueError):
        templates.get(WELCOME, Channel.EMAIL, "fr")
    with pytest.raises(ValueError):
        templates.get("no_such_moment", Channel.EMAIL, "en")  # type: ignore[arg-type]


def test_values_come_from_the_persons_placement_or_their_company(
    templates: MessageTemplatesService, database: Database
) -> None:
    people = PeopleService(database, database.clock)
    anna, _ = people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    henk, _ = people.create(PersonDraft(first_name="Henk", last_name="Bos"))
    with database.write() as session:
        signed = session.scalar(select(StageModel.id).where(StageModel.key == "signed"))
        company = CompanyModel(name="Brouwer & Zn", sort_name="brouwer & zn")
        old = CompanyModel(name="Oud BV", sort_name="oud bv")
        session.add_all([company, old])
        session.flush()
        vacancy = VacancyModel(company_id=company.id, title="controller")
        closed = VacancyModel(company_id=old.id, title="boekhouder")
        session.add_all([vacancy, closed])
        session.flush()
        session.add_all(
            [
                PlacementModel(
                    person_id=anna,
                    vacancy_id=closed.id,
                    stage_id=signed,
                    stage_entered_at=datetime(2026, 11, 1, tzinfo=UTC),
                    closed_at=datetime(2026, 11, 2, tzinfo=UTC),
                ),
                PlacementModel(
                    person_id=anna,
                    vacancy_id=vacancy.id,
                    stage_id=signed,
                    stage_entered_at=datetime(2026, 10, 1, tzinfo=UTC),
                    start_on=date(2027, 1, 4),
                ),
                CompanyRoleModel(
                    person_id=henk, company_id=company.id, kind=RoleKind.HIRING_MANAGER
                ),
            ]
        )
    values = templates.placeholder_values(anna, your_name="Sam", reply_date=date(2026, 11, 27))
    assert (values.first_name, values.company, values.vacancy, values.start_date) == (
        "Anna",
        "Brouwer & Zn",
        "controller",
        date(2027, 1, 4),
    )
    assert (values.your_name, values.reply_date, values.feedback) == ("Sam", date(2026, 11, 27), "")
    manager = templates.placeholder_values(henk)
    assert (manager.first_name, manager.company, manager.vacancy, manager.start_date) == (
        "Henk",
        "Brouwer & Zn",
        "",
        None,
    )
