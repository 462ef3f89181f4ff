"""A timeline entry's summary as the user reads it. Conversations are shown as typed; the app's
own events are put into words here, from their facts, in the interface's language: a stage by
its current name (an untouched default name translated), a journey touchpoint's default title
translated, a title the user typed as typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recruiter_desk.domain.timeline import (
    ConsentGiven,
    PreferenceChanged,
    ReminderDone,
    StageMoved,
    StageRef,
    TimelineEntry,
)
from recruiter_desk.ui.journeys.journey_labels import touchpoint_title
from recruiter_desk.ui.labels.preference_labels import describe_preferences
from recruiter_desk.ui.labels.stage_labels import named_stage_label, stored_stage_name_label

STAGE_ARROW = " → "


def entry_summary(entry: TimelineEntry) -> str:
    if not entry.is_system_event:
        return entry.summary
    match entry.facts:
        case StageMoved(from_stage, to_stage):
            return f"{stage_name(from_stage)}{STAGE_ARROW}{stage_name(to_stage)}"
        case ReminderDone(title=title):
            return QCoreApplication.translate("Timeline", "Done: %1").replace(
                "%1", touchpoint_title(title)
            )
        case PreferenceChanged(preferences):
            return describe_preferences(preferences)
        case ConsentGiven():
            return QCoreApplication.translate("Timeline", "Consent recorded")
    # An event from before events kept facts, whose facts could not be recovered.
    return entry.summary


def stage_name(stage: StageRef) -> str:
    if stage.key:
        return named_stage_label(stage.key, stage.name)
    return stored_stage_name_label(stage.name)
