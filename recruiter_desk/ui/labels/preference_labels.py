"""A ranking of channels in words: for the preferences dialog's history and the timeline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from recruiter_desk.domain.channel_preferences import ChannelPreference
from recruiter_desk.ui.labels.vocabulary_labels import channel_label


def describe_preferences(preferences: tuple[ChannelPreference, ...]) -> str:
    """One line: "Prefers WhatsApp (after 18:00), then Email"."""
    parts = [
        f"{channel_label(p.channel)} ({p.note})" if p.note else channel_label(p.channel)
        for p in preferences
    ]
    if not parts:
        return QCoreApplication.translate("ChannelPreferences", "No preferred channel")
    return QCoreApplication.translate("ChannelPreferences", "Prefers %1").replace(
        "%1", QCoreApplication.translate("ChannelPreferences", ", then ").join(parts)
    )
