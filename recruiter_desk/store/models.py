"""The schema: one typed ORM model per concept in DESIGN.md.

Conventions: times are ``UtcDateTime`` (UTC in the file, aware in Python); calendar dates
that have no time of day (a start date, a probation end) are ``Date``; enums are stored as
their string value without a CHECK constraint, so that adding a value needs no table rebuild.
People and companies are soft-deleted (``deleted_at``) so that a delete can be undone.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    Computed,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from recruiter_desk.domain.vocabulary import (
    Channel,
    CompanyStatus,
    Direction,
    InteractionKind,
    JourneyAnchor,
    JourneyAudience,
    LawfulBasis,
    PersonStatus,
    ReminderKind,
    ReminderStatus,
    RoleKind,
    StageKind,
    VacancyStatus,
)
from recruiter_desk.store.column_types import UtcDateTime, utc_now

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_column(enum: type[StrEnum]) -> Enum:
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class PersonModel(Timestamps, Base):
    __tablename__ = "person"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200), default="")
    # Lower-cased "last first" for a sort that an index can serve.
    sort_name: Mapped[str] = mapped_column(String(400), default="")
    headline: Mapped[str] = mapped_column(String(300), default="")
    linkedin_url: Mapped[str] = mapped_column(String(500), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="NL")
    language: Mapped[str] = mapped_column(String(8), default="nl")
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    expertise: Mapped[str] = mapped_column(Text, default="")
    persona: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[PersonStatus] = mapped_column(
        enum_column(PersonStatus), default=PersonStatus.ACTIVE
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    growth_wishes: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(100), default="")
    # The newest live conversation with the person (kept by the timeline's writes, as the
    # company's and the placement's): "placed and quiet" reads it instead of the timeline.
    last_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    emails: Mapped[list[PersonEmailModel]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonEmailModel.position"
    )
    phones: Mapped[list[PersonPhoneModel]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="PersonPhoneModel.position"
    )
    tags: Mapped[list[TagModel]] = relationship(secondary="person_tag", order_by="TagModel.name")
    channel_preferences: Mapped[list[ChannelPreferenceModel]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )
    roles: Mapped[list[CompanyRoleModel]] = relationship(
        back_populates="person", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_person_live_sort_name", "deleted_at", "sort_name"),
        Index("ix_person_live_updated_at", "deleted_at", "updated_at"),
        Index("ix_person_live_status_sort_name", "deleted_at", "status", "sort_name"),
        # "Placed and quiet" walks the people by their last contact, oldest first.
        Index("ix_person_live_last_contact", "deleted_at", "last_contact_at"),
    )


class PersonEmailModel(Base):
    __tablename__ = "person_email"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320))
    label: Mapped[str] = mapped_column(String(50), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[PersonModel] = relationship(back_populates="emails")

    __table_args__ = (Index("ix_person_email_address", "address"),)


class PersonPhoneModel(Base):
    __tablename__ = "person_phone"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    e164: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(50), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    person: Mapped[PersonModel] = relationship(back_populates="phones")

    __table_args__ = (Index("ix_person_phone_e164", "e164"),)


class TagModel(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class PersonTagModel(Base):
    __tablename__ = "person_tag"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ChannelPreferenceModel(Base):
    """One ranked channel of a person. A change closes the old rows (``superseded_at``)
    and adds new ones, so the history of what the person preferred is kept."""

    __tablename__ = "channel_preference"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    rank: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    note: Mapped[str] = mapped_column(String(300), default="")
    learned_on: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    superseded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    person: Mapped[PersonModel] = relationship(back_populates="channel_preferences")

    __table_args__ = (Index("ix_channel_preference_person", "person_id", "superseded_at", "rank"),)


class CompanyModel(Timestamps, Base):
    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    sort_name: Mapped[str] = mapped_column(String(300), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    industry: Mapped[str] = mapped_column(String(200), default="")
    location: Mapped[str] = mapped_column(String(200), default="")
    country: Mapped[str] = mapped_column(String(2), default="NL")
    status: Mapped[CompanyStatus] = mapped_column(
        enum_column(CompanyStatus), default=CompanyStatus.PROSPECT
    )
    brand_qualifiers: Mapped[str] = mapped_column(Text, default="")
    brand_winners: Mapped[str] = mapped_column(Text, default="")
    brand_personality: Mapped[str] = mapped_column(Text, default="")
    keep_in_touch_ideal_days: Mapped[int | None] = mapped_column(Integer)
    keep_in_touch_max_days: Mapped[int | None] = mapped_column(Integer)
    last_contact_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    roles: Mapped[list[CompanyRoleModel]] = relationship(
        back_populates="company", cascade="all, delete-orphan"
    )
    vacancies: Mapped[list[VacancyModel]] = relationship(back_populates="company")

    __table_args__ = (
        Index("ix_company_live_sort_name", "deleted_at", "sort_name"),
        Index("ix_company_live_updated_at", "deleted_at", "updated_at"),
        # "Clients going cold" reads what it compares from here, not from the wide rows.
        Index(
            "ix_company_live_keep_in_touch",
            "deleted_at",
            "last_contact_at",
            "created_at",
            "keep_in_touch_ideal_days",
            "keep_in_touch_max_days",
        ),
    )


class CompanyRoleModel(Base):
    """A person's role at a company: hiring manager, HR, employee (e.g. once placed)."""

    __tablename__ = "company_role"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    company_id: Mapped[int] = mapped_column(
        ForeignKey("company.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[RoleKind] = mapped_column(enum_column(RoleKind), default=RoleKind.OTHER)
    started_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)

    person: Mapped[PersonModel] = relationship(back_populates="roles")
    company: Mapped[CompanyModel] = relationship(back_populates="roles")


class VacancyModel(Timestamps, Base):
    __tablename__ = "vacancy"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    location: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[VacancyStatus] = mapped_column(
        enum_column(VacancyStatus), default=VacancyStatus.OPEN
    )
    fee_terms: Mapped[str] = mapped_column(Text, default="")
    fee_percent: Mapped[float | None] = mapped_column()
    fee_fixed_cents: Mapped[int | None] = mapped_column(Integer)
    guarantee_days: Mapped[int | None] = mapped_column(Integer)
    opened_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    company: Mapped[CompanyModel] = relationship(back_populates="vacancies")

    __table_args__ = (Index("ix_vacancy_status", "status", "company_id"),)


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
    stage_entered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
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
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    note: Mapped[str] = mapped_column(Text, default="")

    placement: Mapped[PlacementModel] = relationship(back_populates="stage_history")

    __table_args__ = (Index("ix_stage_change_placement", "placement_id", "changed_at"),)


class InteractionModel(Base):
    """One timeline entry: a conversation or a system event (stage moved, reminder done)."""

    __tablename__ = "interaction"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    kind: Mapped[InteractionKind] = mapped_column(
        enum_column(InteractionKind), default=InteractionKind.CONVERSATION
    )
    event_type: Mapped[str] = mapped_column(String(50), default="")
    channel: Mapped[Channel | None] = mapped_column(enum_column(Channel))
    direction: Mapped[Direction] = mapped_column(enum_column(Direction), default=Direction.NONE)
    summary: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"))
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    participants: Mapped[list[InteractionPersonModel]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        Index("ix_interaction_company_time", "company_id", "occurred_at"),
        Index("ix_interaction_placement_time", "placement_id", "occurred_at"),
        Index("ix_interaction_time", "occurred_at"),
    )


class InteractionPersonModel(Base):
    """The people an interaction was with. ``occurred_at`` is copied from the interaction so
    that a person's timeline pages through one index without sorting 10,000 rows."""

    __tablename__ = "interaction_person"

    interaction_id: Mapped[int] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), primary_key=True
    )
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_interaction_person_timeline", "person_id", "occurred_at"),)


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
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
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
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)

    __table_args__ = (UniqueConstraint("key", "channel", "language"),)


class AttachmentModel(Base):
    """A file stored content-addressed inside the data directory (never outside it)."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size_bytes: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"))
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id", ondelete="CASCADE"))
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE")
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (Index("ix_attachment_person", "person_id"),)


class ConsentModel(Base):
    """The lawful basis for keeping a person's data, and until when."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    basis: Mapped[LawfulBasis] = mapped_column(enum_column(LawfulBasis))
    given_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    expires_on: Mapped[date | None] = mapped_column(Date)
    informed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    source: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
