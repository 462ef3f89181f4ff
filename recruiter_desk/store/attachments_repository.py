"""Attachments and the stored files they refer to (``attachment_files`` keeps the bytes)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import ColumnElement, delete, exists, func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from recruiter_desk.domain.attachments import (
    Attachment,
    AttachmentOwner,
    DocumentRole,
    ReadText,
    TextState,
)
from recruiter_desk.store.models import AttachmentModel, StoredFileModel


class AttachmentNotFound(LookupError):
    pass


def _owned_by(owner: AttachmentOwner) -> ColumnElement[bool]:
    if owner.person_id is not None:
        return AttachmentModel.person_id == owner.person_id
    if owner.company_id is not None:
        return AttachmentModel.company_id == owner.company_id
    if owner.placement_id is not None:
        return AttachmentModel.placement_id == owner.placement_id
    return AttachmentModel.interaction_id == owner.entry_id


def add(
    session: Session,
    owner: AttachmentOwner,
    sha256: str,
    size_bytes: int,
    filename: str,
    media_type: str,
    role: DocumentRole,
) -> int:
    session.execute(
        insert(StoredFileModel)
        .values(sha256=sha256, size_bytes=size_bytes, text_state=TextState.PENDING, text="")
        .on_conflict_do_nothing(index_elements=["sha256"])
    )
    row = AttachmentModel(
        sha256=sha256,
        filename=filename,
        media_type=media_type,
        size_bytes=size_bytes,
        role=role,
        person_id=owner.person_id,
        company_id=owner.company_id,
        placement_id=owner.placement_id,
        interaction_id=owner.entry_id,
    )
    session.add(row)
    session.flush()
    return row.id


_COLUMNS = (
    AttachmentModel.id,
    AttachmentModel.person_id,
    AttachmentModel.company_id,
    AttachmentModel.placement_id,
    AttachmentModel.interaction_id,
    AttachmentModel.filename,
    AttachmentModel.media_type,
    AttachmentModel.size_bytes,
    AttachmentModel.role,
    AttachmentModel.created_at,
    StoredFileModel.text_state,
    AttachmentModel.sha256,
)


def _attachments(session: Session, where: ColumnElement[bool]) -> list[Attachment]:
    rows = session.execute(
        select(*_COLUMNS)
        .join(StoredFileModel, StoredFileModel.sha256 == AttachmentModel.sha256)
        .where(where, AttachmentModel.deleted_at.is_(None))
        .order_by(AttachmentModel.created_at.desc(), AttachmentModel.id.desc())
    )
    return [
        Attachment(
            id=row.id,
            owner=AttachmentOwner(
                row.person_id, row.company_id, row.placement_id, row.interaction_id
            ),
            filename=row.filename,
            media_type=row.media_type,
            size_bytes=row.size_bytes,
            role=row.role,
            added_at=row.created_at,
            text_state=row.text_state,
            sha256=row.sha256,
        )
        for row in rows
    ]


def of_owner(session: Session, owner: AttachmentOwner) -> list[Attachment]:
    """The files on one record, newest first."""
    return _attachments(session, _owned_by(owner))


def get(session: Session, attachment_id: int) -> Attachment:
    found = _attachments(session, AttachmentModel.id == attachment_id)
    if not found:
        raise AttachmentNotFound(attachment_id)
    return found[0]


def names_of_entries(session: Session, entry_ids: Sequence[int]) -> dict[int, list[str]]:
    """The names of the files that came with each of these timeline entries."""
    if not entry_ids:
        return {}
    names: dict[int, list[str]] = defaultdict(list)
    for entry_id, filename in session.execute(
        select(AttachmentModel.interaction_id, AttachmentModel.filename)
        .where(AttachmentModel.interaction_id.in_(entry_ids), AttachmentModel.deleted_at.is_(None))
        .order_by(AttachmentModel.id)
    ):
        if entry_id is not None:
            names[entry_id].append(filename)
    return dict(names)


def set_removed(session: Session, ids: Iterable[int], when: datetime | None) -> None:
    ids = list(ids)
    found = session.scalar(select(func.count()).where(AttachmentModel.id.in_(ids)))
    if found != len(ids):
        raise AttachmentNotFound(ids)
    session.execute(
        update(AttachmentModel).where(AttachmentModel.id.in_(ids)).values(deleted_at=when)
    )


def set_role(session: Session, attachment_id: int, role: DocumentRole) -> DocumentRole:
    """The role it had before."""
    row = session.get(AttachmentModel, attachment_id)
    if row is None:
        raise AttachmentNotFound(attachment_id)
    previous = row.role
    row.role = role
    return previous


def unread(session: Session, limit: int) -> list[tuple[str, str]]:
    """Stored files whose text is not read yet, with a name each came with (for its kind)."""
    rows = session.execute(
        select(StoredFileModel.sha256, func.min(AttachmentModel.filename))
        .join(AttachmentModel, AttachmentModel.sha256 == StoredFileModel.sha256)
        .where(StoredFileModel.text_state == TextState.PENDING)
        .group_by(StoredFileModel.sha256)
        .limit(limit)
    )
    return [(sha256, filename) for sha256, filename in rows]


def store_text(session: Session, sha256: str, read: ReadText) -> None:
    session.execute(
        update(StoredFileModel)
        .where(StoredFileModel.sha256 == sha256)
        .values(text_state=read.state, text=read.text)
    )


def purge_removed(session: Session) -> list[str]:
    """Forget the files removed before this start (no Undo can bring them back now) and every
    stored file nothing refers to; returns the hashes whose bytes can go."""
    session.execute(delete(AttachmentModel).where(AttachmentModel.deleted_at.is_not(None)))
    orphans = list(
        session.scalars(
            select(StoredFileModel.sha256).where(
                ~exists().where(AttachmentModel.sha256 == StoredFileModel.sha256)
            )
        )
    )
    if orphans:
        session.execute(delete(StoredFileModel).where(StoredFileModel.sha256.in_(orphans)))
    return orphans


def all_stored(session: Session) -> set[str]:
    return set(session.scalars(select(StoredFileModel.sha256)))
