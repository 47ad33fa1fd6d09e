"""Tables sort by any column header; clicking a PASS/FAIL/ERROR counter filters (Run, Reports)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt

from helix_desktop.state.reports import ReportsState
from helix_desktop.state.run import RunState
from helix_desktop.state.session import Session
from helix_desktop.ui.pages.reports import ReportsPage
from helix_desktop.ui.pages.run import RunPage
from tests.conftest import RunningDemoBot
from tests.desktop.conftest import shot, until
from tests.desktop.run_fixtures import (  # noqa: F401 (fixtures)
    cases,
    point_at_bot,
    run_backend_fixture,
    session_fixture,
    store_cases,
)

LEFT = Qt.MouseButton.LeftButton


def _click_header(qtbot: Any, table: Any, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, 5))


def _column(table: Any, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


async def test_run_table_sorts_and_filters_by_counter(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    await store_cases(client, cases(20, wrong={2, 11}, faulty={7}))
    page = RunPage(RunState(session))
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    qtbot.mouseClick(page.run_all_button, LEFT)
    await until(lambda: page.state.status == "COMPLETED", timeout=60)
    assert page.table.model().rowCount() == 20

    # FAIL counter: only the two failures; the selection maps to the right case.
    qtbot.mouseClick(page.progress.counters["FAIL"], LEFT)
    assert page.table.model().rowCount() == 2
    assert set(_column(page.table, 3)) == {"FAIL"}
    page.table.selectRow(1)
    shown_case = int(page.table.model().index(1, 1).data())
    assert page.state.row_at(page.state_row()).case_id == shown_case
    assert page.diff.case_id == shown_case
    await until(lambda: "data:" in page.diff.raw.toPlainText())  # its raw answer, loaded
    shot(page, "run_filtered_fail")
    # ERROR instead, then again: all rows.
    qtbot.mouseClick(page.progress.counters["ERROR"], LEFT)
    assert not page.progress.counters["FAIL"].isChecked()
    assert _column(page.table, 3) == ["ERROR"]
    qtbot.mouseClick(page.progress.counters["ERROR"], LEFT)
    assert page.table.model().rowCount() == 20
    # "Still running" after the end: nothing left.
    qtbot.mouseClick(page.progress.counters["RUNNING"], LEFT)
    assert page.table.model().rowCount() == 0
    qtbot.mouseClick(page.progress.counters["RUNNING"], LEFT)

    # Sort by status, then by case id descending (numbers as numbers).
    _click_header(qtbot, page.table, 3)
    statuses = _column(page.table, 3)
    assert statuses == sorted(statuses, key=str.casefold)
    _click_header(qtbot, page.table, 1)
    _click_header(qtbot, page.table, 1)
    ids = [int(v) for v in _column(page.table, 1)]
    assert ids == sorted(ids, reverse=True)


async def test_reports_results_filter_by_counter_and_sort(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    await store_cases(client, cases(12, wrong={1, 4, 6}, faulty={3}))
    run = RunState(session)
    run.start_all()
    await until(lambda: run.status == "COMPLETED", timeout=60)
    page = ReportsPage(ReportsState(session))
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    await until(lambda: page.batches_model.rowCount() == 1)
    page.batches.selectRow(0)
    await until(lambda: page.results.model().rowCount() == 12)
    assert page.counters.buttons["FAIL"].text().endswith(" 3")
    qtbot.mouseClick(page.counters.buttons["FAIL"], LEFT)
    assert page.results.model().rowCount() == 3
    assert set(_column(page.results, 3)) == {"FAIL"}
    page.results.selectRow(2)
    shown = int(page.results.model().index(2, 1).data())
    await until(lambda: page.diff.case_id == shown)
    await until(lambda: "data:" in page.diff.raw.toPlainText())
    qtbot.mouseClick(page.counters.buttons["PASS"], LEFT)
    assert page.results.model().rowCount() == 8
    qtbot.mouseClick(page.counters.buttons["PASS"], LEFT)
    assert page.results.model().rowCount() == 12
    time_column = page.results_model.COLUMNS.index("duration")
    _click_header(qtbot, page.results, time_column)  # time (s): numbers
    times = [float(v) for v in _column(page.results, time_column)]
    assert times == sorted(times)
    shot(page, "reports_sorted_by_time")
