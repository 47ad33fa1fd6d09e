"""``ConnectionDialog``: local (bundled) server or a team server by URL, checked via /health."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.preferences import Preferences
from helix_desktop.state.session import Session
from helix_desktop.ui.message_label import MessageLabel

__all__ = ["ConnectionDialog"]


class ConnectionDialog(QDialog):
    """Emits ``local_chosen`` or ``remote_chosen(url)`` once the choice is made (and checked)."""

    local_chosen = Signal()
    remote_chosen = Signal(str)

    def __init__(
        self, session: Session, preferences: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("connectionDialog")
        self.setWindowTitle(self.tr("Choose a server"))
        self.setMinimumWidth(480)
        self.local = QRadioButton(self.tr("Local: the server built into this app (single user)"))
        self.remote = QRadioButton(self.tr("Team server at this address:"))
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.remote)
        self.url = QComboBox()
        self.url.setObjectName("serverUrl")
        self.url.setEditable(True)
        self.url.addItems(preferences.recent_servers)
        self.url.setCurrentText(preferences.server_url or "http://127.0.0.1:8000")
        url_edit = self.url.lineEdit()
        assert url_edit is not None  # editable
        url_edit.setPlaceholderText("http://server:8000")
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self._check)
        url_row = QHBoxLayout()
        url_row.addSpacing(24)
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.check_button)
        hint = QLabel(self.tr("A team server is started with “helix server”."))
        hint.setObjectName("hint")
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.remote)
        layout.addLayout(url_row)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.remote if preferences.mode == "remote" else self.local).setChecked(True)
        self.remote.toggled.connect(self._sync_enabled)
        self._sync_enabled()
        self._pending_connect = False
        session.checked.connect(self._on_checked)

    def _sync_enabled(self) -> None:
        self.url.setEnabled(self.remote.isChecked())
        self.check_button.setEnabled(self.remote.isChecked())

    def _check(self) -> None:
        url = self.url.currentText().strip()
        if not url:
            self.message.show_error(self.tr("Enter the server address."))
            return
        self.message.show_info(self.tr("Checking %1…").replace("%1", url))
        self.session.check(url)

    def _on_checked(self, url: str, ok: bool, detail: str) -> None:
        if not ok:
            self._pending_connect = False
            self.message.show_error(detail)
            return
        version = f" (Helix {detail})" if detail else ""
        self.message.show_success(self.tr("The server answers%1.").replace("%1", version))
        if self._pending_connect:
            self._pending_connect = False
            self.remote_chosen.emit(url)
            self.accept()

    def _submit(self) -> None:
        if self.local.isChecked():
            self.local_chosen.emit()
            self.accept()
            return
        self._pending_connect = True
        self._check()

    def done(self, result: int) -> None:
        self.session.checked.disconnect(self._on_checked)
        super().done(result)
