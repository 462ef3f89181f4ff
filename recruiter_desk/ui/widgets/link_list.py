"""A list of records on a detail pane that each open where they live: the contacts of a
company, its vacancies and placements, a vacancy's candidates. One line per record, a real
link (keyboard and mouse), the names shown exactly as stored (escaped, bidi-isolated)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

FSI, PDI = "\u2068", "\u2069"
"""Unicode first-strong isolate: a name written right to left (or with a stray override
character) cannot turn the words after it around."""


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    """What the line says (a name, a title); the user's words, shown as plain text."""
    kind: str
    """"person", "company", "vacancy" or "placement"."""
    record_id: int
    detail: str = ""
    """Plain words after the link ("hiring manager", "Interviewing")."""


OpenLink = Callable[[str, int], None]
"""Opens a record where it lives, by kind and id (the composition root says how)."""


class LinkList(QLabel):
    opened = Signal(str, int)
    """A link was followed: its kind and record id."""

    def __init__(self, links: Sequence[Link] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkList")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(self._followed)
        self.links: list[Link] = []
        self.set_links(links)

    def set_links(self, links: Sequence[Link]) -> None:
        self.links = list(links)
        lines = []
        for link in self.links:
            anchor = f'<a href="{link.kind}:{link.record_id}">{_plain(link.text)}</a>'
            lines.append(f"{anchor} · {_plain(link.detail)}" if link.detail else anchor)
        self.setText("<br>".join(lines))
        self.setAccessibleDescription(
            "; ".join(f"{link.text}, {link.detail}" for link in self.links)
        )

    def _followed(self, target: str) -> None:
        kind, _colon, number = target.partition(":")
        if number.isdigit():
            self.opened.emit(kind, int(number))


def isolated(text: str) -> str:
    """The user's words between isolates, for plain-text labels; empty stays empty."""
    return f"{FSI}{text}{PDI}" if text else ""


def _plain(text: str) -> str:
    return f"{FSI}{escape(text)}{PDI}"
