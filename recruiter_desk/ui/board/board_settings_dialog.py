"""Board settings: the stages (names, order, visibility; add one, remove one the user added
that no card has been in), and when a card needs attention."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recruiter_desk.domain.pipeline import CUSTOM_STAGE_PREFIX, NEW_STAGE_ID, RiskThresholds, Stage
from recruiter_desk.domain.vocabulary import StageKind
from recruiter_desk.ui.labels.stage_labels import stage_label
from recruiter_desk.ui.widgets.dialog_buttons import save_cancel_buttons
from recruiter_desk.ui.widgets.item_rows import shift_row
from recruiter_desk.ui.widgets.screen_fit import fit_to_screen

STAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class BoardSettingsDialog(QDialog):
    """Emits ``confirmed(stages, thresholds)``."""

    confirmed = Signal(list, object)

    def __init__(
        self,
        stages: list[Stage],
        thresholds: RiskThresholds,
        parent: QWidget | None = None,
        usage: dict[int, int] | None = None,
    ) -> None:
        """``usage``: per stage id, how many cards are or were in it."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Board settings"))
        self._usage = usage or {}
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Kind")])
        for stage in stages:
            self.model.appendRow(self._row(stage))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Stages"))
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.add_button = QPushButton(self.tr("&Add a stage"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up.clicked.connect(lambda: self._shift(-1))
        self.down.clicked.connect(lambda: self._shift(1))
        self.add_button.clicked.connect(self.add_stage)
        self.remove_button.clicked.connect(self.remove_stage)
        order = QHBoxLayout()
        order.addWidget(self.up)
        order.addWidget(self.down)
        order.addStretch(1)
        order.addWidget(self.add_button)
        order.addWidget(self.remove_button)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_remove())
        self._update_remove()

        self.silence = QSpinBox()
        self.silence.setRange(1, 365)
        self.silence.setValue(thresholds.signed_silence_days)
        self.silence.setSuffix(self.tr(" days"))
        self.stalled = QSpinBox()
        self.stalled.setRange(1, 365)
        self.stalled.setValue(thresholds.interviewing_stale_days)
        self.stalled.setSuffix(self.tr(" days"))
        risks = QFormLayout()
        risks.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        risks.addRow(self.tr("Signed, no contact for more than"), self.silence)
        risks.addRow(self.tr("Interviewing, no movement for more than"), self.stalled)

        self.buttons = save_cancel_buttons(self, self._confirm)

        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Columns: rename, reorder and choose which the board shows. "
                    "Renaming keeps every placement's history."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(order)
        layout.addWidget(QLabel(self.tr("A card needs attention when it is:")))
        layout.addLayout(risks)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 520, 560)
        for label in self.findChildren(QLabel):
            if risks.indexOf(label) < 0:  # a form's own labels keep to one line
                label.setWordWrap(True)

    def _row(self, stage: Stage) -> list[QStandardItem]:
        name = QStandardItem(stage_label(stage))
        name.setData(stage, STAGE_ROLE)
        name.setCheckable(True)
        name.setCheckState(Qt.CheckState.Checked if stage.visible else Qt.CheckState.Unchecked)
        name.setToolTip(self.tr("Double-click to rename; the tick shows the column on the board"))
        kind = QStandardItem(self.tr("Closed") if stage.closed else self.tr("Open"))
        kind.setEditable(False)
        return [name, kind]

    def add_stage(self) -> None:
        """A new open stage, before the closing ones, ready to be named."""
        stage = Stage(NEW_STAGE_ID, "", self.tr("New stage"), 0, StageKind.OPEN, True)
        row = next(
            (r for r in range(self.model.rowCount()) if self._stage_at(r).closed),
            self.model.rowCount(),
        )
        self.model.insertRow(row, self._row(stage))
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_stage(self) -> None:
        row = self.table.currentIndex().row()
        if row >= 0 and self._removable(self._stage_at(row)) is None:
            self.model.removeRow(row)
            self._update_remove()

    def _stage_at(self, row: int) -> Stage:
        stage: Stage = self.model.item(row, 0).data(STAGE_ROLE)
        return stage

    def _removable(self, stage: Stage) -> str | None:
        """None when the stage can go; otherwise why not, in words."""
        if stage.id == NEW_STAGE_ID:
            return None
        if not stage.key.startswith(CUSTOM_STAGE_PREFIX):
            return self.tr("A stage the app comes with can be hidden (untick it), not removed.")
        used = self._usage.get(stage.id, 0)
        if used:
            return self.tr(
                "%n card(s) have been in this stage: hide it (untick it) instead.", "", used
            )
        return None

    def _update_remove(self) -> None:
        row = self.table.currentIndex().row()
        reason = self._removable(self._stage_at(row)) if row >= 0 else ""
        self.remove_button.setEnabled(reason is None)
        self.remove_button.setToolTip(reason or "")

    def _shift(self, step: int) -> None:
        target = shift_row(self.model, self.table.currentIndex().row(), step)
        if target is not None:
            self.table.selectRow(target)

    def stages(self) -> list[Stage]:
        result = []
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            stage: Stage = item.data(STAGE_ROLE)
            typed = item.text().strip()
            # An untouched default keeps its stored (English) name, so it stays translated.
            name = stage.name if typed == stage_label(stage) and stage.key else typed
            result.append(
                replace(
                    stage,
                    name=name or stage.name,
                    position=row,
                    visible=item.checkState() == Qt.CheckState.Checked,
                )
            )
        return result

    def thresholds(self) -> RiskThresholds:
        return RiskThresholds(self.silence.value(), self.stalled.value())

    def _confirm(self) -> None:
        self.accept()
        self.confirmed.emit(self.stages(), self.thresholds())
