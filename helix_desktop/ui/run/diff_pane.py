"""``DiffPane``: expected vs actual SQL side by side, the judge's message, the answer's
timeline, the raw answer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.ui.run.checks_strip import ChecksStrip
from helix_desktop.ui.run.result_colors import result_colors
from helix_desktop.ui.run.sql_diff import diff_sql, missing_terms
from helix_desktop.ui.run.sql_format import pretty_sql
from helix_desktop.ui.run.timeline_bar import TimelineBar
from helix_desktop.ui.theme import is_dark
from server.contract.vocabulary import ResultValue

__all__ = ["DiffPane", "diff_colors", "highlight_spans"]

_SPLIT = (",", "，", ";", "；", "\n")


def _terms(text: str | None) -> list[str]:
    """Keywords/conditions as the judge splits them (for display only)."""
    if not text:
        return []
    for separator in _SPLIT[1:]:
        text = text.replace(separator, _SPLIT[0])
    return [part.strip() for part in text.split(_SPLIT[0]) if part.strip()]


def highlight_spans(edit: QTextEdit, spans: list[tuple[int, int]], color: QColor) -> None:
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    cursor = QTextCursor(edit.document())
    for start, end in spans:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


class DiffPane(QWidget):
    """Shows a case result (a dict of ``ResultDetail`` fields); ``set_raw`` adds the answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffPane")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.question = QLabel()
        self.question.setObjectName("diffQuestion")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result = QLabel()
        self.result.setObjectName("diffResult")
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result.setMinimumWidth(64)
        self.message = QLabel()
        self.message.setObjectName("diffMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checks = ChecksStrip()
        self.expected_title = QLabel(self.tr("Expected"))
        self.actual_title = QLabel(self.tr("Actual SQL"))
        self.expected = QTextEdit()
        self.actual = QTextEdit()
        for edit, name in ((self.expected, "expectedSql"), (self.actual, "actualSql")):
            edit.setObjectName(name)
            edit.setReadOnly(True)
            edit.setFont(mono)
            edit.setAcceptRichText(False)
        self.raw_title = QLabel(self.tr("Raw bot answer"))
        self.raw = QPlainTextEdit()
        self.raw.setObjectName("rawAnswer")
        self.raw.setReadOnly(True)
        self.raw.setFont(mono)
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        sides = QWidget()
        grid = QGridLayout(sides)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.expected_title, 0, 0)
        grid.addWidget(self.actual_title, 0, 1)
        grid.addWidget(self.expected, 1, 0)
        grid.addWidget(self.actual, 1, 1)
        raw_box = QWidget()
        raw_layout = QVBoxLayout(raw_box)
        raw_layout.setContentsMargins(0, 0, 0, 0)
        raw_layout.addWidget(self.raw_title)
        raw_layout.addWidget(self.raw)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(sides)
        self.splitter.addWidget(raw_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        header = QGridLayout()
        header.addWidget(self.question, 0, 0)
        header.addWidget(self.result, 0, 1, Qt.AlignmentFlag.AlignTop)
        header.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.checks)
        self.timeline = TimelineBar()
        layout.addWidget(self.timeline)
        layout.addWidget(self.splitter, 1)
        self.case_id: int | None = None
        self.repeat_index = 0
        self.clear()

    def clear(self) -> None:
        self.case_id = None
        self.repeat_index = 0
        self.question.setText(self.tr("Select a case to see its SQL."))
        self.result.setText("")
        self.result.setStyleSheet("")
        self.message.hide()
        self.checks.show_checks(None)
        self.expected.clear()
        self.actual.clear()
        self.raw.clear()
        self.timeline.clear()

    def show_result(self, data: Mapping[str, Any]) -> None:
        """Show one result; differences highlighted (token diff, or missing keywords)."""
        self.case_id = data.get("case_id")
        self.repeat_index = int(data.get("repeat_index") or 0)
        self.question.setText(f"#{data.get('case_id', '')}  {data.get('question', '')}")
        result = str(data.get("result") or "")
        self.result.setText(result)
        background, foreground = result_colors(result, dark=is_dark())
        self.result.setStyleSheet(
            f"background:{background.name()};color:{foreground.name()};"
            "border-radius:3px;padding:2px 8px;font-weight:bold;"
            if result
            else ""
        )
        message = str(data.get("message") or "")
        if result == ResultValue.PASS and not message:
            message = self.tr("All expectations met.")
        self.message.setText(self.tr("Judge: %1").replace("%1", message) if message else "")
        self.message.setVisible(bool(message))
        self.checks.show_checks(data.get("checks"))
        # One clause per line: a bot's one-line SQL is hard to compare by eye.
        actual = pretty_sql(str(data.get("actual_sql") or ""))
        expected_sql = pretty_sql(str(data.get("expected_sql") or ""))
        self.actual.setPlainText(actual)
        removed_color, added_color = diff_colors()
        if expected_sql:
            self.expected_title.setText(self.tr("Expected SQL"))
            self.expected.setPlainText(expected_sql)
            diff = diff_sql(expected_sql, actual)
            highlight_spans(self.expected, diff.removed, removed_color)
            highlight_spans(self.actual, diff.added, added_color)
        else:
            self._show_expectations(data, actual, removed_color)
        label = f"#{int(data.get('repeat_index') or 0) + 1}"
        self.timeline.show_asks([(label, data.get("timeline"))])
        raw = data.get("raw_answer")
        if raw is not None:
            self.set_raw(str(raw))
        else:
            self.raw.setPlainText(self.tr("Loading…") if result else "")

    def _show_expectations(self, data: Mapping[str, Any], actual: str, color: QColor) -> None:
        """No expected SQL: list keywords and conditions; the missing ones highlighted."""
        self.expected_title.setText(self.tr("Expected keywords and conditions"))
        keywords = _terms(data.get("expected_keywords"))
        conditions = _terms(data.get("expected_conditions"))
        missing = missing_terms(keywords, conditions, actual) if actual else set()
        lines: list[str] = []
        spans: list[tuple[int, int]] = []
        position = 0
        for title, terms in (
            (self.tr("Keywords:"), keywords),
            (self.tr("Conditions:"), conditions),
        ):
            if not terms:
                continue
            lines.append(title)
            position += len(title) + 1
            for term in terms:
                line = "  " + term
                if term in missing:
                    spans.append((position + 2, position + len(line)))
                lines.append(line)
                position += len(line) + 1
        self.expected.setPlainText("\n".join(lines) or self.tr("(no expectations)"))
        highlight_spans(self.expected, spans, color)

    def set_raw(self, text: str) -> None:
        self.raw.setPlainText(text or self.tr("(the bot's answer was not stored)"))


def diff_colors() -> tuple[QColor, QColor]:
    """Backgrounds of removed and added text, for the current theme."""
    if is_dark():
        return QColor("#6e2b2b"), QColor("#22543a")
    return QColor("#ffc9c6"), QColor("#c3f0cf")
