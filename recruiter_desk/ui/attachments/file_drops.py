"""Files dropped from a file manager (or a mail program that hands over files): their local
paths. A whole page takes drops through ``FileDropTarget``, so that a CV dropped anywhere on a
person lands on that person, not only on a small list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_paths(mime: QMimeData | None) -> list[Path]:
    """The local files and folders in a drop (a folder is refused later, with a message)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropTarget(QObject):
    """Makes ``widget`` take dropped files and hand their paths to ``dropped``."""

    def __init__(self, widget: QWidget, dropped: Callable[[list[Path]], None]) -> None:
        super().__init__(widget)
        self._dropped = dropped
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDragMoveEvent):
            if dropped_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif isinstance(event, QDropEvent):
            paths = dropped_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self._dropped(paths)
                return True
        return False
