"""``TemplatesModel``: question templates (text, expected conditions, enabled) as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from helix_desktop.state.generator import GeneratorState
from server.contract.generator import QuestionTemplateResponse

__all__ = ["TemplatesModel"]

Index = QModelIndex | QPersistentModelIndex


class TemplatesModel(QAbstractTableModel):
    """Follows ``state.templates``; the enabled checkbox is saved at once (PATCH)."""

    def __init__(self, state: GeneratorState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.templates: list[QuestionTemplateResponse] = list(state.templates)
        state.templates_loaded.connect(self._on_loaded)

    def _on_loaded(self, templates: list[QuestionTemplateResponse]) -> None:
        self.beginResetModel()
        self.templates = list(templates)
        self.endResetModel()

    def template_at(self, row: int) -> QuestionTemplateResponse | None:
        return self.templates[row] if 0 <= row < len(self.templates) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.templates)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Template"), self.tr("Expected conditions"), self.tr("On"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == 2:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        template = self.template_at(index.row()) if index.isValid() else None
        if template is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return template.text
            if column == 1:
                return ", ".join(template.expected_conditions) or "—"
        if role == Qt.ItemDataRole.CheckStateRole and column == 2:
            return Qt.CheckState.Checked if template.enabled else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not template.enabled and column < 2:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.UserRole:
            return template.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        template = self.template_at(index.row()) if index.isValid() else None
        if template is None or index.column() != 2 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        enabled = Qt.CheckState(value) == Qt.CheckState.Checked
        self.templates[index.row()] = template.model_copy(update={"enabled": enabled})
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 2))
        self.state.set_template_enabled(template.id, enabled)
        return True
