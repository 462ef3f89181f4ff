"""A timeline entry's summary as the user reads it. Conversations are shown as typed; the app's
own events are stored with the words of their moment (the default stage names, a journey
touchpoint's default title, in English) and are shown in the UI's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recruiter_desk.domain.timeline import (
    REMINDER_DONE,
    STAGE_MOVED,
    TimelineEntry,
    stage_moved_names,
    stage_moved_summary,
)
from recruiter_desk.ui.journeys.journey_labels import touchpoint_title
from recruiter_desk.ui.labels.stage_labels import stored_stage_name_label


def entry_summary(entry: TimelineEntry) -> str:
    if not entry.is_system_event:
        return entry.summary
    names = stage_moved_names(entry.summary) if entry.event_type == STAGE_MOVED else None
    if names is not None:
        before, after = names
        return stage_moved_summary(stored_stage_name_label(before), stored_stage_name_label(after))
    if entry.event_type == REMINDER_DONE:
        return QCoreApplication.translate("Timeline", "Done: %1").replace(
            "%1", touchpoint_title(entry.summary)
        )
    return entry.summary
