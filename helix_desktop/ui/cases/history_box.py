"""``CaseHistoryBox``: the selected case's results over time, and the SQL of each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.cases import CasesState
from helix_desktop.ui.list_table_model import Index, ListTableModel
from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.theme import is_dark
from server.contract.stability import CaseHistoryEntry

__all__ = ["CaseHistoryBox", "HistoryModel"]


class HistoryModel(ListTableModel):
    """Columns: finished at, run (short id), target, ask, result, seconds; newest first."""

    COLUMNS = ("time", "batch_id", "target", "repeat_index", "result", "duration")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[CaseHistoryEntry] = []
        self._dark = is_dark()

    def set_entries(self, entries: list[CaseHistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def _items(self) -> list[Any]:
        return self.entries

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Finished"),
            self.tr("Run"),
            self.tr("Target"),
            self.tr("Ask"),
            self.tr("Result"),
            "s",
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry: CaseHistoryEntry | None = self.item_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "time":
                return entry.time.astimezone().strftime("%m-%d %H:%M:%S") if entry.time else ""
            if column == "batch_id":
                return entry.batch_id[:8]
            if column == "target":
                return entry.target or "—"  # a run from before targets
            if column == "repeat_index":
                return f"#{entry.repeat_index + 1}"
            if column == "duration":
                return f"{entry.duration:.2f}" if entry.duration is not None else ""
            return entry.result
        if column == "result" and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            background, foreground = result_colors(entry.result, dark=self._dark)
            return background if role == Qt.ItemDataRole.BackgroundRole else foreground
        if column == "batch_id" and role == Qt.ItemDataRole.ToolTipRole:
            return entry.batch_id
        if column == "target" and role == Qt.ItemDataRole.ToolTipRole and entry.target:
            deleted = entry.target_id is None
            return self.tr("%1 (deleted since)").replace("%1", entry.target) if deleted else None
        return None


class CaseHistoryBox(QWidget):
    """Loads the history of the case given to ``show_for``; a click shows that ask's SQL."""

    def __init__(self, state: CasesState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("caseHistory")
        self.case_id: int | None = None
        self.title = QLabel(self.tr("History"))
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.sql = QPlainTextEdit()
        self.sql.setObjectName("historySql")
        self.sql.setReadOnly(True)
        self.sql.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sql.setMaximumHeight(90)
        self.sql.setPlaceholderText(self.tr("Select a result to see the SQL the bot gave."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sql)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        state.history_loaded.connect(self._on_loaded)

    def show_for(self, case_id: int | None) -> None:
        """Show ``case_id``'s history (loaded from the server), or nothing."""
        if case_id == self.case_id:
            return
        self.case_id = case_id
        self.model.set_entries([])
        self.sql.clear()
        self.title.setText(self.tr("History"))
        if case_id is not None:
            self.state.load_history(case_id)

    def _on_loaded(self, case_id: int, entries: list[CaseHistoryEntry]) -> None:
        if case_id != self.case_id:
            return
        self.model.set_entries(entries)
        passed = sum(1 for e in entries if e.result == "PASS")
        self.title.setText(
            self.tr("History: %1 of the last %2 results passed")
            .replace("%1", str(passed))
            .replace("%2", str(len(entries)))
            if entries
            else self.tr("History: never run")
        )

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry: CaseHistoryEntry | None = self.model.item_at(current.row())
        if entry is None:
            self.sql.clear()
            return
        text = entry.actual_sql or self.tr("(no SQL)")
        if entry.message:
            text += "\n-- " + entry.message
        self.sql.setPlainText(text)
