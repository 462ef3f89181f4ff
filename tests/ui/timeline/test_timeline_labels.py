"""The app's own timeline events are put into words from their facts, in the interface's
language; what the user typed does not change with it."""

from __future__ import annotations

from datetime import UTC, datetime

from recruiter_desk.domain.channel_preferences import ChannelPreference
from recruiter_desk.domain.timeline import (
    ConsentGiven,
    EventFacts,
    PreferenceChanged,
    ReminderDone,
    StageMoved,
    StageRef,
    TimelineEntry,
    TimelineEvent,
)
from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind
from recruiter_desk.ui.timeline.timeline_labels import entry_summary

OFFER = StageRef(5, "offer", "Offer")
SIGNED = StageRef(6, "signed", "Signed (pre-boarding)")


def event(facts: EventFacts | None, summary: str = "") -> TimelineEntry:
    types = {
        StageMoved: TimelineEvent.STAGE_MOVED,
        ReminderDone: TimelineEvent.REMINDER_DONE,
        PreferenceChanged: TimelineEvent.PREFERENCE_CHANGED,
        ConsentGiven: TimelineEvent.CONSENT_GIVEN,
    }
    return TimelineEntry(
        1,
        datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        InteractionKind.SYSTEM_EVENT,
        types[type(facts)] if facts is not None else TimelineEvent.STAGE_MOVED,
        None,
        Direction.NONE,
        summary,
        "",
        ("Anna",),
        "",
        None,
        facts,
    )


def conversation(summary: str) -> TimelineEntry:
    return TimelineEntry(
        2,
        datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        InteractionKind.CONVERSATION,
        None,
        Channel.PHONE,
        Direction.OUTBOUND,
        summary,
        "",
        ("Anna",),
        "",
        None,
    )


def test_events_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    assert entry_summary(event(StageMoved(OFFER, SIGNED))) == "Offer → Signed (pre-boarding)"
    done = ReminderDone(3, "Welcome message after signing", "welcome")
    assert entry_summary(event(done)) == "Done: Welcome message after signing"
    ranking = (ChannelPreference(Channel.WHATSAPP, "after 18:00"), ChannelPreference(Channel.EMAIL))
    assert entry_summary(event(PreferenceChanged(ranking), "Voorkeur: WhatsApp")) == (
        "Prefers WhatsApp (after 18:00), then Email"
    )
    assert entry_summary(event(PreferenceChanged(()))) == "No preferred channel"
    assert entry_summary(event(ConsentGiven())) == "Consent recorded"


def test_events_in_dutch_with_the_users_own_words_as_typed(dutch: None) -> None:
    assert entry_summary(event(StageMoved(OFFER, SIGNED))) == "Aanbod → Getekend (pre-boarding)"
    # A stage the user renamed is shown by its (current) name, whatever the language.
    renamed = StageRef(6, "signed", "Contract out")
    assert entry_summary(event(StageMoved(OFFER, renamed))) == "Aanbod → Contract out"
    # A stage that is gone: the name it had then, translated when it was a default one.
    gone = StageRef(None, "", "Interviewing")
    assert entry_summary(event(StageMoved(gone, OFFER))) == "Gesprekken → Aanbod"
    done = ReminderDone(3, "Welcome message after signing", "welcome")
    assert entry_summary(event(done)) == "Afgerond: Welkomstbericht na het tekenen"
    typed = ReminderDone(None, "Bel Anna over het contract")
    assert entry_summary(event(typed)) == "Afgerond: Bel Anna over het contract"
    assert entry_summary(event(ConsentGiven())) == "Toestemming vastgelegd"
    words = "Call about Offer → Signed (pre-boarding)"
    assert entry_summary(conversation(words)) == words


def test_an_event_without_facts_shows_its_stored_text(qapp) -> None:  # type: ignore[no-untyped-def]
    """An old event whose facts could not be recovered when it was converted."""
    assert entry_summary(event(None, "moved by hand")) == "moved by hand"
