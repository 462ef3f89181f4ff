"""The journey's steps in the store: the user's edited after-care journey (template
``after_signing``), read and saved as a whole.

A touchpoint reminder points at the step that made it (``reminder.journey_step_id``). Saving
keeps each step's row by its key, so that those links survive an edit."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from recruiter_desk.domain.journeys import JourneyStep
from recruiter_desk.domain.pipeline import SIGNED_STAGE
from recruiter_desk.domain.vocabulary import JourneyAudience
from recruiter_desk.store.models import JourneyStepModel, JourneyTemplateModel

AFTER_SIGNING = "after_signing"


def _template(session: Session) -> JourneyTemplateModel:
    template = session.scalar(
        select(JourneyTemplateModel).where(JourneyTemplateModel.key == AFTER_SIGNING)
    )
    if template is None:  # seeded by the schema; only a hand-edited file lacks it
        template = JourneyTemplateModel(
            key=AFTER_SIGNING,
            name="After signing",
            audience=JourneyAudience.CANDIDATE,
            trigger_stage_key=SIGNED_STAGE,
        )
        session.add(template)
        session.flush()
    return template


def _as_step(model: JourneyStepModel) -> JourneyStep:
    return JourneyStep(
        key=model.key,
        title=model.title,
        message_template_key=model.message_template_key,
        anchor=model.anchor,
        offset_days=model.offset_days,
        offset_months=model.offset_months,
        audience=model.audience,
        repeat_every_days=model.repeat_every_days,
        repeat_until=model.repeat_until_anchor,
        repeat_until_offset_days=model.repeat_until_offset_days,
        repeat_for_days=model.repeat_for_days,
        hand_over_when_late=model.hand_over_when_late,
        unless_same_day_as=model.unless_same_day_as,
    )


def _fill(model: JourneyStepModel, step: JourneyStep, position: int) -> None:
    model.key = step.key
    model.position = position
    model.title = step.title
    model.message_template_key = step.message_template_key
    model.anchor = step.anchor
    model.offset_days = step.offset_days
    model.offset_months = step.offset_months
    model.audience = step.audience
    model.repeat_every_days = step.repeat_every_days or None
    model.repeat_until_anchor = step.repeat_until if step.repeat_every_days else None
    model.repeat_until_offset_days = step.repeat_until_offset_days
    model.repeat_for_days = step.repeat_for_days
    model.hand_over_when_late = step.hand_over_when_late
    model.unless_same_day_as = step.unless_same_day_as


def journey_steps(session: Session) -> list[JourneyStep]:
    """The journey's steps, in the user's order."""
    models = session.scalars(
        select(JourneyStepModel)
        .join(JourneyTemplateModel, JourneyTemplateModel.id == JourneyStepModel.template_id)
        .where(JourneyTemplateModel.key == AFTER_SIGNING)
        .order_by(JourneyStepModel.position, JourneyStepModel.id)
    )
    return [_as_step(model) for model in models]


def journey_active(session: Session) -> bool:
    """Whether entering Signed starts the journey (the user can turn it off)."""
    return bool(
        session.scalar(
            select(JourneyTemplateModel.active).where(JourneyTemplateModel.key == AFTER_SIGNING)
        )
    )


def save_journey(
    session: Session, steps: Sequence[JourneyStep], active: bool
) -> tuple[list[JourneyStep], bool]:
    """Store the journey as given; returns the previous steps and switch, for undo. A step
    keeps its row (and its reminders' link to it) by its key; a removed step's reminders
    keep their content and lose the link."""
    keys = [step.key for step in steps]
    if len(set(keys)) != len(keys) or not all(keys):
        raise ValueError(f"journey steps need distinct keys: {keys}")
    template = _template(session)
    previous = journey_steps(session), template.active
    template.active = active
    existing = {model.key: model for model in template.steps}
    for model in existing.values():
        if model.key not in keys:
            template.steps.remove(model)
    session.flush()
    for position, step in enumerate(steps):
        kept = existing.get(step.key)
        if kept is None:
            kept = JourneyStepModel()
            template.steps.append(kept)
        _fill(kept, step, position)
    session.flush()
    return previous


def step_ids(session: Session) -> dict[str, int]:
    return dict(
        session.execute(
            select(JourneyStepModel.key, JourneyStepModel.id)
            .join(JourneyTemplateModel, JourneyTemplateModel.id == JourneyStepModel.template_id)
            .where(JourneyTemplateModel.key == AFTER_SIGNING)
        ).all()
    )
