"""The board's queries and moves. Only the asked column's rows are read, a page at a time.

The board's reads (stages, counts, cards, filter choices) are plain SQL text in
``board_queries``, shared with the start-up reader that runs before SQLAlchemy is loaded."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from recruiter_desk.domain.pipeline import (
    ClosingFacts,
    MoveReceipt,
    PlacementDetail,
    PlacementEdit,
    SignedFacts,
    Stage,
    StageSpan,
)
from recruiter_desk.domain.timeline import StageMoved, StageRef, TimelineEvent
from recruiter_desk.domain.vocabulary import (
    Direction,
    InteractionKind,
    StageKind,
)
from recruiter_desk.store import (
    board_queries,
    journeys_repository,
    last_contact,
    timeline_repository,
)
from recruiter_desk.store.board_queries import like_pattern
from recruiter_desk.store.event_facts import encode_facts
from recruiter_desk.store.models import (
    CompanyModel,
    InteractionModel,
    InteractionPersonModel,
    PersonModel,
    PlacementModel,
    StageChangeModel,
    StageModel,
    VacancyModel,
)
from recruiter_desk.store.text_match import contains

POSITION_STEP = 1024.0


class PlacementNotFound(LookupError):
    pass


def board_query(session: Session) -> board_queries.Query:
    """The board's SQL text (``board_queries``) on the session's connection."""
    connection = session.connection()
    return lambda sql, parameters: connection.exec_driver_sql(sql, dict(parameters))


def list_stages(session: Session) -> list[Stage]:
    return board_queries.list_stages(board_query(session))


def _stage(session: Session, stage_id: int) -> StageModel:
    stage = session.get(StageModel, stage_id)
    if stage is None:
        raise LookupError(f"no stage {stage_id}")
    return stage


def _position_before(
    session: Session, stage_id: int, before_id: int | None, moving_id: int
) -> float:
    """A position that puts the card just before ``before_id`` (or at the end): the midpoint of
    its neighbours, so a move rewrites one row only."""
    positions = select(PlacementModel.board_position).where(
        PlacementModel.stage_id == stage_id, PlacementModel.id != moving_id
    )
    if before_id is None or before_id == moving_id:
        last = session.scalar(positions.order_by(PlacementModel.board_position.desc()).limit(1))
        return (last or 0.0) + POSITION_STEP
    anchor = session.get(PlacementModel, before_id)
    if anchor is None or anchor.stage_id != stage_id:
        return _position_before(session, stage_id, None, moving_id)
    previous = session.scalar(
        positions.where(
            or_(
                PlacementModel.board_position < anchor.board_position,
                and_(
                    PlacementModel.board_position == anchor.board_position,
                    PlacementModel.id < anchor.id,
                ),
            )
        )
        .order_by(PlacementModel.board_position.desc(), PlacementModel.id.desc())
        .limit(1)
    )
    low = previous if previous is not None else anchor.board_position - POSITION_STEP
    return (low + anchor.board_position) / 2


def _event(
    session: Session,
    placement: PlacementModel,
    company_id: int,
    now: datetime,
    event_type: TimelineEvent,
    summary: str,
    body: str = "",
    kind: InteractionKind = InteractionKind.SYSTEM_EVENT,
    direction: Direction = Direction.NONE,
    facts: str | None = None,
) -> int:
    event = InteractionModel(
        occurred_at=now,
        kind=kind,
        event_type=event_type,
        channel=None,
        direction=direction,
        summary=summary,
        body=body,
        facts=facts,
        company_id=company_id,
        placement_id=placement.id,
        participants=[InteractionPersonModel(person_id=placement.person_id, occurred_at=now)],
    )
    session.add(event)
    session.flush()
    if kind is InteractionKind.CONVERSATION:
        last_contact.touch_people(session, [placement.person_id], now)
    return event.id


def _stage_ref(stage: StageModel) -> StageRef:
    """The stage as the event keeps it: its id, and its key and name of this moment (shown if
    the stage is ever gone)."""
    return StageRef(stage.id, stage.key, stage.name)


def move_placement(
    session: Session,
    placement_id: int,
    to_stage_id: int,
    before_id: int | None,
    now: datetime,
    signed: SignedFacts | None = None,
    closing: ClosingFacts | None = None,
) -> MoveReceipt:
    placement = session.get(PlacementModel, placement_id)
    if placement is None:
        raise PlacementNotFound(placement_id)
    from_stage = _stage(session, placement.stage_id)
    to_stage = _stage(session, to_stage_id)
    company_id = session.scalar(
        select(VacancyModel.company_id).where(VacancyModel.id == placement.vacancy_id)
    )
    assert company_id is not None
    # What the card was, taken before it changes; what the move writes is added at the end.
    before = MoveReceipt(
        placement_id=placement_id,
        from_stage_id=placement.stage_id,
        from_position=placement.board_position,
        from_entered_at=placement.stage_entered_at,
        from_signed=SignedFacts(
            placement.signed_on,
            placement.start_on,
            placement.probation_end_on,
            placement.guarantee_end_on,
        ),
        from_close_reason=placement.close_reason,
        from_feedback_given=placement.feedback_given,
        from_closed_at=placement.closed_at,
        to_stage_id=to_stage_id,
        stage_change_id=None,
        event_ids=(),
    )
    placement.board_position = _position_before(session, to_stage_id, before_id, placement_id)
    stage_change_id = None
    event_ids: list[int] = []
    if to_stage_id != from_stage.id:
        placement.stage_id = to_stage_id
        placement.stage_entered_at = now
        if signed is not None:
            placement.signed_on = signed.signed_on
            placement.start_on = signed.start_on
            placement.probation_end_on = signed.probation_end_on
            placement.guarantee_end_on = signed.guarantee_end_on
        if to_stage.kind is StageKind.CLOSED:
            placement.closed_at = now
            if closing is not None:
                placement.close_reason = closing.reason
                placement.feedback_given = closing.feedback_given
        else:
            placement.closed_at = None
        change = StageChangeModel(
            placement_id=placement_id,
            from_stage_id=from_stage.id,
            to_stage_id=to_stage_id,
            changed_at=now,
            note=closing.reason if closing else "",
        )
        session.add(change)
        session.flush()
        stage_change_id = change.id
        event_ids.append(
            _event(
                session,
                placement,
                company_id,
                now,
                TimelineEvent.STAGE_MOVED,
                "",
                closing.reason if closing else "",
                facts=encode_facts(StageMoved(_stage_ref(from_stage), _stage_ref(to_stage))),
            )
        )
        if closing is not None and closing.feedback_given and closing.feedback.strip():
            event_ids.append(
                _event(
                    session,
                    placement,
                    company_id,
                    now,
                    TimelineEvent.FEEDBACK_GIVEN,
                    closing.feedback.strip().splitlines()[0][:200],
                    closing.feedback.strip(),
                    kind=InteractionKind.CONVERSATION,
                    direction=Direction.OUTBOUND,
                )
            )
    placement.updated_at = now
    return replace(before, stage_change_id=stage_change_id, event_ids=tuple(event_ids))


def revert_move(session: Session, receipt: MoveReceipt) -> None:
    """Put the card back as it was and remove what the move wrote: as if it never happened.
    That includes the journey: touchpoints the move created are deleted, the ones it cancelled
    are open again and the ones it moved are back at their time."""
    placement = session.get(PlacementModel, receipt.placement_id)
    if placement is None:
        raise PlacementNotFound(receipt.placement_id)
    placement.stage_id = receipt.from_stage_id
    placement.board_position = receipt.from_position
    placement.stage_entered_at = receipt.from_entered_at
    if receipt.from_signed is not None:
        placement.signed_on = receipt.from_signed.signed_on
        placement.start_on = receipt.from_signed.start_on
        placement.probation_end_on = receipt.from_signed.probation_end_on
        placement.guarantee_end_on = receipt.from_signed.guarantee_end_on
    placement.close_reason = receipt.from_close_reason
    placement.feedback_given = receipt.from_feedback_given
    placement.closed_at = receipt.from_closed_at
    if receipt.event_ids:
        timeline_repository.delete_interactions(session, InteractionModel.id.in_(receipt.event_ids))
    if receipt.stage_change_id is not None:
        session.execute(
            delete(StageChangeModel).where(StageChangeModel.id == receipt.stage_change_id)
        )
    journeys_repository.revert(session, receipt.reminders)


def create_placement(
    session: Session, person_id: int, vacancy_id: int, stage_id: int, now: datetime
) -> int:
    placement = PlacementModel(
        person_id=person_id,
        vacancy_id=vacancy_id,
        stage_id=stage_id,
        board_position=_position_before(session, stage_id, None, -1),
        stage_entered_at=now,
        created_at=now,
        updated_at=now,
        stage_history=[StageChangeModel(from_stage_id=None, to_stage_id=stage_id, changed_at=now)],
    )
    session.add(placement)
    session.flush()
    return placement.id


def delete_placement(session: Session, placement_id: int) -> None:
    """Only for undoing a creation: the placement had no life of its own yet."""
    timeline_repository.delete_interactions(session, InteractionModel.placement_id == placement_id)
    session.execute(delete(PlacementModel).where(PlacementModel.id == placement_id))


def placement_detail(session: Session, placement_id: int) -> PlacementDetail:
    row = session.execute(
        select(
            PlacementModel,
            PersonModel.first_name,
            PersonModel.last_name,
            VacancyModel,
            CompanyModel.name,
        )
        .join(PersonModel, PersonModel.id == PlacementModel.person_id)
        .join(VacancyModel, VacancyModel.id == PlacementModel.vacancy_id)
        .join(CompanyModel, CompanyModel.id == VacancyModel.company_id)
        .where(PlacementModel.id == placement_id)
    ).one_or_none()
    if row is None:
        raise PlacementNotFound(placement_id)
    placement, first, last, vacancy, company_name = row
    stages = {s.id: s for s in list_stages(session)}
    changes = session.scalars(
        select(StageChangeModel)
        .where(StageChangeModel.placement_id == placement_id)
        .order_by(StageChangeModel.changed_at, StageChangeModel.id)
    ).all()
    spans = [
        StageSpan(
            stages[change.to_stage_id].key,
            stages[change.to_stage_id].name,
            change.changed_at,
            changes[i + 1].changed_at if i + 1 < len(changes) else None,
        )
        for i, change in enumerate(changes)
    ]
    return PlacementDetail(
        id=placement.id,
        person_id=placement.person_id,
        person_name=f"{first} {last}".strip(),
        vacancy_id=vacancy.id,
        vacancy_title=vacancy.title,
        company_id=vacancy.company_id,
        company_name=company_name,
        stage=stages[placement.stage_id],
        signed_on=placement.signed_on,
        start_on=placement.start_on,
        probation_end_on=placement.probation_end_on,
        guarantee_end_on=placement.guarantee_end_on,
        fee_terms=placement.fee_terms,
        vacancy_fee_terms=vacancy.fee_terms,
        close_reason=placement.close_reason,
        feedback_given=placement.feedback_given,
        created_at=placement.created_at,
        history=tuple(reversed(spans)),
    )


def update_placement(
    session: Session, placement_id: int, edit: PlacementEdit, now: datetime
) -> PlacementEdit:
    """Apply ``edit``; returns the previous values, for undo."""
    placement = session.get(PlacementModel, placement_id)
    if placement is None:
        raise PlacementNotFound(placement_id)
    previous = PlacementEdit(
        placement.signed_on,
        placement.start_on,
        placement.probation_end_on,
        placement.guarantee_end_on,
        placement.fee_terms,
    )
    placement.signed_on = edit.signed_on
    placement.start_on = edit.start_on
    placement.probation_end_on = edit.probation_end_on
    placement.guarantee_end_on = edit.guarantee_end_on
    placement.fee_terms = edit.fee_terms
    placement.updated_at = now
    return previous


def vacancy_choices(session: Session, text: str, limit: int = 20) -> list[tuple[int, str]]:
    """Open vacancies matching ``text``, for choosing one for a new placement."""
    from recruiter_desk.domain.vocabulary import VacancyStatus

    statement = (
        select(VacancyModel.id, VacancyModel.title, CompanyModel.name)
        .join(CompanyModel, CompanyModel.id == VacancyModel.company_id)
        .where(VacancyModel.status.in_([VacancyStatus.OPEN, VacancyStatus.ON_HOLD]))
        .where(CompanyModel.deleted_at.is_(None))
    )
    for word in text.split():
        pattern = like_pattern(word)
        statement = statement.where(
            or_(
                contains(VacancyModel.title, pattern),
                contains(CompanyModel.name, pattern),
            )
        )
    rows = session.execute(
        statement.order_by(VacancyModel.opened_on.desc(), VacancyModel.id.desc()).limit(limit)
    ).all()
    return [(vacancy_id, f"{title} · {company}") for vacancy_id, title, company in rows]


def vacancy_terms(session: Session, vacancy_id: int) -> tuple[str, int | None]:
    """The country of the client (for probation rules) and the vacancy's guarantee days."""
    row = session.execute(
        select(CompanyModel.country, VacancyModel.guarantee_days)
        .join(CompanyModel, CompanyModel.id == VacancyModel.company_id)
        .where(VacancyModel.id == vacancy_id)
    ).one()
    return row[0], row[1]
