"""Timelines of a person and of a company, read a page at a time with keyset paging.

A person's page walks ``interaction_person(person_id, occurred_at)``. A company's timeline
merges its own interactions, those of its placements and those of its contacts: each source
is read through its own index, limited to one page, and the union is cut to a page again, so
no source is ever scanned in full. A page is read as plain columns, not ORM objects (building
an entity per row cost three quarters of the time of a first page).

The writes keep the denormalised last contacts right (``last_contact``).

A system event's facts (``event_facts``) are read with the page, and its stages named as they
are now; the text filter also matches the words of the facts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    and_,
    delete,
    exists,
    func,
    or_,
    select,
    union,
)
from sqlalchemy.orm import InstrumentedAttribute, Session

from recruiter_desk.domain.timeline import (
    ContactLog,
    EventFacts,
    StageMoved,
    StageRef,
    TimelineCursor,
    TimelineEntry,
    TimelineFilter,
)
from recruiter_desk.domain.vocabulary import InteractionKind
from recruiter_desk.store import last_contact
from recruiter_desk.store.attachments_repository import names_of_entries
from recruiter_desk.store.board_queries import like_pattern
from recruiter_desk.store.event_facts import decode_facts, event_type_from
from recruiter_desk.store.models import (
    CompanyModel,
    CompanyRoleModel,
    InteractionModel,
    InteractionPersonModel,
    PersonModel,
    PlacementModel,
    StageModel,
    VacancyModel,
)
from recruiter_desk.store.text_match import contains

_Columns = TypeVarTuple("_Columns")
"""The columns of a statement that a filter only adds conditions to."""


class InteractionNotFound(LookupError):
    pass


def _before(
    time_column: InstrumentedAttribute[datetime],
    id_column: InstrumentedAttribute[int],
    cursor: TimelineCursor | None,
) -> ColumnElement[bool]:
    if cursor is None:
        return and_(True)
    return or_(
        time_column < cursor.occurred_at,
        and_(time_column == cursor.occurred_at, id_column < cursor.id),
    )


def _entry_filter(
    statement: Select[*_Columns], timeline_filter: TimelineFilter
) -> Select[*_Columns]:
    statement = statement.where(InteractionModel.deleted_at.is_(None))
    if timeline_filter.channels:
        statement = statement.where(InteractionModel.channel.in_(timeline_filter.channels))
    if timeline_filter.kinds:
        statement = statement.where(InteractionModel.kind.in_(timeline_filter.kinds))
    for word in timeline_filter.text.split():
        pattern = like_pattern(word)
        statement = statement.where(
            or_(
                contains(InteractionModel.summary, pattern),
                contains(InteractionModel.body, pattern),
                _fact_words_like(pattern),
            )
        )
    return statement


def _fact_words_like(pattern: str) -> ColumnElement[bool]:
    """A system event's words are the text values of its facts (stage names, a reminder's
    title; ``event_facts``): one of them matches. A conversation has no facts."""
    fact = func.json_each(InteractionModel.facts).table_valued("value", "type", name="fact")
    return exists(
        select(fact.c.value).where(fact.c.type == "text", contains(fact.c.value, pattern))
    )


def person_timeline(
    session: Session,
    person_id: int,
    timeline_filter: TimelineFilter,
    cursor: TimelineCursor | None,
    limit: int = 50,
) -> list[TimelineEntry]:
    rows = session.execute(
        _entry_filter(
            _entry_columns()
            .select_from(InteractionPersonModel)
            .join(InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id)
            .outerjoin(CompanyModel, CompanyModel.id == InteractionModel.company_id)
            .where(InteractionPersonModel.person_id == person_id)
            .where(
                _before(
                    InteractionPersonModel.occurred_at,
                    InteractionPersonModel.interaction_id,
                    cursor,
                )
            ),
            timeline_filter,
        )
        .order_by(
            InteractionPersonModel.occurred_at.desc(),
            InteractionPersonModel.interaction_id.desc(),
        )
        .limit(limit)
    ).all()
    return _entries(session, rows)


def company_timeline(
    session: Session,
    company_id: int,
    timeline_filter: TimelineFilter,
    cursor: TimelineCursor | None,
    limit: int = 50,
) -> list[TimelineEntry]:
    placements = (
        select(PlacementModel.id)
        .join(VacancyModel, VacancyModel.id == PlacementModel.vacancy_id)
        .where(VacancyModel.company_id == company_id)
    )
    contacts = select(CompanyRoleModel.person_id).where(CompanyRoleModel.company_id == company_id)

    def source(
        statement: Select[*_Columns],
        time_column: InstrumentedAttribute[datetime],
        id_column: InstrumentedAttribute[int],
    ) -> Select[*_Columns]:
        return (
            _entry_filter(statement, timeline_filter)
            .where(_before(time_column, id_column, cursor))
            .order_by(time_column.desc(), id_column.desc())
            .limit(limit)
        )

    own = source(
        select(InteractionModel.id.label("id"), InteractionModel.occurred_at.label("at")).where(
            InteractionModel.company_id == company_id
        ),
        InteractionModel.occurred_at,
        InteractionModel.id,
    )
    of_placements = source(
        select(InteractionModel.id.label("id"), InteractionModel.occurred_at.label("at")).where(
            InteractionModel.placement_id.in_(placements)
        ),
        InteractionModel.occurred_at,
        InteractionModel.id,
    )
    of_contacts = source(
        select(
            InteractionPersonModel.interaction_id.label("id"),
            InteractionPersonModel.occurred_at.label("at"),
        )
        .join(InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id)
        .where(InteractionPersonModel.person_id.in_(contacts)),
        InteractionPersonModel.occurred_at,
        InteractionPersonModel.interaction_id,
    )
    merged = union(
        own.subquery().select(), of_placements.subquery().select(), of_contacts.subquery().select()
    ).subquery()
    rows = session.execute(
        _entry_columns()
        .select_from(merged)
        .join(InteractionModel, InteractionModel.id == merged.c.id)
        .outerjoin(CompanyModel, CompanyModel.id == InteractionModel.company_id)
        .order_by(merged.c.at.desc(), merged.c.id.desc())
        .limit(limit)
    ).all()
    return _entries(session, rows)


def _entry_columns() -> Select[*tuple[Any, ...]]:
    """What a timeline entry shows, in the order ``_entries`` reads it."""
    return select(
        InteractionModel.id,
        InteractionModel.occurred_at,
        InteractionModel.kind,
        InteractionModel.event_type,
        InteractionModel.channel,
        InteractionModel.direction,
        InteractionModel.summary,
        InteractionModel.body,
        CompanyModel.name,
        InteractionModel.placement_id,
        InteractionModel.facts,
    )


def _entries(session: Session, rows: Sequence[Row[*tuple[Any, ...]]]) -> list[TimelineEntry]:
    """The page's rows (``_entry_columns``, in page order) with whom each entry was with, and
    each event's facts with the stages' current names."""
    if not rows:
        return []
    people: dict[int, list[str]] = defaultdict(list)
    for interaction_id, first, last in session.execute(
        select(InteractionPersonModel.interaction_id, PersonModel.first_name, PersonModel.last_name)
        .join(PersonModel, PersonModel.id == InteractionPersonModel.person_id)
        .where(InteractionPersonModel.interaction_id.in_([row[0] for row in rows]))
        .order_by(PersonModel.sort_name)
    ):
        people[interaction_id].append(f"{first} {last}".strip())
    facts = {row[0]: decode_facts(event_type_from(row[3]), row[10]) for row in rows}
    facts = _with_current_stages(session, facts)
    files = names_of_entries(session, [row[0] for row in rows])
    return [
        TimelineEntry(
            id=interaction_id,
            occurred_at=occurred_at,
            kind=kind,
            event_type=event_type_from(event_type),
            channel=channel,
            direction=direction,
            summary=summary,
            body=body,
            people=tuple(people[interaction_id]),
            company_name=company_name or "",
            placement_id=placement_id,
            facts=facts[interaction_id],
            files=tuple(files.get(interaction_id, ())),
        )
        for (
            interaction_id,
            occurred_at,
            kind,
            event_type,
            channel,
            direction,
            summary,
            body,
            company_name,
            placement_id,
            _facts,
        ) in rows
    ]


def _with_current_stages(
    session: Session, facts: dict[int, EventFacts | None]
) -> dict[int, EventFacts | None]:
    """Stage moves name the stages as they are now (a renamed stage shows its new name); a
    stage that is gone keeps the name it had then. One query for the page."""
    moves = {key: value for key, value in facts.items() if isinstance(value, StageMoved)}
    ids = {ref.id for move in moves.values() for ref in (move.from_stage, move.to_stage)}
    ids.discard(None)
    if not ids:
        return facts
    current = {
        stage_id: StageRef(stage_id, key, name)
        for stage_id, key, name in session.execute(
            select(StageModel.id, StageModel.key, StageModel.name).where(StageModel.id.in_(ids))
        )
    }

    def now_named(ref: StageRef) -> StageRef:
        return current.get(ref.id, ref) if ref.id is not None else ref

    return facts | {
        key: StageMoved(now_named(move.from_stage), now_named(move.to_stage))
        for key, move in moves.items()
    }


def count_person_timeline(session: Session, person_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(InteractionPersonModel)
            .join(InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id)
            .where(
                InteractionPersonModel.person_id == person_id, InteractionModel.deleted_at.is_(None)
            )
        )
        or 0
    )


def log_contact(session: Session, log: ContactLog) -> int:
    interaction = InteractionModel(
        occurred_at=log.occurred_at,
        kind=InteractionKind.CONVERSATION,
        channel=log.channel,
        direction=log.direction,
        summary=log.summary.strip(),
        body=log.body.strip(),
        company_id=log.company_id,
        placement_id=log.placement_id,
        participants=[
            InteractionPersonModel(person_id=person_id, occurred_at=log.occurred_at)
            for person_id in dict.fromkeys(log.person_ids)
        ],
    )
    session.add(interaction)
    session.flush()
    last_contact.touch_last_contact(session, log)
    return interaction.id


def edit_contact(session: Session, interaction_id: int, log: ContactLog) -> ContactLog:
    """Replace an entry's content; returns the previous content, for undo. The people it was
    with stay as they are, and their copies of the time follow the new time."""
    model = session.get(InteractionModel, interaction_id)
    if model is None:
        raise InteractionNotFound(interaction_id)
    previous = ContactLog(
        model.occurred_at,
        model.channel,
        model.direction,
        model.summary,
        model.body,
        tuple(p.person_id for p in model.participants),
        model.company_id,
        model.placement_id,
    )
    model.occurred_at = log.occurred_at
    model.channel = log.channel
    model.direction = log.direction
    model.summary = log.summary.strip()
    model.body = log.body.strip()
    for participant in model.participants:
        participant.occurred_at = log.occurred_at
    session.flush()
    last_contact.recompute_last_contact(session, model.company_id, model.placement_id)
    last_contact.recompute_people_last_contact(session, previous.person_ids)
    return previous


def set_interaction_deleted(session: Session, interaction_id: int, when: datetime | None) -> None:
    model = session.get(InteractionModel, interaction_id)
    if model is None:
        raise InteractionNotFound(interaction_id)
    model.deleted_at = when
    session.flush()
    last_contact.recompute_last_contact(session, model.company_id, model.placement_id)
    last_contact.recompute_people_last_contact(session, [p.person_id for p in model.participants])


def delete_interactions(session: Session, which: ColumnElement[bool]) -> None:
    """Remove the interactions ``which`` selects for good (an undo of what wrote them); the
    people of the conversations among them get their last contact recomputed."""
    people = session.scalars(
        select(InteractionPersonModel.person_id)
        .distinct()
        .join(InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id)
        .where(which, InteractionModel.kind == InteractionKind.CONVERSATION)
    ).all()
    session.execute(delete(InteractionModel).where(which))
    last_contact.recompute_people_last_contact(session, people)
