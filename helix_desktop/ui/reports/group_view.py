"""``GroupView``: one run against several targets: pass rate per target, disagreements first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.group_comparison import GroupComparison, GroupRow
from helix_desktop.ui.reports.row_table import row_table
from helix_desktop.ui.reports.sql_pair import SqlPair
from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.theme import is_dark

__all__ = ["GroupModel", "GroupView"]

Index = QModelIndex | QPersistentModelIndex


class GroupModel(QAbstractTableModel):
    """Case, question, then one result column per target; disagreements on top, in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group: GroupComparison | None = None
        self._dark = is_dark()

    def set_group(self, group: GroupComparison | None) -> None:
        self.beginResetModel()
        self.group = group
        self.endResetModel()

    def row_at(self, row: int) -> GroupRow | None:
        if self.group is None or not 0 <= row < len(self.group.rows):
            return None
        return self.group.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.group is None else len(self.group.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.group is None else 2 + len(self.group.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Case")
        if section == 1:
            return self.tr("Question")
        assert self.group is not None
        return self.group.columns[section - 2].target_name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        result = row.results[column - 2] if column >= 2 else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(row.case_id)
            if column == 1:
                return row.question
            return result or "—"
        if role == Qt.ItemDataRole.ForegroundRole and result:
            return result_colors(result, dark=self._dark)[1]
        if role == Qt.ItemDataRole.FontRole and row.disagree:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class GroupView(QWidget):
    """Summary (pass rate per target, disagreements), the case table, two SQLs of a case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupView")
        self.summary = QLabel(self.tr("Select a run made against several targets: A/B view."))
        self.summary.setObjectName("groupSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = GroupModel(self)
        self.table = row_table("groupTable", self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.sql_pair = SqlPair()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.sql_pair)
        splitter.setSizes([300, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def show_group(self, group: GroupComparison) -> None:
        self.model.set_group(group)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 60)
        for column in range(2, self.model.columnCount()):
            header.resizeSection(column, 110)
        rates = " · ".join(
            self.tr("%1: %2% (%3/%4)")
            .replace("%1", column.target_name)
            .replace("%2", f"{column.pass_rate * 100:.1f}")
            .replace("%3", str(column.pass_count))
            .replace("%4", str(column.completed_count))
            for column in group.columns
        )
        disagree = self.tr("The targets disagree on %1 of %2 cases (listed first).")
        disagree = disagree.replace("%1", str(group.disagreements)).replace(
            "%2", str(len(group.rows))
        )
        self.summary.setText(f"<b>{self.tr('Pass rate per target')}</b>: {rates}<br>{disagree}")
        self.sql_pair.clear()
        if group.rows:
            self.table.selectRow(0)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row())
        group = self.model.group
        if row is None or group is None or len(group.columns) < 2:
            self.sql_pair.clear()
            return
        # The first target against the first one that answered differently (or the second).
        other = next((i for i in range(1, len(row.results)) if row.results[i] != row.results[0]), 1)
        self.sql_pair.show_pair(
            f"{group.columns[0].target_name}: {row.results[0] or '—'}",
            row.sqls[0],
            f"{group.columns[other].target_name}: {row.results[other] or '—'}",
            row.sqls[other],
        )
