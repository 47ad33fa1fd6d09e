"""``TableProxy``: sorting by any column header and filters by result and by a predicate
(e.g. "flaky only"), over a table model.

Models give raw values for sorting under ``SORT_ROLE`` (numbers sort as numbers) and
the row's result or status under ``RESULT_ROLE``. Pages map rows through the proxy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QTableView

__all__ = ["RESULT_ROLE", "SORT_ROLE", "TableProxy", "sortable"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 40
RESULT_ROLE = Qt.ItemDataRole.UserRole + 41

Index = QModelIndex | QPersistentModelIndex


def _key(value: Any) -> tuple[int, Any]:
    """Blanks (None) first, then numbers, then text: never a TypeError between kinds."""
    if value is None:
        return (0, 0)
    if isinstance(value, bool | int | float):
        return (1, value)
    return (2, str(value).casefold())


class TableProxy(QSortFilterProxyModel):
    """Click a header to sort; ``set_results`` shows only rows with those results."""

    def __init__(self, source: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self.results: frozenset[str] | None = None
        self.keep: Callable[[int], bool] | None = None

    def set_results(self, results: Iterable[str] | None) -> None:
        """Only rows whose result (or status) is one of ``results``; None shows all."""
        self.beginFilterChange()
        self.results = frozenset(results) if results is not None else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_keep(self, keep: Callable[[int], bool] | None) -> None:
        """Only the model rows for which ``keep(row)`` is true; None shows all."""
        self.beginFilterChange()
        self.keep = keep
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refresh(self) -> None:
        """The predicate's answers may have changed."""
        if self.keep is not None:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.keep is not None and not self.keep(source_row):
            return False
        if self.results is None:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(RESULT_ROLE) in self.results

    def lessThan(self, left: Index, right: Index) -> bool:
        return _key(left.data(SORT_ROLE)) < _key(right.data(SORT_ROLE))

    def source_row(self, proxy_row: int) -> int:
        """The model row shown at ``proxy_row`` (-1 if none)."""
        if not 0 <= proxy_row < self.rowCount():
            return -1
        return self.mapToSource(self.index(proxy_row, 0)).row()

    def proxy_row(self, source_row: int) -> int:
        """Where model row ``source_row`` is shown (-1 if filtered out)."""
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()


def sortable(table: QTableView) -> None:
    """Sorted by a click on a column header; unsorted (the server's order) at first."""
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
