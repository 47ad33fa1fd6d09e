"""``CasesModel``: a table model over ``CasesState`` that fetches further pages while scrolling."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from helix_desktop.state.cases import CasesState
from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.theme import is_dark
from server.contract.autotest import CaseResponse

__all__ = ["COLUMNS", "CasesModel"]

Index = QModelIndex | QPersistentModelIndex

# Short columns first, so state and category stay in view beside the long text.
COLUMNS = (
    "id",
    "is_active",
    "last_result",
    "question",
    "expected_keywords",
    "category",
    "expected_conditions",
    "expected_sql",
)
# Cells show one line; the detail pane shows the whole text.
_CELL_CHARS = 160
_COLOUR_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)


def _one_line(text: str | None) -> str:
    if not text:
        return ""
    line = " ".join(text.split())
    return line if len(line) <= _CELL_CHARS else line[: _CELL_CHARS - 1] + "…"


class CasesModel(QAbstractTableModel):
    """Rows are ``state.cases``; edits go to ``state.edit`` (saved with PATCH)."""

    def __init__(self, state: CasesState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._dark = is_dark()
        state.reset.connect(self._on_reset)
        state.appended.connect(self._on_appended)
        state.changed.connect(self._on_changed)
        state.removing.connect(self._on_removing)
        state.removed.connect(self.endRemoveRows)

    def headers(self) -> tuple[str, ...]:
        names = {
            "id": self.tr("ID"),
            "is_active": self.tr("Active"),
            "last_result": self.tr("Last result"),
            "question": self.tr("Question"),
            "expected_keywords": self.tr("Expected keywords"),
            "category": self.tr("Category"),
            "expected_conditions": self.tr("Expected conditions"),
            "expected_sql": self.tr("Expected SQL"),
        }
        return tuple(names[c] for c in COLUMNS)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.state.cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        text_roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation == Qt.Orientation.Horizontal and role in text_roles:
            return self.headers()[section]  # the tooltip: a narrow column elides its label
        return None

    def case_at(self, row: int) -> CaseResponse | None:
        cases = self.state.cases
        return cases[row] if 0 <= row < len(cases) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        if column == "is_active":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if column not in ("id", "last_result"):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        case = self.case_at(index.row()) if index.isValid() else None
        if case is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "id":
                return str(case.id)
            if column == "is_active":
                return None
            if column == "last_result":
                return case.last_result or ""
            return _one_line(getattr(case, column))
        if column == "last_result" and case.last_result and role in _COLOUR_ROLES:
            background, foreground = result_colors(case.last_result, dark=self._dark)
            return background if role == Qt.ItemDataRole.BackgroundRole else foreground
        if column == "last_result" and role == Qt.ItemDataRole.ToolTipRole and case.last_run_at:
            when = case.last_run_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            return self.tr("Last run %1").replace("%1", when)
        if role == Qt.ItemDataRole.EditRole:
            return "" if column == "is_active" else (getattr(case, column) or "")
        if role == Qt.ItemDataRole.CheckStateRole and column == "is_active":
            return Qt.CheckState.Checked if case.is_active else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column in ("question", "expected_sql"):
            text = getattr(case, column) or ""
            return text if len(text) > 40 else None
        if role == Qt.ItemDataRole.UserRole:
            return case.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "last_result":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if column == "is_active" and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return self.state.edit(index.row(), "is_active", checked)
        if column in ("id", "is_active", "last_result") or role != Qt.ItemDataRole.EditRole:
            return False
        return self.state.edit(index.row(), column, value)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.state.has_more

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid() and not self.state.loading:
            self.state.load_more()

    # Appended and reset rows are already in the state when it signals.

    def _on_reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_appended(self, first: int, last: int) -> None:
        self.beginInsertRows(QModelIndex(), first, last)
        self.endInsertRows()

    def _on_removing(self, first: int, last: int) -> None:
        self.beginRemoveRows(QModelIndex(), first, last)

    def _on_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
