"""Channel preferences keep their history; a change is on the timeline and can be undone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from recruiter_desk.domain.channel_preferences import ChannelPreference, suggests_new_preference
from recruiter_desk.domain.records import PersonDraft
from recruiter_desk.domain.timeline import TimelineFilter
from recruiter_desk.domain.vocabulary import Channel, Direction
from recruiter_desk.services.channel_preferences_service import ChannelPreferencesService
from recruiter_desk.services.directory_service import PeopleService
from recruiter_desk.services.timeline_service import TimelineService
from recruiter_desk.store.database import Database

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


class Clock:
    now = NOW

    def __call__(self) -> datetime:
        return self.now


def test_changes_keep_history_and_show_on_the_timeline(database: Database) -> None:
    clock = Clock()
    preferences = ChannelPreferencesService(database, clock)
    person_id, _ = PeopleService(database, database.clock).create(PersonDraft(first_name="Sanne"))
    email = (ChannelPreference(Channel.EMAIL, "work address only", date(2025, 3, 1)),)
    preferences.change(person_id, email, "Prefers email")
    clock.now = NOW + timedelta(days=30)
    whatsapp = (
        ChannelPreference(Channel.WHATSAPP, "after 18:00"),
        ChannelPreference(Channel.EMAIL),
    )
    receipt, changes = preferences.change(person_id, whatsapp, "Prefers WhatsApp, then email")
    assert changes.timelines and changes.people == {person_id}
    assert preferences.current(person_id) == whatsapp
    assert PeopleService(database, database.clock).get(person_id).preferred_channels == (
        Channel.WHATSAPP,
        Channel.EMAIL,
    )
    history = preferences.history(person_id)
    assert [s.preferences for s in history] == [whatsapp, email]
    assert history[1].superseded_at == clock.now and history[0].superseded_at is None
    events = TimelineService(database, database.clock).person_page(person_id, TimelineFilter())
    assert [e.summary for e in events] == ["Prefers WhatsApp, then email", "Prefers email"]

    preferences.undo(receipt)
    assert preferences.current(person_id) == email
    assert len(preferences.history(person_id)) == 1
    assert [
        e.summary
        for e in TimelineService(database, database.clock).person_page(person_id, TimelineFilter())
    ] == ["Prefers email"]


def test_a_channel_is_ranked_once(database: Database) -> None:
    preferences = ChannelPreferencesService(database, database.clock)
    person_id, _ = PeopleService(database, database.clock).create(PersonDraft(first_name="Bram"))
    with pytest.raises(ValueError, match="once"):
        preferences.change(
            person_id, (ChannelPreference(Channel.SMS), ChannelPreference(Channel.SMS)), "x"
        )


@pytest.mark.parametrize(
    ("preferred", "channel", "direction", "expected"),
    [
        (Channel.EMAIL, Channel.WHATSAPP, Direction.INBOUND, True),
        (Channel.WHATSAPP, Channel.WHATSAPP, Direction.INBOUND, False),
        (Channel.EMAIL, Channel.WHATSAPP, Direction.OUTBOUND, False),
        (None, Channel.PHONE, Direction.INBOUND, True),
        (Channel.EMAIL, Channel.IN_PERSON, Direction.INBOUND, False),
    ],
)
def test_a_reply_through_another_channel_suggests_an_update(
    preferred, channel, direction, expected
) -> None:
    assert suggests_new_preference(preferred, channel, direction) is expected
