"""The board: stages, placements (the cards) and their stage history."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruiter_desk.domain.vocabulary import StageKind
from recruiter_desk.store.column_types import UtcDateTime, clock_now
from recruiter_desk.store.models.base import Base, Timestamps, enum_column


class StageModel(Base):
    """A board column or a closing outcome. Placements point at the row, not the name,
    so renaming a stage never loses history."""

    __tablename__ = "stage"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[StageKind] = mapped_column(enum_column(StageKind))
    visible: Mapped[bool] = mapped_column(default=True)


class PlacementModel(Timestamps, Base):
    __tablename__ = "placement"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    vacancy_id: Mapped[int] = mapped_column(ForeignKey("vacancy.id"), index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    # Manual order inside a column; gaps allowed, so a move rewrites one row.
    board_position: Mapped[float] = mapped_column(default=0.0)
    stage_entered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=clock_now)
    signed_on: Mapped[date | None] = mapped_column(Date)
    start_on: Mapped[date | None] = mapped_column(Date)
    probation_end_on: Mapped[date | None] = mapped_column(Date)
    guarantee_end_on: Mapped[date | None] = mapped_column(Date)
    fee_terms: Mapped[str] = mapped_column(Text, default="")
    close_reason: Mapped[str] = mapped_column(Text, default="")
    feedback_given: Mapped[bool | None] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    stage_history: Mapped[list[StageChangeModel]] = relationship(
        back_populates="placement",
        cascade="all, delete-orphan",
        order_by="StageChangeModel.changed_at",
    )

    __table_args__ = (Index("ix_placement_board", "stage_id", "board_position"),)


class StageChangeModel(Base):
    __tablename__ = "stage_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id", ondelete="CASCADE"))
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id"))
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=clock_now)
    note: Mapped[str] = mapped_column(Text, default="")

    placement: Mapped[PlacementModel] = relationship(back_populates="stage_history")

    __table_args__ = (Index("ix_stage_change_placement", "placement_id", "changed_at"),)
