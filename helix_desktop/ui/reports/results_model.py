"""``ResultsModel``: one batch's results (the report details) over ``ReportsState``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from helix_desktop.state.reports import ReportsState
from helix_desktop.ui.list_table_model import Index, ListTableModel
from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.run.table_model import stability_text
from helix_desktop.ui.table_proxy import RESULT_ROLE, SORT_ROLE
from helix_desktop.ui.theme import is_dark
from server.contract.autotest import ResultDetail

__all__ = ["ResultsModel"]


class ResultsModel(ListTableModel):
    """Columns: #, case, question, result, ask, stability, seconds, message (one row per ask;
    ask and stability show when the batch repeated its cases)."""

    COLUMNS = (
        "position",
        "case_id",
        "question",
        "result",
        "ask",
        "stability",
        "duration",
        "message",
    )

    def __init__(self, state: ReportsState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._dark = is_dark()
        state.details_about_to_reset.connect(self.beginResetModel)
        state.details_reset.connect(self.endResetModel)
        state.figures_loaded.connect(self._on_figures)

    def _headers(self) -> tuple[str, ...]:
        return (
            "#",
            self.tr("Case"),
            self.tr("Question"),
            self.tr("Result"),
            self.tr("Ask"),
            self.tr("Stability"),
            self.tr("Time (s)"),
            self.tr("Message"),
        )

    def _items(self) -> list[Any]:
        return self.state.details

    def detail_at(self, row: int) -> ResultDetail | None:
        return self.item_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        detail = self.detail_at(index.row()) if index.isValid() else None
        if detail is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column in ("ask", "stability"):
                return self._repeat_display(detail, column)
            return self._display(detail, column)
        if role == RESULT_ROLE:
            return detail.result
        if role == SORT_ROLE:
            if column == "ask":
                return detail.repeat_index
            if column == "stability":
                return self._repeat_display(detail, column)
            value = getattr(detail, column)
            return value if column in ("position", "case_id", "duration") else str(value or "")
        flaky_cell = column == "stability" and self.state.is_flaky(detail.case_id)
        if flaky_cell and role == Qt.ItemDataRole.ForegroundRole:
            return result_colors("ERROR", dark=self._dark)[1]
        if column == "result" and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            background, foreground = result_colors(detail.result, dark=self._dark)
            return background if role == Qt.ItemDataRole.BackgroundRole else foreground
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in ("position", "case_id", "duration", "ask", "stability"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == "result":
                return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("question", "message"):
            return self._display(detail, column) or None
        return None

    def _repeat(self) -> int:
        figures = self.state.figures
        return figures.repeat if figures is not None else 1

    def _repeat_display(self, detail: ResultDetail, column: str) -> str:
        repeat = self._repeat()
        if repeat <= 1:
            return ""
        if column == "ask":
            return f"{detail.repeat_index + 1}/{repeat}"
        found = self.state.stability.get(detail.case_id)
        return stability_text(found.passed, found.total, repeat) if found else ""

    def _on_figures(self, _figures: object) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 7))

    @staticmethod
    def _display(detail: ResultDetail, column: str) -> str:
        if column == "position":
            return str(detail.position + 1)
        if column == "duration":
            return f"{detail.duration:.2f}" if detail.duration is not None else ""
        return str(getattr(detail, column) or "")
