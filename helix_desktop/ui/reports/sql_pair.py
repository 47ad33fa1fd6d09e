"""``SqlPair``: the SQLs of one case in two batches side by side, differences highlighted."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGridLayout, QLabel, QTextEdit, QWidget

from helix_desktop.ui.run.diff_pane import diff_colors, highlight_spans
from helix_desktop.ui.run.sql_diff import diff_sql

__all__ = ["SqlPair"]


def _sql_view(name: str) -> QTextEdit:
    view = QTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setAcceptRichText(False)
    view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return view


class SqlPair(QWidget):
    """Left: batch A's SQL (removed tokens marked); right: batch B's (added tokens marked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sqlPair")
        self.title_a = QLabel()
        self.title_b = QLabel()
        self.sql_a = _sql_view("sqlA")
        self.sql_b = _sql_view("sqlB")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.title_a, 0, 0)
        grid.addWidget(self.title_b, 0, 1)
        grid.addWidget(self.sql_a, 1, 0)
        grid.addWidget(self.sql_b, 1, 1)
        self.clear()

    def clear(self) -> None:
        self.title_a.setText(self.tr("SQL in A"))
        self.title_b.setText(self.tr("SQL in B"))
        self.sql_a.clear()
        self.sql_b.clear()

    def show_pair(self, title_a: str, sql_a: str | None, title_b: str, sql_b: str | None) -> None:
        self.title_a.setText(title_a)
        self.title_b.setText(title_b)
        none = self.tr("(no SQL)")
        self.sql_a.setPlainText(sql_a if sql_a is not None else none)
        self.sql_b.setPlainText(sql_b if sql_b is not None else none)
        if sql_a is None or sql_b is None:
            return
        removed_color, added_color = diff_colors()
        diff = diff_sql(sql_a, sql_b)
        highlight_spans(self.sql_a, diff.removed, removed_color)
        highlight_spans(self.sql_b, diff.added, added_color)
