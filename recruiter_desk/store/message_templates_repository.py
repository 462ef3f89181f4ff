"""The user's edited message templates, and what a person's messages are about.

The ``message_template`` table holds only edited versions; the defaults live in
``domain.message_templates``. A row overrides the default with the same (key, channel,
language); deleting it brings the default back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, delete, select
from sqlalchemy.orm import Session

from recruiter_desk.domain.message_templates import MessageTemplate, TemplateKey
from recruiter_desk.domain.vocabulary import Channel
from recruiter_desk.store.models import (
    CompanyModel,
    CompanyRoleModel,
    MessageTemplateModel,
    PlacementModel,
    VacancyModel,
)


@dataclass(frozen=True, slots=True)
class PlacementContext:
    """The company, vacancy and start date a person's messages are most likely about."""

    company: str = ""
    vacancy: str = ""
    start_date: date | None = None


def list_overrides(session: Session) -> list[MessageTemplate]:
    """Every edited template whose key this version knows (a newer version's rows stay
    untouched in the file)."""
    known = {k.value for k in TemplateKey}
    return [
        MessageTemplate(
            TemplateKey(row.key), row.channel, row.language, row.subject, row.body, edited=True
        )
        for row in session.scalars(select(MessageTemplateModel).order_by(MessageTemplateModel.id))
        if row.key in known
    ]


def get_override(
    session: Session, key: TemplateKey, channel: Channel, language: str
) -> MessageTemplate | None:
    row = session.scalar(select(MessageTemplateModel).where(_same(key, channel, language)))
    if row is None:
        return None
    return MessageTemplate(key, channel, language, row.subject, row.body, edited=True)


def save_override(
    session: Session, key: TemplateKey, channel: Channel, language: str, subject: str, body: str
) -> None:
    row = session.scalar(select(MessageTemplateModel).where(_same(key, channel, language)))
    if row is None:
        row = MessageTemplateModel(key=key.value, channel=channel, language=language)
        session.add(row)
    row.subject = subject
    row.body = body


def delete_override(session: Session, key: TemplateKey, channel: Channel, language: str) -> None:
    session.execute(delete(MessageTemplateModel).where(_same(key, channel, language)))


def _same(key: TemplateKey, channel: Channel, language: str) -> ColumnElement[bool]:
    return and_(
        MessageTemplateModel.key == key.value,
        MessageTemplateModel.channel == channel,
        MessageTemplateModel.language == language,
    )


def placement_context(session: Session, person_id: int) -> PlacementContext:
    """The person's open placement (the most recently moved one), else their latest closed
    one; a person without placements (a hiring manager) gets their current company."""
    row = session.execute(
        select(CompanyModel.name, VacancyModel.title, PlacementModel.start_on)
        .join(VacancyModel, VacancyModel.id == PlacementModel.vacancy_id)
        .join(CompanyModel, CompanyModel.id == VacancyModel.company_id)
        .where(PlacementModel.person_id == person_id)
        .order_by(
            PlacementModel.closed_at.is_not(None),
            PlacementModel.stage_entered_at.desc(),
            PlacementModel.id.desc(),
        )
        .limit(1)
    ).first()
    if row is not None:
        return PlacementContext(row[0], row[1], row[2])
    company = session.scalar(
        select(CompanyModel.name)
        .join(CompanyRoleModel, CompanyRoleModel.company_id == CompanyModel.id)
        .where(
            CompanyRoleModel.person_id == person_id,
            CompanyRoleModel.ended_on.is_(None),
            CompanyModel.deleted_at.is_(None),
        )
        .order_by(CompanyRoleModel.id.desc())
        .limit(1)
    )
    return PlacementContext(company=company or "")
