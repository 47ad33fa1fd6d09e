"""Right-click a result row (Run, Reports): copy question / SQL, open the case, run it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from tests.conftest import RunningDemoBot
from tests.desktop.cases_fixtures import main_window
from tests.desktop.conftest import until
from tests.desktop.run_fixtures import cases, point_at_bot, store_cases


def _menu_for(page: Any, table: Any, row: int) -> Any:
    pos = table.visualRect(table.model().index(row, 2)).center()
    table.customContextMenuRequested.emit(pos)  # what a right-click sends
    menu = page.case_menu
    assert menu is not None and menu.isVisible()
    return {action.text(): action for action in menu.actions() if action.text()}


async def test_result_row_menus(
    helix: Any, qtbot: Any, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    window = await main_window(helix, qtbot)
    client = helix.session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    await store_cases(client, cases(6, wrong={1}))
    window.show_page("run")
    run_page = window.page_widgets["run"]
    qtbot.mouseClick(run_page.run_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: helix.run.status == "COMPLETED", timeout=60)
    first = helix.run.rows[0]

    actions = _menu_for(run_page, run_page.table, 0)
    assert set(actions) >= {"复制问题", "复制 SQL", "打开用例", "运行此用例"}
    actions["复制问题"].trigger()
    assert QGuiApplication.clipboard().text() == first.question
    actions["复制 SQL"].trigger()
    assert QGuiApplication.clipboard().text().startswith("SELECT")
    run_page.case_menu.close()

    # Open case: the Cases page, that case in the detail pane.
    actions = _menu_for(run_page, run_page.table, 0)
    actions["打开用例"].trigger()
    cases_page = window.page_widgets["cases"]
    assert window.current_page() == "cases"
    await until(lambda: cases_page.detail.case is not None)
    assert cases_page.detail.case.id == first.case_id

    # From a report: run this case -> a new batch of one case, on the Run page.
    window.show_page("reports")
    reports_page = window.page_widgets["reports"]
    await until(lambda: reports_page.batches_model.rowCount() == 1)
    reports_page.batches.selectRow(0)
    await until(lambda: reports_page.results.model().rowCount() == 6)
    before = helix.run.batch_id
    actions = _menu_for(reports_page, reports_page.results, 1)
    actions["运行此用例"].trigger()
    assert window.current_page() == "run"
    await until(lambda: helix.run.batch_id != before)
    await until(lambda: helix.run.status == "COMPLETED", timeout=30)
    one = await client.get_report(helix.run.batch_id)
    assert one.total_count == 1
    await until(lambda: helix.reports.reports and not helix.reports.busy)


async def test_cases_table_menu(
    helix: Any, qtbot: Any, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    window = await main_window(helix, qtbot)
    client = helix.session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    await store_cases(client, cases(8))
    window.show_page("cases")
    page = window.page_widgets["cases"]
    await until(lambda: page.state.loaded_once and not page.state.loading)
    await until(lambda: page.model.rowCount() == 8)
    row = next(r for r in range(8) if page.model.case_at(r).expected_sql)
    case = page.model.case_at(row)

    actions = _menu_for(page, page.table, row)
    # The case is open on this page already: no "Open case".
    assert set(actions) == {"复制问题", "复制 SQL", "复制预期 SQL", "运行此用例"}
    assert not actions["复制 SQL"].isEnabled()  # a case has no answer of its own
    actions["复制问题"].trigger()
    assert QGuiApplication.clipboard().text() == case.question
    actions["复制预期 SQL"].trigger()
    assert QGuiApplication.clipboard().text() == case.expected_sql
    page.case_menu.close()

    # Run this case: a batch of that one case, on the Run page.
    before = helix.run.batch_id
    actions = _menu_for(page, page.table, row)
    actions["运行此用例"].trigger()
    assert window.current_page() == "run"
    await until(lambda: helix.run.batch_id != before)
    await until(lambda: helix.run.status == "COMPLETED", timeout=30)
    report = await client.get_report(helix.run.batch_id)
    assert report.total_count == 1
    assert [row.case_id for row in helix.run.rows] == [case.id]
