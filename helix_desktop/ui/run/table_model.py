"""``RunTableModel``: the live table of a batch's cases over ``RunState`` (colour-coded status)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QColor

from helix_desktop.state.run import RunRow, RunState
from helix_desktop.state.vocabulary import RowStatus
from helix_desktop.ui.list_table_model import Index, ListTableModel
from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.table_proxy import RESULT_ROLE, SORT_ROLE
from helix_desktop.ui.theme import is_dark

__all__ = ["RunTableModel", "stability_text", "status_text"]

CASE_ID_ROLE = Qt.ItemDataRole.UserRole


def status_text(status: str) -> str:
    """A status as the user reads it (results stay PASS/FAIL/ERROR, as in the reports)."""
    names: dict[str, str] = {
        RowStatus.QUEUED: QCoreApplication.translate("RunTableModel", "Queued"),
        RowStatus.RUNNING: QCoreApplication.translate("RunTableModel", "Running"),
        RowStatus.NOT_RUN: QCoreApplication.translate("RunTableModel", "Not run"),
    }
    return names.get(status, status)


def stability_text(passed: int, finished: int, repeat: int) -> str:
    """``2/3`` (asks passed / asks finished); empty when every case is asked once."""
    return f"{passed}/{finished}" if repeat > 1 and finished else ""


class RunTableModel(ListTableModel):
    """Columns: #, case id, question, status, stability, seconds, message; one dataChanged
    per flush. Stability (asks passed / asks finished) only shows when the batch repeats."""

    COLUMNS = ("position", "case_id", "question", "status", "stability", "duration", "message")

    def __init__(self, state: RunState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        dark = is_dark()
        # Painting asks for colours cell by cell: build them once, not per call.
        self._colors: dict[str, tuple[QColor, QColor]] = {
            status: result_colors(status, dark=dark)
            for status in (
                RowStatus.QUEUED,
                RowStatus.RUNNING,
                RowStatus.PASS,
                RowStatus.FAIL,
                RowStatus.ERROR,
                RowStatus.NOT_RUN,
            )
        }
        state.about_to_reset.connect(self.beginResetModel)
        state.rows_reset.connect(self.endResetModel)
        state.rows_changed.connect(self._on_rows_changed)

    def _headers(self) -> tuple[str, ...]:
        return (
            "#",
            self.tr("Case"),
            self.tr("Question"),
            self.tr("Status"),
            self.tr("Stability"),
            self.tr("Time (s)"),
            self.tr("Message"),
        )

    def _items(self) -> list[Any]:
        return self.state.rows

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.state.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "stability":
                return stability_text(row.passed, len(row.asks), self.state.repeat)
            return self._display(row, column)
        if role == CASE_ID_ROLE:
            return row.case_id
        if role == RESULT_ROLE:
            return row.status
        if role == SORT_ROLE:
            return self._sort_value(row, column)
        if column == "status" and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            background, foreground = self._colors.get(row.status, self._colors[RowStatus.QUEUED])
            return background if role == Qt.ItemDataRole.BackgroundRole else foreground
        if column == "stability" and row.flaky and role == Qt.ItemDataRole.ForegroundRole:
            return self._colors["ERROR"][1]
        if column == "stability" and row.flaky and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Flaky: passed some asks and not others")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in ("position", "case_id", "duration", "stability"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == "status":
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("question", "message"):
            return self._display(row, column) or None
        return None

    @staticmethod
    def _sort_value(row: RunRow, column: str) -> Any:
        if column == "position":
            return row.position
        if column == "case_id":
            return row.case_id
        if column == "duration":
            return row.duration if isinstance(row.duration, int | float) else None
        return RunTableModel._display(row, column)

    @staticmethod
    def _display(row: RunRow, column: str) -> str:
        if column == "position":
            return str(row.position + 1)
        if column == "case_id":
            return str(row.case_id)
        if column == "status":
            return status_text(row.status)
        if column == "duration":
            return f"{row.duration:.2f}" if isinstance(row.duration, int | float) else ""
        if column == "message":
            return row.message
        return row.question

    def _on_rows_changed(self, first: int, last: int) -> None:
        # The state coalesced a whole flush into one span: one signal to the views.
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.COLUMNS) - 1))
