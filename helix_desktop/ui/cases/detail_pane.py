"""``CaseDetailPane``: the selected case in full, long text included, with its results over
time below; also a new case's form."""

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
from helix_desktop.ui.cases.judge_dialog import JudgeDialog
from helix_desktop.ui.cases.sql_highlighter import SqlHighlighter
from helix_desktop.ui.message_label import MessageLabel
from helix_desktop.ui.unsaved_guard import dirty_title
from server.contract.autotest import CaseResponse

__all__ = ["CaseDetailPane"]


_BLANK: dict[str, Any] = {
    "question": "",
    "expected_keywords": "",
    "expected_conditions": None,
    "expected_sql": None,
    "category": None,
    "is_active": True,
}


class CaseDetailPane(QWidget):
    """Editors for one case; Save (Ctrl+S) sends the changed fields, Revert drops them.

    In "new" mode (New case, Duplicate) the form holds a case not stored yet; Save
    creates it. ``is_dirty``/``save``/``discard`` make it an ``EditableForm``.
    """

    def __init__(self, state: CasesState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("caseDetail")
        self.case: CaseResponse | None = None
        # The values a new case started from (None: not creating one).
        self.draft: dict[str, Any] | None = None
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
        self.judge_button = QPushButton(self.tr("Try the judge…"))
        self.judge_button.setObjectName("tryJudge")
        self.judge_button.setToolTip(self.tr("Judge a SQL of your own against these expectations"))
        self.judge_dialog: JudgeDialog | None = None

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Keywords"), self.keywords)
        form.addRow(self.tr("Conditions"), self.conditions)
        form.addRow(self.tr("Category"), self.category)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.judge_button)
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
        self.judge_button.clicked.connect(self.try_judge)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        state.changed.connect(self._on_state_changed)
        state.reset.connect(self._on_list_reset)
        state.create_failed.connect(self.message.show_error)
        self.show_case(None)

    # ---------------------------------------------------------------- showing

    def show_case(self, case: CaseResponse | None) -> None:
        """Show ``case`` (None: nothing selected); unsaved edits of the previous one are dropped.

        Callers that must not lose edits ask first (``unsaved_guard.ask_before_leaving``).
        """
        self.case = case
        self.draft = None
        self._fill(case.model_dump() if case else None)
        self.stamp.setText(self._stamp(case))
        self._on_edited()

    def start_new(self, template: CaseResponse | None = None) -> None:
        """An empty form for a new case, or a copy of ``template`` (Duplicate)."""
        self.case = None
        values = dict(_BLANK)
        if template is not None:
            values |= {k: getattr(template, k) for k in _BLANK}
            values["question"] = self.tr("%1 (copy)").replace("%1", template.question)
        self.draft = values
        self._fill(values)
        self.stamp.setText(
            self.tr("Copy of case %1: not saved yet.").replace("%1", str(template.id))
            if template is not None
            else self.tr("Not saved yet: Save adds it to the list.")
        )
        self._on_edited()
        self.question.setFocus()
        self.question.selectAll()

    @property
    def creating(self) -> bool:
        return self.draft is not None

    def _fill(self, values: dict[str, Any] | None) -> None:
        self._showing = True
        try:
            self.question.setText(values["question"] if values else "")
            self.keywords.setText(values["expected_keywords"] if values else "")
            self.conditions.setPlainText((values["expected_conditions"] or "") if values else "")
            self.sql.setPlainText((values["expected_sql"] or "") if values else "")
            self.category.setText((values["category"] or "") if values else "")
            self.active.setChecked(values["is_active"] if values else False)
        finally:
            self._showing = False
        for widget in (self.question, self.keywords, self.conditions, self.sql, self.category):
            widget.setEnabled(values is not None)
        self.active.setEnabled(values is not None)
        self.judge_button.setEnabled(values is not None)
        self.history.show_for(self.case.id if self.case is not None else None)
        self.message.clear_message()

    def _title(self) -> str:
        if self.creating:
            return self.tr("New case")
        if self.case is None:
            return self.tr("No case selected")
        return self.tr("Case %1").replace("%1", str(self.case.id))

    def form_name(self) -> str:
        if self.case is not None:
            return self.tr("case %1").replace("%1", str(self.case.id))
        return self.tr("the new case")

    def _on_list_reset(self) -> None:
        if not self.state.loaded_once:  # logged out: nothing of the last user stays
            self.show_case(None)
            return
        if self.creating or self.case is None or self.is_dirty():
            return  # a new case, or edits: the form stays as it is
        row = self.state.row_of(self.case.id)
        if row >= 0:  # the list was reloaded: show the case as stored now
            self.show_case(self.state.cases[row])

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
        if self.draft is not None:
            return {k: v for k, v in self.values().items() if _BLANK[k] != v}
        if self.case is None:
            return {}
        return {k: v for k, v in self.values().items() if getattr(self.case, k) != v}

    def is_dirty(self) -> bool:
        return bool(self.changes())  # a duplicate not saved yet counts as unsaved

    def _on_edited(self, *_: object) -> None:
        if self._showing:
            return
        dirty = self.is_dirty()
        self.title.setText(dirty_title(self._title(), dirty))
        self.setProperty("dirty", dirty)
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty or self.creating)
        if (self.case is not None or self.creating) and not self.question.text().strip():
            self.message.show_error(self.tr("A case needs a question."))
        elif self.message.kind == "error" and self.question.text().strip():
            self.message.clear_message()

    def save(self) -> bool:
        """Save the edits (a new case: create it); False if refused before sending."""
        if self.creating:
            if not self.question.text().strip():
                self.message.show_error(self.tr("A case needs a question."))
                return False
            self.state.create(self.values())  # ``created`` shows the stored case
            return True
        changes = self.changes()
        if self.case is None or not changes:
            return True
        if not changes.get("question", self.case.question):
            self.message.show_error(self.tr("A case needs a question."))
            return False
        row = self.state.row_of(self.case.id)
        if row < 0:
            self.message.show_error(self.tr("This case is no longer in the list."))
            return False
        # The state shows the new values at once; its answer refreshes this pane.
        self.case = self.case.model_copy(update=changes)
        self.state.edit_fields(row, changes)
        self._on_edited()
        return True

    def try_judge(self) -> JudgeDialog:
        """Open the judge box with the expectations as edited (saved or not)."""
        dialog = JudgeDialog(self.state, self.values(), self)
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        self.judge_dialog = dialog
        dialog.open()
        return dialog

    def revert(self) -> None:
        self.show_case(self.case)

    def discard(self) -> None:
        self.revert()

    def show_save_failed(self, case_id: int) -> None:
        """Show the case as stored again (the page shows why the save failed)."""
        if self.case is not None and self.case.id == case_id:
            row = self.state.row_of(case_id)
            self.show_case(self.state.cases[row] if row >= 0 else None)
