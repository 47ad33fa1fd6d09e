"""``LoginDialog``: server line, username and password; also the re-login after expiry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.preferences import Preferences
from helix_desktop.state.session import Session
from helix_desktop.ui.message_label import MessageLabel

__all__ = ["LoginDialog"]


class LoginDialog(QDialog):
    """Asks for credentials and hands them to the session; never keeps the password."""

    change_server_requested = Signal()

    def __init__(
        self,
        session: Session,
        preferences: Preferences,
        *,
        relogin: bool = False,
        server_text: Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._server_text = server_text
        self.preferences = preferences
        self.relogin = relogin
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in again") if relogin else self.tr("Log in to Helix"))
        self.setMinimumWidth(420)

        heading = QLabel(self.tr("Helix Desktop"))
        heading.setObjectName("heading")
        self.server_label = QLabel()
        self.server_label.setObjectName("serverLabel")
        self.server_label.setWordWrap(True)
        self.change_server_button = QPushButton(self.tr("Change server…"))
        self.change_server_button.setAutoDefault(False)
        self.change_server_button.clicked.connect(self.change_server_requested)
        server_row = QHBoxLayout()
        server_row.addWidget(self.server_label, 1)
        server_row.addWidget(self.change_server_button)

        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setText(session.user.username if relogin and session.user else "")
        if not self.username.text():
            self.username.setText(preferences.last_username)
        self.username.setReadOnly(relogin)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)

        self.message = MessageLabel()
        self.buttons = QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setObjectName("loginButton")
        self.login_button.setDefault(True)
        cancel_text = self.tr("Log out") if relogin else self.tr("Quit")
        self.cancel_button = self.buttons.addButton(
            cancel_text, QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(server_row)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        if relogin:
            self.change_server_button.hide()
            self.message.show_info(self.tr("Your session has expired. Please log in again."))
        session.connecting.connect(self._on_connecting)
        session.connected.connect(self._on_connected)
        session.connect_failed.connect(self._on_connect_failed)
        session.login_failed.connect(self._on_login_failed)
        session.busy_changed.connect(self._on_busy)
        if session.client is not None:
            self._on_connected(session.server_url)
        else:
            self._on_connecting("")
        (self.password if self.username.text() else self.username).setFocus()

    def _on_connecting(self, url: str) -> None:
        self.login_button.setEnabled(False)
        if url:
            self.server_label.setText(self.tr("Connecting to %1…").replace("%1", url))
        else:
            self.server_label.setText(self.tr("Starting the local server…"))

    def _on_connected(self, url: str) -> None:
        self.login_button.setEnabled(True)
        if self._server_text is not None:
            self.server_label.setText(self._server_text())
        else:
            self.server_label.setText(self.tr("Server: %1").replace("%1", url))
        if not self.relogin:
            self.message.clear_message()

    def _on_connect_failed(self, message: str) -> None:
        self.login_button.setEnabled(self.session.client is not None)
        if self.session.client is None:
            self.server_label.setText(self.tr("Not connected"))
        self.message.show_error(message)
        self._fit()

    def _fit(self) -> None:
        """Grow to show a long (wrapped) message whole; never shrink what the user sized."""
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _on_login_failed(self, message: str) -> None:
        self.message.show_error(message)
        self._fit()
        self.password.clear()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy and self.session.client is not None)

    def _submit(self) -> None:
        username = self.username.text().strip()
        if not username or not self.password.text():
            self.message.show_error(self.tr("Enter the username and the password."))
            return
        self.preferences.set_last_username(username)
        self.message.clear_message()
        self.session.login(username, self.password.text())

    def done(self, result: int) -> None:
        self.password.clear()  # do not keep the password around in the widget
        for signal, slot in (
            (self.session.connecting, self._on_connecting),
            (self.session.connected, self._on_connected),
            (self.session.connect_failed, self._on_connect_failed),
            (self.session.login_failed, self._on_login_failed),
            (self.session.busy_changed, self._on_busy),
        ):
            signal.disconnect(slot)
        super().done(result)
