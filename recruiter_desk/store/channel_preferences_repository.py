"""Channel preferences with history: a change closes the current rows and adds new ones."""

from __future__ import annotations

from datetime import datetime
from itertools import groupby

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from recruiter_desk.domain.channel_preferences import ChannelPreference, PreferenceSnapshot
from recruiter_desk.domain.timeline import PreferenceChanged, TimelineEvent
from recruiter_desk.domain.vocabulary import InteractionKind
from recruiter_desk.store.event_facts import encode_facts
from recruiter_desk.store.models import (
    ChannelPreferenceModel,
    InteractionModel,
    InteractionPersonModel,
)


def current_preferences(session: Session, person_id: int) -> tuple[ChannelPreference, ...]:
    rows = session.scalars(
        select(ChannelPreferenceModel)
        .where(
            ChannelPreferenceModel.person_id == person_id,
            ChannelPreferenceModel.superseded_at.is_(None),
        )
        .order_by(ChannelPreferenceModel.rank)
    ).all()
    return tuple(ChannelPreference(r.channel, r.note, r.learned_on) for r in rows)


def preference_history(session: Session, person_id: int) -> list[PreferenceSnapshot]:
    """Every ranking the person had, newest first."""
    rows = session.scalars(
        select(ChannelPreferenceModel)
        .where(ChannelPreferenceModel.person_id == person_id)
        .order_by(ChannelPreferenceModel.recorded_at.desc(), ChannelPreferenceModel.rank)
    ).all()
    snapshots = []
    for (recorded_at, superseded_at), group in groupby(
        rows, key=lambda r: (r.recorded_at, r.superseded_at)
    ):
        items = tuple(ChannelPreference(r.channel, r.note, r.learned_on) for r in group)
        snapshots.append(PreferenceSnapshot(items, recorded_at, superseded_at))
    return snapshots


def replace_preferences(
    session: Session,
    person_id: int,
    preferences: tuple[ChannelPreference, ...],
    now: datetime,
    summary: str,
) -> tuple[list[int], list[int], int]:
    """Close the current ranking, record the new one and put the change on the timeline: the
    new ranking as its facts, and ``summary`` (the sentence the user saw, in their language)
    kept as its searchable words.

    Returns (ids closed, ids added, event id), which is what undo needs.
    """
    closed = list(
        session.scalars(
            select(ChannelPreferenceModel.id).where(
                ChannelPreferenceModel.person_id == person_id,
                ChannelPreferenceModel.superseded_at.is_(None),
            )
        )
    )
    if closed:
        session.execute(
            update(ChannelPreferenceModel)
            .where(ChannelPreferenceModel.id.in_(closed))
            .values(superseded_at=now)
        )
    added = []
    for rank, preference in enumerate(preferences):
        row = ChannelPreferenceModel(
            person_id=person_id,
            rank=rank,
            channel=preference.channel,
            note=preference.note.strip(),
            learned_on=preference.learned_on,
            recorded_at=now,
        )
        session.add(row)
        session.flush()
        added.append(row.id)
    ranking = tuple(ChannelPreference(p.channel, p.note.strip()) for p in preferences)
    event = InteractionModel(
        occurred_at=now,
        kind=InteractionKind.SYSTEM_EVENT,
        event_type=TimelineEvent.PREFERENCE_CHANGED,
        summary=summary,
        facts=encode_facts(PreferenceChanged(ranking)),
        participants=[InteractionPersonModel(person_id=person_id, occurred_at=now)],
    )
    session.add(event)
    session.flush()
    return closed, added, event.id


def revert_replace(session: Session, closed: list[int], added: list[int], event_id: int) -> None:
    session.execute(delete(ChannelPreferenceModel).where(ChannelPreferenceModel.id.in_(added)))
    if closed:
        session.execute(
            update(ChannelPreferenceModel)
            .where(ChannelPreferenceModel.id.in_(closed))
            .values(superseded_at=None)
        )
    session.execute(delete(InteractionModel).where(InteractionModel.id == event_id))
