"""A timeline event's facts as stored: one JSON object in ``interaction.facts``, by event type.

========================  =====================================================================
event type                facts
========================  =====================================================================
``stage_moved``           ``from_stage_id``, ``from_stage_key``, ``from_stage`` (the name then),
                          the same three for ``to_stage``; ids and keys null when not known
``reminder_done``         ``reminder_id`` (null when not known), ``title`` as it was when done,
                          ``journey_step_key`` (null: not a journey touchpoint)
``preference_changed``    ``preferences``: the new ranking, ``[{"channel", "note"}, ...]``
``consent_given``         ``basis`` (a lawful basis, or null)
========================  =====================================================================

The object is flat where it can be, so that an event's words are its facts' text values
(``json_each``): the timeline's text filter matches them, as a full-text index can later.
Written compact with sorted keys, so that the same facts are the same text (the demo data's
rows are compared byte for byte). A value this version cannot read (another event type,
damaged JSON) reads as no facts: the entry then shows its stored summary.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from recruiter_desk.domain.channel_preferences import ChannelPreference
from recruiter_desk.domain.timeline import (
    ConsentGiven,
    EventFacts,
    PreferenceChanged,
    ReminderDone,
    StageMoved,
    StageRef,
    TimelineEvent,
)
from recruiter_desk.domain.vocabulary import Channel, LawfulBasis

log = logging.getLogger(__name__)


def event_type_of(facts: EventFacts) -> TimelineEvent:
    match facts:
        case StageMoved():
            return TimelineEvent.STAGE_MOVED
        case ReminderDone():
            return TimelineEvent.REMINDER_DONE
        case PreferenceChanged():
            return TimelineEvent.PREFERENCE_CHANGED
        case ConsentGiven():
            return TimelineEvent.CONSENT_GIVEN


def encode_facts(facts: EventFacts) -> str:
    return json.dumps(_as_json(facts), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _as_json(facts: EventFacts) -> dict[str, Any]:
    match facts:
        case StageMoved(from_stage, to_stage):
            return _stage("from_stage", from_stage) | _stage("to_stage", to_stage)
        case ReminderDone(reminder_id, title, journey_step_key):
            return {
                "reminder_id": reminder_id,
                "title": title,
                "journey_step_key": journey_step_key or None,
            }
        case PreferenceChanged(preferences):
            return {
                "preferences": [{"channel": p.channel.value, "note": p.note} for p in preferences]
            }
        case ConsentGiven(basis):
            return {"basis": None if basis is None else basis.value}


def _stage(prefix: str, stage: StageRef) -> dict[str, Any]:
    return {f"{prefix}_id": stage.id, f"{prefix}_key": stage.key or None, prefix: stage.name}


def event_type_from(value: str) -> TimelineEvent | None:
    """``interaction.event_type`` as the enumeration ("" for a conversation: None)."""
    try:
        return TimelineEvent(value) if value else None
    except ValueError:
        return None


def decode_facts(event_type: TimelineEvent | None, text: str | None) -> EventFacts | None:
    if event_type is None or text is None:
        return None
    try:
        data = json.loads(text)
        return _from_json(event_type, data)
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("unreadable facts of a %s event: %.200r", event_type, text)
        return None


def _from_json(event_type: TimelineEvent, data: dict[str, Any]) -> EventFacts | None:
    if event_type is TimelineEvent.STAGE_MOVED:
        return StageMoved(_stage_ref(data, "from_stage"), _stage_ref(data, "to_stage"))
    if event_type is TimelineEvent.REMINDER_DONE:
        return ReminderDone(data["reminder_id"], data["title"], data.get("journey_step_key") or "")
    if event_type is TimelineEvent.PREFERENCE_CHANGED:
        return PreferenceChanged(
            tuple(
                ChannelPreference(Channel(item["channel"]), item.get("note") or "")
                for item in data["preferences"]
            )
        )
    if event_type is TimelineEvent.CONSENT_GIVEN:
        basis = data.get("basis")
        return ConsentGiven(None if basis is None else LawfulBasis(basis))
    return None


def _stage_ref(data: dict[str, Any], prefix: str) -> StageRef:
    return StageRef(data[f"{prefix}_id"], data.get(f"{prefix}_key") or "", data[prefix])
