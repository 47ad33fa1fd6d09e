"""``ChangePasswordDialog``: change one's own password (forced when the server says so)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.session import Session
from helix_desktop.ui.message_label import MessageLabel

__all__ = ["MIN_PASSWORD_LENGTH", "ChangePasswordDialog"]

MIN_PASSWORD_LENGTH = 6


class ChangePasswordDialog(QDialog):
    """Checks the new password locally, then asks the session; closes when it succeeded."""

    def __init__(self, session: Session, *, forced: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.forced = forced
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr("This is your first login: choose a new password to continue.")
            if forced
            else self.tr("Choose a new password.")
        )
        intro.setWordWrap(True)
        self.old_password = QLineEdit()
        self.old_password.setObjectName("oldPassword")
        self.new_password = QLineEdit()
        self.new_password.setObjectName("newPassword")
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirmPassword")
        for edit in (self.old_password, self.new_password, self.confirm):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Current password"), self.old_password)
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("Repeat new password"), self.confirm)
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change password"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Log out") if forced else self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        session.password_changed.connect(self._on_changed)
        session.password_change_failed.connect(self.message.show_error)
        session.busy_changed.connect(self._on_busy)

    def _submit(self) -> None:
        new = self.new_password.text()
        if len(new) < MIN_PASSWORD_LENGTH:
            self.message.show_error(
                self.tr("The new password needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSWORD_LENGTH)
                )
            )
        elif new != self.confirm.text():
            self.message.show_error(self.tr("The two new passwords differ."))
        elif new == self.old_password.text():
            self.message.show_error(self.tr("The new password must differ from the current one."))
        else:
            self.message.clear_message()
            self.session.change_password(self.old_password.text(), new)

    def _on_changed(self, _user: object) -> None:
        self.accept()

    def _on_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def done(self, result: int) -> None:
        for edit in (self.old_password, self.new_password, self.confirm):
            edit.clear()
        self.session.password_changed.disconnect(self._on_changed)
        self.session.password_change_failed.disconnect(self.message.show_error)
        self.session.busy_changed.disconnect(self._on_busy)
        super().done(result)
