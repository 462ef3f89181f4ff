"""Files on records: add several at once, remove with Undo, read their text for the search.

Adding copies each file into the data folder (``store.attachment_files``) and then records
them all in one transaction; a file refused (too large, a folder, unreadable) is told and the
others are still added. A removal keeps the row until the next start, so that Undo can take
it back; only then does ``tidy`` forget it and delete the bytes nothing else refers to.

Text is read one file at a time, outside any transaction (``next_unread``, then
``read_file_text`` on a thread of its own, then ``store_text`` as a write): a 50 MB PDF never
holds the writer or the screen.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from recruiter_desk.domain.attachments import (
    DEFAULT_SIZE_LIMIT_MB,
    Attachment,
    AttachmentOwner,
    AttachmentRefused,
    DocumentRole,
    ReadText,
    TextState,
    guess_role,
    safe_file_name,
)
from recruiter_desk.domain.clock import Clock
from recruiter_desk.domain.problems import InputProblem
from recruiter_desk.services.changes import Changes
from recruiter_desk.store import attachments_repository as repo
from recruiter_desk.store.attachment_files import (
    CopiedFile,
    copy_in,
    files_folder,
    remove_leftovers,
    remove_stored,
    store_bytes,
    stored_path,
)
from recruiter_desk.store.database import Database
from recruiter_desk.store.document_text import media_type, read_text


@dataclass(frozen=True, slots=True)
class AddedFiles:
    ids: tuple[int, ...]
    refused: tuple[AttachmentRefused, ...]
    owner: AttachmentOwner


class NothingAdded(InputProblem):
    """Every file given was refused; each refusal says why."""

    def __init__(self, refused: Sequence[AttachmentRefused]) -> None:
        super().__init__(f"{len(refused)} file(s) refused")
        self.refused = tuple(refused)


@dataclass(frozen=True, slots=True)
class Tidied:
    forgotten: int
    """Removed files (and files of removed records) forgotten, their bytes deleted."""
    leftovers: int
    """Partial copies and stray files a crash left."""


def owner_changes(owner: AttachmentOwner) -> Changes:
    """A record's files changed: its lists, and the record (a CV shown on a person)."""
    return Changes(
        files=True,
        people=frozenset({owner.person_id}) if owner.person_id else frozenset(),
        companies=frozenset({owner.company_id}) if owner.company_id else frozenset(),
        placements=frozenset({owner.placement_id}) if owner.placement_id else frozenset(),
        timelines=owner.entry_id is not None,
    )


class AttachmentsService:
    def __init__(self, database: Database, clock: Clock, data_dir: Path) -> None:
        self._db = database
        self._clock = clock
        self.files_dir = files_folder(data_dir)
        self.size_limit_mb = DEFAULT_SIZE_LIMIT_MB
        """The largest file kept, in MB: the GUI sets it from the settings."""

    @property
    def _limit_bytes(self) -> int:
        return self.size_limit_mb * 1024 * 1024

    # -- reading -----------------------------------------------------------------------------
    def of_owner(self, owner: AttachmentOwner) -> list[Attachment]:
        with self._db.read() as session:
            return repo.of_owner(session, owner)

    def get(self, attachment_id: int) -> Attachment:
        with self._db.read() as session:
            return repo.get(session, attachment_id)

    # -- writing -----------------------------------------------------------------------------
    def add(self, owner: AttachmentOwner, paths: Sequence[Path]) -> tuple[AddedFiles, Changes]:
        """Store the files at ``paths`` on ``owner``. Raises ``NothingAdded`` when every one
        was refused; a storage problem (disk full) raises ``StorageError``, nothing added."""
        copied: list[CopiedFile] = []
        refused: list[AttachmentRefused] = []
        for path in paths:
            try:
                copied.append(copy_in(path, self.files_dir, self._limit_bytes))
            except AttachmentRefused as refusal:
                refused.append(refusal)
        return self._record(owner, copied, refused)

    def add_data(
        self, owner: AttachmentOwner, files: Sequence[tuple[str, bytes]]
    ) -> tuple[AddedFiles, Changes]:
        """Store files given as (name, bytes): what came inside a mail."""
        copied: list[CopiedFile] = []
        refused: list[AttachmentRefused] = []
        for name, data in files:
            try:
                copied.append(store_bytes(data, name, self.files_dir, self._limit_bytes))
            except AttachmentRefused as refusal:
                refused.append(refusal)
        return self._record(owner, copied, refused)

    def _record(
        self, owner: AttachmentOwner, copied: list[CopiedFile], refused: list[AttachmentRefused]
    ) -> tuple[AddedFiles, Changes]:
        if not copied:
            raise NothingAdded(refused)
        with self._db.write() as session:
            ids = tuple(
                repo.add(
                    session,
                    owner,
                    file.sha256,
                    file.size_bytes,
                    file.filename,
                    media_type(stored_path(self.files_dir, file.sha256), file.filename),
                    guess_role(file.filename),
                )
                for file in copied
            )
        return AddedFiles(ids, tuple(refused), owner), owner_changes(owner)

    def remove(self, ids: Iterable[int], owner: AttachmentOwner) -> Changes:
        with self._db.write() as session:
            repo.set_removed(session, ids, self._clock())
        return owner_changes(owner)

    def restore(self, ids: Iterable[int], owner: AttachmentOwner) -> Changes:
        with self._db.write() as session:
            repo.set_removed(session, ids, None)
        return owner_changes(owner)

    def set_role(self, attachment: Attachment, role: DocumentRole) -> tuple[DocumentRole, Changes]:
        """The role it had before (for Undo)."""
        with self._db.write() as session:
            previous = repo.set_role(session, attachment.id, role)
        return previous, owner_changes(attachment.owner)

    # -- text --------------------------------------------------------------------------------
    def next_unread(self) -> tuple[str, str] | None:
        """A stored file whose text is not read yet: its hash and a name it came with."""
        with self._db.read() as session:
            waiting = repo.unread(session, 1)
        return waiting[0] if waiting else None

    def read_file_text(self, sha256: str, filename: str) -> ReadText:
        """Read one stored file's text: no database work, seconds for a large PDF, so on a
        thread of its own (never the GUI's, never the writer's)."""
        path = stored_path(self.files_dir, sha256)
        # Bytes that are gone (removed by hand) cannot be read: damaged.
        return read_text(path, filename) if path.exists() else ReadText(TextState.DAMAGED)

    def store_text(self, sha256: str, found: ReadText) -> Changes:
        with self._db.write() as session:
            repo.store_text(session, sha256, found)
        return Changes(files=True)

    def read_next(self) -> bool:
        """Read and store the text of one file not read yet (the three steps above on one
        thread: for a command and the tests). Returns whether there was one."""
        waiting = self.next_unread()
        if waiting is None:
            return False
        self.store_text(waiting[0], self.read_file_text(*waiting))
        return True

    # -- files on disk -----------------------------------------------------------------------
    def copy_out(self, attachment: Attachment, target: Path) -> None:
        """Save a copy at ``target`` ("Save as…"); an ``OSError`` says why it could not."""
        shutil.copyfile(stored_path(self.files_dir, attachment.sha256), target)

    def copy_to_open(self, attachment: Attachment, folder: Path) -> Path:
        """A read-only copy under a safe version of its name, in a folder of its own inside
        ``folder``, for the system's viewer: the viewer shows the real name, and nothing it
        does can change the stored file."""
        own = folder / secrets.token_hex(6)
        own.mkdir(parents=True)
        target = own / safe_file_name(attachment.filename)
        shutil.copyfile(stored_path(self.files_dir, attachment.sha256), target)
        with contextlib.suppress(OSError):
            os.chmod(target, 0o444)
        return target

    def tidy(self) -> Tidied:
        """At start, before anything is added: forget what was removed in an earlier session,
        delete the bytes nothing refers to, and the partial copies a crash left."""
        with self._db.write() as session:
            orphans = repo.purge_removed(session)
            kept = repo.all_stored(session)
        forgotten = remove_stored(self.files_dir, orphans)
        leftovers = remove_leftovers(self.files_dir)
        if self.files_dir.is_dir():
            strays = [
                path.name
                for path in self.files_dir.glob("??/*")
                if len(path.name) == 64 and path.name not in kept
            ]
            leftovers += remove_stored(self.files_dir, strays)
        return Tidied(forgotten, leftovers)
