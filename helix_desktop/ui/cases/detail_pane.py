"""``CaseDetailPane``: the selected case in full, long text included, edited and saved at once;
its results over time below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helix_desktop.state.cases import CasesState
from helix_desktop.ui.cases.history_box import CaseHistoryBox
from helix_desktop.ui.cases.sql_highlighter import SqlHighlighter
from helix_desktop.ui.message_label import MessageLabel
from server.contract.autotest import CaseResponse

__all__ = ["CaseDetailPane"]


class CaseDetailPane(QWidget):
    """Editors for one case; Save (Ctrl+S) sends the changed fields, Revert drops them."""

    def __init__(self, state: CasesState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("caseDetail")
        self.case: CaseResponse | None = None
        self._showing = False
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.stamp = QLabel()
        self.stamp.setObjectName("hint")
        self.question = QLineEdit()
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(self.tr("Comma-separated, e.g. 营业收入,600519"))
        self.conditions = QPlainTextEdit()
        self.conditions.setFixedHeight(64)
        self.conditions.setTabChangesFocus(True)
        self.sql = QPlainTextEdit()
        self.sql.setTabChangesFocus(True)
        self.sql.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sql.setPlaceholderText(self.tr("Expected SQL (optional)"))
        self.highlighter = SqlHighlighter(self.sql.document())
        self.category = QLineEdit()
        self.active = QCheckBox(self.tr("Active (included in runs)"))
        self.message = MessageLabel()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("saveCase")
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Drop the unsaved changes"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Keywords"), self.keywords)
        form.addRow(self.tr("Conditions"), self.conditions)
        form.addRow(self.tr("Category"), self.category)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.stamp)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Expected SQL")))
        layout.addWidget(self.sql, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.history = CaseHistoryBox(state)
        layout.addWidget(self.history, 1)

        for edit in (self.question, self.keywords, self.category):
            edit.textChanged.connect(self._on_edited)
        for text in (self.conditions, self.sql):
            text.textChanged.connect(self._on_edited)
        self.active.toggled.connect(self._on_edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        state.changed.connect(self._on_state_changed)
        state.reset.connect(lambda: self.show_case(None))
        self.show_case(None)

    # ---------------------------------------------------------------- showing

    def show_case(self, case: CaseResponse | None) -> None:
        """Show ``case`` (None: nothing selected); unsaved edits of the previous one are dropped."""
        self.case = case
        self._showing = True
        try:
            self.title.setText(
                self.tr("Case %1").replace("%1", str(case.id))
                if case
                else self.tr("No case selected")
            )
            self.stamp.setText(self._stamp(case))
            self.question.setText(case.question if case else "")
            self.keywords.setText(case.expected_keywords if case else "")
            self.conditions.setPlainText((case.expected_conditions or "") if case else "")
            self.sql.setPlainText((case.expected_sql or "") if case else "")
            self.category.setText((case.category or "") if case else "")
            self.active.setChecked(case.is_active if case else False)
        finally:
            self._showing = False
        for widget in (self.question, self.keywords, self.conditions, self.sql, self.category):
            widget.setEnabled(case is not None)
        self.active.setEnabled(case is not None)
        self.history.show_for(case.id if case else None)
        self.message.clear_message()
        self._on_edited()

    def _stamp(self, case: CaseResponse | None) -> str:
        if case is None:
            return self.tr("Select a row to see and edit the whole case.")
        created = case.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = self.tr("Created %1").replace("%1", created)
        if case.updated_at is not None:
            updated = case.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
            text += " · " + self.tr("updated %1").replace("%1", updated)
        return text

    def _on_state_changed(self, row: int) -> None:
        if self.case is None or self.is_dirty():
            return
        if 0 <= row < len(self.state.cases) and self.state.cases[row].id == self.case.id:
            self.show_case(self.state.cases[row])

    # ---------------------------------------------------------------- editing

    def values(self) -> dict[str, Any]:
        return {
            "question": self.question.text().strip(),
            "expected_keywords": self.keywords.text().strip(),
            "expected_conditions": self.conditions.toPlainText().strip() or None,
            "expected_sql": self.sql.toPlainText().strip() or None,
            "category": self.category.text().strip() or None,
            "is_active": self.active.isChecked(),
        }

    def changes(self) -> dict[str, Any]:
        if self.case is None:
            return {}
        return {k: v for k, v in self.values().items() if getattr(self.case, k) != v}

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def _on_edited(self, *_: object) -> None:
        if self._showing:
            return
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if self.case is not None and not self.question.text().strip():
            self.message.show_error(self.tr("A case needs a question."))
        elif self.message.kind == "error" and self.question.text().strip():
            self.message.clear_message()

    def save(self) -> None:
        changes = self.changes()
        if self.case is None or not changes:
            return
        if not changes.get("question", self.case.question):
            self.message.show_error(self.tr("A case needs a question."))
            return
        row = self.state.row_of(self.case.id)
        if row < 0:
            self.message.show_error(self.tr("This case is no longer in the list."))
            return
        # The state shows the new values at once; its answer refreshes this pane.
        self.case = self.case.model_copy(update=changes)
        self.state.edit_fields(row, changes)
        self._on_edited()

    def revert(self) -> None:
        self.show_case(self.case)

    def show_save_failed(self, case_id: int) -> None:
        """Show the case as stored again (the page shows why the save failed)."""
        if self.case is not None and self.case.id == case_id:
            row = self.state.row_of(case_id)
            self.show_case(self.state.cases[row] if row >= 0 else None)
