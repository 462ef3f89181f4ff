"""How a person wants to be reached: ranked channels with a note and the date it was learned.

Preferences change, so a change never overwrites: the old ranking is kept as history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from recruiter_desk.domain.vocabulary import Channel, Direction

# Channels a person can answer through; a reply through one of these may reveal a preference.
REPLY_CHANNELS = frozenset(
    {Channel.EMAIL, Channel.PHONE, Channel.WHATSAPP, Channel.SMS, Channel.LINKEDIN, Channel.VIDEO}
)


@dataclass(frozen=True, slots=True)
class ChannelPreference:
    channel: Channel
    note: str = ""
    learned_on: date | None = None


@dataclass(frozen=True, slots=True)
class PreferenceSnapshot:
    """One ranking as it was from ``recorded_at`` until ``superseded_at`` (None: current)."""

    preferences: tuple[ChannelPreference, ...]
    recorded_at: datetime
    superseded_at: datetime | None


def suggests_new_preference(
    preferred: Channel | None, channel: Channel | None, direction: Direction
) -> bool:
    """A reply that came through another channel than the preferred one is a hint that the
    preference changed (or was never right): the app offers to update it."""
    return (
        direction is Direction.INBOUND
        and channel is not None
        and channel in REPLY_CHANNELS
        and channel != preferred
    )
