"""What the selection in an area is about, for the commands that act on it from anywhere
(Ctrl+L logs a contact with it, Ctrl+R sets a reminder about it).

Each area answers ``selected_subject()``; the window never looks into an area's widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from recruiter_desk.domain.vocabulary import Channel


@dataclass(frozen=True, slots=True)
class Subject:
    name: str
    """Who or what it is, as the dialogs name it ("Log contact with Anna de Vries")."""
    person_id: int | None = None
    company_id: int | None = None
    placement_id: int | None = None
    preferred_channel: Channel | None = None


class HasSelection(Protocol):
    def selected_subject(self) -> Subject | None:
        """The person, company or card the user chose last in this area, or None."""
