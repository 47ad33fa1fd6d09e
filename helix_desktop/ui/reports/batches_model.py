"""``BatchesModel``: the batches (status, counts, pass rate, duration) over ``ReportsState``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from helix_desktop.state.reports import ReportsState
from helix_desktop.state.run import status_name
from helix_desktop.state.vocabulary import RowStatus
from helix_desktop.ui.list_table_model import Index, ListTableModel
from helix_desktop.ui.run.progress_strip import format_seconds
from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.theme import is_dark
from server.contract.autotest import ReportResponse
from server.contract.vocabulary import BatchStatus

__all__ = ["BATCH_ID_ROLE", "BatchesModel"]

BATCH_ID_ROLE = Qt.ItemDataRole.UserRole
_STATUS_COLOR = {
    BatchStatus.COMPLETED: RowStatus.PASS,
    BatchStatus.STOPPED: RowStatus.ERROR,
    BatchStatus.INTERRUPTED: RowStatus.FAIL,
    BatchStatus.RUNNING: RowStatus.RUNNING,
}


class BatchesModel(ListTableModel):
    """Newest first, as the server lists them."""

    COLUMNS = (
        "start_time",
        "status",
        "total_count",
        "pass_count",
        "fail_count",
        "error_count",
        "pass_rate",
        "duration_seconds",
    )
    NUMERIC = frozenset(COLUMNS[2:])

    def __init__(self, state: ReportsState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._dark = is_dark()
        state.about_to_reset.connect(self.beginResetModel)
        state.reset.connect(self.endResetModel)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("Started"),
            self.tr("Status"),
            self.tr("Cases"),
            self.tr("Pass"),
            self.tr("Fail"),
            self.tr("Error"),
            self.tr("Pass rate"),
            self.tr("Duration"),
        )

    def _items(self) -> list[Any]:
        return self.state.reports

    def report_at(self, row: int) -> ReportResponse | None:
        return self.item_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        report = self.report_at(index.row()) if index.isValid() else None
        if report is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(report, column)
        if role == BATCH_ID_ROLE:
            return report.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return report.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return result_colors(_STATUS_COLOR.get(report.status, ""), dark=self._dark)[1]
        return None

    def _display(self, report: ReportResponse, column: str) -> str:
        if column == "start_time":
            return report.start_time.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == "status":
            text = status_name(report.status)
            return text + self.tr(" (rerun)") if report.rerun_of else text
        if column == "pass_rate":
            return f"{report.pass_rate * 100:.1f}%" if report.completed_count else "—"
        if column == "duration_seconds":
            return format_seconds(report.duration_seconds)
        return str(getattr(report, column))
