"""Cases page: inline edits saved with PATCH, refused blanks, undo before commit, failed saves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from helix_desktop.ui.cases.model import COLUMNS
from tests.desktop.cases_fixtures import cases_page
from tests.desktop.conftest import shot, signal_emitted, until


def _open_editor(page: Any, row: int, column: str) -> Any:
    index = page.model.index(row, COLUMNS.index(column))
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit | QPlainTextEdit), editor
    return editor


async def test_inline_edit_is_saved_and_blank_question_refused(helix: Any, qtbot: Any) -> None:
    window, page = await cases_page(helix, qtbot)
    client = helix.session.require_client()
    assert page.model.rowCount() == 5
    case_id = page.model.case_at(1).id

    editor = _open_editor(page, 1, "question")
    editor.selectAll()
    qtbot.keyClicks(editor, "Ningde ")
    editor.insert("最新的净利润是多少")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    await until(lambda: page.state.cases[1].question == "Ningde 最新的净利润是多少")
    await until(lambda: page.state.cases[1].updated_at is not None)
    assert (await client.get_case(case_id)).question == "Ningde 最新的净利润是多少"

    # A blank question: Enter is refused in the cell, the reason shown, nothing sent.
    editor = _open_editor(page, 1, "question")
    editor.clear()
    assert editor.property("invalid") is True
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert page.message.kind == "error"
    assert "问题" in page.message.text()
    assert page.table.state() == page.table.State.EditingState
    shot(window, "cases_blank_question")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.table.state() != page.table.State.EditingState
    assert (await client.get_case(case_id)).question == "Ningde 最新的净利润是多少"

    # The active checkbox saves at once.
    index = page.model.index(1, COLUMNS.index("is_active"))
    assert page.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.state.cases[1].is_active is False  # shown before the answer comes
    assert await signal_emitted(page.state.saved) == (case_id,)
    assert (await client.get_case(case_id)).is_active is False


async def test_undo_before_commit_and_failed_save_reverts(helix: Any, qtbot: Any) -> None:
    window, page = await cases_page(helix, qtbot)
    client = helix.session.require_client()
    first = page.model.case_at(0)

    # Ctrl+Z inside the editor undoes typing; Esc drops the edit without a request.
    editor = _open_editor(page, 0, "expected_keywords")
    qtbot.keyClicks(editor, ",extra")
    assert editor.text().endswith(",extra")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == first.expected_keywords
    qtbot.keyClicks(editor, ",again")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert page.model.index(0, COLUMNS.index("expected_keywords")).data() == first.expected_keywords
    assert (await client.get_case(first.id)).expected_keywords == first.expected_keywords

    # Multi-line SQL: Ctrl+Enter commits.
    editor = _open_editor(page, 2, "expected_sql")
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText("SELECT sales FROM car_sales\nWHERE code = '002594'")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    case_id = page.model.case_at(2).id
    await until(lambda: page.state.cases[2].expected_sql is not None)
    await until(lambda: page.state.cases[2].updated_at is not None)
    assert (await client.get_case(case_id)).expected_sql.startswith("SELECT sales")

    # A question that exists already: the server says 409, the cell goes back.
    editor = _open_editor(page, 3, "question")
    editor.selectAll()
    editor.insert(first.question)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    await until(lambda: page.message.kind == "error")
    assert first.question[:6] in page.message.text()
    await until(lambda: page.state.cases[3].question == "查一下招商银行的不良贷款率")
    shot(window, "cases_failed_save")
