"""The Reports page on a real backend and demo bot: details, filter, export, compare, delete."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from helix_desktop.client.api import HelixClient
from helix_desktop.state.reports import ReportsState
from helix_desktop.state.session import Session
from helix_desktop.ui.pages.reports import ReportsPage
from tests.conftest import RunningDemoBot
from tests.desktop.conftest import shot, until
from tests.desktop.run_fixtures import (  # noqa: F401 (fixtures)
    cases,
    finished_report,
    point_at_bot,
    run_backend_fixture,
    session_fixture,
    store_cases,
)


async def _run(client: HelixClient) -> str:
    started = await client.start_run()
    report = await finished_report(client, started.batch_id)
    assert report.status == "COMPLETED"
    return started.batch_id


async def _two_batches(client: HelixClient) -> tuple[str, str]:
    """Batch 1 of 6 cases (one FAIL, one ERROR), then edits that change four results."""
    await store_cases(client, cases(6, wrong={1}, faulty={2}))
    first = await _run(client)
    stored, _ = await client.list_cases(limit=10)
    by_question = {c["question"] if isinstance(c, dict) else c.question: c for c in stored}
    ids = [c["id"] if isinstance(c, dict) else c.id for c in by_question.values()]
    questions = list(by_question)
    await client.patch_case(ids[0], {"question": "[wrong]" + questions[0]})  # PASS -> FAIL
    await client.patch_case(ids[1], {"question": questions[1].removeprefix("[wrong]")})  # fixed
    await client.set_cases_active([ids[2]], False)  # missing from the second batch
    await store_cases(client, cases(7)[6:])  # new in the second batch
    second = await _run(client)
    return first, second


def _page(qtbot: Any, session: Session) -> ReportsPage:
    page = ReportsPage(ReportsState(session))
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    return page


def _row_of(page: ReportsPage, batch_id: str) -> int:
    return next(i for i, r in enumerate(page.state.reports) if r.id == batch_id)


async def test_details_filter_export_compare(
    qtbot: Any,
    session: Session,
    demo_bot_factory: Callable[..., RunningDemoBot],
    tmp_path: Path,
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    first, second = await _two_batches(client)
    page = _page(qtbot, session)
    await until(lambda: page.batches_model.rowCount() == 2)
    assert page.batches_model.index(0, 1).data() == "已完成"
    assert page.trend.points.count() == 2

    # Open the first batch: six results, the chart shows 4 / 1 / 1.
    page.batches.selectRow(_row_of(page, first))
    await until(lambda: page.results_model.rowCount() == 6)
    slices = {s.label(): s.value() for s in page.result_chart.series.slices()}
    assert slices == {"PASS 4": 4, "FAIL 1": 1, "ERROR 1": 1}

    # Failed only: the FAIL and the ERROR (filtered by the server).
    page.failed_only.setChecked(True)
    await until(lambda: page.results_model.rowCount() == 2)
    assert [d.result for d in page.state.details] == ["FAIL", "ERROR"]
    page.results.selectRow(0)
    assert page.diff.result.text() == "FAIL"
    assert "缺关键字" in page.diff.message.text()
    await until(lambda: "data:" in page.diff.raw.toPlainText())
    shot(page, "reports_page_details")

    # Export the filtered results through the save dialog; read the workbook back.
    target = tmp_path / "failed.xlsx"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(target))
    dialog.accept()
    await until(lambda: page.message.kind == "success")
    workbook = load_workbook(target)
    assert workbook.sheetnames == ["测试报告", "概要"]
    rows = list(workbook["测试报告"].iter_rows(values_only=True))
    assert rows[0][:3] == ("用例ID", "分类", "问题")
    assert [row[0] for row in rows[1:]] == [d.case_id for d in page.state.details]
    assert [row[7] for row in rows[1:]] == ["FAIL", "ERROR"]
    # A file to share: not the 0600 of a temp file.
    assert target.stat().st_mode & 0o044 == 0o044

    # Compare the two batches: pick both rows, press Compare.
    selection = page.batches.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(page.batches_model.index(_row_of(page, second), 0), flags)
    assert page.selected_ids() and len(page.selected_ids()) == 2
    assert page.compare_button.isEnabled()
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.compare_view.model.rowCount() == 4)
    comparison = page.state.comparison
    assert comparison is not None and comparison.base_id == first
    assert dict(comparison.counts) == {
        "PASS -> FAIL": 1,
        "FAIL -> PASS": 1,
        "missing": 1,
        "new": 1,
        "unchanged": 3,
    }
    assert [c.kind for c in comparison.changes] == [
        "PASS -> FAIL",
        "FAIL -> PASS",
        "new",
        "missing",
    ]
    assert page.tabs.currentWidget() is page.compare_view
    assert "未变: 3" in page.compare_view.summary.text()
    shot(page, "reports_page_compare")


async def test_delete_with_confirmation_and_running_refused(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    await store_cases(client, cases(4))
    done = await _run(client)
    await point_at_bot(client, demo_bot_factory, latency_ms=1000, max_workers=1)
    running = (await client.start_run()).batch_id
    page = _page(qtbot, session)
    await until(lambda: page.batches_model.rowCount() == 2)

    # A running batch: the server's 409 detail is shown, nothing is removed.
    page.batches.selectRow(_row_of(page, running))
    await until(lambda: page.state.current is not None and page.state.current.id == running)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Yes).click()
    await until(lambda: page.message.kind == "error")
    assert "正在运行" in page.message.text()
    assert page.batches_model.rowCount() == 2

    # Cancelling the confirmation deletes nothing; confirming deletes the finished batch.
    page.batches.selectRow(_row_of(page, done))
    await until(lambda: page.state.current is not None and page.state.current.id == done)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    await until(lambda: page.batches_model.rowCount() == 1)
    assert page.message.kind == "success"
    reports, total = await client.list_reports()
    assert total == 1 and reports[0].id == running
    await client.stop_run(running)
    await finished_report(client, running)


async def test_reports_with_a_history_of_runs(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    """Six runs of 40 cases with a bot that gets better: the trend and a diff to look at."""
    client = session.require_client()
    await store_cases(client, cases(40, faulty={11}))
    for n, wrong_rate in enumerate((0.35, 0.3, 0.32, 0.2, 0.12, 0.05)):
        await point_at_bot(client, demo_bot_factory, latency_ms=5, wrong_rate=wrong_rate, seed=n)
        await _run(client)
    page = _page(qtbot, session)
    await until(lambda: page.batches_model.rowCount() == 6)
    assert page.trend.points.count() == 6
    rates = [point.y() for point in page.trend.points.points()]
    expected = [r.pass_rate * 100 for r in reversed(page.state.reports)]
    assert all(abs(a - b) < 1e-6 for a, b in zip(rates, expected, strict=True))
    page.batches.selectRow(0)
    await until(lambda: page.results_model.rowCount() == 40)
    row = next(i for i, d in enumerate(page.state.details) if d.result == "FAIL" and d.expected_sql)
    page.results.selectRow(row)
    await until(lambda: "data:" in page.diff.raw.toPlainText())
    assert page.diff.expected_title.text() == "预期 SQL"
    assert "缺关键字" in page.diff.message.text()
    shot(page, "reports_page_history")
