"""A window saves only over what it opened with (issue 11 item 1): when the stored record
changed since (another window saved, an undo), the save raises ``ChangedSinceOpened`` inside
its transaction and nothing of it is stored. For a timeline entry, the board's stages, a
person's channel preferences, a message template and the journey after signing."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from recruiter_desk.domain.channel_preferences import ChannelPreference
from recruiter_desk.domain.records import PersonDraft
from recruiter_desk.domain.storage_errors import ChangedSinceOpened
from recruiter_desk.domain.timeline import ContactLog, TimelineFilter
from recruiter_desk.domain.vocabulary import Channel, Direction, TemplateKey
from recruiter_desk.services.app_services import AppServices

WHEN = datetime(2026, 11, 20, 10, tzinfo=UTC)


def test_a_timeline_entry_edited_elsewhere_is_not_overwritten(services: AppServices) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    opened = ContactLog(
        WHEN, Channel.PHONE, Direction.OUTBOUND, "Call about the offer", "", (anna,)
    )
    entry_id, _ = services.timeline.log(opened)
    elsewhere = replace(opened, summary="Call about the offer: she accepts")
    services.timeline.edit(entry_id, elsewhere, expected=opened)  # the other window saves

    mine = replace(opened, body="Wants to start in January")
    with pytest.raises(ChangedSinceOpened):
        services.timeline.edit(entry_id, mine, expected=opened)
    [stored] = services.timeline.person_page(anna, TimelineFilter(), None, 10)
    assert (stored.summary, stored.body) == ("Call about the offer: she accepts", "")

    services.timeline.edit(entry_id, mine, expected=elsewhere)  # opened again: it saves
    [stored] = services.timeline.person_page(anna, TimelineFilter(), None, 10)
    assert stored.body == "Wants to start in January"


def test_board_stages_changed_elsewhere_are_not_overwritten(services: AppServices) -> None:
    opened = services.pipeline.stages()
    renamed = [replace(opened[0], name="First call"), *opened[1:]]
    services.pipeline.save_stages(renamed, expected=opened)

    mine = [*opened[:-1], replace(opened[-1], visible=False)]
    with pytest.raises(ChangedSinceOpened):
        services.pipeline.save_stages(mine, expected=opened)
    stored = services.pipeline.stages()
    assert stored[0].name == "First call" and stored[-1].visible


def test_channel_preferences_changed_elsewhere_are_not_overwritten(
    services: AppServices,
) -> None:
    anna, _ = services.people.create(PersonDraft(first_name="Anna", last_name="de Vries"))
    opened = services.preferences.current(anna)
    whatsapp = (ChannelPreference(Channel.WHATSAPP),)
    services.preferences.change(anna, whatsapp, "Prefers WhatsApp", expected=opened)

    with pytest.raises(ChangedSinceOpened):
        services.preferences.change(
            anna, (ChannelPreference(Channel.EMAIL),), "Prefers e-mail", expected=opened
        )
    assert [p.channel for p in services.preferences.current(anna)] == [Channel.WHATSAPP]


def test_a_template_edited_elsewhere_is_not_overwritten(services: AppServices) -> None:
    key, channel = TemplateKey.WELCOME_AFTER_SIGNING, Channel.EMAIL
    opened = services.templates.get(key, channel, "en")
    services.templates.save(
        key, channel, "en", "Welcome!", "Hello {first_name}", (opened.subject, opened.body)
    )
    with pytest.raises(ChangedSinceOpened):
        services.templates.save(
            key, channel, "en", "Mine", "Hi {first_name}", (opened.subject, opened.body)
        )
    stored = services.templates.get(key, channel, "en")
    assert (stored.subject, stored.body) == ("Welcome!", "Hello {first_name}")


def test_a_journey_edited_elsewhere_is_not_overwritten(services: AppServices) -> None:
    opened = services.journeys.journey()
    fewer = replace(opened, steps=opened.steps[1:])
    services.journeys.save_journey(fewer, expected=opened)
    with pytest.raises(ChangedSinceOpened):
        services.journeys.save_journey(replace(opened, active=False), expected=opened)
    assert services.journeys.journey() == fewer
