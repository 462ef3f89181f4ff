"""Stored files on disk: ``files/<aa>/<sha256>`` in the data folder, each content once.

The path is made of the content's hash alone, so no name a file came with (``../``,
``CON``, a right-to-left override, 300 characters, a NUL byte) ever reaches the file system.
A file is copied to a temporary name in the same folder, hashed while it is copied, flushed
to the disk and only then renamed to its hash: a crash leaves a whole file or a temporary one,
which the next start removes (``remove_leftovers``).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from recruiter_desk.domain.attachments import AttachmentRefused, Refusal, kept_name
from recruiter_desk.domain.storage_errors import StorageError
from recruiter_desk.store.storage_errors import as_storage_error

FILES_DIRNAME = "files"
_INCOMING = ".incoming-"
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class CopiedFile:
    sha256: str
    size_bytes: int
    filename: str
    """The name it came with, as kept (``domain.attachments.kept_name``)."""


def files_folder(data_dir: Path) -> Path:
    return data_dir / FILES_DIRNAME


def stored_path(files_dir: Path, sha256: str) -> Path:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError("not a stored file's hash")
    return files_dir / sha256[:2] / sha256


def copy_in(source: Path, files_dir: Path, limit_bytes: int) -> CopiedFile:
    """Store the file at ``source``. Refused (``AttachmentRefused``, nothing stored): a folder,
    a file that is not there or cannot be read, one over ``limit_bytes``. A failing write
    (the disk full) raises ``StorageError`` and leaves nothing behind."""
    name = kept_name(source.name)
    limit_mb = limit_bytes // (1024 * 1024)
    if source.is_dir():
        raise AttachmentRefused(name, Refusal.FOLDER)
    try:
        size = source.stat().st_size
        stream = source.open("rb")
    except FileNotFoundError as error:
        raise AttachmentRefused(name, Refusal.NOT_FOUND) from error
    except OSError as error:
        raise AttachmentRefused(name, Refusal.CANNOT_READ) from error
    if size > limit_bytes:
        stream.close()
        raise AttachmentRefused(name, Refusal.TOO_LARGE, limit_mb)
    with stream:
        sha256, size = _store(stream, files_dir, limit_bytes, name, limit_mb)
    return CopiedFile(sha256, size, name)


def store_bytes(data: bytes, filename: str, files_dir: Path, limit_bytes: int) -> CopiedFile:
    """Store ``data`` (a file that came inside a mail) as ``copy_in`` stores a file."""
    name = kept_name(filename)
    sha256, size = _store(
        io.BytesIO(data), files_dir, limit_bytes, name, limit_bytes // (1024 * 1024)
    )
    return CopiedFile(sha256, size, name)


def _store(
    stream: BinaryIO, files_dir: Path, limit_bytes: int, name: str, limit_mb: int
) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    temporary = files_dir / f"{_INCOMING}{secrets.token_hex(8)}"
    try:
        files_dir.mkdir(parents=True, exist_ok=True)
        with temporary.open("xb") as copy:
            while True:
                try:
                    chunk = stream.read(_CHUNK)
                except OSError as error:
                    raise AttachmentRefused(name, Refusal.CANNOT_READ) from error
                if not chunk:
                    break
                size += len(chunk)
                if size > limit_bytes:  # it grew while it was copied
                    raise AttachmentRefused(name, Refusal.TOO_LARGE, limit_mb)
                digest.update(chunk)
                copy.write(chunk)
            copy.flush()
            os.fsync(copy.fileno())
        sha256 = digest.hexdigest()
        final = stored_path(files_dir, sha256)
        if final.exists() and final.stat().st_size == size:
            temporary.unlink()  # the same content is stored already
        else:
            final.parent.mkdir(exist_ok=True)
            os.replace(temporary, final)
        return sha256, size
    except BaseException as error:  # nothing half-copied is left, whatever went wrong
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            storage_error = as_storage_error(error)
            if isinstance(storage_error, StorageError):
                raise storage_error from error
        raise


def remove_leftovers(files_dir: Path) -> int:
    """Temporary copies a crash left: removed at start, when no copy is on its way."""
    removed = 0
    if files_dir.is_dir():
        for leftover in files_dir.glob(f"{_INCOMING}*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed


def remove_stored(files_dir: Path, shas: Iterable[str]) -> int:
    """Remove the stored files of ``shas`` (nothing refers to them any more)."""
    removed = 0
    for sha256 in shas:
        path = stored_path(files_dir, sha256)
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            removed += 1
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # only when empty
    return removed
