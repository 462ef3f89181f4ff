"""Timelines on a real SQLite file: paging, merging, filters, logging and undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select, update

from recruiter_desk.domain.channel_preferences import ChannelPreference
from recruiter_desk.domain.reminder_time import MORNING, WallClock
from recruiter_desk.domain.reminders import ReminderDraft
from recruiter_desk.domain.timeline import (
    ContactLog,
    PreferenceChanged,
    ReminderDone,
    StageMoved,
    StageRef,
    TimelineCursor,
    TimelineEvent,
    TimelineFilter,
)
from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind
from recruiter_desk.services.channel_preferences_service import ChannelPreferencesService
from recruiter_desk.services.pipeline_service import PipelineService
from recruiter_desk.services.reminders_service import RemindersService
from recruiter_desk.services.timeline_service import TimelineService
from recruiter_desk.store.database import Database
from recruiter_desk.store.models import (
    CompanyModel,
    CompanyRoleModel,
    InteractionModel,
    InteractionPersonModel,
    PersonModel,
    PlacementModel,
)

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def timeline(database: Database) -> TimelineService:
    return TimelineService(database, lambda: NOW)


def person(database: Database, first: str) -> int:
    with database.write() as session:
        model = PersonModel(first_name=first, last_name="Test", sort_name=f"test {first}".lower())
        session.add(model)
        session.flush()
        return model.id


def log(
    timeline: TimelineService, person_ids, summary, hours_ago, channel=Channel.PHONE, **kw
) -> int:  # type: ignore[no-untyped-def]
    interaction_id, _ = timeline.log(
        ContactLog(
            NOW - timedelta(hours=hours_ago),
            channel,
            Direction.OUTBOUND,
            summary,
            person_ids=tuple(person_ids),
            **kw,
        )
    )
    return interaction_id


def summaries(entries) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.summary for e in entries]


def test_person_timeline_is_newest_first_with_whom_it_was_with(timeline, database) -> None:
    anna, bram = person(database, "Anna"), person(database, "Bram")
    log(timeline, [anna], "First call", 48)
    log(timeline, [anna, bram], "Lunch together", 24, channel=Channel.IN_PERSON)
    log(timeline, [bram], "Only Bram", 12)
    entries = timeline.person_page(anna, TimelineFilter())
    assert summaries(entries) == ["Lunch together", "First call"]
    assert entries[0].people == ("Anna Test", "Bram Test")


def test_ten_thousand_entries_page_through_in_order(timeline, database) -> None:
    anna = person(database, "Anna")
    with database.write() as session:
        rows = [
            {
                "occurred_at": NOW - timedelta(minutes=i),
                "kind": InteractionKind.CONVERSATION,
                "event_type": "",
                "channel": Channel.EMAIL,
                "direction": Direction.INBOUND,
                "summary": f"mail {i}",
                "body": "",
                "created_at": NOW,
            }
            for i in range(10_000)
        ]
        session.execute(insert(InteractionModel), rows)
        ids = session.scalars(select(InteractionModel.id).order_by(InteractionModel.id)).all()
        session.execute(
            insert(InteractionPersonModel),
            [
                {"interaction_id": i, "person_id": anna, "occurred_at": NOW - timedelta(minutes=n)}
                for n, i in enumerate(ids)
            ],
        )
    seen: list[str] = []
    cursor = None
    while True:
        page = timeline.person_page(anna, TimelineFilter(), cursor, 500)
        if not page:
            break
        seen.extend(summaries(page))
        cursor = TimelineCursor(page[-1].occurred_at, page[-1].id)
    assert len(seen) == 10_000
    assert seen[:3] == ["mail 0", "mail 1", "mail 2"] and seen[-1] == "mail 9999"


def test_equal_times_do_not_lose_entries_between_pages(timeline, database) -> None:
    anna = person(database, "Anna")
    for i in range(7):
        log(timeline, [anna], f"same moment {i}", 1)
    first = timeline.person_page(anna, TimelineFilter(), None, 3)
    rest = timeline.person_page(
        anna, TimelineFilter(), TimelineCursor(first[-1].occurred_at, first[-1].id), 10
    )
    assert sorted(summaries(first + rest)) == [f"same moment {i}" for i in range(7)]


def test_filters_by_channel_kind_and_text(timeline, database) -> None:
    anna = person(database, "Anna")
    log(timeline, [anna], "Called about the offer", 3, channel=Channel.PHONE)
    log(timeline, [anna], "WhatsApp: start date confirmed", 2, channel=Channel.WHATSAPP)
    with database.write() as session:
        session.add(
            InteractionModel(
                occurred_at=NOW,
                kind=InteractionKind.SYSTEM_EVENT,
                event_type="stage_moved",
                summary="Offer → Signed",
                participants=[InteractionPersonModel(person_id=anna, occurred_at=NOW)],
            )
        )
    assert summaries(
        timeline.person_page(anna, TimelineFilter(channels=frozenset({Channel.WHATSAPP})))
    ) == ["WhatsApp: start date confirmed"]
    assert summaries(
        timeline.person_page(anna, TimelineFilter(kinds=frozenset({InteractionKind.SYSTEM_EVENT})))
    ) == ["Offer → Signed"]
    assert summaries(timeline.person_page(anna, TimelineFilter(text="offer"))) == [
        "Offer → Signed",
        "Called about the offer",
    ]


def test_company_timeline_merges_own_contacts_and_placements(
    timeline, database, make_placements
) -> None:
    [placement_id] = make_placements([("Cas", "Acme", "lead", 1)], NOW)
    hr = person(database, "Hanna")
    outsider = person(database, "Olaf")
    with database.write() as session:
        placement = session.get(PlacementModel, placement_id)
        company_id = session.scalar(select(CompanyModel.id).where(CompanyModel.name == "Acme"))
        session.add(CompanyRoleModel(person_id=hr, company_id=company_id, title="HR"))
        candidate = placement.person_id
    log(timeline, [hr], "Evaluation talk with HR", 30)
    log(timeline, [], "Visit with cake", 20, channel=Channel.IN_PERSON, company_id=company_id)
    log(timeline, [candidate], "Candidate call about Acme", 10, placement_id=placement_id)
    log(timeline, [outsider], "Unrelated", 5)
    entries = timeline.company_page(company_id, TimelineFilter())
    assert summaries(entries) == [
        "Candidate call about Acme",
        "Visit with cake",
        "Evaluation talk with HR",
    ]
    assert entries[0].people == ("Cas Test",)
    second = timeline.company_page(
        company_id, TimelineFilter(), TimelineCursor(entries[0].occurred_at, entries[0].id), 1
    )
    assert summaries(second) == ["Visit with cake"]


def test_logging_restarts_keep_in_touch_and_edit_delete_undo(timeline, database) -> None:
    anna = person(database, "Anna")
    with database.write() as session:
        company = CompanyModel(name="Acme", sort_name="acme")
        session.add(company)
        session.flush()
        company_id = company.id
    interaction_id = log(timeline, [anna], "Call", 1, company_id=company_id)
    with database.read() as session:
        assert session.get(CompanyModel, company_id).last_contact_at == NOW - timedelta(hours=1)
    previous, changes = timeline.edit(
        interaction_id,
        ContactLog(NOW, Channel.WHATSAPP, Direction.INBOUND, "Reply on WhatsApp", "details"),
    )
    assert changes.timelines and changes.people == {anna}
    [entry] = timeline.person_page(anna, TimelineFilter())
    assert (entry.summary, entry.channel, entry.occurred_at) == (
        "Reply on WhatsApp",
        Channel.WHATSAPP,
        NOW,
    )
    timeline.edit(interaction_id, previous)
    assert summaries(timeline.person_page(anna, TimelineFilter())) == ["Call"]
    timeline.delete(interaction_id, previous)
    assert timeline.person_page(anna, TimelineFilter()) == []
    timeline.restore(interaction_id, previous)
    assert summaries(timeline.person_page(anna, TimelineFilter())) == ["Call"]


def last_contacts(database: Database, *person_ids: int) -> list[datetime | None]:
    with database.read() as session:
        return [session.get(PersonModel, person_id).last_contact_at for person_id in person_ids]


def test_a_persons_last_contact_follows_their_newest_live_conversation(
    timeline, database, make_placements
) -> None:
    [placement_id] = make_placements([("Anna", "Acme", "lead", 1)], NOW)
    with database.read() as session:
        anna = session.get(PlacementModel, placement_id).person_id
    bram = person(database, "Bram")
    with database.read() as session:
        updated = [session.get(PersonModel, p).updated_at for p in (anna, bram)]
    assert last_contacts(database, anna, bram) == [None, None]

    first = log(timeline, [anna], "First call", 48)
    lunch = log(timeline, [anna, bram], "Lunch", 24, channel=Channel.IN_PERSON)
    log(timeline, [anna], "An older call, logged late", 72)
    assert last_contacts(database, anna, bram) == [NOW - timedelta(hours=24)] * 2

    pipeline = PipelineService(database, lambda: NOW)
    contacted = {s.key: s.id for s in pipeline.stages()}["contacted"]
    pipeline.move(placement_id, contacted)  # a system event at NOW: no contact
    assert last_contacts(database, anna, bram) == [NOW - timedelta(hours=24)] * 2

    previous, _ = timeline.edit(
        lunch, ContactLog(NOW - timedelta(hours=60), Channel.IN_PERSON, Direction.NONE, "Lunch")
    )
    assert last_contacts(database, anna, bram) == [
        NOW - timedelta(hours=48),
        NOW - timedelta(hours=60),
    ]
    timeline.edit(lunch, previous)  # the edit's undo
    assert last_contacts(database, anna, bram) == [NOW - timedelta(hours=24)] * 2

    timeline.delete(lunch, previous)
    assert last_contacts(database, anna, bram) == [NOW - timedelta(hours=48), None]
    timeline.delete(first, previous)
    assert last_contacts(database, anna, bram) == [NOW - timedelta(hours=72), None]
    timeline.restore(lunch, previous)  # the delete's undo
    assert last_contacts(database, anna, bram) == [NOW - timedelta(hours=24)] * 2

    with database.read() as session:  # derived, not an edit of the person
        assert [session.get(PersonModel, p).updated_at for p in (anna, bram)] == updated


def test_a_contact_needs_a_summary(timeline, database) -> None:
    anna = person(database, "Anna")
    with pytest.raises(ValueError, match="summary"):
        timeline.log(ContactLog(NOW, Channel.PHONE, Direction.OUTBOUND, "  ", person_ids=(anna,)))


def test_events_carry_their_facts_with_the_stages_current_names(
    timeline, database, make_placements
) -> None:
    """The pipeline, a reminder and a preference change write facts; a page hands them to the
    view with each stage as it is named now, and a stage that is gone as it was named then."""
    [placement_id] = make_placements([("Anna", "Acme", "interviewing", 3)], NOW)
    with database.read() as session:
        anna = session.get(PlacementModel, placement_id).person_id
    pipeline = PipelineService(database, lambda: NOW)
    stages = {s.key: s for s in pipeline.stages()}
    pipeline.move(placement_id, stages["offer"].id)
    reminders = RemindersService(database, lambda: NOW, lambda: UTC)
    reminder_id, _ = reminders.create(
        ReminderDraft(
            "Ask Anna about the notice period",
            WallClock.at(NOW.date(), MORNING, UTC),
            person_id=anna,
        )
    )
    reminders.done(reminder_id)
    preferences = ChannelPreferencesService(database, lambda: NOW + timedelta(minutes=1))
    preferences.change(anna, (ChannelPreference(Channel.WHATSAPP, " after 18:00 "),), "Prefers…")

    renamed = replace(stages["offer"], name="Offer out")
    pipeline.save_stages([renamed if s.key == "offer" else s for s in stages.values()])
    entries = {e.event_type: e for e in timeline.person_page(anna, TimelineFilter())}
    assert entries[TimelineEvent.STAGE_MOVED].facts == StageMoved(
        StageRef(stages["interviewing"].id, "interviewing", "Interviewing"),
        StageRef(stages["offer"].id, "offer", "Offer out"),
    )
    assert entries[TimelineEvent.REMINDER_DONE].facts == ReminderDone(
        reminder_id, "Ask Anna about the notice period"
    )
    assert entries[TimelineEvent.PREFERENCE_CHANGED].facts == PreferenceChanged(
        (ChannelPreference(Channel.WHATSAPP, "after 18:00"),)
    )
    assert entries[TimelineEvent.PREFERENCE_CHANGED].summary == "Prefers…"

    with database.write() as session:  # a stage gone (the app never deletes one; a tool might)
        session.execute(
            update(InteractionModel)
            .where(InteractionModel.event_type == "stage_moved")
            .values(
                facts=func.replace(
                    InteractionModel.facts,
                    f'"to_stage_id":{stages["offer"].id}',
                    '"to_stage_id":999',
                )
            )
        )
    [moved] = [
        e for e in timeline.person_page(anna, TimelineFilter()) if e.event_type == "stage_moved"
    ]
    assert isinstance(moved.facts, StageMoved)
    assert moved.facts.to_stage == StageRef(999, "offer", "Offer")  # as it was named then


def test_the_text_filter_finds_an_event_by_its_facts_words(
    timeline, database, make_placements
) -> None:
    [placement_id] = make_placements([("Anna", "Acme", "interviewing", 3)], NOW)
    with database.read() as session:
        anna = session.get(PlacementModel, placement_id).person_id
    pipeline = PipelineService(database, lambda: NOW)
    offer = {s.key: s.id for s in pipeline.stages()}["offer"]
    pipeline.move(placement_id, offer)
    log(timeline, [anna], "Called about the notice period", 1)

    def found(text: str) -> list[TimelineEvent | None]:
        return [e.event_type for e in timeline.person_page(anna, TimelineFilter(text=text))]

    assert found("offer") == [TimelineEvent.STAGE_MOVED]  # a stage's name
    assert found("notice") == [None]  # a conversation's summary
    assert found("to_stage") == []  # the facts' keys are not words
    assert found(f":{offer},") == found(str(offer)) == []  # nor are their ids
