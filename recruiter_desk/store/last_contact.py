"""The denormalised last contacts, kept right by the timeline's writes.

``company.last_contact_at`` and ``placement.last_contact_at`` restart keep-in-touch cadences;
``person.last_contact_at`` is the newest live conversation the person took part in ("placed
and quiet" on the Today view reads it). A new conversation moves them forward; an edit, delete
or undo recomputes them. System events (a stage move) are no contact.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.orm import Session

from recruiter_desk.domain.timeline import ContactLog
from recruiter_desk.domain.vocabulary import InteractionKind
from recruiter_desk.store.models import (
    CompanyModel,
    InteractionModel,
    InteractionPersonModel,
    PersonModel,
    PlacementModel,
)


def touch_last_contact(session: Session, log: ContactLog) -> None:
    """A conversation is the newest contact of everyone it was with (unless a newer one is
    known) and, when it went through a channel, restarts every keep-in-touch cadence it
    concerns."""
    touch_people(session, log.person_ids, log.occurred_at)
    if log.channel is None:
        return
    if log.company_id is not None:
        company = session.get(CompanyModel, log.company_id)
        if company is not None and (
            company.last_contact_at is None or company.last_contact_at < log.occurred_at
        ):
            company.last_contact_at = log.occurred_at
    if log.placement_id is not None:
        placement = session.get(PlacementModel, log.placement_id)
        if placement is not None and (
            placement.last_contact_at is None or placement.last_contact_at < log.occurred_at
        ):
            placement.last_contact_at = log.occurred_at


def _live_conversation() -> ColumnElement[bool]:
    return and_(
        InteractionModel.kind == InteractionKind.CONVERSATION,
        InteractionModel.deleted_at.is_(None),
    )


def recompute_last_contact(
    session: Session, company_id: int | None, placement_id: int | None
) -> None:
    """After a delete, undo or edit: the last contact is the newest remaining conversation."""
    conversations = select(func.max(InteractionModel.occurred_at)).where(_live_conversation())
    if company_id is not None:
        company = session.get(CompanyModel, company_id)
        if company is not None:
            company.last_contact_at = session.scalar(
                conversations.where(InteractionModel.company_id == company_id)
            )
    if placement_id is not None:
        placement = session.get(PlacementModel, placement_id)
        if placement is not None:
            placement.last_contact_at = session.scalar(
                conversations.where(InteractionModel.placement_id == placement_id)
            )


def touch_people(session: Session, person_ids: Iterable[int], at: datetime) -> None:
    """A new conversation at ``at`` with these people: their last contact moves forward to it,
    never back."""
    _set_people_last_contact(
        session,
        person_ids,
        at,
        or_(PersonModel.last_contact_at.is_(None), PersonModel.last_contact_at < at),
    )


def recompute_people_last_contact(session: Session, person_ids: Iterable[int]) -> None:
    """After a delete, undo or edit: each person's newest remaining conversation, found by
    walking their ``ix_interaction_person_timeline`` entries newest first."""
    newest = (
        select(InteractionPersonModel.occurred_at)
        .join(InteractionModel, InteractionModel.id == InteractionPersonModel.interaction_id)
        .where(InteractionPersonModel.person_id == PersonModel.id, _live_conversation())
        .order_by(InteractionPersonModel.occurred_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    _set_people_last_contact(session, person_ids, newest)


def _set_people_last_contact(
    session: Session,
    person_ids: Iterable[int],
    value: datetime | ColumnElement[datetime],
    *conditions: ColumnElement[bool],
) -> None:
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        return
    session.execute(
        update(PersonModel)
        .where(PersonModel.id.in_(ids), *conditions)
        # A contact is no edit of the person: updated_at (the People list's "recently
        # updated") keeps its value instead of taking its onupdate default.
        .values(last_contact_at=value, updated_at=PersonModel.updated_at)
    )
