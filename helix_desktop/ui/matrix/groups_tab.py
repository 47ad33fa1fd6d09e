"""``GroupsTab``: an experiment's encoder groups, their metrics, the chart and the BD-rate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.experiment_details import ExperimentDetailsState
from helix_desktop.ui.matrix.delete_prompt import confirm_delete
from helix_desktop.ui.matrix.group_dialog import GroupDialog
from helix_desktop.ui.matrix.groups_model import GroupsModel
from helix_desktop.ui.matrix.rate_quality_chart import RateQualityChart
from helix_desktop.ui.message_label import MessageLabel

__all__ = ["GroupsTab"]


class GroupsTab(QWidget):
    """Loads the groups when first shown; edits open ``GroupDialog``."""

    def __init__(self, state: ExperimentDetailsState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("groupsTab")
        self.loaded = False
        self.active_dialog: GroupDialog | None = None
        self.model = GroupsModel(state, self)
        self.table = QTableView()
        self.table.setObjectName("groupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda *_: self._edit())

        self.add_button = QPushButton(self.tr("Add group…"))
        self.add_button.setObjectName("addGroup")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editGroup")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteGroup")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        for button in (self.add_button, self.edit_button, self.delete_button, self.refresh_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._confirm_delete)
        self.refresh_button.clicked.connect(self.state.load_groups)

        self.chart = RateQualityChart()
        self.anchor = QComboBox()
        self.anchor.setObjectName("bdAnchor")
        self.test = QComboBox()
        self.test.setObjectName("bdTest")
        self.bd_result = QLabel()
        self.bd_result.setObjectName("bdRate")
        self.bd_hint = QLabel(
            self.tr(
                "BD-rate needs two encoder families with at least four groups each "
                "at different bitrates (bitrate and VMAF measured)."
            )
        )
        self.bd_hint.setObjectName("hint")
        self.bd_hint.setWordWrap(True)
        self.anchor.currentIndexChanged.connect(self._show_bd_rate)
        self.test.currentIndexChanged.connect(self._show_bd_rate)
        self.message = MessageLabel()

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        self.bd_row = QWidget()
        bd = QHBoxLayout(self.bd_row)
        bd.setContentsMargins(0, 0, 0, 0)
        bd.addWidget(QLabel(self.tr("BD-rate (VMAF) of")))
        bd.addWidget(self.test)
        bd.addWidget(QLabel(self.tr("against")))
        bd.addWidget(self.anchor)
        bd.addWidget(self.bd_result, 1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.chart, 1)
        bottom_layout.addWidget(self.bd_row)
        bottom_layout.addWidget(self.bd_hint)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

        state.groups_changed.connect(self._on_groups)
        state.group_saved.connect(self.select_group)  # the group just added or edited
        state.failed.connect(self._on_failed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._on_groups()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.loaded = True
            self.state.load_groups()

    def selected_group_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.group_id(rows[0].row()) if rows else None

    def select_group(self, group_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.group_id(row) == group_id:
                self.table.selectRow(row)
                return

    def _enable(self) -> None:
        chosen = self.selected_group_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_groups(self) -> None:
        self._enable()
        curves = self.state.curves()
        self.chart.show_curves(curves)
        families = curves.comparable
        for combo, default in ((self.anchor, 0), (self.test, 1)):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(families)
            index = combo.findText(current)
            combo.setCurrentIndex(index if index >= 0 else min(default, len(families) - 1))
            combo.blockSignals(False)
        comparable = len(families) >= 2
        self.bd_row.setVisible(comparable)
        self.bd_hint.setVisible(not comparable)
        self._show_bd_rate()

    def _show_bd_rate(self) -> None:
        anchor, test = self.anchor.currentText(), self.test.currentText()
        if not anchor or not test or anchor == test:
            self.bd_result.setText(self.tr("(choose two different families)"))
            return
        value = self.state.curves().bd_rate(anchor, test)
        if value is None:
            self.bd_result.setText(self.tr("cannot be computed: the VMAF ranges do not overlap"))
            return
        if value < 0:
            text = self.tr("%1%: %2 needs %3% less bitrate for the same VMAF")
        else:
            text = self.tr("%1%: %2 needs %3% more bitrate for the same VMAF")
        self.bd_result.setText(
            text.replace("%1", f"{value:+.2f}")
            .replace("%2", test)
            .replace("%3", f"{abs(value):.2f}")
        )

    def _on_failed(self, text: str) -> None:
        if self.active_dialog is None or not self.active_dialog.isVisible():
            self.message.show_error(text)

    def _open(self, dialog: GroupDialog) -> None:
        self.message.clear_message()
        self.active_dialog = dialog
        dialog.open()

    def _add(self) -> None:
        self._open(GroupDialog(self.state, parent=self))

    def _edit(self) -> None:
        group_id = self.selected_group_id()
        group = self.state.group(group_id) if group_id is not None else None
        if group is None:
            return
        self._open(GroupDialog(self.state, group, self.state.metrics.get(group.id), parent=self))

    def _confirm_delete(self) -> None:
        group_id = self.selected_group_id()
        group = self.state.group(group_id) if group_id is not None else None
        if group is None:
            return
        box = confirm_delete(
            self,
            title=self.tr("Delete group"),
            text=self.tr("Delete group “%1” and its metrics?").replace("%1", group.name),
            object_name="confirmDeleteGroup",
        )
        box.accepted.connect(lambda: self.state.delete_group(group.id))
        self.confirm_box = box
        box.open()
