"""``UsersModel``: a table model over ``UsersState``; fetches further pages while scrolling."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt

from helix_desktop.state.users import UsersState
from helix_desktop.ui.list_table_model import Index, ListTableModel
from server.contract.users import UserResponse
from server.contract.vocabulary import Role

__all__ = ["UsersModel"]


class UsersModel(ListTableModel):
    """Columns: id, username, display name, role, active, must change password, last login."""

    COLUMNS = ("id", "username", "display_name", "role", "is_active", "last_login_at")

    def __init__(self, state: UsersState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        state.reset.connect(self._on_reset)
        state.appended.connect(self._on_appended)
        state.changed.connect(self._on_changed)

    def _headers(self) -> tuple[str, ...]:
        return (
            self.tr("ID"),
            self.tr("Username"),
            self.tr("Display name"),
            self.tr("Role"),
            self.tr("Status"),
            self.tr("Last login"),
        )

    def _items(self) -> list[Any]:
        return self.state.users

    def user_at(self, row: int) -> UserResponse | None:
        return self.item_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.user_at(index.row()) if index.isValid() else None
        if user is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(user, column)
        if role == Qt.ItemDataRole.UserRole:
            return user.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, user: UserResponse, column: str) -> str:
        if column == "id":
            return str(user.id)
        if column == "role":
            return self.tr("Administrator") if user.role == Role.ROOT else self.tr("Tester")
        if column == "is_active":
            status = self.tr("Active") if user.is_active else self.tr("Disabled")
            if user.must_change_password:
                status += self.tr(" (must change password)")
            return status
        if column == "last_login_at":
            when = user.last_login_at
            return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "—"
        return str(getattr(user, column))

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.state.has_more

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self.state.load_more()

    def _on_reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _on_appended(self, first: int, last: int) -> None:
        # The state already holds the rows; tell the views in one go.
        self.beginInsertRows(QModelIndex(), first, last)
        self.endInsertRows()

    def _on_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
