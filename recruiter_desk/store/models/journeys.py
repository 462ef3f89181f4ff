"""Playbooks: the journey after signing, step by step, and the user's message templates."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruiter_desk.domain.vocabulary import Channel, JourneyAnchor, JourneyAudience
from recruiter_desk.store.column_types import UtcDateTime, clock_now
from recruiter_desk.store.models.base import Base, enum_column


class JourneyTemplateModel(Base):
    __tablename__ = "journey_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    audience: Mapped[JourneyAudience] = mapped_column(enum_column(JourneyAudience))
    trigger_stage_key: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(default=True)

    steps: Mapped[list[JourneyStepModel]] = relationship(
        back_populates="template",
        cascade="all, delete-orphan",
        order_by="JourneyStepModel.position",
    )


class JourneyStepModel(Base):
    """One touchpoint of a journey template (``domain.journeys.JourneyStep``): when, counted
    from which placement date, what, and with whom. ``key`` names the step within its
    template, so that a touchpoint reminder (``reminder.journey_step_id``) can be matched to
    its place in the plan when the dates change."""

    __tablename__ = "journey_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("journey_template.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(50), default="")
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    anchor: Mapped[JourneyAnchor] = mapped_column(enum_column(JourneyAnchor))
    offset_days: Mapped[int] = mapped_column(Integer, default=0)
    # Calendar months, so that "+1 year" falls on the anniversary.
    offset_months: Mapped[int] = mapped_column(Integer, default=0)
    # Repeating steps occur every N days from their first day until the second anchor plus
    # its offset; while that date is unknown, for ``repeat_for_days`` after the first anchor.
    repeat_every_days: Mapped[int | None] = mapped_column(Integer)
    repeat_until_anchor: Mapped[JourneyAnchor | None] = mapped_column(enum_column(JourneyAnchor))
    repeat_until_offset_days: Mapped[int] = mapped_column(Integer, default=0)
    repeat_for_days: Mapped[int] = mapped_column(Integer, default=0)
    hand_over_when_late: Mapped[bool] = mapped_column(default=False)
    unless_same_day_as: Mapped[JourneyAnchor | None] = mapped_column(enum_column(JourneyAnchor))
    message_template_key: Mapped[str] = mapped_column(String(100), default="")
    audience: Mapped[JourneyAudience] = mapped_column(
        enum_column(JourneyAudience), default=JourneyAudience.CANDIDATE
    )

    template: Mapped[JourneyTemplateModel] = relationship(back_populates="steps")

    __table_args__ = (UniqueConstraint("template_id", "key"),)


class MessageTemplateModel(Base):
    __tablename__ = "message_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100))
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    language: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200), default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=clock_now, onupdate=clock_now)

    __table_args__ = (UniqueConstraint("key", "channel", "language"),)
