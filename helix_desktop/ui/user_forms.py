"""Small forms of the accounts dialog: a new user, and a one-field prompt (name, password)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.password_dialog import MIN_PASSWORD_LENGTH
from server.contract.vocabulary import Role

__all__ = ["NewUserDialog", "PromptDialog"]


class _FormDialog(QDialog):
    """A form with an inline message; stays open until the server confirms (``succeeded``)."""

    def __init__(self, failed: SignalInstance, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._failed = failed
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("_FormDialog", "Cancel")
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        failed.connect(self.message.show_error)

    def _submit(self) -> None:
        raise NotImplementedError

    def succeeded(self, *_: object) -> None:
        self.accept()

    def done(self, result: int) -> None:
        self._failed.disconnect(self.message.show_error)
        super().done(result)


class NewUserDialog(_FormDialog):
    """Username, display name, first password, role; emits ``submitted`` with the four."""

    submitted = Signal(str, str, str, str)

    def __init__(self, failed: SignalInstance, parent: QWidget | None = None) -> None:
        super().__init__(failed, parent)
        self.setObjectName("newUserDialog")
        self.setWindowTitle(self.tr("New user"))
        self.setMinimumWidth(400)
        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("newDisplayName")
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.addItem(self.tr("Tester"), Role.TESTER)
        self.role.addItem(self.tr("Administrator"), Role.ROOT)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Initial password"), self.password)
        form.addRow(self.tr("Role"), self.role)
        note = QLabel(
            self.tr("Give this password to the user; they can change it in the Account menu.")
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))

    def _submit(self) -> None:
        if not self.username.text().strip():
            self.message.show_error(self.tr("Enter a username."))
        elif len(self.password.text()) < MIN_PASSWORD_LENGTH:
            self.message.show_error(
                self.tr("The password needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSWORD_LENGTH)
                )
            )
        else:
            self.message.clear_message()
            self.submitted.emit(
                self.username.text().strip(),
                self.display_name.text(),
                self.password.text(),
                str(self.role.currentData()),
            )


class PromptDialog(_FormDialog):
    """One text field (display name, or a new password); emits ``submitted(text)``."""

    submitted = Signal(str)

    def __init__(
        self,
        failed: SignalInstance,
        *,
        title: str,
        label: str,
        text: str = "",
        secret: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(failed, parent)
        self.setObjectName("promptDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        self.secret = secret
        self.field = QLineEdit(text)
        self.field.setObjectName("promptField")
        if secret:
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(label, self.field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        value = self.field.text()
        if self.secret and len(value) < MIN_PASSWORD_LENGTH:
            self.message.show_error(
                self.tr("The password needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSWORD_LENGTH)
                )
            )
            return
        if not self.secret and not value.strip():
            self.message.show_error(self.tr("This field cannot be empty."))
            return
        self.message.clear_message()
        self.submitted.emit(value)
