"""``CompareView``: two batches side by side: counts per kind of change and the changed cases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QWidget,
)

from helix_desktop.state.comparison import CaseChange, Comparison, change_order
from helix_desktop.ui.reports.case_pair_view import CasePairView
from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.theme import is_dark

__all__ = ["CompareView", "ComparisonModel"]

Index = QModelIndex | QPersistentModelIndex


class ComparisonModel(QAbstractTableModel):
    """The changed cases of a ``Comparison`` (regressions first)."""

    COLUMNS = ("case_id", "question", "before", "after", "kind")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.changes: list[CaseChange] = []
        self._dark = is_dark()

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.changes = list(comparison.changes) if comparison is not None else []
        self.endResetModel()

    def kind_text(self, kind: str) -> str:
        return {
            "new": self.tr("new"),
            "missing": self.tr("missing"),
            "unchanged": self.tr("unchanged"),
        }.get(kind, kind.replace("->", "→"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Case"),
                self.tr("Question"),
                self.tr("Before"),
                self.tr("After"),
                self.tr("Change"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.changes):
            return None
        change = self.changes[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                return self.kind_text(change.kind)
            if column in ("before", "after"):
                return getattr(change, f"{column}_text")
            value = getattr(change, column)
            return "—" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole and column in ("before", "after", "kind"):
            status = change.after if column == "kind" else getattr(change, column)
            return result_colors(status or "", dark=self._dark)[1] if status else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "question":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class CompareView(CasePairView):
    """Summary line of counts, the table of changed cases, the selected case's two SQLs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        model = ComparisonModel()
        super().__init__("compare", model, parent)
        self.model = model
        self.summary.setText(self.tr("Select two runs in the list and press Compare."))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 60), (2, 90), (3, 90), (4, 130)):
            header.resizeSection(column, width)
        self.labels = ("A", "B")

    def show_comparison(self, comparison: Comparison, base_label: str, other_label: str) -> None:
        self.labels = (base_label, other_label)
        self.model.set_comparison(comparison)
        self.sql_pair.clear()
        counts = comparison.counts
        parts = [
            f"{self.model.kind_text(kind)}: {counts[kind]}"
            for kind in sorted(counts, key=change_order)
        ]
        title = self.tr("%1 → %2").replace("%1", base_label).replace("%2", other_label)
        sql_line = self.tr("SQL differs in %1 cases.").replace("%1", str(comparison.sql_changed))
        self.summary.setText(f"<b>{title}</b><br>" + " · ".join(parts) + f"<br>{sql_line}")
        if self.model.rowCount():
            self.table.selectRow(0)

    def show_case(self, row: int) -> bool:
        if not 0 <= row < len(self.model.changes):
            return False
        change = self.model.changes[row]
        self.sql_pair.show_pair(
            f"{self.labels[0]}: {change.before_text}",
            change.sql_before,
            f"{self.labels[1]}: {change.after_text}",
            change.sql_after,
        )
        return True
