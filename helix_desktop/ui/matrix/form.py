"""``StateForm``: a dialog that sends one kind of edit to ``MatrixState`` and waits for its answer.

It stays open until the server confirms (then closes) or refuses (then shows
the message next to the field it concerns: a clash (409) under the name).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from helix_desktop.state.matrix import MatrixState
from helix_desktop.state.vocabulary import MatrixOp
from helix_desktop.ui.message_label import MessageLabel

__all__ = ["StateForm"]

CONFLICT = 409


class StateForm(QDialog):
    """Listens to ``done``/``failed`` for its own operation key while open."""

    def __init__(self, state: MatrixState, op: MatrixOp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.op = op
        self.pending = False
        self.name_error = MessageLabel()
        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("StateForm", "Cancel")
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        state.done.connect(self._on_done)
        state.failed.connect(self._on_failed)
        self._listening = True

    def _submit(self) -> None:
        raise NotImplementedError

    def start(self, op: MatrixOp | None = None) -> None:
        """Mark an edit as sent: clear old messages, block a second click."""
        if op is not None:
            self.op = op
        self.pending = True
        self.ok_button.setEnabled(False)
        self.name_error.clear_message()
        self.message.clear_message()

    def _on_done(self, op: MatrixOp, _result: object) -> None:
        if op == self.op and self.pending:
            self.pending = False
            self.accept()

    def _on_failed(self, op: MatrixOp, status: int, text: str) -> None:
        if op != self.op or not self.pending:
            return
        self.pending = False
        self.ok_button.setEnabled(True)
        self.show_failure(status, text)

    def show_failure(self, status: int, text: str) -> None:
        if status == CONFLICT:
            self.name_error.show_error(text)
        else:
            self.message.show_error(text)

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.state.done.disconnect(self._on_done)
            self.state.failed.disconnect(self._on_failed)
        super().done(result)
