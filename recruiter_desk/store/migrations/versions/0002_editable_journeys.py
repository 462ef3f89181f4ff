"""Editable journeys, an indexed alert moment for reminders, a person's last contact.

- ``journey_step`` gains what the journey in code could express and the table could not
  (calendar-month offsets, repeat limits, a step key), and the default journey is stored in
  it, so that the user can edit it. The table was never written before this revision, so it
  is created anew.
- ``reminder.alert_at`` (due time, or the end of a later snooze) becomes a generated column
  with indexes, so that the board's next-reminder lookups and the Today lists walk an index
  (promised replies first through ``status, kind, alert_at``); the ``status, due_at`` index
  they walked before goes.
- ``person.last_contact_at``: the newest live conversation with the person, filled from the
  timeline, and indexed for "placed and quiet" (oldest contact first).
- ``company``: an index holding what "clients going cold" compares (last contact, creation,
  keep-in-touch days), so that it does not read every wide company row.

Revision ID: 0002_editable_journeys
Revises: 0001_initial
Create Date: 2026-11-25 15:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_editable_journeys"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALERT_AT = "CASE WHEN snoozed_until > due_at THEN snoozed_until ELSE due_at END"


def _anchor(name: str, nullable: bool) -> sa.Column[str]:
    return sa.Column(
        name,
        sa.Enum(
            "signed",
            "start",
            "probation_end",
            "guarantee_end",
            name="journeyanchor",
            native_enum=False,
            length=32,
        ),
        nullable=nullable,
    )


def upgrade() -> None:
    op.drop_table("journey_step")
    op.create_table(
        "journey_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        _anchor("anchor", nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("offset_months", sa.Integer(), nullable=False),
        sa.Column("repeat_every_days", sa.Integer(), nullable=True),
        _anchor("repeat_until_anchor", nullable=True),
        sa.Column("repeat_until_offset_days", sa.Integer(), nullable=False),
        sa.Column("repeat_for_days", sa.Integer(), nullable=False),
        sa.Column("hand_over_when_late", sa.Boolean(), nullable=False),
        _anchor("unless_same_day_as", nullable=True),
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
        sa.UniqueConstraint("template_id", "key", name=op.f("uq_journey_step_template_id_key")),
    )
    with op.batch_alter_table("journey_step", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_journey_step_template_id"), ["template_id"], unique=False
        )

    op.add_column(
        "reminder",
        sa.Column("alert_at", sa.DateTime(), sa.Computed(ALERT_AT, persisted=False)),
    )
    op.drop_index("ix_reminder_placement", table_name="reminder")
    op.drop_index("ix_reminder_status_due", table_name="reminder")
    op.create_index("ix_reminder_status_alert", "reminder", ["status", "alert_at"])
    op.create_index("ix_reminder_status_kind_alert", "reminder", ["status", "kind", "alert_at"])
    op.create_index(
        "ix_reminder_placement_alert", "reminder", ["placement_id", "status", "alert_at"]
    )

    op.add_column("person", sa.Column("last_contact_at", sa.DateTime(), nullable=True))
    op.execute(
        "UPDATE person SET last_contact_at = ("
        " SELECT max(interaction_person.occurred_at) FROM interaction_person"
        " JOIN interaction ON interaction.id = interaction_person.interaction_id"
        " WHERE interaction_person.person_id = person.id"
        " AND interaction.kind = 'conversation' AND interaction.deleted_at IS NULL)"
    )
    op.create_index("ix_person_live_last_contact", "person", ["deleted_at", "last_contact_at"])
    op.create_index(
        "ix_company_live_keep_in_touch",
        "company",
        [
            "deleted_at",
            "last_contact_at",
            "created_at",
            "keep_in_touch_ideal_days",
            "keep_in_touch_max_days",
        ],
    )
    _seed_default_journey()


def _seed_default_journey() -> None:
    """A frozen copy of ``domain.journeys.DEFAULT_JOURNEY`` as of this revision."""
    template = sa.table(
        "journey_template",
        sa.column("id", sa.Integer),
        sa.column("key", sa.String),
        sa.column("name", sa.String),
        sa.column("audience", sa.String),
        sa.column("trigger_stage_key", sa.String),
        sa.column("active", sa.Boolean),
    )
    connection = op.get_bind()
    find = sa.select(template.c.id).where(template.c.key == "after_signing")
    if connection.execute(find).scalar() is None:
        connection.execute(
            template.insert().values(
                key="after_signing",
                name="After signing",
                audience="candidate",
                trigger_stage_key="signed",
                active=True,
            )
        )
    template_id = connection.execute(find).scalar_one()
    step = sa.table(
        "journey_step",
        *(
            sa.column(name, sa.Integer)
            for name in (
                "template_id",
                "position",
                "offset_days",
                "offset_months",
                "repeat_every_days",
                "repeat_until_offset_days",
                "repeat_for_days",
            )
        ),
        *(
            sa.column(name, sa.String)
            for name in (
                "key",
                "title",
                "anchor",
                "repeat_until_anchor",
                "unless_same_day_as",
                "message_template_key",
                "audience",
            )
        ),
        sa.column("hand_over_when_late", sa.Boolean),
    )
    pre_start: dict[str, object] = {
        "anchor": "signed",
        "repeat_every_days": 21,
        "repeat_until_anchor": "start",
        "repeat_until_offset_days": -3,
        "repeat_for_days": 56,
    }
    rows: list[tuple[str, str, str, dict[str, object]]] = [
        ("welcome", "Welcome message after signing", "welcome_after_signing",
         {"anchor": "signed", "offset_days": 1, "hand_over_when_late": True}),
        ("pre_start_team", "Pre-start check-in: introduction to the team", "pre_start_check_in",
         {**pre_start, "offset_days": 7}),
        ("pre_start_manager", "Pre-start check-in: a call from the hiring manager",
         "hiring_manager_introduction", {**pre_start, "offset_days": 14}),
        ("pre_start_projects", "Pre-start check-in: news about the projects",
         "pre_start_check_in", {**pre_start, "offset_days": 21}),
        ("good_luck", "Good-luck message before the first day", "good_luck_day_one",
         {"anchor": "start", "offset_days": -3}),
        ("first_day", "First day: ask how it went", "first_day_check", {"anchor": "start"}),
        ("first_week", "First week check-in", "first_week_check",
         {"anchor": "start", "offset_days": 7}),
        ("first_month", "First month check-in", "first_month_check",
         {"anchor": "start", "offset_months": 1}),
        ("client_evaluation", "Evaluation talk with the client", "client_evaluation",
         {"anchor": "start", "offset_months": 1, "audience": "client"}),
        ("probation_check", "Probation ends in two weeks: check in", "probation_check",
         {"anchor": "probation_end", "offset_days": -14}),
        ("probation_client_call", "Probation ends in two weeks: call the client",
         "probation_client_call",
         {"anchor": "probation_end", "offset_days": -14, "audience": "client"}),
        ("guarantee_client_call", "Fee guarantee ends in two weeks: call the client",
         "guarantee_client_call",
         {"anchor": "guarantee_end", "offset_days": -14, "audience": "client",
          "unless_same_day_as": "probation_end"}),
        ("six_months", "Six-month check-in", "six_month_check",
         {"anchor": "start", "offset_months": 6}),
        ("growth_1y", "Growth conversation: 1 year in the job", "anniversary_growth",
         {"anchor": "start", "offset_months": 12}),
        ("growth_2y", "Growth conversation: 2 years in the job", "anniversary_growth",
         {"anchor": "start", "offset_months": 24}),
        ("growth_3y", "Growth conversation: 3 years in the job", "anniversary_growth",
         {"anchor": "start", "offset_months": 36}),
    ]  # fmt: skip
    defaults = {
        "offset_days": 0,
        "offset_months": 0,
        "repeat_every_days": None,
        "repeat_until_anchor": None,
        "repeat_until_offset_days": 0,
        "repeat_for_days": 0,
        "hand_over_when_late": False,
        "unless_same_day_as": None,
        "audience": "candidate",
    }
    op.bulk_insert(
        step,
        [
            {
                **defaults,
                **fields,
                "template_id": template_id,
                "position": position,
                "key": key,
                "title": title,
                "message_template_key": message,
            }
            for position, (key, title, message, fields) in enumerate(rows)
        ],
    )


def downgrade() -> None:
    op.drop_index("ix_company_live_keep_in_touch", table_name="company")
    op.drop_index("ix_person_live_last_contact", table_name="person")
    op.drop_column("person", "last_contact_at")
    op.drop_index("ix_reminder_placement_alert", table_name="reminder")
    op.drop_index("ix_reminder_status_kind_alert", table_name="reminder")
    op.drop_index("ix_reminder_status_alert", table_name="reminder")
    op.create_index("ix_reminder_status_due", "reminder", ["status", "due_at"])
    op.create_index("ix_reminder_placement", "reminder", ["placement_id", "status"])
    op.drop_column("reminder", "alert_at")
    op.execute("UPDATE reminder SET journey_step_id = NULL")
    op.drop_table("journey_step")
    op.execute("DELETE FROM journey_template WHERE key = 'after_signing'")
    op.create_table(
        "journey_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        _anchor("anchor", nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("repeat_every_days", sa.Integer(), nullable=True),
        _anchor("repeat_until_anchor", nullable=True),
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
    op.create_index(op.f("ix_journey_step_template_id"), "journey_step", ["template_id"])
