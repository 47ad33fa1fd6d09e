"""``CaseDelegate``: in-cell editors for cases; a blank question is refused in the cell."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from helix_desktop.ui.cases.model import COLUMNS
from helix_desktop.ui.cases.sql_highlighter import SqlHighlighter

__all__ = ["CaseDelegate"]

Index = QModelIndex | QPersistentModelIndex
MULTILINE = ("expected_conditions", "expected_sql")
EDITOR_HEIGHT = 140


class CaseDelegate(QStyledItemDelegate):
    """Line edits for short fields, text edits for conditions and SQL (Ctrl+Enter commits).

    Esc closes the editor without saving; Ctrl+Z undoes typing inside the editor.
    """

    refused = Signal(str)  # an edit the delegate would not commit, and why

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = COLUMNS[index.column()]
        if column in MULTILINE:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            if column == "expected_sql":
                editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
                editor.highlighter = SqlHighlighter(editor.document())  # type: ignore[attr-defined]
            return editor
        line = QLineEdit(parent)
        line.setFrame(False)
        if column == "question":
            line.setPlaceholderText(self.tr("A question is required"))
            line.textChanged.connect(lambda text, e=line: _mark_blank(e, not text.strip()))
        return line

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
            return
        if isinstance(editor, QLineEdit):
            text = editor.text()
            if COLUMNS[index.column()] == "question" and not text.strip():
                self.refused.emit(self.tr("A case needs a question; the edit was not saved."))
                return
            model.setData(index, text)
            return
        super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, 0, max(0, EDITOR_HEIGHT - rect.height()))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if enter and isinstance(editor, QPlainTextEdit):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:  # type: ignore[attr-defined]
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                return True
        elif enter and isinstance(editor, QLineEdit) and editor.property("invalid"):
            # Stay in the cell: the user fixes the question or presses Esc.
            self.refused.emit(self.tr("A case needs a question; the edit was not saved."))
            return True
        return super().eventFilter(editor, event)


def _mark_blank(editor: QLineEdit, blank: bool) -> None:
    """A red frame while the question is blank (QSS: ``QLineEdit[invalid="true"]``)."""
    editor.setProperty("invalid", blank)
    editor.style().unpolish(editor)
    editor.style().polish(editor)
