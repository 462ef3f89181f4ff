"""Board settings: stage names, order and visibility, and when a card needs attention."""

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

from recruiter_desk.domain.pipeline import RiskThresholds, Stage
from recruiter_desk.ui.labels.stage_labels import stage_label
from recruiter_desk.ui.widgets.dialog_buttons import save_cancel_buttons
from recruiter_desk.ui.widgets.item_rows import shift_row

STAGE_ROLE = Qt.ItemDataRole.UserRole + 1


class BoardSettingsDialog(QDialog):
    """Emits ``confirmed(stages, thresholds)``."""

    confirmed = Signal(list, object)

    def __init__(
        self, stages: list[Stage], thresholds: RiskThresholds, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Board settings"))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Kind")])
        for stage in stages:
            name = QStandardItem(stage_label(stage))
            name.setData(stage, STAGE_ROLE)
            name.setCheckable(True)
            name.setCheckState(Qt.CheckState.Checked if stage.visible else Qt.CheckState.Unchecked)
            name.setToolTip(
                self.tr("Double-click to rename; the tick shows the column on the board")
            )
            kind = QStandardItem(self.tr("Closed") if stage.closed else self.tr("Open"))
            kind.setEditable(False)
            self.model.appendRow([name, kind])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Stages"))
        self.up = QPushButton(self.tr("Move &up"))
        self.down = QPushButton(self.tr("Move &down"))
        self.up.clicked.connect(lambda: self._shift(-1))
        self.down.clicked.connect(lambda: self._shift(1))
        order = QHBoxLayout()
        order.addWidget(self.up)
        order.addWidget(self.down)
        order.addStretch(1)

        self.silence = QSpinBox()
        self.silence.setRange(1, 365)
        self.silence.setValue(thresholds.signed_silence_days)
        self.silence.setSuffix(self.tr(" days"))
        self.stalled = QSpinBox()
        self.stalled.setRange(1, 365)
        self.stalled.setValue(thresholds.interviewing_stale_days)
        self.stalled.setSuffix(self.tr(" days"))
        risks = QFormLayout()
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
        self.resize(520, 560)
        for label in self.findChildren(QLabel):
            label.setWordWrap(True)

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
            name = stage.name if typed == stage_label(stage) else typed
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
