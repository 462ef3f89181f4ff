"""Files on records: each content stored once (``stored_file``, with the text read from it),
each attachment a role (CV, contract) and a removal that Undo can take back; the files' names
and text in the search index.

Attachments are indexed as kind 7 (``rowid = id * 16 + 7``): ``title`` the file's name,
``body`` its text, ``touched`` when it was added. A file removed, or on a person or company
removed, leaves the index; triggers keep that in step as 0005's do for the other records.

This script keeps its own copy of what it needs, as migrations do not import the app.

Revision ID: 0006_attachments
Revises: 0005_search_index
Create Date: 2026-12-04 21:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_attachments"
down_revision: str | None = "0005_search_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FILE = 7


def _file_rows(where: str) -> str:
    return f"""
        SELECT a.id * 16 + {FILE}, a.created_at, a.filename, f.text
        FROM attachment AS a JOIN stored_file AS f ON f.sha256 = a.sha256
        WHERE a.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM person AS p
                          WHERE p.id = a.person_id AND p.deleted_at IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM company AS c
                          WHERE c.id = a.company_id AND c.deleted_at IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM interaction AS i
                          WHERE i.id = a.interaction_id AND i.deleted_at IS NOT NULL)
          AND ({where})"""


def _refresh(where: str) -> str:
    return (
        "DELETE FROM search_index WHERE rowid IN "
        f"(SELECT a.id * 16 + {FILE} FROM attachment AS a WHERE {where});\n"
        f"INSERT INTO search_index (rowid, touched, title, body) {_file_rows(where)};\n"
    )


def _triggers() -> dict[str, tuple[str, str]]:
    """Trigger name → (when, body), as in 0005."""
    triggers = {
        "attachment_insert": ("AFTER INSERT ON attachment", _refresh("a.id = NEW.id")),
        "attachment_update": (
            "AFTER UPDATE OF filename, sha256, deleted_at ON attachment",
            _refresh("a.id = NEW.id"),
        ),
        "attachment_delete": (
            "AFTER DELETE ON attachment",
            f"DELETE FROM search_index WHERE rowid = OLD.id * 16 + {FILE};\n",
        ),
        "stored_file_update": (
            "AFTER UPDATE OF text ON stored_file",
            _refresh("a.sha256 = NEW.sha256"),
        ),
    }
    for table, column in (
        ("person", "person_id"),
        ("company", "company_id"),
        ("interaction", "interaction_id"),
    ):
        triggers[f"{table}_files_update"] = (
            f"AFTER UPDATE OF deleted_at ON {table}",
            _refresh(f"a.{column} = NEW.id"),
        )
    return triggers


def upgrade() -> None:
    op.create_table(
        "stored_file",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column(
            "text_state",
            sa.Enum(
                "pending",
                "found",
                "empty",
                "protected",
                "damaged",
                "not-read",
                name="textstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_stored_file")),
    )
    # The app never wrote attachments before this revision; should a file hold some, each
    # content gets its row, to be read again.
    op.execute(
        "INSERT INTO stored_file (sha256, size_bytes, text_state, text) "
        "SELECT sha256, max(size_bytes), 'pending', '' FROM attachment GROUP BY sha256"
    )
    # The table made anew by hand, not in batch mode: batch mode reflects the foreign keys in
    # no fixed order, and two new files would differ in their schema's text.
    op.create_table(
        "attachment_new",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum("cv", "contract", "other", name="documentrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["sha256"], ["stored_file.sha256"], name="fk_attachment_sha256_stored_file"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name="fk_attachment_person_id_person",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name="fk_attachment_company_id_company",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name="fk_attachment_placement_id_placement",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name="fk_attachment_interaction_id_interaction",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_attachment"),
    )
    op.execute(
        "INSERT INTO attachment_new (id, sha256, filename, media_type, size_bytes, role, "
        "person_id, company_id, placement_id, interaction_id, created_at) "
        "SELECT id, sha256, filename, media_type, size_bytes, 'other', person_id, company_id, "
        "placement_id, interaction_id, created_at FROM attachment"
    )
    op.drop_table("attachment")
    op.rename_table("attachment_new", "attachment")
    for name, column in (
        ("ix_attachment_sha256", "sha256"),
        ("ix_attachment_person", "person_id"),
        ("ix_attachment_company", "company_id"),
        ("ix_attachment_placement", "placement_id"),
        ("ix_attachment_interaction", "interaction_id"),
    ):
        op.create_index(name, "attachment", [column], unique=False)
    for name, (when, body) in _triggers().items():
        op.execute(f"CREATE TRIGGER search_{name} {when} BEGIN\n{body}END")
    op.execute(f"INSERT INTO search_index (rowid, touched, title, body) {_file_rows('1')}")


def downgrade() -> None:
    for name in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS search_{name}")
    op.execute(f"DELETE FROM search_index WHERE rowid % 16 = {FILE}")
    for name in ("ix_attachment_interaction", "ix_attachment_placement", "ix_attachment_company"):
        op.drop_index(name, table_name="attachment")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_constraint("fk_attachment_sha256_stored_file", type_="foreignkey")
        batch_op.drop_column("deleted_at")
        batch_op.drop_column("role")
    op.drop_table("stored_file")
