"""The search index: one SQLite FTS5 table over people, companies, vacancies, placements and
timeline entries, kept in step by triggers. (Message templates are searched by the app: most
are its own defaults, which are not rows.)

Triggers, not the app, keep it: every write (a form, an undo, an import, a journey) changes the
index in the same transaction as the row, and nothing can forget to. The tokenizer folds case
and diacritics (``unicode61 remove_diacritics 2``: Zoë = Zoe, Şahin = Sahin); a prefix index
on 2 and 3 characters keeps typing fast.

Each record is one row whose rowid says what it is: ``id * 16 + kind`` (person 1, company 2,
vacancy 3, placement 4, timeline entry 5), so that a trigger replaces a
record's row by its rowid, never by scanning the index. Columns: ``title`` (a name, a summary),
``body`` (everything else that is searched for) and ``touched`` (when it last changed, not
searched, for the order of equally good hits).

A rebuild (``store.search_index.rebuild``) empties the table and touches every row, so that
these same triggers fill it again: the one definition of what is indexed is this script.

This script keeps its own copy of what it needs, as migrations do not import the app.

Revision ID: 0005_search_index
Revises: 0004_dutch_sort_names
Create Date: 2026-12-04 13:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005_search_index"
down_revision: str | None = "0004_dutch_sort_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERSON, COMPANY, VACANCY, PLACEMENT, ENTRY = 1, 2, 3, 4, 5


def _person_rows(where: str) -> str:
    return f"""
        SELECT p.id * 16 + {PERSON}, p.updated_at, trim(p.first_name || ' ' || p.last_name),
            p.headline || ' ' || p.location || ' ' || p.persona || ' ' || p.expertise || ' '
            || p.growth_wishes || ' ' || p.notes || ' '
            || coalesce((SELECT group_concat(address, ' ') FROM person_email
                         WHERE person_id = p.id), '') || ' '
            || coalesce((SELECT group_concat(e164, ' ') FROM person_phone
                         WHERE person_id = p.id), '') || ' '
            || coalesce((SELECT group_concat(t.name, ' ') FROM person_tag AS pt
                         JOIN tag AS t ON t.id = pt.tag_id WHERE pt.person_id = p.id), '')
        FROM person AS p WHERE p.deleted_at IS NULL AND ({where})"""


def _company_rows(where: str) -> str:
    return f"""
        SELECT c.id * 16 + {COMPANY}, c.updated_at, c.name,
            c.industry || ' ' || c.location || ' ' || c.website || ' ' || c.brand_qualifiers
            || ' ' || c.brand_winners || ' ' || c.brand_personality || ' ' || c.notes
        FROM company AS c WHERE c.deleted_at IS NULL AND ({where})"""


def _vacancy_rows(where: str) -> str:
    return f"""
        SELECT v.id * 16 + {VACANCY}, v.updated_at, v.title,
            c.name || ' ' || v.location || ' ' || v.fee_terms || ' ' || v.notes
        FROM vacancy AS v JOIN company AS c ON c.id = v.company_id WHERE ({where})"""


def _placement_rows(where: str) -> str:
    return f"""
        SELECT pl.id * 16 + {PLACEMENT}, pl.updated_at,
            trim(p.first_name || ' ' || p.last_name),
            v.title || ' ' || c.name || ' ' || pl.fee_terms || ' ' || pl.close_reason
        FROM placement AS pl
        JOIN person AS p ON p.id = pl.person_id
        JOIN vacancy AS v ON v.id = pl.vacancy_id
        JOIN company AS c ON c.id = v.company_id
        WHERE p.deleted_at IS NULL AND ({where})"""


def _entry_rows(where: str) -> str:
    return f"""
        SELECT i.id * 16 + {ENTRY}, i.occurred_at, i.summary, i.body
        FROM interaction AS i WHERE i.deleted_at IS NULL AND ({where})"""


def _refresh(rows: str, rowids: str) -> str:
    """Statements that replace the rows ``rowids`` (a SELECT of rowids) by ``rows``."""
    return (
        f"DELETE FROM search_index WHERE rowid IN ({rowids});\n"
        f"INSERT INTO search_index (rowid, touched, title, body) {rows};\n"
    )


def _person(ref: str) -> str:
    return _refresh(_person_rows(f"p.id = {ref}"), f"SELECT {ref} * 16 + {PERSON}")


def _placements_where(condition: str) -> str:
    return _refresh(
        _placement_rows(condition),
        f"SELECT pl.id * 16 + {PLACEMENT} FROM placement AS pl "
        f"JOIN vacancy AS v ON v.id = pl.vacancy_id WHERE {condition}",
    )


def _vacancies_where(condition: str) -> str:
    return _refresh(
        _vacancy_rows(condition),
        f"SELECT v.id * 16 + {VACANCY} FROM vacancy AS v WHERE {condition}",
    )


_EVENTS = (("INSERT", "NEW.id"), ("UPDATE", "NEW.id"), ("DELETE", "OLD.id"))


def _when(event: str, table: str, searched: str) -> str:
    """An update fires only when a searched column changes (a card move changes none)."""
    if event == "UPDATE":
        return f"AFTER UPDATE OF {searched} ON {table}"
    return f"AFTER {event} ON {table}"


def _triggers() -> dict[str, tuple[str, str]]:
    """Trigger name → (when, body). ``when`` is e.g. ``AFTER INSERT ON person``."""
    triggers: dict[str, tuple[str, str]] = {}
    person_text = (
        "first_name, last_name, headline, location, persona, expertise, growth_wishes, notes, "
        "deleted_at"
    )
    for event, ref in _EVENTS:
        triggers[f"person_{event.lower()}"] = (
            _when(event, "person", person_text),
            _person(ref) + _placements_where(f"pl.person_id = {ref}"),
        )
    for table in ("person_email", "person_phone", "person_tag"):
        for event in ("INSERT", "UPDATE", "DELETE"):
            refs = ["NEW.person_id"] if event == "INSERT" else ["OLD.person_id"]
            if event == "UPDATE":
                refs.append("NEW.person_id")
            triggers[f"{table}_{event.lower()}"] = (
                f"AFTER {event} ON {table}",
                "".join(_person(ref) for ref in refs),
            )
    triggers["tag_update"] = (
        "AFTER UPDATE OF name ON tag",
        _refresh(
            _person_rows("p.id IN (SELECT person_id FROM person_tag WHERE tag_id = NEW.id)"),
            f"SELECT person_id * 16 + {PERSON} FROM person_tag WHERE tag_id = NEW.id",
        ),
    )
    company_text = (
        "name, industry, location, website, brand_qualifiers, brand_winners, brand_personality, "
        "notes, deleted_at"
    )
    vacancy_text = "company_id, title, location, fee_terms, notes"
    for event, ref in _EVENTS:
        triggers[f"company_{event.lower()}"] = (
            _when(event, "company", company_text),
            _refresh(_company_rows(f"c.id = {ref}"), f"SELECT {ref} * 16 + {COMPANY}")
            + _vacancies_where(f"v.company_id = {ref}")
            + _placements_where(f"v.company_id = {ref}"),
        )
        triggers[f"vacancy_{event.lower()}"] = (
            _when(event, "vacancy", vacancy_text),
            _refresh(_vacancy_rows(f"v.id = {ref}"), f"SELECT {ref} * 16 + {VACANCY}")
            + _placements_where(f"pl.vacancy_id = {ref}"),
        )
    # A card move changes the stage and position, which are not searched: no index work.
    placement_text = "person_id, vacancy_id, fee_terms, close_reason"
    for event, ref in _EVENTS:
        triggers[f"placement_{event.lower()}"] = (
            _when(event, "placement", placement_text),
            _refresh(_placement_rows(f"pl.id = {ref}"), f"SELECT {ref} * 16 + {PLACEMENT}"),
        )
        triggers[f"interaction_{event.lower()}"] = (
            _when(event, "interaction", "summary, body, occurred_at, deleted_at"),
            _refresh(_entry_rows(f"i.id = {ref}"), f"SELECT {ref} * 16 + {ENTRY}"),
        )
    return triggers


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, body, touched UNINDEXED, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for name, (when, body) in _triggers().items():
        op.execute(f"CREATE TRIGGER search_{name} {when} BEGIN\n{body}END")
    for rows in (
        _person_rows("1"),
        _company_rows("1"),
        _vacancy_rows("1"),
        _placement_rows("1"),
        _entry_rows("1"),
    ):
        op.execute(f"INSERT INTO search_index (rowid, touched, title, body) {rows}")


def downgrade() -> None:
    for name in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS search_{name}")
    op.execute("DROP TABLE IF EXISTS search_index")
