"""Initial schema, with the default placement stages.

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-25 12:36:45.791043
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("sort_name", sa.String(length=300), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("industry", sa.String(length=200), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "prospect",
                "client",
                "former_client",
                name="companystatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("brand_qualifiers", sa.Text(), nullable=False),
        sa.Column("brand_winners", sa.Text(), nullable=False),
        sa.Column("brand_personality", sa.Text(), nullable=False),
        sa.Column("keep_in_touch_ideal_days", sa.Integer(), nullable=True),
        sa.Column("keep_in_touch_max_days", sa.Integer(), nullable=True),
        sa.Column("last_contact_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.create_index(
            "ix_company_live_sort_name", ["deleted_at", "sort_name"], unique=False
        )
        batch_op.create_index(
            "ix_company_live_updated_at", ["deleted_at", "updated_at"], unique=False
        )

    op.create_table(
        "journey_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "audience",
            sa.Enum("candidate", "client", name="journeyaudience", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("trigger_stage_key", sa.String(length=50), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_template")),
        sa.UniqueConstraint("key", name=op.f("uq_journey_template_key")),
    )
    op.create_table(
        "message_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "email",
                "phone",
                "whatsapp",
                "sms",
                "linkedin",
                "video",
                "in_person",
                "other",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_template")),
        sa.UniqueConstraint(
            "key", "channel", "language", name=op.f("uq_message_template_key_channel_language")
        ),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column("sort_name", sa.String(length=400), nullable=False),
        sa.Column("headline", sa.String(length=300), nullable=False),
        sa.Column("linkedin_url", sa.String(length=500), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("expertise", sa.Text(), nullable=False),
        sa.Column("persona", sa.String(length=100), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "passive",
                "placed",
                "do_not_contact",
                name="personstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("growth_wishes", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index("ix_person_live_sort_name", ["deleted_at", "sort_name"], unique=False)
        batch_op.create_index(
            "ix_person_live_status_sort_name", ["deleted_at", "status", "sort_name"], unique=False
        )
        batch_op.create_index(
            "ix_person_live_updated_at", ["deleted_at", "updated_at"], unique=False
        )

    op.create_table(
        "stage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("open", "closed", name="stagekind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("visible", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage")),
        sa.UniqueConstraint("key", name=op.f("uq_stage_key")),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "channel_preference",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "email",
                "phone",
                "whatsapp",
                "sms",
                "linkedin",
                "video",
                "in_person",
                "other",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=300), nullable=False),
        sa.Column("learned_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("superseded_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_channel_preference_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_preference")),
    )
    with op.batch_alter_table("channel_preference", schema=None) as batch_op:
        batch_op.create_index(
            "ix_channel_preference_person", ["person_id", "superseded_at", "rank"], unique=False
        )

    op.create_table(
        "company_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "hiring_manager",
                "hr",
                "employee",
                "other",
                name="rolekind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_company_role_company_id_company"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_company_role_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_role")),
    )
    with op.batch_alter_table("company_role", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_company_role_company_id"), ["company_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_company_role_person_id"), ["person_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "basis",
            sa.Enum(
                "consent",
                "legitimate_interest",
                "contract",
                "legal_obligation",
                name="lawfulbasis",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("informed_at", sa.DateTime(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_consent_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consent_person_id"), ["person_id"], unique=False)

    op.create_table(
        "journey_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "anchor",
            sa.Enum(
                "signed",
                "start",
                "probation_end",
                "guarantee_end",
                name="journeyanchor",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("repeat_every_days", sa.Integer(), nullable=True),
        sa.Column(
            "repeat_until_anchor",
            sa.Enum(
                "signed",
                "start",
                "probation_end",
                "guarantee_end",
                name="journeyanchor",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("message_template_key", sa.String(length=100), nullable=False),
        sa.Column(
            "audience",
            sa.Enum("candidate", "client", name="journeyaudience", native_enum=False, length=32),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["journey_template.id"],
            name=op.f("fk_journey_step_template_id_journey_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journey_step")),
    )
    with op.batch_alter_table("journey_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_journey_step_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "person_email",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_email_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_email")),
    )
    with op.batch_alter_table("person_email", schema=None) as batch_op:
        batch_op.create_index("ix_person_email_address", ["address"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_email_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_phone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=False),
        sa.Column("label", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_phone_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_phone")),
    )
    with op.batch_alter_table("person_phone", schema=None) as batch_op:
        batch_op.create_index("ix_person_phone_e164", ["e164"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_phone_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_tag",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_tag_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_person_tag_tag_id_tag"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "tag_id", name=op.f("pk_person_tag")),
    )
    with op.batch_alter_table("person_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "vacancy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "on_hold",
                "filled",
                "closed",
                name="vacancystatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("fee_terms", sa.Text(), nullable=False),
        sa.Column("fee_percent", sa.Double(), nullable=True),
        sa.Column("fee_fixed_cents", sa.Integer(), nullable=True),
        sa.Column("guarantee_days", sa.Integer(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_vacancy_company_id_company")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacancy")),
    )
    with op.batch_alter_table("vacancy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vacancy_company_id"), ["company_id"], unique=False)
        batch_op.create_index("ix_vacancy_status", ["status", "company_id"], unique=False)

    op.create_table(
        "placement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("vacancy_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("board_position", sa.Double(), nullable=False),
        sa.Column("stage_entered_at", sa.DateTime(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("probation_end_on", sa.Date(), nullable=True),
        sa.Column("guarantee_end_on", sa.Date(), nullable=True),
        sa.Column("fee_terms", sa.Text(), nullable=False),
        sa.Column("close_reason", sa.Text(), nullable=False),
        sa.Column("feedback_given", sa.Boolean(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("last_contact_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_placement_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"], ["stage.id"], name=op.f("fk_placement_stage_id_stage")
        ),
        sa.ForeignKeyConstraint(
            ["vacancy_id"], ["vacancy.id"], name=op.f("fk_placement_vacancy_id_vacancy")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index("ix_placement_board", ["stage_id", "board_position"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_placement_vacancy_id"), ["vacancy_id"], unique=False)

    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "conversation", "system_event", name="interactionkind", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("event_type", sa.String(length=50), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "email",
                "phone",
                "whatsapp",
                "sms",
                "linkedin",
                "video",
                "in_person",
                "other",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column(
            "direction",
            sa.Enum("inbound", "outbound", "none", name="direction", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"], ["company.id"], name=op.f("fk_interaction_company_id_company")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placement.id"], name=op.f("fk_interaction_placement_id_placement")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interaction_company_time", ["company_id", "occurred_at"], unique=False
        )
        batch_op.create_index(
            "ix_interaction_placement_time", ["placement_id", "occurred_at"], unique=False
        )
        batch_op.create_index("ix_interaction_time", ["occurred_at"], unique=False)

    op.create_table(
        "reminder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "follow_up",
                "promised_reply",
                "journey_touchpoint",
                "keep_in_touch",
                "probation_end",
                "anniversary",
                "privacy_review",
                name="reminderkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "open", "done", "cancelled", name="reminderstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("due_local", sa.String(length=32), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("recurrence_rule", sa.String(length=200), nullable=False),
        sa.Column(
            "suggested_channel",
            sa.Enum(
                "email",
                "phone",
                "whatsapp",
                "sms",
                "linkedin",
                "video",
                "in_person",
                "other",
                name="channel",
                native_enum=False,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("message_template_key", sa.String(length=100), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("journey_step_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("notified_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_reminder_company_id_company"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["journey_step_id"],
            ["journey_step.id"],
            name=op.f("fk_reminder_journey_step_id_journey_step"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_reminder_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_reminder_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminder")),
    )
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.create_index("ix_reminder_company", ["company_id", "status"], unique=False)
        batch_op.create_index("ix_reminder_person", ["person_id", "status"], unique=False)
        batch_op.create_index("ix_reminder_placement", ["placement_id", "status"], unique=False)
        batch_op.create_index("ix_reminder_status_due", ["status", "due_at"], unique=False)

    op.create_table(
        "stage_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("from_stage_id", sa.Integer(), nullable=True),
        sa.Column("to_stage_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["from_stage_id"], ["stage.id"], name=op.f("fk_stage_change_from_stage_id_stage")
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_stage_change_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_stage_id"], ["stage.id"], name=op.f("fk_stage_change_to_stage_id_stage")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_change")),
    )
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stage_change_placement", ["placement_id", "changed_at"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.Integer(), nullable=True),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["company.id"],
            name=op.f("fk_attachment_company_id_company"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_attachment_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_attachment_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placement.id"],
            name=op.f("fk_attachment_placement_id_placement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index("ix_attachment_person", ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "interaction_person",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_person_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_interaction_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("interaction_id", "person_id", name=op.f("pk_interaction_person")),
    )
    with op.batch_alter_table("interaction_person", schema=None) as batch_op:
        batch_op.create_index(
            "ix_interaction_person_timeline", ["person_id", "occurred_at"], unique=False
        )

    stage = sa.table(
        "stage",
        sa.column("key", sa.String),
        sa.column("name", sa.String),
        sa.column("position", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("visible", sa.Boolean),
    )
    # Frozen copy of domain.stages.DEFAULT_STAGES as of this revision.
    op.bulk_insert(
        stage,
        [
            {"key": key, "name": name, "position": position, "kind": kind, "visible": True}
            for position, (key, name, kind) in enumerate(
                [
                    ("lead", "Lead", "open"),
                    ("contacted", "Contacted", "open"),
                    ("introduced", "Introduced (CV sent)", "open"),
                    ("interviewing", "Interviewing", "open"),
                    ("offer", "Offer", "open"),
                    ("signed", "Signed (pre-boarding)", "open"),
                    ("started", "Started (onboarding)", "open"),
                    ("retained", "Retained", "open"),
                    ("placed", "Placed for good", "closed"),
                    ("rejected", "Rejected", "closed"),
                    ("withdrawn", "Withdrawn", "closed"),
                ]
            )
        ],
    )


def downgrade() -> None:

    with op.batch_alter_table("interaction_person", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_person_timeline")

    op.drop_table("interaction_person")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index("ix_attachment_person")

    op.drop_table("attachment")
    with op.batch_alter_table("stage_change", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_change_placement")

    op.drop_table("stage_change")
    with op.batch_alter_table("reminder", schema=None) as batch_op:
        batch_op.drop_index("ix_reminder_status_due")
        batch_op.drop_index("ix_reminder_placement")
        batch_op.drop_index("ix_reminder_person")
        batch_op.drop_index("ix_reminder_company")

    op.drop_table("reminder")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_time")
        batch_op.drop_index("ix_interaction_placement_time")
        batch_op.drop_index("ix_interaction_company_time")

    op.drop_table("interaction")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_vacancy_id"))
        batch_op.drop_index(batch_op.f("ix_placement_person_id"))
        batch_op.drop_index("ix_placement_board")

    op.drop_table("placement")
    with op.batch_alter_table("vacancy", schema=None) as batch_op:
        batch_op.drop_index("ix_vacancy_status")
        batch_op.drop_index(batch_op.f("ix_vacancy_company_id"))

    op.drop_table("vacancy")
    with op.batch_alter_table("person_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_tag_tag_id"))

    op.drop_table("person_tag")
    with op.batch_alter_table("person_phone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_phone_person_id"))
        batch_op.drop_index("ix_person_phone_e164")

    op.drop_table("person_phone")
    with op.batch_alter_table("person_email", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_email_person_id"))
        batch_op.drop_index("ix_person_email_address")

    op.drop_table("person_email")
    with op.batch_alter_table("journey_step", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_journey_step_template_id"))

    op.drop_table("journey_step")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_person_id"))

    op.drop_table("consent")
    with op.batch_alter_table("company_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_company_role_person_id"))
        batch_op.drop_index(batch_op.f("ix_company_role_company_id"))

    op.drop_table("company_role")
    with op.batch_alter_table("channel_preference", schema=None) as batch_op:
        batch_op.drop_index("ix_channel_preference_person")

    op.drop_table("channel_preference")
    op.drop_table("tag")
    op.drop_table("stage")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_live_updated_at")
        batch_op.drop_index("ix_person_live_status_sort_name")
        batch_op.drop_index("ix_person_live_sort_name")

    op.drop_table("person")
    op.drop_table("message_template")
    op.drop_table("journey_template")
    with op.batch_alter_table("company", schema=None) as batch_op:
        batch_op.drop_index("ix_company_live_updated_at")
        batch_op.drop_index("ix_company_live_sort_name")

    op.drop_table("company")
