"""``TargetTestPanel``: send one question to the target shown and see what a run would see."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.targets import TargetsState
from helix_desktop.ui.connection_check import code_view
from helix_desktop.ui.message_label import MessageLabel
from server.contract.config import DEFAULT_TEST_QUESTION
from server.contract.target_tools import TargetDebugResponse
from server.contract.vocabulary import ResultValue

__all__ = ["TargetTestPanel"]


class TargetTestPanel(QGroupBox):
    """Question, Test button, the verdict line, the SQL, the SSE events and the raw answer.

    ``template`` gives the form as shown (``ValueError`` names a bad field), saved or not.
    """

    def __init__(
        self,
        state: TargetsState,
        template: Callable[[], dict[str, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Test"), parent)
        self.setObjectName("targetTest")
        self.state = state
        self.template = template
        self.question = QLineEdit()
        self.question.setObjectName("testQuestion")
        self.question.setPlaceholderText(DEFAULT_TEST_QUESTION)
        self.question.returnPressed.connect(self.start)
        self.button = QPushButton(self.tr("Test"))
        self.button.setObjectName("testButton")
        self.button.clicked.connect(self.start)
        ask = QHBoxLayout()
        ask.addWidget(self.question, 1)
        ask.addWidget(self.button)
        self.result = MessageLabel()
        self.sql = code_view("testSql", 60)
        self.events = code_view("testEvents", 80)
        self.raw = code_view("testRaw", 80)
        self.sql.setPlaceholderText(self.tr("No SQL yet"))
        self.raw.setPlaceholderText(self.tr("No answer yet"))
        self.events_label = QLabel(self.tr("Events"))
        layout = QVBoxLayout(self)
        layout.addLayout(ask)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(self.tr("Extracted SQL")))
        layout.addWidget(self.sql, 1)
        layout.addWidget(self.events_label)
        layout.addWidget(self.events, 1)
        layout.addWidget(QLabel(self.tr("Raw answer")))
        layout.addWidget(self.raw, 1)
        state.tested.connect(self._on_tested)
        state.test_failed.connect(self.result.show_error)
        state.testing_changed.connect(self._on_testing)

    def start(self) -> None:
        if self.state.testing:
            return
        try:
            template = self.template()
        except ValueError as exc:
            self.result.show_error(self.tr("%1: not a valid JSON object.").replace("%1", str(exc)))
            return
        self.state.test(template, self.question.text().strip())

    def _on_testing(self, testing: bool) -> None:
        self.button.setEnabled(not testing)
        self.button.setText(self.tr("Testing…") if testing else self.tr("Test"))
        if testing:
            self.result.show_info(self.tr("Asking the bot…"))

    def _on_tested(self, answer: TargetDebugResponse) -> None:
        status = (
            self.tr("HTTP %1").replace("%1", str(answer.status_code))
            if answer.status_code is not None
            else self.tr("no HTTP response")
        )
        details = (
            self.tr("%1 s, %2, %3 attempt(s)")
            .replace("%1", f"{answer.duration:.2f}")
            .replace("%2", status)
            .replace("%3", str(answer.attempts))
        )
        verdict = answer.verdict
        line = f"{verdict.result}" + (f": {verdict.message}" if verdict.message else "")
        text = f"{line} ({details})"
        if verdict.result == ResultValue.PASS:
            self.result.show_success(text)
        elif answer.ok:
            self.result.show_info(text)
        else:
            reason = answer.error or self.tr("No SQL in the answer.")
            self.result.show_error(f"{reason} ({details})")
        self.sql.setPlainText(answer.sql or "")
        self.events_label.setText(self.tr("Events (%1)").replace("%1", str(len(answer.events))))
        self.events.setPlainText(
            "\n".join(
                f"{event.event}: {json.dumps(event.data, ensure_ascii=False)}"
                for event in answer.events
            )
        )
        self.raw.setPlainText(answer.raw_answer)
