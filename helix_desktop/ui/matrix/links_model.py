"""``LinksModel``: every template as a checkable line; checked means linked to the experiment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

__all__ = ["LinksFilter", "LinksModel"]

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


class LinksModel(QAbstractListModel):
    """``(template id, "Customer/App/Template")`` lines; remembers what changed from the start."""

    def __init__(self, templates: list[tuple[int, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.templates = templates
        self.initial: set[int] = set()
        self.checked: set[int] = set()

    def set_linked(self, template_ids: set[int]) -> None:
        self.beginResetModel()
        self.initial = set(template_ids)
        self.checked = set(template_ids)
        self.endResetModel()

    def to_link(self) -> list[int]:
        return sorted(self.checked - self.initial)

    def to_unlink(self) -> list[int]:
        return sorted(self.initial - self.checked)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.templates)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | (Qt.ItemFlag.ItemIsSelectable)
        )

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        template_id, path = self.templates[index.row()]
        if role == Role.DisplayRole:
            return path
        if role == Role.CheckStateRole:
            return Qt.CheckState.Checked if template_id in self.checked else Qt.CheckState.Unchecked
        if role == Role.UserRole:
            return template_id
        return None

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if role != Role.CheckStateRole:
            return False
        template_id = self.templates[index.row()][0]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(template_id)
        else:
            self.checked.discard(template_id)
        self.dataChanged.emit(index, index, [Role.CheckStateRole])
        return True

    def set_checked(self, template_id: int, checked: bool) -> None:
        for row, (tid, _) in enumerate(self.templates):
            if tid == template_id:
                state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                self.setData(self.index(row), state.value, Role.CheckStateRole)
                return


class LinksFilter(QSortFilterProxyModel):
    """Text filter (case-insensitive) and an optional "linked only" switch."""

    def __init__(self, source: LinksModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.links = source
        self.linked_only = False
        self.setSourceModel(source)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_linked_only(self, on: bool) -> None:
        self.linked_only = on
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.linked_only and self.links.templates[source_row][0] not in self.links.checked:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
