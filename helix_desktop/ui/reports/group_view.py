"""``GroupView``: one run against several targets: pass rate per target, disagreements first
(with repeats: each target's verdict per case with k of N asks passed)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QWidget,
)

from helix_desktop.state.group_comparison import GroupComparison, GroupRow, TargetColumn
from helix_desktop.ui.reports.case_pair_view import CasePairView
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
            return row.text(column - 2)
        if role == Qt.ItemDataRole.ForegroundRole and result:
            return result_colors(result, dark=self._dark)[1]
        if role == Qt.ItemDataRole.FontRole and row.disagree:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class GroupView(CasePairView):
    """Summary (pass rate per target, disagreements), the case table, two SQLs of a case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        model = GroupModel()
        super().__init__("group", model, parent)
        self.model = model
        self.summary.setText(self.tr("Select a run made against several targets: A/B view."))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    def show_group(self, group: GroupComparison) -> None:
        self.model.set_group(group)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 60)
        for column in range(2, self.model.columnCount()):
            header.resizeSection(column, 110)
        rates = " · ".join(self._rate(column) for column in group.columns)
        disagree = self.tr("The targets disagree on %1 of %2 cases (listed first).")
        disagree = disagree.replace("%1", str(group.disagreements)).replace(
            "%2", str(len(group.rows))
        )
        title = self.tr("Pass rate per target")  # outside the f-string: lupdate finds it
        self.summary.setText(f"<b>{title}</b>: {rates}<br>{disagree}")
        self.sql_pair.clear()
        if group.rows:
            self.table.selectRow(0)

    def _rate(self, column: TargetColumn) -> str:
        """``name: 90.0% (27/30)`` (asks passed), plus the flaky cases when asked repeatedly."""
        rate = (
            self.tr("%1: %2% (%3/%4)")
            .replace("%1", column.target_name)
            .replace("%2", f"{column.pass_rate * 100:.1f}")
            .replace("%3", str(column.pass_count))
            .replace("%4", str(column.completed_count))
        )
        if column.repeat > 1:
            rate += self.tr(", %1 flaky").replace("%1", str(column.flaky_cases))
        return rate

    def show_case(self, row: int) -> bool:
        case = self.model.row_at(row)
        group = self.model.group
        if case is None or group is None or len(group.columns) < 2:
            return False
        # The first target against the first one that answered differently (or the second).
        other = next(
            (i for i in range(1, len(case.results)) if case.results[i] != case.results[0]), 1
        )
        self.sql_pair.show_pair(
            f"{group.columns[0].target_name}: {case.text(0)}",
            case.sqls[0],
            f"{group.columns[other].target_name}: {case.text(other)}",
            case.sqls[other],
        )
        return True
