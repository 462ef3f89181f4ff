"""Alembic environment: always run on a connection handed over by ``schema_upgrade``."""

from __future__ import annotations

from typing import Any

from alembic import context

from recruiter_desk.store.models import Base

# Virtual tables (FTS5 search indexes) and their shadow tables are created by hand in
# migrations; autogenerate must neither drop nor diff them.
_UNMANAGED_PREFIXES = ("search_",)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    return not (type_ == "table" and name and name.startswith(_UNMANAGED_PREFIXES))


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
        transactional_ddl=True,
    )
    context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Recruiter Desk migrates its own file at start-up; offline mode is unused")
run_migrations_online()
