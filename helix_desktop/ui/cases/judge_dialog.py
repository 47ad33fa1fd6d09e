"""``JudgeDialog``: try the server's judge on a SQL of one's own against a case's expectations."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.cases import CasesState
from helix_desktop.ui.cases.sql_highlighter import SqlHighlighter
from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.run.checks_strip import ChecksStrip
from server.contract.judge import JudgeRequest, JudgeResponse

__all__ = ["JudgeDialog"]


class JudgeDialog(QDialog):
    """A SQL box and a Judge button; the verdict, its message and its checks below."""

    def __init__(
        self, state: CasesState, expectations: dict[str, Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.expectations = expectations
        self.setObjectName("judgeDialog")
        self.setWindowTitle(self.tr("Try the judge"))
        self.setMinimumWidth(560)
        hint = QLabel(
            self.tr(
                "Paste a SQL a bot might give: the server judges it against this case's "
                "expectations with the configured checks. Nothing is saved."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.sql = QPlainTextEdit()
        self.sql.setObjectName("judgeSql")
        self.sql.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sql.setPlainText(str(expectations.get("expected_sql") or ""))
        self.highlighter = SqlHighlighter(self.sql.document())
        self.judge_button = QPushButton(self.tr("Judge"))
        self.judge_button.setObjectName("judgeButton")
        self.judge_button.setDefault(True)
        self.judge_button.clicked.connect(self.judge)
        self.verdict = MessageLabel()
        self.checks = ChecksStrip()
        self.checks.show_checks(None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.judge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.sql, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.checks)
        layout.addWidget(buttons)
        self.answer: JudgeResponse | None = None
        state.judged.connect(self._on_judged)
        state.judge_failed.connect(self._on_failed)
        self.finished.connect(self._disconnect)

    def judge(self) -> None:
        sql = self.sql.toPlainText().strip()
        if not sql:
            self.verdict.show_error(self.tr("Enter a SQL to judge."))
            return
        self.judge_button.setEnabled(False)
        request = JudgeRequest(
            sql=sql,
            expected_keywords=self.expectations.get("expected_keywords") or None,
            expected_conditions=self.expectations.get("expected_conditions") or None,
            expected_sql=self.expectations.get("expected_sql") or None,
        )
        self.state.try_judge(request)

    def _on_judged(self, answer: JudgeResponse) -> None:
        self.answer = answer
        self.judge_button.setEnabled(True)
        text = answer.result + (f": {answer.message}" if answer.message else "")
        if answer.result == "PASS":
            self.verdict.show_success(text)
        else:
            self.verdict.show_error(text)
        self.checks.show_checks([c.model_dump() for c in answer.checks])

    def _on_failed(self, detail: str) -> None:
        self.judge_button.setEnabled(True)
        self.verdict.show_error(detail)

    def _disconnect(self, *_: object) -> None:
        self.state.judged.disconnect(self._on_judged)
        self.state.judge_failed.disconnect(self._on_failed)
