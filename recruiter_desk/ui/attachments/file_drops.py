"""Files dropped from a file manager (or a mail program that hands over files): their local
paths. A whole page takes drops through ``FileDropTarget``, so that a CV dropped anywhere on a
person lands on that person, not only on a small list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders in a drop (a folder is refused later, with a message)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropTarget(QObject):
    """Makes ``widget`` take dropped files and hand their paths to ``dropped``; with
    ``dropped_at``, only where ``dropped_at(paths, point)`` can take them (a timeline takes
    files on an entry, not between entries): it is asked with ``take=False`` while dragging,
    and with ``take=True`` on the drop."""

    def __init__(
        self,
        widget: QWidget,
        dropped: Callable[[list[Path]], None] | None = None,
        *,
        dropped_at: Callable[[list[Path], QPoint, bool], bool] | None = None,
    ) -> None:
        super().__init__(widget)
        self._dropped_at = dropped_at or _anywhere(dropped)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDragMoveEvent | QDropEvent):
            paths = dropped_paths(event.mimeData())
            if not paths:
                return False
            taken = not isinstance(event, QDragMoveEvent)  # a drop (enter is a move)
            if self._dropped_at(paths, event.position().toPoint(), taken):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        return False


def _anywhere(
    dropped: Callable[[list[Path]], None] | None,
) -> Callable[[list[Path], QPoint, bool], bool]:
    def take(paths: list[Path], _at: QPoint, taken: bool) -> bool:
        if taken and dropped is not None:
            dropped(paths)
        return True

    return take
