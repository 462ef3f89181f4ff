"""People sort by their surname without its lower-case particles, as Dutch address books do
("Eva van den Berg" under B, "de Tester" under T; a Flemish "De Smet" stays under D), with
accents set aside (Şahin with Sahin). Recomputes ``person.sort_name``.

This script keeps its own copy of the rule (``domain.names``), as migrations do not import
the app: what it wrote must not change when the app's rule does.

Revision ID: 0004_dutch_sort_names
Revises: 0003_timeline_event_facts
Create Date: 2026-12-03 15:00:00
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_dutch_sort_names"
down_revision: str | None = "0003_timeline_event_facts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PARTICLES = frozenset(
    {
        "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "aan", "bij",
        "uit", "onder", "over", "voor", "'s", "d'", "l'", "la", "le", "les", "du", "des",
        "von", "vom", "zu", "zum", "zur", "di", "da", "del", "della", "dos", "das", "do",
        "el", "al", "y",
    }
)  # fmt: skip


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _sort_name(first_name: str, last_name: str) -> str:
    words = last_name.split()
    particles = []
    while len(words) > 1 and words[0] in PARTICLES:
        particles.append(words.pop(0))
    parts = (" ".join(words), first_name.strip(), " ".join(particles))
    return _fold(" ".join(part for part in parts if part))


def _rewrite(name_of) -> None:  # type: ignore[no-untyped-def]
    connection = op.get_bind()
    people = connection.execute(sa.text("SELECT id, first_name, last_name FROM person")).all()
    connection.execute(
        sa.text("UPDATE person SET sort_name = :sort_name WHERE id = :id"),
        [
            {"id": person_id, "sort_name": name_of(first or "", last or "")}
            for person_id, first, last in people
        ]
        or [{"id": -1, "sort_name": ""}],
    )


def upgrade() -> None:
    _rewrite(_sort_name)


def downgrade() -> None:
    _rewrite(lambda first, last: f"{last} {first}".strip().casefold())
