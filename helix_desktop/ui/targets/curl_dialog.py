"""``PasteCurlDialog``: paste a browser's "Copy as cURL" to set up a new target."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

__all__ = ["PasteCurlDialog"]


class PasteCurlDialog(QDialog):
    """The command and the question it asked; ``accepted`` then the page asks the server."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteCurlDialog")
        self.setWindowTitle(self.tr("Paste cURL"))
        self.resize(720, 420)
        hint = QLabel(
            self.tr(
                "In the browser's developer tools, right-click the bot's request and choose "
                "Copy > Copy as cURL (bash or cmd), then paste it here."
            )
        )
        hint.setWordWrap(True)
        self.command = QPlainTextEdit()
        self.command.setObjectName("curlCommand")
        self.command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.command.setPlaceholderText("curl 'https://…' -H '…' --data-raw '{…}'")
        self.sample = QLineEdit()
        self.sample.setObjectName("sampleQuestion")
        self.sample.setPlaceholderText(
            self.tr("The question asked in that request (optional: found by its field name)")
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Read command"))
        self.ok_button.setEnabled(False)
        self.command.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.command.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.command, 1)
        layout.addWidget(QLabel(self.tr("Sample question")))
        layout.addWidget(self.sample)
        layout.addWidget(self.buttons)

    def command_text(self) -> str:
        return self.command.toPlainText().strip()

    def sample_question(self) -> str:
        return self.sample.text().strip()
