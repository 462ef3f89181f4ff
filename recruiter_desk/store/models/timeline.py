"""Timelines: conversations and system events with whom they were, and attached files."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from recruiter_desk.domain.attachments import DocumentRole, TextState
from recruiter_desk.domain.vocabulary import Channel, Direction, InteractionKind
from recruiter_desk.store.column_types import UtcDateTime, clock_now
from recruiter_desk.store.models.base import Base, enum_column


class InteractionModel(Base):
    """One timeline entry: a conversation or a system event (stage moved, reminder done).

    A system event keeps its type in ``event_type`` (``domain.timeline.TimelineEvent``) and
    what happened in ``facts`` (JSON, ``store.event_facts``); its words are made when shown.
    ``summary`` and ``body`` hold what was typed (a conversation, a closing reason)."""

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
    facts: Mapped[str | None] = mapped_column(Text)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"))
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=clock_now)
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


class StoredFileModel(Base):
    """One file's content, stored once however many records it is on, at
    ``files/<first two of sha256>/<sha256>`` in the data folder (``store.attachment_files``).
    Its text is read in the background (``text_state`` says how far that got) and searched."""

    __tablename__ = "stored_file"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    text_state: Mapped[TextState] = mapped_column(enum_column(TextState), default=TextState.PENDING)
    text: Mapped[str] = mapped_column(Text, default="")


class AttachmentModel(Base):
    """A stored file on one record. ``filename`` is the name it came with: data, never a path.
    A removed file keeps its row (``deleted_at``) until the next start, so that Undo can bring
    it back; only then are the row and, once nothing refers to it, the stored file removed."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("stored_file.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size_bytes: Mapped[int] = mapped_column(Integer)
    role: Mapped[DocumentRole] = mapped_column(
        enum_column(DocumentRole), default=DocumentRole.OTHER
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"))
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id", ondelete="CASCADE"))
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("interaction.id", ondelete="CASCADE")
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=clock_now)
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_attachment_person", "person_id"),
        Index("ix_attachment_company", "company_id"),
        Index("ix_attachment_placement", "placement_id"),
        Index("ix_attachment_interaction", "interaction_id"),
    )
