"""The app's own timeline events speak the interface's language; what the user typed does not
change with it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from recruiter_desk.domain.timeline import TimelineEntry
from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind
from recruiter_desk.ui.timeline.timeline_labels import entry_summary


def entry(summary: str, event_type: str = "", kind=InteractionKind.SYSTEM_EVENT) -> TimelineEntry:  # type: ignore[no-untyped-def]
    return TimelineEntry(
        1,
        datetime(2026, 11, 25, 9, 0, tzinfo=UTC),
        kind,
        event_type,
        Channel.PHONE if kind is InteractionKind.CONVERSATION else None,
        Direction.NONE,
        summary,
        "",
        ("Anna",),
        "",
        None,
    )


@pytest.fixture
def dutch(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from recruiter_desk.app.ui_setup import install_translators

    try:
        install_translators(qapp, "nl")
        yield
    finally:
        for translator in qapp.translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")


def test_english_events_read_as_stored(qapp) -> None:  # type: ignore[no-untyped-def]
    moved = entry("Offer → Signed (pre-boarding)", "stage_moved")
    assert entry_summary(moved) == "Offer → Signed (pre-boarding)"
    done = entry("Welcome message after signing", "reminder_done")
    assert entry_summary(done) == "Done: Welcome message after signing"


def test_default_stage_names_and_journey_titles_are_translated(dutch: None) -> None:
    moved = entry("Offer → Signed (pre-boarding)", "stage_moved")
    assert entry_summary(moved) == "Aanbod → Getekend (pre-boarding)"
    renamed = entry("Offer → Contract out", "stage_moved")  # the user's own stage name
    assert entry_summary(renamed) == "Aanbod → Contract out"
    done = entry("Welcome message after signing", "reminder_done")
    assert entry_summary(done) == "Afgerond: Welkomstbericht na het tekenen"
    typed = entry("Call about Offer → Signed (pre-boarding)", kind=InteractionKind.CONVERSATION)
    assert entry_summary(typed) == "Call about Offer → Signed (pre-boarding)"
