"""Reproducible sample data: the database of a Dutch/Flemish independent recruiter.

Used by ``recruiter-desk --demo`` (``DEMO``), by tests, and by benchmarks (``S``, ``M``, ``L``).
The same seed and the same ``now`` give byte-for-byte the same rows: one ``random.Random``,
no iteration over sets, every time derived from ``now``.

Rows are written with plain ``sqlite3.executemany`` on the connection ``open_engine`` sets up,
in one transaction: SQLAlchemy Core's per-row type processing about doubles the time (200k
interactions: 2.9 s against 1.5 s). So values are written in exactly the form the column types
store: times and dates as ``store.stored_time`` writes them (what ``UtcDateTime`` over
SQLite's ``DateTime`` writes, e.g. ``2026-03-30 10:15:00.000000``), enums as their values,
booleans as 0/1.

Denormalised columns follow the rules the repositories use: ``person.sort_name`` is
``f"{last_name} {first_name}".strip().casefold()`` with the tussenvoegsel left where it is
("van der meer sanne"), ``company.sort_name`` is ``name.casefold()``,
``company.last_contact_at``/``placement.last_contact_at``/``person.last_contact_at`` are the
latest live conversation
(system events such as a stage move are not contact), and ``interaction_person.occurred_at``
copies the interaction's.

The package keeps the generator apart from its content: ``generator`` runs the parts in order
(``planning``, then the rows of ``people_rows``, ``company_rows``, ``interaction_rows`` and
``reminder_rows``, written through ``rows``); the words and weights they draw from are in
``names``, ``specialisms``, ``profiles``, ``companies``, ``conversations``, ``procedures`` and
``reminder_texts``.
"""

from recruiter_desk.store.demo_dataset.cli import main
from recruiter_desk.store.demo_dataset.generator import generate_dataset
from recruiter_desk.store.demo_dataset.sizes import (
    DEMO,
    LARGE,
    MEDIUM,
    SIZES,
    SMALL,
    TABLES_WRITTEN,
    DatasetSize,
    GenerationReport,
)

__all__ = [
    "DEMO",
    "LARGE",
    "MEDIUM",
    "SIZES",
    "SMALL",
    "TABLES_WRITTEN",
    "DatasetSize",
    "GenerationReport",
    "generate_dataset",
    "main",
]
