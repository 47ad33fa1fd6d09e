"""``UsersDialog`` (root only): the users table and the actions on a user."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.users import UsersState
from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.user_forms import NewUserDialog, PromptDialog, ResetPasswordDialog
from helix_desktop.ui.users_model import UsersModel
from server.contract.users import UserResponse

__all__ = ["UsersDialog"]


class UsersDialog(QDialog):
    """Lists users (paged) and lets root create, rename, (de)activate and reset them."""

    def __init__(self, state: UsersState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        # The open form, kept referenced while open.
        self.active_form: NewUserDialog | PromptDialog | ResetPasswordDialog | None = None
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("User accounts"))
        self.resize(820, 480)
        self.model = UsersModel(state, self)
        self.table = QTableView()
        self.table.setObjectName("usersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(72)
        self.table.doubleClicked.connect(lambda *_: self._rename())

        self.new_button = QPushButton(self.tr("New user…"))
        self.new_button.setObjectName("newUserButton")
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.rename_button = QPushButton(self.tr("Edit display name…"))
        self.toggle_button = QPushButton(self.tr("Disable"))
        self.toggle_button.setObjectName("toggleButton")
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setShortcut(QKeySequence.StandardKey.Refresh)
        close_button = QPushButton(self.tr("Close"))
        for button in (self.new_button, self.rename_button, self.toggle_button, self.reset_button):
            button.setAutoDefault(False)
        self.new_button.clicked.connect(self._new_user)
        self.rename_button.clicked.connect(self._rename)
        self.toggle_button.clicked.connect(self._toggle)
        self.reset_button.clicked.connect(self._reset)
        self.refresh_button.clicked.connect(lambda: state.reload())
        close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.toggle_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(close_button)

        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        state.failed.connect(self.message.show_error)
        self.message.clear_on_next_action(self)  # a stale banner goes with the next button
        state.saved.connect(self._on_saved)
        state.created.connect(self._on_created)
        state.reset.connect(self._sync)
        state.appended.connect(self._sync)
        state.changed.connect(self._sync)
        self.table.selectionModel().selectionChanged.connect(self._sync)
        self._sync()

    def selected_user(self) -> UserResponse | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def select_user(self, user_id: int) -> None:
        row = self.state.row_of(user_id)
        if row >= 0:
            self.table.selectRow(row)

    def _sync(self, *_: object) -> None:
        user = self.selected_user()
        for button in (self.rename_button, self.toggle_button, self.reset_button):
            button.setEnabled(user is not None)
        active = user is None or user.is_active
        self.toggle_button.setText(self.tr("Disable") if active else self.tr("Enable"))
        self.count_label.setText(
            self.tr("%1 of %2 users shown")
            .replace("%1", str(len(self.state.users)))
            .replace("%2", str(self.state.total))
        )

    def _on_saved(self, user: UserResponse) -> None:
        self.message.show_success(self.tr("Saved: %1").replace("%1", user.username))

    def _on_created(self, user: UserResponse) -> None:
        self.select_user(user.id)
        self.message.show_success(self.tr("Created: %1").replace("%1", user.username))

    def _new_user(self) -> None:
        form = NewUserDialog(self.state.failed, self)
        form.submitted.connect(self.state.create)
        self.state.created.connect(form.succeeded)
        form.finished.connect(lambda *_: self.state.created.disconnect(form.succeeded))
        form.open()
        self.active_form = form

    def _prompt(
        self, title: str, label: str, *, text: str = "", secret: bool = False
    ) -> PromptDialog:
        form = PromptDialog(
            self.state.failed, title=title, label=label, text=text, secret=secret, parent=self
        )
        self._track(form)
        return form

    def _track(self, form: PromptDialog | ResetPasswordDialog) -> None:
        """The form closes when the server confirms; kept referenced while open."""
        self.state.saved.connect(form.succeeded)
        form.finished.connect(lambda *_: self.state.saved.disconnect(form.succeeded))
        self.active_form = form

    def _rename(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        form = self._prompt(
            self.tr("Edit display name"), self.tr("Display name"), text=user.display_name
        )
        form.submitted.connect(lambda name: self.state.rename(user.id, name))
        form.open()

    def _toggle(self) -> None:
        user = self.selected_user()
        if user is not None:
            self.message.clear_message()
            self.state.toggle_active(user.id)

    def _reset(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        form = ResetPasswordDialog(self.state.failed, user.username, parent=self)
        self._track(form)
        form.submitted.connect(
            lambda password, must_change: self.state.reset_password(user.id, password, must_change)
        )
        form.open()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.state.users:
            self.state.reload()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F2:
            self._rename()
            return
        super().keyPressEvent(event)
