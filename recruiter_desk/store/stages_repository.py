"""The board's stages: names, order, visibility; stages added and unused ones removed."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from recruiter_desk.domain.pipeline import CUSTOM_STAGE_PREFIX, NEW_STAGE_ID, Stage
from recruiter_desk.domain.problems import InputProblem
from recruiter_desk.domain.vocabulary import StageKind
from recruiter_desk.store.models import PlacementModel, StageChangeModel, StageModel


class StageInUse(InputProblem):
    """A stage a card has been in is hidden, never removed (its history points at it)."""


def stage_usage(session: Session) -> dict[int, int]:
    """Per stage id: how many cards are in it or have been (placements and their history)."""
    used: dict[int, int] = {}
    for stage_id, count in session.execute(
        select(PlacementModel.stage_id, func.count()).group_by(PlacementModel.stage_id)
    ):
        used[stage_id] = used.get(stage_id, 0) + count
    for column in (StageChangeModel.from_stage_id, StageChangeModel.to_stage_id):
        for from_or_to, count in session.execute(
            select(column, func.count()).where(column.is_not(None)).group_by(column)
        ):
            if from_or_to is not None:
                used[from_or_to] = used.get(from_or_to, 0) + count
    return used


def save_stages(session: Session, stages: list[Stage]) -> None:
    """The board's stages as listed: names, order and visibility; a stage with id
    ``NEW_STAGE_ID`` is added, one left out is removed (only if no card has ever been in it),
    and a stage listed with an id that is gone comes back as it was (an undo of a removal).
    Placements point at stage ids, so renaming keeps history."""
    wanted = {stage.id for stage in stages if stage.id != NEW_STAGE_ID}
    existing = {model.id: model for model in session.scalars(select(StageModel))}
    used = stage_usage(session)
    for stage_id, model in existing.items():
        if stage_id not in wanted:
            if used.get(stage_id) or not model.key.startswith(CUSTOM_STAGE_PREFIX):
                raise StageInUse(model.name)
            session.delete(model)
    session.flush()
    for position, stage in enumerate(stages):
        if stage.id == NEW_STAGE_ID:
            model = StageModel(key=_new_stage_key(session), kind=StageKind.OPEN)
            session.add(model)
        elif stage.id in existing:
            model = existing[stage.id]
        else:
            model = StageModel(id=stage.id, key=stage.key, kind=stage.kind)
            session.add(model)
        model.name = stage.name.strip() or model.name or stage.key
        model.position = position
        model.visible = stage.visible
    session.flush()


def _new_stage_key(session: Session) -> str:
    keys = set(session.scalars(select(StageModel.key)))
    number = 1
    while f"{CUSTOM_STAGE_PREFIX}{number}" in keys:
        number += 1
    return f"{CUSTOM_STAGE_PREFIX}{number}"
