"""People: their contact details, tags, ranked channels with history, and consent."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruiter_desk.domain.vocabulary import Channel, LawfulBasis, PersonStatus
from recruiter_desk.store.column_types import UtcDateTime, clock_now
from recruiter_desk.store.models.base import Base, Timestamps, enum_column

if TYPE_CHECKING:
    from recruiter_desk.store.models.companies import CompanyRoleModel


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
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=clock_now)
    superseded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    person: Mapped[PersonModel] = relationship(back_populates="channel_preferences")

    __table_args__ = (Index("ix_channel_preference_person", "person_id", "superseded_at", "rank"),)


class ConsentModel(Base):
    """The lawful basis for keeping a person's data, and until when."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    basis: Mapped[LawfulBasis] = mapped_column(enum_column(LawfulBasis))
    given_at: Mapped[datetime] = mapped_column(UtcDateTime, default=clock_now)
    expires_on: Mapped[date | None] = mapped_column(Date)
    informed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    source: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
