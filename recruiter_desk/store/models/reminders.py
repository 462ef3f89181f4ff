"""Reminders: something to do at a moment."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Computed, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from recruiter_desk.domain.vocabulary import Channel, ReminderKind, ReminderStatus
from recruiter_desk.store.column_types import UtcDateTime, clock_now
from recruiter_desk.store.models.base import Base, enum_column


class ReminderModel(Base):
    """Something to do at a moment. ``due_at`` is the UTC instant the scheduler uses;
    ``due_local`` and ``time_zone`` keep the wall-clock time the user chose, so 9:00 stays
    9:00 where it was set even across daylight-saving changes and travel."""

    __tablename__ = "reminder"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[ReminderKind] = mapped_column(
        enum_column(ReminderKind), default=ReminderKind.FOLLOW_UP
    )
    status: Mapped[ReminderStatus] = mapped_column(
        enum_column(ReminderStatus), default=ReminderStatus.OPEN
    )
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    due_local: Mapped[str] = mapped_column(String(32), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    snoozed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # When the reminder wants attention: the due time, or the end of a later snooze
    # (``Reminder.alert_at``). Computed by SQLite, so it can never disagree, and indexed.
    alert_at: Mapped[datetime] = mapped_column(
        UtcDateTime,
        Computed(
            "CASE WHEN snoozed_until > due_at THEN snoozed_until ELSE due_at END",
            persisted=False,
        ),
    )
    recurrence_rule: Mapped[str] = mapped_column(String(200), default="")
    suggested_channel: Mapped[Channel | None] = mapped_column(enum_column(Channel))
    message_template_key: Mapped[str] = mapped_column(String(100), default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"))
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id", ondelete="CASCADE"))
    journey_step_id: Mapped[int | None] = mapped_column(
        ForeignKey("journey_step.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=clock_now)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    notified_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_reminder_status_alert", "status", "alert_at"),
        # Overdue promised replies come first on the Today view.
        Index("ix_reminder_status_kind_alert", "status", "kind", "alert_at"),
        Index("ix_reminder_person", "person_id", "status"),
        Index("ix_reminder_company", "company_id", "status"),
        Index("ix_reminder_placement_alert", "placement_id", "status", "alert_at"),
    )
