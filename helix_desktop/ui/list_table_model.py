"""``ListTableModel``: a table model over a list held by a state object, one row per item."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

__all__ = ["Index", "ListTableModel"]

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """Rows from ``_items()``, columns from ``COLUMNS``, header titles from ``_headers()``."""

    COLUMNS: ClassVar[tuple[str, ...]] = ()

    def _items(self) -> Sequence[Any]:
        raise NotImplementedError

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def item_at(self, row: int) -> Any:
        items = self._items()
        return items[row] if 0 <= row < len(items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None
