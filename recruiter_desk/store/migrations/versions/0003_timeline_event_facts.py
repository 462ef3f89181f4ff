"""Timeline system events keep their facts as data: ``interaction.facts`` (JSON).

Until this revision an event stored English words that the timeline parsed back: a stage
move as "Interviewing → Offer" (the two stage names of that moment), a reminder done as the
reminder's title. Now it stores its facts (``store.event_facts``: stage ids, a reminder id)
and the words are made when shown, in the interface's language. The old events are
converted here, once, the last time their text is parsed:

- A stage move: the ids come from the stage history row the move wrote in the same
  transaction (same placement, same moment); without one, from the names, matched to the
  stage table's current names, then to the default names of this revision (a stage renamed
  since keeps its key). A name that matches nothing keeps its text as the stage's name, with
  no id. The summary becomes empty; a summary that is not "A → B" is left as it was, without
  facts (the timeline shows it as stored).
- A reminder done: the reminder whose ``done_at`` is the event's moment and whose title the
  summary holds gives the id and journey step; without one, the title alone. The summary,
  which held the title, becomes empty.
- A channel preference change: the ranking recorded at the event's moment for its person
  (none recorded, but an old one closed then: "no preferred channel"). The summary keeps the
  sentence it was given.
- Consent given: no facts to recover (the basis was not written). The sample data's
  sentence (the only one ever written) goes; any other summary is kept.

Downgrade puts the old text back from the facts (exactly, for the events converted here) and
drops the column.

The JSON is written as ``store.event_facts.encode_facts`` writes it (compact, sorted keys);
this script keeps its own copy of that format and of the default stage names, as migrations
do not import the app.

Revision ID: 0003_timeline_event_facts
Revises: 0002_editable_journeys
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0003_timeline_event_facts"
down_revision: str | None = "0002_editable_journeys"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ARROW = " → "
DEFAULT_STAGE_NAMES = {
    "lead": "Lead",
    "contacted": "Contacted",
    "introduced": "Introduced (CV sent)",
    "interviewing": "Interviewing",
    "offer": "Offer",
    "signed": "Signed (pre-boarding)",
    "started": "Started (onboarding)",
    "retained": "Retained",
    "placed": "Placed for good",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
}
OLD_CONSENT_TEXT = "Toestemming vastgelegd"  # what the 0002 sample data wrote


def _json(facts: dict[str, Any]) -> str:
    return json.dumps(facts, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def upgrade() -> None:
    op.add_column("interaction", sa.Column("facts", sa.Text(), nullable=True))
    connection = op.get_bind()
    _convert_stage_moves(connection)
    _convert_reminders_done(connection)
    _convert_preference_changes(connection)
    connection.execute(
        sa.text(
            "UPDATE interaction SET facts = :facts, "
            "summary = CASE WHEN summary = :old THEN '' ELSE summary END "
            "WHERE kind = 'system_event' AND event_type = 'consent_given'"
        ),
        {"facts": _json({"basis": None}), "old": OLD_CONSENT_TEXT},
    )


def _set(
    connection: sa.Connection, interaction_id: int, facts: dict[str, Any], summary: str | None
) -> None:
    if summary is None:
        connection.execute(
            sa.text("UPDATE interaction SET facts = :facts WHERE id = :id"),
            {"facts": _json(facts), "id": interaction_id},
        )
    else:
        connection.execute(
            sa.text("UPDATE interaction SET facts = :facts, summary = :summary WHERE id = :id"),
            {"facts": _json(facts), "summary": summary, "id": interaction_id},
        )


def _convert_stage_moves(connection: sa.Connection) -> None:
    stages = {
        row.id: (row.key, row.name)
        for row in connection.execute(sa.text('SELECT id, "key", name FROM stage'))
    }
    by_name: dict[str, int] = {}
    for stage_id, (key, _name) in sorted(stages.items()):
        by_name.setdefault(DEFAULT_STAGE_NAMES.get(key, ""), stage_id)
    for stage_id, (_key, name) in sorted(stages.items()):
        by_name[name] = stage_id  # a current name wins over a default one
    by_name.pop("", None)
    events = connection.execute(
        sa.text(
            "SELECT id, placement_id, occurred_at, summary FROM interaction "
            "WHERE kind = 'system_event' AND event_type = 'stage_moved' ORDER BY id"
        )
    ).all()
    for event in events:
        before, arrow, after = event.summary.partition(ARROW)
        if not arrow:
            continue
        history = connection.execute(
            sa.text(
                "SELECT from_stage_id, to_stage_id FROM stage_change "
                "WHERE placement_id = :placement AND changed_at = :at "
                "AND from_stage_id IS NOT NULL ORDER BY id"
            ),
            {"placement": event.placement_id, "at": event.occurred_at},
        ).all()
        if len(history) == 1:
            from_id, to_id = history[0].from_stage_id, history[0].to_stage_id
        else:
            from_id, to_id = by_name.get(before), by_name.get(after)
        facts: dict[str, Any] = {}
        for prefix, stage_id, name in (("from_stage", from_id, before), ("to_stage", to_id, after)):
            known = stages.get(stage_id) if stage_id is not None else None
            facts[f"{prefix}_id"] = stage_id if known else None
            facts[f"{prefix}_key"] = known[0] if known else None
            facts[prefix] = name
        _set(connection, event.id, facts, "")


def _convert_reminders_done(connection: sa.Connection) -> None:
    events = connection.execute(
        sa.text(
            "SELECT id, occurred_at, summary FROM interaction "
            "WHERE kind = 'system_event' AND event_type = 'reminder_done' ORDER BY id"
        )
    ).all()
    for event in events:
        reminder = connection.execute(
            sa.text(
                'SELECT reminder.id, journey_step."key" AS step_key FROM reminder '
                "LEFT JOIN journey_step ON journey_step.id = reminder.journey_step_id "
                "WHERE reminder.done_at = :at AND substr(reminder.title, 1, 500) = :title "
                "ORDER BY reminder.id LIMIT 1"
            ),
            {"at": event.occurred_at, "title": event.summary},
        ).first()
        facts = {
            "reminder_id": reminder.id if reminder else None,
            "title": event.summary,
            "journey_step_key": (reminder.step_key or None) if reminder else None,
        }
        _set(connection, event.id, facts, "")


def _convert_preference_changes(connection: sa.Connection) -> None:
    events = connection.execute(
        sa.text(
            "SELECT interaction.id, interaction.occurred_at, interaction_person.person_id "
            "FROM interaction JOIN interaction_person "
            "ON interaction_person.interaction_id = interaction.id "
            "WHERE interaction.kind = 'system_event' "
            "AND interaction.event_type = 'preference_changed' ORDER BY interaction.id"
        )
    ).all()
    for event in events:
        parameters = {"person": event.person_id, "at": event.occurred_at}
        ranking = connection.execute(
            sa.text(
                "SELECT channel, note FROM channel_preference "
                "WHERE person_id = :person AND recorded_at = :at ORDER BY rank, id"
            ),
            parameters,
        ).all()
        if (
            not ranking
            and not connection.execute(
                sa.text(
                    "SELECT 1 FROM channel_preference "
                    "WHERE person_id = :person AND superseded_at = :at LIMIT 1"
                ),
                parameters,
            ).first()
        ):
            continue  # nothing recorded then: the summary stays the event's only content
        preferences = [{"channel": row.channel, "note": row.note} for row in ranking]
        _set(connection, event.id, {"preferences": preferences}, None)


def downgrade() -> None:
    op.execute(
        "UPDATE interaction SET summary = "
        "json_extract(facts, '$.from_stage') || ' → ' || json_extract(facts, '$.to_stage') "
        "WHERE event_type = 'stage_moved' AND facts IS NOT NULL AND summary = ''"
    )
    op.execute(
        "UPDATE interaction SET summary = substr(json_extract(facts, '$.title'), 1, 500) "
        "WHERE event_type = 'reminder_done' AND facts IS NOT NULL AND summary = ''"
    )
    op.execute(
        f"UPDATE interaction SET summary = '{OLD_CONSENT_TEXT}' "
        "WHERE event_type = 'consent_given' AND summary = ''"
    )
    op.drop_column("interaction", "facts")
