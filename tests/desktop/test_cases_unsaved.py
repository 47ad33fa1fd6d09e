"""Cases page: unsaved edits in the detail pane are never lost silently; New and Duplicate."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.desktop.cases_fixtures import cases_page
from tests.desktop.conftest import shot, until


def _click_row(page: Any, qtbot: Any, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _answer(page: Any, qtbot: Any, button: QMessageBox.StandardButton) -> None:
    box = page.unsaved_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


async def test_row_change_with_unsaved_edits_asks_first(helix: Any, qtbot: Any) -> None:
    window, page = await cases_page(helix, qtbot)
    client = helix.session.require_client()
    detail = page.detail
    _click_row(page, qtbot, 0)
    await until(lambda: detail.case is not None and detail.case.id == page.model.case_at(0).id)
    first = detail.case
    assert "●" not in detail.title.text()
    qtbot.keyClicks(detail.keywords, ",gross margin")
    assert detail.is_dirty() and "●" in detail.title.text()

    # Another row: the edits stay, the user is asked. Cancel keeps row 0 and the edits.
    _click_row(page, qtbot, 2)
    await until(lambda: page.unsaved_box is not None)
    await until(lambda: page.table.currentIndex().row() == 0)
    assert detail.case.id == first.id and detail.keywords.text().endswith(",gross margin")
    shot(window, "cases_unsaved_question")
    _answer(page, qtbot, QMessageBox.StandardButton.Cancel)
    await until(lambda: not page.unsaved_box.isVisible())
    assert detail.case.id == first.id and detail.is_dirty()
    assert page.table.currentIndex().row() == 0

    # Save: saved on the server, then on to the chosen row.
    _click_row(page, qtbot, 2)
    await until(lambda: page.unsaved_box is not None and page.unsaved_box.isVisible())
    _answer(page, qtbot, QMessageBox.StandardButton.Save)
    await until(lambda: detail.case.id == page.model.case_at(2).id)
    assert page.table.currentIndex().row() == 2
    await until(lambda: page.state.cases[0].updated_at is not None)
    assert (await client.get_case(first.id)).expected_keywords.endswith(",gross margin")

    # Discard: the edit is dropped, nothing sent, on to the chosen row.
    third = detail.case
    detail.question.clear()
    qtbot.keyClicks(detail.question, "an edit to throw away")
    _click_row(page, qtbot, 3)
    await until(lambda: page.unsaved_box is not None and page.unsaved_box.isVisible())
    _answer(page, qtbot, QMessageBox.StandardButton.Discard)
    await until(lambda: detail.case.id == page.model.case_at(3).id)
    assert not detail.is_dirty()
    assert (await client.get_case(third.id)).question == third.question


async def test_new_case_and_duplicate(helix: Any, qtbot: Any) -> None:
    window, page = await cases_page(helix, qtbot)
    client = helix.session.require_client()
    detail = page.detail
    total = page.state.total

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert detail.creating and detail.title.text().startswith("新建用例")
    assert not detail.is_dirty()
    assert not detail.save_button.isEnabled()
    qtbot.keyClicks(detail.question, "Wuliangye net profit 2023")
    qtbot.keyClicks(detail.keywords, "000858,net profit")
    qtbot.keyClicks(detail.category, "finance")
    assert detail.is_dirty() and "●" in detail.title.text()
    shot(window, "cases_new_case")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: not detail.creating and detail.case is not None)
    created = detail.case
    assert page.state.total == total + 1
    assert page.state.row_of(created.id) == page.model.rowCount() - 1
    assert page.table.currentIndex().row() == page.state.row_of(created.id)
    stored = await client.get_case(created.id)
    assert (stored.question, stored.expected_keywords, stored.category) == (
        "Wuliangye net profit 2023",
        "000858,net profit",
        "finance",
    )

    # Duplicate the current case: a copy in the form, saved as a new case.
    _click_row(page, qtbot, 0)
    await until(lambda: detail.case is not None and detail.case.id == page.model.case_at(0).id)
    original = detail.case
    qtbot.mouseClick(page.duplicate_button, Qt.MouseButton.LeftButton)
    assert detail.creating and detail.is_dirty()
    assert detail.keywords.text() == original.expected_keywords
    assert detail.sql.toPlainText() == (original.expected_sql or "")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: not detail.creating and detail.case is not None)
    copy = await client.get_case(detail.case.id)
    assert copy.id != original.id and original.question in copy.question
    assert copy.expected_sql == original.expected_sql
    assert page.state.total == total + 2

    # A new form with unsaved text is guarded like an edit: Cancel keeps it.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(detail.question, "not saved yet")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.unsaved_box is not None and page.unsaved_box.isVisible()
    _answer(page, qtbot, QMessageBox.StandardButton.Cancel)
    await until(lambda: not page.unsaved_box.isVisible())
    assert detail.question.text() == "not saved yet"
    assert page.state.total == total + 2
