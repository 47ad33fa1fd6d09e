"""``ConnectionCheckPanel``: ask the bot one question and show its raw answer and SQL."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.config import ConfigState
from helix_desktop.ui.message_label import MessageLabel
from server.contract.config import DEFAULT_TEST_QUESTION, ConfigTestResponse

__all__ = ["ConnectionCheckPanel", "code_view"]


def code_view(name: str, height: int) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    view.setMinimumHeight(height)
    return view


class ConnectionCheckPanel(QGroupBox):
    """A question box, the test button, the verdict line, the SQL and the raw answer.

    ``overrides`` gives the form's unsaved changes (``ValueError`` names a bad field),
    so what is tested is what the user sees, saved or not.
    """

    def __init__(
        self,
        state: ConfigState,
        overrides: Callable[[], dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Connection test"), parent)
        self.setObjectName("connectionTest")
        self.state = state
        self.overrides = overrides
        hint = QLabel(
            self.tr(
                "Asks the bot one question with the settings shown (unsaved changes "
                "included), the way a run does, and shows what came back."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.question = QLineEdit()
        self.question.setObjectName("testQuestion")
        self.question.setPlaceholderText(DEFAULT_TEST_QUESTION)
        self.question.returnPressed.connect(self.start)
        self.button = QPushButton(self.tr("Test connection"))
        self.button.setObjectName("testButton")
        self.button.setEnabled(False)
        self.button.clicked.connect(self.start)
        ask = QHBoxLayout()
        ask.addWidget(self.question, 1)
        ask.addWidget(self.button)
        self.result = MessageLabel()
        self.sql = code_view("testSql", 70)
        self.raw = code_view("testRaw", 120)
        self.sql.setPlaceholderText(self.tr("No SQL yet"))
        self.raw.setPlaceholderText(self.tr("No answer yet"))
        self.raw_label = QLabel(self.tr("Raw answer"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(ask)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(self.tr("Extracted SQL")))
        layout.addWidget(self.sql, 1)
        layout.addWidget(self.raw_label)
        layout.addWidget(self.raw, 2)

        state.tested.connect(self._on_tested)
        state.test_failed.connect(self._on_failed)
        state.testing_changed.connect(self._on_testing)
        self._available = False

    def set_available(self, available: bool) -> None:
        """Only a server with ``/config`` can test (and only once the config is loaded)."""
        self._available = available
        self.button.setEnabled(available and not self.state.testing)

    def start(self) -> None:
        if not self._available or self.state.testing:
            return
        try:
            overrides = self.overrides()
        except ValueError as exc:
            self.result.show_error(self.tr("%1: not a valid JSON object.").replace("%1", str(exc)))
            return
        self.state.test_connection(self.question.text().strip(), overrides)

    def _on_testing(self, testing: bool) -> None:
        self.button.setEnabled(self._available and not testing)
        self.button.setText(self.tr("Testing…") if testing else self.tr("Test connection"))
        if testing:
            self.result.show_info(self.tr("Asking the bot…"))

    def _on_tested(self, answer: ConfigTestResponse) -> None:
        details = self._details(answer)
        if answer.ok:
            self.result.show_success(
                self.tr("The bot answered with SQL. %1").replace("%1", details)
            )
        else:
            self.result.show_error(
                f"{answer.error or self.tr('No SQL in the answer.')} ({details})"
            )
        self.sql.setPlainText(answer.sql or "")
        self.raw.setPlainText(answer.raw_answer)
        self.raw_label.setText(
            self.tr("Raw answer (first part only)")
            if answer.raw_truncated
            else self.tr("Raw answer")
        )

    def _details(self, answer: ConfigTestResponse) -> str:
        status = (
            self.tr("HTTP %1").replace("%1", str(answer.status_code))
            if answer.status_code is not None
            else self.tr("no HTTP response")
        )
        return (
            self.tr("%1 s, %2, %3 attempt(s)")
            .replace("%1", f"{answer.duration:.2f}")
            .replace("%2", status)
            .replace("%3", str(answer.attempts))
        )

    def _on_failed(self, message: str) -> None:
        self.result.show_error(message)
