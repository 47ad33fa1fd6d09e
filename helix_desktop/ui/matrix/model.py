"""``MatrixModel``: the matrix as a table (3 hierarchy columns, then one per experiment), filtered.

Filtering is done here rather than in a proxy: rows and columns are filtered
together (an experiment name shows that column and its templates), and the
grouped labels (a customer's name only on its first visible row) need the
visible neighbours.
"""

from __future__ import annotations

import bisect
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from helix_desktop.state.matrix import MatrixEntry, MatrixState
from helix_desktop.ui.matrix.labels import status_text
from server.contract.experiments import ExperimentBrief

__all__ = ["HIERARCHY_COLUMNS", "MatrixModel"]

HIERARCHY_COLUMNS = 3  # customer, app, template
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Role = Qt.ItemDataRole


class MatrixModel(QAbstractTableModel):
    """A view of ``MatrixState`` that follows its fine-grained signals."""

    ColorRole = Role.UserRole + 1
    StatusRole = Role.UserRole + 2
    LinkedRole = Role.UserRole + 3
    GroupStartRole = Role.UserRole + 4
    PassRateRole = Role.UserRole + 5  # the newest tagged AutoTest run's pass rate (or None)

    def __init__(self, state: MatrixState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._rows: list[int] = []  # visible state rows, ascending
        self._cols: list[int] = []  # visible experiment indexes, ascending
        self.text = ""
        self.status = ""
        self._matching: set[int] | None = None  # experiment ids whose name matches the text
        self._hint_font = QFont()
        self._hint_font.setItalic(True)
        self._hint_color = QColor("#8A8F98")
        state.loaded.connect(self._refilter)
        state.rows_inserted.connect(self._on_rows_inserted)
        state.rows_removed.connect(self._on_rows_removed)
        state.row_changed.connect(self._on_row_changed)
        state.columns_inserted.connect(self._on_columns_inserted)
        state.column_removed.connect(self._on_column_removed)
        state.column_changed.connect(self._on_column_changed)
        self._refilter()

    # ---------------------------------------------------------------- filter

    @property
    def filtered(self) -> bool:
        return bool(self.text or self.status)

    def set_filter(self, text: str, status: str = "") -> None:
        """Show rows whose names (or experiments) match ``text``; columns by name and status."""
        text = text.strip().casefold()
        if (text, status) != (self.text, self.status):
            self.text, self.status = text, status
            self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        state = self.state
        if self.text:
            matching = {e.id for e in state.experiments if self.text in e.name.casefold()}
            self._matching = matching or None
        else:
            self._matching = None
        self._cols = [i for i, e in enumerate(state.experiments) if self._accepts_column(e)]
        self._rows = [r for r, e in enumerate(state.rows) if self._accepts_row(e)]
        self.endResetModel()

    def _accepts_row(self, entry: MatrixEntry) -> bool:
        if not self.text:
            return True
        text = self.text
        if (
            text in entry.customer_name.casefold()
            or text in entry.app_name.casefold()
            or text in entry.template_name.casefold()
        ):
            return True
        return self._matching is not None and not entry.experiments.isdisjoint(self._matching)

    def _accepts_column(self, experiment: ExperimentBrief) -> bool:
        if self.status and experiment.status != self.status:
            return False
        return self._matching is None or experiment.id in self._matching

    # --------------------------------------------------------------- lookups

    def entry(self, row: int) -> MatrixEntry:
        return self.state.rows[self._rows[row]]

    def experiment_at(self, column: int) -> ExperimentBrief | None:
        if column < HIERARCHY_COLUMNS or column - HIERARCHY_COLUMNS >= len(self._cols):
            return None
        return self.state.experiments[self._cols[column - HIERARCHY_COLUMNS]]

    def column_of(self, experiment_id: int) -> int:
        index = self.state.experiment_index(experiment_id)
        position = bisect.bisect_left(self._cols, index)
        if index >= 0 and position < len(self._cols) and self._cols[position] == index:
            return position + HIERARCHY_COLUMNS
        return -1

    def row_of_template(self, template_id: int) -> int:
        for row, state_row in enumerate(self._rows):
            if self.state.rows[state_row].template_id == template_id:
                return row
        return -1

    def is_linked(self, row: int, column: int) -> bool:
        entry = self.state.rows[self._rows[row]]
        return self.state.experiments[self._cols[column - HIERARCHY_COLUMNS]].id in (
            entry.experiments
        )

    def starts_group(self, row: int) -> bool:
        """True on the first visible row of a customer (a separator is drawn above it)."""
        return row > 0 and self.entry(row - 1).customer_id != self.entry(row).customer_id

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else HIERARCHY_COLUMNS + len(self._cols)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        entry = self.state.rows[self._rows[row]]
        if column < HIERARCHY_COLUMNS:
            return self._hierarchy_data(row, column, entry, role)
        if column - HIERARCHY_COLUMNS >= len(self._cols):
            return None
        experiment = self.state.experiments[self._cols[column - HIERARCHY_COLUMNS]]
        if role == self.LinkedRole:
            return experiment.id in entry.experiments
        if role == self.ColorRole:
            return experiment.color
        if role == Role.ToolTipRole and entry.template_id is not None:
            linked = experiment.id in entry.experiments
            verb = (
                QCoreApplication.translate("MatrixModel", "linked to")
                if linked
                else QCoreApplication.translate("MatrixModel", "not linked to")
            )
            return f"{entry.path}\n{verb} {experiment.name}"
        if role == Role.AccessibleTextRole:
            return "✓" if experiment.id in entry.experiments else ""
        return None

    def _hierarchy_data(self, row: int, column: int, entry: MatrixEntry, role: int) -> Any:
        hint = (column == 1 and entry.app_id is None) or (
            column == 2 and entry.app_id is not None and entry.template_id is None
        )
        if role == Role.DisplayRole:
            if hint:
                if column == 1:
                    return QCoreApplication.translate("MatrixModel", "No apps yet")
                return QCoreApplication.translate("MatrixModel", "No templates yet")
            previous = self.entry(row - 1) if row > 0 else None
            if column == 0:
                first = previous is None or previous.customer_id != entry.customer_id
                return entry.customer_name if first else ""
            if column == 1:
                first = previous is None or previous.app_id != entry.app_id
                return entry.app_name if first else ""
            return entry.template_name
        if role == Role.ToolTipRole:
            return entry.path
        if hint and role == Role.FontRole:
            return self._hint_font
        if hint and role == Role.ForegroundRole:
            return self._hint_color
        if role == self.GroupStartRole:
            return self.starts_group(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section < HIERARCHY_COLUMNS:
            if role == Role.DisplayRole:
                return (
                    QCoreApplication.translate("MatrixModel", "Customer"),
                    QCoreApplication.translate("MatrixModel", "App"),
                    QCoreApplication.translate("MatrixModel", "Template"),
                )[section]
            return None
        experiment = self.experiment_at(section)
        if experiment is None:
            return None
        if role == Role.DisplayRole:
            return experiment.name
        if role == Role.ToolTipRole:
            hint = QCoreApplication.translate("MatrixModel", "Click to edit this experiment")
            text = f"{experiment.name} · {status_text(experiment.status)}\n{hint}"
            rate = getattr(experiment, "latest_pass_rate", None)
            if rate is not None:
                line = QCoreApplication.translate(
                    "MatrixModel", "Latest tagged AutoTest run: %1 passed"
                )
                text += "\n" + line.replace("%1", f"{rate:.1%}")
            return text
        if role == self.ColorRole:
            return experiment.color
        if role == self.StatusRole:
            return experiment.status
        if role == self.PassRateRole:
            return getattr(experiment, "latest_pass_rate", None)
        return None

    # ------------------------------------------------------ state signals

    def _on_rows_inserted(self, first: int, count: int) -> None:
        position = bisect.bisect_left(self._rows, first)
        for i in range(position, len(self._rows)):
            self._rows[i] += count
        fresh = [r for r in range(first, first + count) if self._accepts_row(self.state.rows[r])]
        if fresh:
            self.beginInsertRows(ROOT, position, position + len(fresh) - 1)
            self._rows[position:position] = fresh
            self.endInsertRows()
        self._relabel(position + len(fresh))

    def _on_rows_removed(self, first: int, count: int) -> None:
        low = bisect.bisect_left(self._rows, first)
        high = bisect.bisect_left(self._rows, first + count)
        for i in range(high, len(self._rows)):
            self._rows[i] -= count
        if high > low:
            self.beginRemoveRows(ROOT, low, high - 1)
            del self._rows[low:high]
            self.endRemoveRows()
        self._relabel(low)

    def _relabel(self, row: int) -> None:
        """The row after an insert/removal may now start (or continue) a group."""
        if 0 <= row < len(self._rows):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _on_row_changed(self, state_row: int) -> None:
        position = bisect.bisect_left(self._rows, state_row)
        if position < len(self._rows) and self._rows[position] == state_row and self._cols:
            self.dataChanged.emit(
                self.index(position, HIERARCHY_COLUMNS),
                self.index(position, self.columnCount() - 1),
                [self.LinkedRole],
            )

    def _on_columns_inserted(self, first: int, count: int) -> None:
        if self.text:
            self._refilter()  # a new name may change which rows match
            return
        position = bisect.bisect_left(self._cols, first)
        for i in range(position, len(self._cols)):
            self._cols[i] += count
        fresh = [
            i
            for i in range(first, first + count)
            if self._accepts_column(self.state.experiments[i])
        ]
        if fresh:
            column = HIERARCHY_COLUMNS + position
            self.beginInsertColumns(ROOT, column, column + len(fresh) - 1)
            self._cols[position:position] = fresh
            self.endInsertColumns()

    def _on_column_removed(self, index: int) -> None:
        position = bisect.bisect_left(self._cols, index)
        visible = position < len(self._cols) and self._cols[position] == index
        for i in range(position + (1 if visible else 0), len(self._cols)):
            self._cols[i] -= 1
        if visible:
            column = HIERARCHY_COLUMNS + position
            self.beginRemoveColumns(ROOT, column, column)
            del self._cols[position]
            self.endRemoveColumns()

    def _on_column_changed(self, index: int) -> None:
        if self.filtered:
            self._refilter()  # name or status may decide whether it is shown
            return
        column = HIERARCHY_COLUMNS + index
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, column), self.index(len(self._rows) - 1, column), [self.ColorRole]
            )
