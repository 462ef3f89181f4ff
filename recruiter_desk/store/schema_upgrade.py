"""Bring a database file to the current schema, safely.

Order of work: look at the stored revision with plain ``sqlite3`` (cheap: start-up imports
Alembic only when there is something to do); take a backup with the online backup API; run
every pending migration in one transaction with foreign keys off (a batch rebuild of a parent
table would otherwise cascade or fail half-way); check ``PRAGMA foreign_key_check``; commit.
Any failure rolls the whole transaction back, so the original file is left as it was.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from recruiter_desk.store.backups import BACKUP_DIRNAME, backup_database
from recruiter_desk.store.connection import BUSY_TIMEOUT_MS
from recruiter_desk.store.migrations import HEAD_REVISION

log = logging.getLogger(__name__)

PACKAGED_SCRIPTS = Path(__file__).with_name("migrations")


class MigrationFailed(RuntimeError):
    """The upgrade did not happen; the database file is unchanged and a backup exists."""

    def __init__(self, database: Path, backup: Path | None, cause: BaseException) -> None:
        super().__init__(f"migrating {database} failed: {cause}")
        self.database = database
        self.backup = backup
        self.cause = cause


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def stored_revision(database: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> str | None:
    """The Alembic revision recorded in the file, or None for a new or empty file."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    connection = sqlite3.connect(
        f"file:{database}?mode=ro", uri=True, timeout=busy_timeout_ms / 1000
    )
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()


def has_user_tables(database: Path, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> bool:
    if not database.exists() or database.stat().st_size == 0:
        return False
    connection = sqlite3.connect(
        f"file:{database}?mode=ro", uri=True, timeout=busy_timeout_ms / 1000
    )
    try:
        return (
            connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            ).fetchone()
            is not None
        )
    finally:
        connection.close()


def upgrade_database(
    database: Path,
    *,
    now: datetime,
    script_location: Path = PACKAGED_SCRIPTS,
    target: str = "head",
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> UpgradeResult:
    """``now`` names the backup taken before migrating a file that holds data;
    ``busy_timeout_ms``: how long to wait for another program's lock."""
    current = stored_revision(database, busy_timeout_ms)
    if target == "head" and current == HEAD_REVISION and script_location == PACKAGED_SCRIPTS:
        return UpgradeResult(current, current, None)

    backup = None
    if has_user_tables(database, busy_timeout_ms):
        backup = backup_database(
            database, database.parent / BACKUP_DIRNAME, f"before-migration-{current or 'none'}", now
        )
        log.info("backed up %s to %s before migrating", database, backup)

    try:
        new_revision = _run_alembic(database, script_location, target)
    except Exception as error:
        log.exception("migration of %s failed; the file was left unchanged", database)
        raise MigrationFailed(database, backup, error) from error
    log.info("migrated %s from %s to %s", database, current, new_revision)
    return UpgradeResult(current, new_revision, backup)


def _run_alembic(database: Path, script_location: Path, target: str) -> str:
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

    from recruiter_desk.store.engine import open_engine

    engine = open_engine(database)
    try:
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            # Must happen outside a transaction: SQLite ignores it inside one.
            raw.execute("PRAGMA foreign_keys=OFF")
            # A batch rebuild drops a table and renames its copy; the search index's triggers
            # on other tables name that table, and a checking rename would refuse while it is
            # briefly gone. The triggers *on* a rebuilt table go with it: a migration that
            # rebuilds an indexed table creates them again (a test checks they are all there).
            raw.execute("PRAGMA legacy_alter_table=ON")
            try:
                with connection.begin():
                    config = Config()
                    config.set_main_option("script_location", str(script_location))
                    config.attributes["connection"] = connection
                    command.upgrade(config, target)
                    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise RuntimeError(
                            f"foreign key check failed after migrating: {problems[:5]}"
                        )
                    revision = MigrationContext.configure(connection).get_current_revision()
            finally:
                raw.execute("PRAGMA legacy_alter_table=OFF")
                raw.execute("PRAGMA foreign_keys=ON")
    finally:
        engine.dispose()
    return revision or ""
