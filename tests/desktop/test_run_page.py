"""The Run page against a real backend and demo bot: a full run, stop, rerun failed, re-attach."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from helix_desktop.state.run import RunState
from helix_desktop.state.session import Session
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


def _page(qtbot: Any, session: Session) -> RunPage:
    page = RunPage(RunState(session))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def _statuses(page: RunPage) -> Counter[str]:
    return Counter(row.status for row in page.state.rows)


async def test_a_run_of_200_cases_reaches_the_reported_counts(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=10)
    await store_cases(client, cases(200, wrong={3, 50, 120}, faulty={7, 99}))
    page = _page(qtbot, session)
    changes: list[tuple[int, int]] = []
    page.model.dataChanged.connect(lambda a, b: changes.append((a.row(), b.row())))

    qtbot.mouseClick(page.run_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.state.batch_id is not None)
    await until(lambda: page.state.status == "COMPLETED", timeout=60)

    report = await client.get_report(page.state.batch_id)
    assert report.status == "COMPLETED"
    assert (report.total_count, report.pass_count, report.fail_count, report.error_count) == (
        200,
        195,
        3,
        2,
    )
    assert page.progress.bar.value() == page.progress.bar.maximum() == 200
    assert page.progress.counters["PASS"].text().endswith(" 195")
    assert page.progress.counters["FAIL"].text().endswith(" 3")
    assert page.progress.counters["ERROR"].text().endswith(" 2")
    assert _statuses(page) == {"PASS": 195, "FAIL": 3, "ERROR": 2}
    assert page.status_label.text() == "已完成"
    # Coalesced: far fewer dataChanged signals than the 400 running/update messages.
    assert 0 < len(changes) < 100
    assert "FAIL" in page.log.toPlainText()

    # Select a FAIL case with expected SQL: the diff pane shows both sides and the raw answer.
    row = next(i for i, r in enumerate(page.state.rows) if r.question.startswith("[wrong]"))
    page.table.selectRow(row)
    assert page.diff.result.text() == "FAIL"
    assert "缺关键字" in page.diff.message.text()
    # Which checks ran and which failed: the keywords and the clause-by-clause structure.
    assert page.diff.checks.isVisible()
    assert [(c, r) for c, r, _ in page.diff.checks.checks] == [
        ("keywords", "FAIL"),
        ("structure", "FAIL"),
    ]
    assert "结构: FAIL" in page.diff.checks.text()
    assert "WHERE 缺少" in page.diff.checks.toolTip()
    assert page.diff.actual.toPlainText().startswith("SELECT")
    await until(lambda: "data:" in page.diff.raw.toPlainText())
    shot(page, "run_page_finished")


async def test_stop_mid_run_and_rerun_failed(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=250, max_workers=3)
    await store_cases(client, cases(60, wrong={0, 4}, faulty={2}))
    page = _page(qtbot, session)

    qtbot.mouseClick(page.run_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.state.completed >= 8, timeout=30)
    assert page.stop_button.isEnabled()
    assert page.status_label.text() == "运行中"
    assert _statuses(page)["RUNNING"] > 0
    page.table.selectRow(0)
    shot(page, "run_page_mid_run")
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.state.status == "STOPPED", timeout=10)

    stopped = page.state.batch_id
    report = await finished_report(client, stopped)
    assert report.status == "STOPPED"
    assert report.completed_count < 60
    statuses = _statuses(page)
    assert statuses["NOT_RUN"] == 60 - report.completed_count
    assert (statuses["PASS"], statuses["FAIL"], statuses["ERROR"]) == (
        report.pass_count,
        report.fail_count,
        report.error_count,
    )
    assert (report.fail_count, report.error_count) == (2, 1)
    assert not page.stop_button.isEnabled()

    # The Run page's "Rerun failed" means the last full run: a stopped one is not.
    qtbot.mouseClick(page.rerun_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.message.kind == "error")
    assert "完整" in page.message.text()
    # A rerun of the stopped batch (as from its report): exactly its FAIL and ERROR cases.
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    page.state.rerun_failed(stopped)
    await until(lambda: page.state.batch_id not in (None, stopped))
    await until(lambda: page.state.status == "COMPLETED", timeout=30)
    rerun = await client.get_report(page.state.batch_id)
    assert rerun.rerun_of == stopped
    assert rerun.total_count == 3
    assert _statuses(page) == {"FAIL": 2, "ERROR": 1}


async def test_resume_a_stopped_run_in_the_same_batch(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=200, max_workers=2)
    await store_cases(client, cases(40, wrong={1}))
    page = _page(qtbot, session)
    assert not page.resume_button.isVisible()  # nothing to resume yet

    qtbot.mouseClick(page.run_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.state.completed >= 4, timeout=30)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.state.status == "STOPPED", timeout=10)
    batch = page.state.batch_id
    done_before = page.state.completed
    assert 0 < done_before < 40
    assert page.resume_button.isVisible() and page.resume_button.isEnabled()
    shot(page, "run_page_stopped_resumable")

    await point_at_bot(client, demo_bot_factory, latency_ms=5, max_workers=4)
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.state.status == "RUNNING")
    assert page.state.batch_id == batch
    await until(lambda: page.state.status == "COMPLETED", timeout=30)
    report = await finished_report(client, batch)
    assert report.status == "COMPLETED"
    assert page.state.completed == report.completed_count == 40
    assert (
        (page.state.counts["PASS"], page.state.counts["FAIL"])
        == (
            report.pass_count,
            report.fail_count,
        )
        == (39, 1)
    )
    assert _statuses(page) == {"PASS": 39, "FAIL": 1}
    assert not page.resume_button.isVisible()
    assert "续跑" in page.log.toPlainText()


async def test_a_new_page_attaches_to_a_run_in_progress(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=60, max_workers=4)
    await store_cases(client, cases(40))
    started = await client.start_run()  # another client (or an earlier app) started it

    page = _page(qtbot, session)  # a fresh state and page, as after reopening the app
    await until(lambda: page.state.batch_id == started.batch_id)
    assert page.state.running
    await until(lambda: page.state.status == "COMPLETED", timeout=30)
    report = await client.get_report(started.batch_id)
    assert page.state.completed == report.completed_count == 40
    assert page.state.counts["PASS"] == report.pass_count == 40
    assert page.model.rowCount() == 40
    assert "40" in page.log.toPlainText()


async def test_reconnecting_is_shown(qtbot: Any, session: Session) -> None:
    page = _page(qtbot, session)
    state = page.state
    await until(lambda: state.active_checked)
    state.about_to_reset.emit()
    state.batch_id, state.status = "b", "RUNNING"
    state.rows_reset.emit()
    state._on_reconnecting("closed")
    assert page.status_label.text() == "正在重连…"
    assert "重连" in page.log.toPlainText()


async def test_run_selected_cases_from_the_app(
    helix: Any, qtbot: Any, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    """The composition root: "run these cases" shows the Run page following the new batch."""
    from tests.desktop.conftest import log_in_as_root

    window = await log_in_as_root(helix, qtbot)
    client = helix.session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    await store_cases(client, cases(5, wrong={1}))
    window.show_page("reports")
    reports = window.page_widgets["reports"]
    await until(lambda: helix.reports.loaded)

    # "Run selected" on the Cases page starts those cases and shows the Run page.
    window.show_page("cases")
    cases_page = window.page_widgets["cases"]
    await until(lambda: cases_page.model.rowCount() == 5)
    selection = cases_page.table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 3):
        selection.select(cases_page.model.index(row, 0), flags)
    assert cases_page.selected_ids() == [2, 4]
    qtbot.mouseClick(cases_page.run_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "run"
    page = window.page_widgets["run"]
    await until(lambda: page.state.status == "COMPLETED", timeout=30)
    assert [row.case_id for row in page.state.rows] == [2, 4]
    assert _statuses(page) == {"FAIL": 1, "PASS": 1}
    # The reports list follows: the finished batch appears without a manual refresh.
    await until(lambda: [r.status for r in helix.reports.reports] == ["COMPLETED"])
    assert reports.batches_model.index(0, 1).data() == "已完成"
    shot(window, "main_window_run_page")

    # The run outlives the window: after a language switch the new page shows it too.
    window.language_requested.emit("en")
    try:
        rebuilt = helix.main_window
        assert rebuilt is not window and rebuilt.current_page() == "run"
        again = rebuilt.page_widgets["run"]
        assert again.model.rowCount() == 2
        assert again.status_label.text() == "Completed"
        assert again.progress.counters["FAIL"].text() == "Fail 1"
    finally:
        helix.preferences.set_language("zh_CN")
    await until(lambda: not helix.run.checking_active)  # each new page asked the server again
