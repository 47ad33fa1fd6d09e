"""Cases page: multi-select deactivate/delete/run, search and filters, paging while scrolling."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from tests.desktop.cases_fixtures import ROWS, cases_csv, cases_page, main_window
from tests.desktop.conftest import shot, signal_emitted, until


def _select(page: Any, rows: list[int]) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.model.index(row, 0), flags)


async def test_batch_deactivate_run_and_delete(helix: Any, qtbot: Any) -> None:
    window, page = await cases_page(helix, qtbot)
    client = helix.session.require_client()
    _select(page, [0, 2, 4])
    assert page.selection_label.text() == "已选择 3 条"
    ids = page.selected_ids()

    page.deactivate_button.click()
    await until(lambda: page.message.kind == "success")
    assert "已停用 3 条用例" in page.message.text()
    assert [c.is_active for c in page.state.cases] == [False, True, False, True, False]
    assert [(await client.get_case(i)).is_active for i in ids] == [False, False, False]

    # "Run selected" hands the ids to whoever runs cases (the app's wiring to the Run
    # page is tested in test_run_page; here the page alone, without starting a run).
    helix.cases.run_requested.disconnect(helix.run_cases)
    assert await _emitted_now(page.state.run_requested, page.run_button.click) == (ids,)

    # Filter to inactive, select all, Del asks how many, then deletes.
    page.active_filter.setCurrentIndex(2)
    await until(lambda: page.model.rowCount() == 3)
    page.table.setFocus()
    page.table.selectAll()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    assert "3" in box.text()
    shot(window, "cases_confirm_delete")
    box.button(QMessageBox.StandardButton.Yes).click()
    await until(lambda: page.model.rowCount() == 0)
    assert "已删除 3 条用例" in page.message.text()
    page.active_filter.setCurrentIndex(0)
    await until(lambda: page.model.rowCount() == 2)
    remaining, total = await client.list_cases()
    assert total == 2 and {c.question for c in remaining} == {ROWS[1][0], ROWS[3][0]}


async def _emitted_now(signal: Any, action: Any) -> tuple[Any, ...]:
    """Arguments of ``signal`` emitted synchronously by ``action``."""
    received: list[tuple[Any, ...]] = []
    signal.connect(lambda *args: received.append(args))
    action()
    assert received
    return received[-1]


async def test_search_and_category_filter(helix: Any, qtbot: Any) -> None:
    _window, page = await cases_page(helix, qtbot)
    page.find_action.trigger()
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "600")  # matches keywords (stock codes starting 600)
    await until(lambda: page.model.rowCount() == 2)  # debounced, filtered by the server
    assert page.total_label.text() == "共 2 条用例"
    page.search.clear()
    await until(lambda: page.model.rowCount() == 5)

    page.category_filter.setCurrentText("财务")
    page.category_filter.lineEdit().editingFinished.emit()
    await until(lambda: page.model.rowCount() == 2)
    assert {c.category for c in page.state.cases} == {"财务"}
    assert page.category_filter.findText("风控") > 0  # categories seen are offered
    page.category_filter.setCurrentIndex(0)
    page.category_filter.activated.emit(0)
    await until(lambda: page.model.rowCount() == 5)


async def test_pages_are_fetched_while_scrolling(helix: Any, qtbot: Any) -> None:
    window = await main_window(helix, qtbot)
    client = helix.session.require_client()
    answer = await client.import_cases("many.csv", cases_csv(3000))
    assert answer.imported == 3000
    window.show_page("cases")
    page = window.page_widgets["cases"]
    await until(lambda: page.model.rowCount() == 200)
    assert page.state.total == 3000
    assert page.total_label.text() == "共 3,000 条用例（已加载 200 条）"
    assert page.model.canFetchMore(page.model.index(-1, -1))
    shot(window, "cases_many")

    fetched = 0
    while page.model.rowCount() < 3000:
        before = page.model.rowCount()
        page.table.scrollToBottom()  # the view calls fetchMore at the end
        await until(lambda before=before: page.model.rowCount() > before)
        fetched += 1
    assert fetched < 10  # pages grow while the user keeps scrolling
    assert not page.model.canFetchMore(page.model.index(-1, -1))
    assert page.model.case_at(2999).question.startswith("问题002999")
    assert [c.id for c in page.state.cases] == sorted({c.id for c in page.state.cases})
    assert page.total_label.text() == "共 3,000 条用例"

    # A reload starts from the first page again.
    page.refresh_action.trigger()
    await signal_emitted(page.state.reset)
    assert page.model.rowCount() == 200
    assert not page.state.loading
