"""The floors' views: bare ``QListView``s showing strings with the default delegate, laid out
where the app's lists are and as big, their rows as big as the app's, so that the same rows are
on screen and the floor paints them the bare way."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QListView, QWidget

from benchmarks import floor_queries as sql
from benchmarks.qt_in_process import PaintWatcher


class TextListModel(QAbstractListModel):
    """The floor's model: strings in a Python list, each row as big as ``row_sizes`` says (the
    size the app's row of the same place has, so the same rows show), nothing else."""

    def __init__(self, items: list[str], row_sizes: list[QSize] | None = None) -> None:
        super().__init__()
        self.items = items
        self.row_sizes = row_sizes or []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.items[index.row()]
        if role == Qt.ItemDataRole.SizeHintRole and self.row_sizes:
            return self.row_sizes[min(index.row(), len(self.row_sizes) - 1)]
        return None

    def replace_items(self, items: list[str]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()


@dataclass(frozen=True)
class BoardShape:
    """The board's columns (stage ids) and where their lists are, in the board's coordinates."""

    size: tuple[int, int]
    columns: list[int]
    lists: list[QRect]
    card: QSize  # a card's row in the lists


class FloorBoard:
    """The floor's board: a bare window of the board's size with a bare QListView where each
    of the board's column lists is, as big; ``ids`` are the cards each one shows."""

    def __init__(self, shape: BoardShape) -> None:
        self.window = QWidget()
        self.window.resize(*shape.size)
        self.models: dict[int, TextListModel] = {}
        self.ids: dict[int, list[int]] = {}
        views = []
        for stage, rect in zip(shape.columns, shape.lists, strict=True):
            model = TextListModel([], [shape.card])
            view = QListView(self.window)
            view.setUniformItemSizes(True)
            view.setModel(model)
            view.setGeometry(rect)
            self.models[stage] = model
            self.ids[stage] = []
            views.append(view)
        self.watcher = PaintWatcher(views[0].viewport())

    def fill(self, cards: dict[int, list[tuple]]) -> None:
        for stage, rows in cards.items():
            self.models[stage].replace_items([sql.card_text(row) for row in rows])
            self.ids[stage] = [row[0] for row in rows]

    def show_and_paint(self, cards: dict[int, list[tuple]]) -> None:
        self.fill(cards)
        self.watcher.arm()
        self.window.show()
        self.watcher.wait()

    def replace_and_paint(self, cards: dict[int, list[tuple]]) -> None:
        self.watcher.arm()
        self.fill(cards)
        self.watcher.wait()

    def dispose(self) -> None:
        self.watcher.close()
        self.window.close()
        self.window.deleteLater()
        QApplication.processEvents()
