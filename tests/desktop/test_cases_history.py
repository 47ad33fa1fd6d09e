"""Cases page after runs: the last-result column, the filter by last result and the case's
history (results over time, the SQL of each) in the detail pane, all clicked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from helix_desktop.ui.cases.model import COLUMNS
from tests.conftest import RunningDemoBot
from tests.desktop.cases_fixtures import cases_page
from tests.desktop.conftest import shot, until
from tests.desktop.run_fixtures import cases, finished_report, point_at_bot, store_cases


def _click_cell(qtbot: Any, table: Any, row: int, column: int) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


async def test_last_result_column_filter_and_history(
    helix: Any, qtbot: Any, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    window, page = await cases_page(helix, qtbot, seed=False)
    client = helix.session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=10)
    await store_cases(client, cases(4, wrong={1}))
    stored, _ = await client.list_cases(limit=10)
    ids = [c.id for c in stored]
    # Two runs of the first three cases (the first asks each twice); the fourth never runs.
    first = await client.start_run(ids[:3], repeat=2)
    assert (await finished_report(client, first.batch_id)).status == "COMPLETED"
    second = await client.start_run(ids[:3])
    assert (await finished_report(client, second.batch_id)).status == "COMPLETED"

    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.model.rowCount() == 4 and not page.state.loading)
    column = COLUMNS.index("last_result")
    shown = [page.model.index(row, column).data() for row in range(4)]
    assert shown == ["PASS", "FAIL", "PASS", ""]

    # Last result: FAIL (the combo box driven by the keyboard: Any, PASS, FAIL, ...).
    page.last_filter.setFocus()
    qtbot.keyClick(page.last_filter, Qt.Key.Key_Down)
    qtbot.keyClick(page.last_filter, Qt.Key.Key_Down)
    assert page.last_filter.currentData() == "FAIL"
    await until(lambda: page.model.rowCount() == 1 and not page.state.loading)
    assert page.model.case_at(0).id == ids[1]
    qtbot.keyClick(page.last_filter, Qt.Key.Key_Down)
    qtbot.keyClick(page.last_filter, Qt.Key.Key_Down)
    assert page.last_filter.currentData() == "NONE"
    await until(lambda: page.model.rowCount() == 1 and page.model.case_at(0).id == ids[3])
    await until(lambda: not page.state.loading)
    qtbot.keyClick(page.last_filter, Qt.Key.Key_Home)
    await until(lambda: page.model.rowCount() == 4 and not page.state.loading)

    # The failing case's history: three results, newest first, each with its SQL.
    _click_cell(qtbot, page.table, 1, COLUMNS.index("question"))
    history = page.detail.history
    await until(lambda: history.model.rowCount() == 3)
    assert [e.batch_id for e in history.model.entries] == [second.batch_id] + [first.batch_id] * 2
    assert {e.result for e in history.model.entries} == {"FAIL"}
    # Each result names the bot target its run asked (here the default target).
    target_column = history.model.COLUMNS.index("target")
    assert [history.model.index(r, target_column).data() for r in range(3)] == ["默认目标"] * 3
    summary = history.tr("History: %1 of the last %2 results passed")
    assert history.title.text() == summary.replace("%1", "0").replace("%2", "3")
    _click_cell(qtbot, history.table, 0, 0)
    assert history.sql.toPlainText().startswith("SELECT")
    assert "缺关键字" in history.sql.toPlainText()
    shot(window, "cases_page_history")

    # The never-run case says so.
    _click_cell(qtbot, page.table, 3, COLUMNS.index("question"))
    await until(lambda: history.case_id == ids[3] and history.model.rowCount() == 0)
    await until(lambda: history.title.text() == history.tr("History: never run"))
