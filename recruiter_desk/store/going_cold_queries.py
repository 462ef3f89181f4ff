"""Going cold: clients past their keep-in-touch interval, candidates quiet in pre-boarding,
placed candidates not talked to for months (the Today view's warnings)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, case, func, select, union_all
from sqlalchemy.orm import Session, aliased

from recruiter_desk.domain.keep_in_touch import KeepInTouchLevel, keep_in_touch
from recruiter_desk.domain.placement_dates import add_months
from recruiter_desk.domain.reminders import ColdCompany, QuietCandidate
from recruiter_desk.domain.vocabulary import Channel, PersonStatus
from recruiter_desk.store.column_types import UtcDateTime
from recruiter_desk.store.models import (
    ChannelPreferenceModel,
    CompanyModel,
    PersonModel,
    PlacementModel,
    StageModel,
    VacancyModel,
)
from recruiter_desk.store.reminder_lists import person_name
from recruiter_desk.store.stored_time import parse_moment

SIGNED_STAGE_KEYS = ("signed",)
PLACED_STAGE_KEYS = ("started", "retained", "placed")


def _moment(value: datetime) -> ColumnElement[datetime]:
    return bindparam(None, value, type_=UtcDateTime())


def keep_in_touch_terms(
    session: Session, company_id: int
) -> tuple[datetime, int | None, int | None]:
    """Quiet since (the last contact, or when the company was added), ideal and maximum."""
    row = session.execute(
        select(
            CompanyModel.last_contact_at,
            CompanyModel.created_at,
            CompanyModel.keep_in_touch_ideal_days,
            CompanyModel.keep_in_touch_max_days,
        ).where(CompanyModel.id == company_id)
    ).one_or_none()
    if row is None:
        raise LookupError(f"no company {company_id}")
    last_contact, created, ideal, most = row
    return last_contact or created, ideal, most


def cold_companies(session: Session, now: datetime, limit: int) -> list[ColdCompany]:
    """Companies past their keep-in-touch interval, red (past the maximum) before amber (past
    the ideal), the longest overdue first. Quiet since the last logged contact, or since the
    company was added when there was none. No index can order by the per-company interval,
    so every live company is compared, from ``ix_company_live_keep_in_touch`` alone; only the
    cold ones' rows are read (20,000 companies: 3 ms instead of 25 ms from the rows)."""
    quiet_since = func.coalesce(CompanyModel.last_contact_at, CompanyModel.created_at)
    ideal = func.coalesce(
        CompanyModel.keep_in_touch_ideal_days, CompanyModel.keep_in_touch_max_days
    )
    most = func.coalesce(CompanyModel.keep_in_touch_max_days, CompanyModel.keep_in_touch_ideal_days)
    days_quiet = func.julianday(_moment(now)) - func.julianday(quiet_since)
    rows = session.execute(
        select(
            CompanyModel.id,
            CompanyModel.name,
            CompanyModel.last_contact_at,
            CompanyModel.created_at,
            CompanyModel.keep_in_touch_ideal_days,
            CompanyModel.keep_in_touch_max_days,
        )
        .where(CompanyModel.deleted_at.is_(None), ideal.is_not(None), days_quiet > ideal)
        .order_by(
            case((days_quiet > most, 0), else_=1), (days_quiet - ideal).desc(), CompanyModel.id
        )
        .limit(limit)
    ).all()
    found = []
    for company_id, name, last_contact, created, ideal_days, max_days in rows:
        since = last_contact or created
        state = keep_in_touch(since, ideal_days, max_days, now)
        if state is None or state.level is KeepInTouchLevel.OK:
            continue
        found.append(
            ColdCompany(
                company_id, name, state.level, since, state.days_quiet, ideal_days, max_days
            )
        )
    return found


def _preferred_channel_column() -> ColumnElement[Channel]:
    return (
        select(ChannelPreferenceModel.channel)
        .where(
            ChannelPreferenceModel.person_id == PersonModel.id,
            ChannelPreferenceModel.superseded_at.is_(None),
        )
        .order_by(ChannelPreferenceModel.rank, ChannelPreferenceModel.id)
        .limit(1)
        .scalar_subquery()
    )


def _quiet_candidates(
    session: Session,
    statement: Select[*tuple[Any, ...]],
    now: datetime,
) -> list[QuietCandidate]:
    found = []
    for row in session.execute(statement):
        (placement_id, person_id, first, last, company_id, company, title, since, channel) = row
        # An untyped SQL expression (max, coalesce): the stored text, not a datetime.
        since = parse_moment(since)
        found.append(
            QuietCandidate(
                person_id=person_id,
                person_name=person_name(first, last),
                placement_id=placement_id,
                company_id=company_id,
                company_name=company,
                vacancy_title=title,
                quiet_since=since,
                days_quiet=max((now - since).days, 0),
                preferred_channel=channel,
            )
        )
    return found


def _candidate_columns(quiet_since: ColumnElement[datetime]) -> Select[*tuple[Any, ...]]:
    return (
        select(
            PlacementModel.id.label("placement_id"),
            PersonModel.id,
            PersonModel.first_name,
            PersonModel.last_name,
            CompanyModel.id,
            CompanyModel.name,
            VacancyModel.title,
            quiet_since.label("quiet_since"),
            _preferred_channel_column(),
        )
        .select_from(PlacementModel)
        .join(PersonModel, PersonModel.id == PlacementModel.person_id)
        .join(VacancyModel, VacancyModel.id == PlacementModel.vacancy_id)
        .join(CompanyModel, CompanyModel.id == VacancyModel.company_id)
        .where(
            PersonModel.deleted_at.is_(None),
            PersonModel.status != PersonStatus.DO_NOT_CONTACT,
        )
    )


def _stage_ids(session: Session, keys: tuple[str, ...]) -> list[int]:
    """Looked up first, so that the planner sees constants and walks the board index."""
    return list(session.scalars(select(StageModel.id).where(StageModel.key.in_(keys))))


def silent_in_preboarding(
    session: Session, now: datetime, days: int, limit: int
) -> list[QuietCandidate]:
    """Candidates in Signed without contact for more than ``days``: quiet since the last
    contact about the placement or the signature, whichever is later (as the board's
    badge)."""
    quiet_since = func.max(
        func.coalesce(PlacementModel.last_contact_at, PlacementModel.stage_entered_at),
        PlacementModel.stage_entered_at,
    )
    statement = (
        _candidate_columns(quiet_since)
        .where(
            PlacementModel.stage_id.in_(_stage_ids(session, SIGNED_STAGE_KEYS)),
            quiet_since < _moment(now - timedelta(days=days)),
        )
        .order_by(quiet_since, PlacementModel.id)
        .limit(limit)
    )
    return _quiet_candidates(session, statement, now)


def quiet_after_placement(
    session: Session, now: datetime, months: int, limit: int
) -> list[QuietCandidate]:
    """Placed candidates (Started, Retained, Placed for good) without a logged conversation
    for more than ``months`` calendar months; one row per person, for their latest
    placement. Quiet since the last conversation (``person.last_contact_at``; moving the card
    is not contact), or since the placement reached its stage when there never was one.

    Driven from the people, not the placements (which grow for ten years): the ones talked
    to walk ``ix_person_live_last_contact`` oldest contact first and stop at the limit; the
    ones never talked to are that index's NULL entries. Each person's latest placed
    placement is one lookup in ``ix_placement_person_id``."""
    cutoff = _moment(datetime.combine(add_months(now.date(), -months), now.timetz()))
    placed_stages = _stage_ids(session, PLACED_STAGE_KEYS)
    placed = aliased(PlacementModel)
    latest_placed = (
        select(func.max(placed.id))
        .where(placed.person_id == PersonModel.id, placed.stage_id.in_(placed_stages))
        .scalar_subquery()
    )
    quiet_since = func.coalesce(PersonModel.last_contact_at, PlacementModel.stage_entered_at)
    candidates = _candidate_columns(quiet_since).where(PlacementModel.id == latest_placed)
    talked_to = (
        candidates.where(PersonModel.last_contact_at < cutoff)
        .order_by(PersonModel.last_contact_at, PlacementModel.id)
        .limit(limit)
    )
    never_talked_to = (
        candidates.where(
            PersonModel.last_contact_at.is_(None), PlacementModel.stage_entered_at < cutoff
        )
        .order_by(PlacementModel.stage_entered_at, PlacementModel.id)
        .limit(limit)
    )
    both = union_all(talked_to.subquery().select(), never_talked_to.subquery().select())
    found = both.subquery()
    statement = select(found).order_by(found.c.quiet_since, found.c.placement_id).limit(limit)
    return _quiet_candidates(session, statement, now)
