"""What the file under the database's name is, looked at without changing a byte.

Start-up, ``recruiter-desk due`` and a restore all ask this before they open the file through
SQLAlchemy: a zero-length file (a failed copy or sync), a file that is not SQLite at all, another
program's SQLite database and one written by a newer app must each be told apart from "ours" and
from "no data yet", so that none of them is taken over, migrated or replaced by an empty desk.

Reading uses a ``mode=ro`` URI connection and no pragma that writes (``journal_mode`` would switch
a rollback-journal file to WAL).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from recruiter_desk.store.connection import add_functions
from recruiter_desk.store.migrations import HEAD_REVISION

SQLITE_HEADER = b"SQLite format 3\x00"
VERSION_TABLE = "alembic_version"


class FileKind(Enum):
    MISSING = "missing"
    """No file: a first start."""
    ZERO_LENGTH = "zero_length"
    """A file of 0 bytes: SQLite would treat it as a new database, we do not."""
    NOT_SQLITE = "not_sqlite"
    """Bytes that are not an SQLite database (a different file, or a damaged header)."""
    NO_TABLES = "no_tables"
    """A valid SQLite file without tables: nothing to lose, treated as a first start."""
    FOREIGN = "foreign"
    """Another program's database: tables, but not our version table."""
    OURS = "ours"
    """Ours, at this app's schema."""
    OLDER = "older"
    """Ours at an earlier schema (or our version table without a row): to be migrated."""
    NEWER = "newer"
    """Ours, written by a newer version of the app: read-only at most."""


@dataclass(frozen=True, slots=True)
class FileInspection:
    kind: FileKind
    revision: str | None = None
    """The schema revision stored in the file, when it has one."""


def read_only_uri(path: Path) -> str:
    """A URI that opens ``path`` for reading only: SQLite creates nothing and writes nothing
    through it (a WAL file's ``-shm`` aside, which SQLite needs to read a WAL at all)."""
    return f"{path.absolute().as_uri()}?mode=ro"


def connect_read_only(path: Path, busy_timeout_ms: int) -> sqlite3.Connection:
    """A reading connection. In a folder where nothing can be written (read-only, or a full
    disk), SQLite cannot make the ``-shm`` it needs to read a WAL file: then the file is opened
    as ``immutable``, which reads the main file as it is (nobody can be writing it either)."""
    uri = read_only_uri(path)
    try:
        return _reading_connection(uri, busy_timeout_ms)
    except sqlite3.OperationalError:
        from recruiter_desk.store.folder_probe import write_problem

        if not path.exists() or write_problem(path.parent) is None:
            raise
        return _reading_connection(uri + "&immutable=1", busy_timeout_ms)


def _reading_connection(uri: str, busy_timeout_ms: int) -> sqlite3.Connection:
    connection = sqlite3.connect(
        uri, uri=True, timeout=busy_timeout_ms / 1000, check_same_thread=False
    )
    add_functions(connection)
    try:
        connection.execute("PRAGMA query_only=ON")  # a connection setting; nothing in the file
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the file
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def inspect_database_file(path: Path, *, busy_timeout_ms: int = 5000) -> FileInspection:
    """What ``path`` holds. ``sqlite3.Error`` is raised when SQLite cannot read it (locked past
    the busy timeout, damaged beyond its first page, no permission)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileInspection(FileKind.MISSING)
    if size == 0:
        return FileInspection(FileKind.ZERO_LENGTH)
    with path.open("rb") as file:
        if file.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return FileInspection(FileKind.NOT_SQLITE)
    connection = connect_read_only(path, busy_timeout_ms)
    try:
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if not tables:
            return FileInspection(FileKind.NO_TABLES)
        if VERSION_TABLE not in tables:
            return FileInspection(FileKind.FOREIGN)
        row = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
    finally:
        connection.close()
    revision = row[0] if row else None
    if revision == HEAD_REVISION:
        return FileInspection(FileKind.OURS, revision)
    if revision is None or revision in known_revisions():
        return FileInspection(FileKind.OLDER, revision)
    return FileInspection(FileKind.NEWER, revision)


def known_revisions() -> set[str]:
    """Every revision this app's migrations know (the file names of its version scripts)."""
    versions = Path(__file__).with_name("migrations") / "versions"
    return {script.stem for script in versions.glob("*.py") if not script.stem.startswith("_")}


class UnusableDatabase(RuntimeError):
    """The file under the database's name cannot be opened as this app's data. It was not
    changed: ``set_aside`` is where it was moved, bytes unchanged (None: left in place, as
    another program's file or a newer app's is)."""

    def __init__(
        self,
        path: Path,
        kind: FileKind,
        set_aside: Path | None = None,
        revision: str | None = None,
    ) -> None:
        super().__init__(f"{path.name} cannot be opened ({kind.value})")
        self.path = path
        self.kind = kind
        self.set_aside = set_aside
        self.revision = revision
        self.expected = HEAD_REVISION
        """The schema this app reads, to name beside a newer file's."""


def set_aside(path: Path, why: str, now: datetime) -> Path:
    """Move ``path`` (and its ``-wal`` and ``-shm``) to a unique name beside it, bytes unchanged:
    a rename, never a copy. Returns the database's new path."""
    stamp = f"{now.astimezone(UTC):%Y%m%d-%H%M%S}"
    counter = 0
    while True:
        suffix = f"-{counter}" if counter else ""
        target = path.with_name(f"{path.stem}-{why}-{stamp}{suffix}{path.suffix}")
        companions = [target.with_name(target.name + end) for end in ("-wal", "-shm")]
        if not target.exists() and not any(c.exists() for c in companions):
            break
        counter += 1
    for end in ("-wal", "-shm"):
        companion = path.with_name(path.name + end)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + end))
    os.replace(path, target)
    return target
