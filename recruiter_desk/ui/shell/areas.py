"""One entry of the sidebar: an area, as the composition root builds it for the window.

``build_page`` and ``build_controller`` import their modules when called, so an area nobody
opens costs neither import nor widgets. The controller is made once the store is open and the
area is shown (or something else needs it); it answers the few questions the window asks of
every area, through ``AreaController``: the window never reaches into an area's widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QSplitter, QWidget

from recruiter_desk.ui.shell.subject import Subject


class AreaController(Protocol):
    def start(self) -> None:
        """Read the area's data: once, when the area is first shown."""

    def selected_subject(self) -> Subject | None:
        """What Ctrl+L and Ctrl+R act on here."""

    def focus_filter(self) -> bool:
        """Ctrl+Shift+F: put the focus in the area's own filter, if it has one on screen."""


@dataclass(eq=False)
class Area:
    key: str
    """Also the name of its icon."""
    title: str
    build_page: Callable[[], QWidget]
    build_controller: Callable[[QWidget], AreaController] | None = None
    """Called with the page once the store is open."""
    splitters: Callable[[QWidget], list[QSplitter]] = lambda _page: []
    """The page's splitters whose positions are remembered across starts."""
    page: QWidget | None = None
    controller: AreaController | None = None
    started: bool = False
