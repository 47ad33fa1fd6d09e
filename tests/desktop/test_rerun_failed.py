"""Rerun failed: the Run page means the last *full* run; any report can be rerun; count first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from helix_desktop.state.reports import ReportsState
from helix_desktop.state.run import RunState
from helix_desktop.state.session import Session
from helix_desktop.ui.pages.reports import ReportsPage
from helix_desktop.ui.pages.run import RunPage
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

LEFT = Qt.MouseButton.LeftButton


def _click_rerun(qtbot: Any, box: Any) -> None:
    rerun = next(b for b in box.buttons() if b.text() == "重跑")
    qtbot.mouseClick(rerun, LEFT)


async def test_rerun_failed_of_the_last_full_run_and_of_any_report(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    await store_cases(client, cases(24, wrong={1, 5}, faulty={9}))
    run = RunState(session)
    run_page = RunPage(run)
    qtbot.addWidget(run_page)
    run_page.resize(1100, 720)
    run_page.show()

    # A full run (3 failed), then an ad-hoc run of three cases (1 failed): the newest batch.
    qtbot.mouseClick(run_page.run_all_button, LEFT)
    await until(lambda: run.batch_id is not None)
    full = run.batch_id
    await until(lambda: run.status == "COMPLETED", timeout=60)
    stored, _ = await client.list_cases(limit=100)
    chosen = [stored[0].id, stored[1].id, stored[2].id]  # stored[1] is the "[wrong]" one
    run.start_cases(chosen)
    await until(lambda: run.batch_id not in (None, full))
    adhoc = run.batch_id
    await until(lambda: run.status == "COMPLETED", timeout=30)
    assert (await client.get_report(adhoc)).fail_count == 1

    # The Run page's button means the full run, and says how many before it starts.
    qtbot.mouseClick(run_page.rerun_button, LEFT)
    await until(lambda: run_page.rerun_box is not None and run_page.rerun_box.isVisible())
    box = run_page.rerun_box
    assert "3" in box.text() and "2" in box.text() and "1" in box.text()
    assert "24" in box.informativeText()
    shot(box, "rerun_question")
    assert run.batch_id == adhoc  # nothing started yet
    _click_rerun(qtbot, box)
    await until(lambda: run.batch_id not in (full, adhoc))
    await until(lambda: run.status == "COMPLETED", timeout=30)
    rerun = await client.get_report(run.batch_id)
    assert (rerun.rerun_of, rerun.total_count) == (full, 3)

    # From the Reports page: the ad-hoc run's one failure, asked first, then run.
    reports = ReportsState(session)
    reports.rerun_requested.connect(run.rerun_failed)  # as the app wires it
    reports_page = ReportsPage(reports)
    qtbot.addWidget(reports_page)
    reports_page.resize(1100, 720)
    reports_page.show()
    await until(lambda: reports_page.batches_model.rowCount() == 3)
    row = next(i for i, r in enumerate(reports.reports) if r.id == adhoc)
    reports_page.batches.selectRow(row)
    await until(lambda: reports.current is not None and reports.current.id == adhoc)
    assert reports_page.rerun_button.isEnabled()
    qtbot.mouseClick(reports_page.rerun_button, LEFT)
    box = reports_page.rerun_box
    assert box is not None and box.isVisible() and "1" in box.text()
    before = run.batch_id
    _click_rerun(qtbot, box)
    await until(lambda: run.batch_id != before)
    await until(lambda: run.status == "COMPLETED", timeout=30)
    again = await client.get_report(run.batch_id)
    assert (again.rerun_of, again.total_count) == (adhoc, 1)
