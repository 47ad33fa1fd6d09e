"""``RowFilter``: shows only the source rows a predicate keeps (e.g. "flaky only")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

__all__ = ["RowFilter"]


class RowFilter(QSortFilterProxyModel):
    """Every row while off; when on, the rows for which ``keep(source_row)`` is true."""

    def __init__(self, keep: Callable[[int], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keep = keep
        self.enabled = False

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self.enabled:
            self.beginFilterChange()
            self.enabled = enabled
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refresh(self) -> None:
        """The predicate's answers may have changed (only matters while on)."""
        if self.enabled:
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def source_row(self, row: int) -> int:
        """The source row shown at ``row`` of this model (-1 when none)."""
        index = self.mapToSource(self.index(row, 0))
        return index.row() if index.isValid() else -1

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return not self.enabled or self._keep(source_row)
