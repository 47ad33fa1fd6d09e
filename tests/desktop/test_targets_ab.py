"""Two demo bots as two targets: the Run page asks both, Reports compare them and show A/B."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt

from helix_desktop.state.reports import ReportsState
from helix_desktop.state.run import RunState
from helix_desktop.state.session import Session
from helix_desktop.state.targets import TargetsState
from helix_desktop.ui.pages.reports import ReportsPage
from helix_desktop.ui.pages.run import RunPage
from server.demo_bot.options import DemoBotOptions
from tests.conftest import RunningDemoBot
from tests.desktop.conftest import shot, until
from tests.desktop.run_fixtures import (  # noqa: F401 (fixtures)
    cases,
    finished_report,
    point_at_bot,
    run_backend_fixture,
    seeded_passes,
    session_fixture,
    store_cases,
)

CASES = 12


async def test_run_two_targets_then_ab_view_and_compare(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    shaky = demo_bot_factory(latency_ms=30, wrong_rate=0.4, seed=5)
    base, _, path = shaky.ask_url.partition("/brain")
    created = await client.create_target(
        {"name": "新模型", "code": "new-model", "base_url": base, "endpoint": "/brain" + path}
    )
    await store_cases(client, cases(CASES))

    targets = TargetsState(session)
    run = RunState(session)
    run_page = RunPage(run, targets)
    qtbot.addWidget(run_page)
    run_page.resize(1200, 700)
    run_page.show()
    picker = run_page.target_picker
    assert picker is not None
    await until(lambda: len(picker.boxes) == 2)
    default_id = next(t.id for t in targets.targets if t.is_default)
    assert picker.boxes[default_id].isChecked() and run.target_ids == []
    qtbot.mouseClick(picker.boxes[created.id], Qt.MouseButton.LeftButton)
    assert run.target_ids == [default_id, created.id]
    qtbot.mouseClick(run_page.run_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: run.batch_id is not None)
    await until(lambda: "新模型" in run_page.log.toPlainText())
    shot(run_page, "run-page-targets")

    reports, _ = await client.list_reports(limit=10)
    assert {r.target_name for r in reports} == {"默认目标", "新模型"}
    assert len({r.group_id for r in reports}) == 1
    for report in reports:
        assert (await finished_report(client, report.id)).status == "COMPLETED"
    wrong = shaky.stats().get("wrong", 0)
    assert 0 < wrong < CASES

    page = ReportsPage(ReportsState(session))
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    await until(lambda: page.batches_model.rowCount() == 2)
    target_column = page.batches_model.COLUMNS.index("target_name")
    names = {page.batches_model.index(row, target_column).data() for row in range(2)}
    assert names == {"默认目标（A/B）", "新模型（A/B）"}
    page.batches.selectRow(0)
    await until(lambda: page.group_button.isEnabled())
    qtbot.mouseClick(page.group_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.group_view.model.rowCount() == CASES)
    group = page.group_view.model.group
    assert group is not None
    assert [c.target_name for c in group.columns] == ["默认目标", "新模型"]
    assert group.disagreements == wrong
    assert all(row.disagree for row in group.rows[:wrong])
    assert not any(row.disagree for row in group.rows[wrong:])
    assert "100.0%" in page.group_view.summary.text()
    assert page.tabs.currentWidget() is page.group_view
    assert "'" in page.group_view.sql_pair.sql_a.toPlainText()
    shot(page, "reports-ab-view")

    # The two batches compared side by side: the changed cases, both SQLs highlighted.
    selection = page.batches.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    selection.select(page.batches_model.index(1, 0), flags)
    assert len(page.selected_ids()) == 2
    qtbot.mouseClick(page.compare_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.compare_view.model.rowCount() == wrong)
    pair = page.compare_view.sql_pair
    await until(lambda: pair.sql_b.toPlainText() != "")
    assert pair.sql_a.toPlainText() != pair.sql_b.toPlainText()
    highlighted = [
        fragment
        for block in _blocks(pair.sql_a)
        for fragment in block
        if fragment.charFormat().background().color().alpha() > 0
        and fragment.charFormat().background().style() != Qt.BrushStyle.NoBrush
    ]
    assert highlighted, "the difference between the two SQLs is highlighted"
    shot(page, "reports-compare-targets")


async def _second_target(
    client: Any, demo_bot_factory: Callable[..., RunningDemoBot], **options: Any
) -> tuple[RunningDemoBot, int]:
    bot = demo_bot_factory(**options)
    base, _, path = bot.ask_url.partition("/brain")
    created = await client.create_target(
        {"name": "新模型", "code": "new-model", "base_url": base, "endpoint": "/brain" + path}
    )
    return bot, created.id


async def _run_page_with_both_targets(
    qtbot: Any, session: Session, second_id: int, repeat: int
) -> RunPage:
    """The Run page with the second target ticked and ``repeat`` asks per case, all by clicks."""
    run_page = RunPage(RunState(session), TargetsState(session))
    qtbot.addWidget(run_page)
    run_page.resize(1200, 700)
    run_page.show()
    picker = run_page.target_picker
    assert picker is not None
    await until(lambda: len(picker.boxes) == 2)
    qtbot.mouseClick(picker.boxes[second_id], Qt.MouseButton.LeftButton)
    for _ in range(repeat - 1):
        qtbot.keyClick(run_page.repeat_box, Qt.Key.Key_Up)
    assert run_page.state.repeat_choice == repeat
    return run_page


async def test_ab_view_with_repeats_shows_k_of_n_per_target(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    repeat, shaky_options = 3, {"latency_ms": 5, "wrong_rate": 0.3, "seed": 18}
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    shaky, shaky_id = await _second_target(client, demo_bot_factory, **shaky_options)
    rows = cases(8)
    await store_cases(client, rows)
    passes = seeded_passes(
        DemoBotOptions(**shaky_options),  # type: ignore[arg-type]
        [row["question"] for row in rows],
        repeat,
    )
    verdicts = {q: "PASS" if n == repeat else "FLAKY" if n else "FAIL" for q, n in passes.items()}
    assert set(verdicts.values()) == {"PASS", "FLAKY", "FAIL"}  # the seed gives all three

    run_page = await _run_page_with_both_targets(qtbot, session, shaky_id, repeat)
    qtbot.mouseClick(run_page.run_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: run_page.state.batch_id is not None)
    await until(lambda: run_page.state.status == "COMPLETED", timeout=60)
    reports, _ = await client.list_reports(limit=10)
    for report in reports:
        assert (await finished_report(client, report.id)).status == "COMPLETED"
    assert shaky.stats()["requests"] == len(rows) * repeat
    run_page_batches = {r.id for r in reports}

    page = ReportsPage(ReportsState(session))
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    await until(lambda: page.batches_model.rowCount() == 2)
    page.batches.selectRow(0)
    await until(lambda: page.group_button.isEnabled())
    qtbot.mouseClick(page.group_button, Qt.MouseButton.LeftButton)
    # One row per case (not per ask), each target's verdict with k of N asks passed.
    await until(lambda: page.group_view.model.rowCount() == len(rows))
    model = page.group_view.model
    shown = {
        model.index(r, 1).data(): (model.index(r, 2).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    }
    assert shown == {q: ("PASS 3/3", f"{verdicts[q]} {passes[q]}/{repeat}") for q in verdicts}
    differ = sum(v != "PASS" for v in verdicts.values())
    group = model.group
    assert group is not None and group.disagreements == differ
    assert all(row.disagree for row in group.rows[:differ])
    flaky = sum(v == "FLAKY" for v in verdicts.values())
    assert [(c.repeat, c.flaky_cases) for c in group.columns] == [(3, 0), (3, flaky)]
    summary = page.group_view.summary.text()
    assert "0 个不稳定" in summary and f"{flaky} 个不稳定" in summary
    # The first row disagrees: its SQLs under the targets' k of N.
    top = group.rows[0]
    assert page.group_view.sql_pair.title_b.text().endswith(top.text(1))
    shot(page, "reports-ab-view-repeats")

    # Rerunning the new target's failures asks each as often as its run did, on that target.
    run = run_page.state
    page.state.rerun_requested.connect(run.rerun_failed)  # as the app wires it
    shaky_batch = group.columns[1].batch_id
    row = next(i for i, r in enumerate(page.state.reports) if r.id == shaky_batch)
    page.batches.selectRow(row)
    await until(lambda: page.state.current is not None and page.state.current.id == shaky_batch)
    qtbot.mouseClick(page.rerun_button, Qt.MouseButton.LeftButton)
    box = page.rerun_box
    assert box is not None and box.isVisible()
    qtbot.mouseClick(
        next(b for b in box.buttons() if b.text() == "重跑"), Qt.MouseButton.LeftButton
    )
    await until(lambda: run.batch_id not in run_page_batches)
    await until(lambda: run.status == "COMPLETED", timeout=60)
    rerun = await finished_report(client, run.batch_id)
    assert (rerun.rerun_of, rerun.target_id, rerun.repeat) == (shaky_batch, shaky_id, repeat)
    assert rerun.total_count == differ * repeat


async def test_stop_stops_every_target_of_the_run(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=300, max_workers=1)
    _, second_id = await _second_target(client, demo_bot_factory, latency_ms=300)
    await store_cases(client, cases(6))
    run_page = await _run_page_with_both_targets(qtbot, session, second_id, repeat=2)
    qtbot.mouseClick(run_page.run_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: run_page.state.batch_id is not None)
    state = run_page.state
    assert len(state.run_batch_ids) == 2 and state.batch_id == state.run_batch_ids[0]
    await until(lambda: run_page.stop_button.isEnabled())
    qtbot.mouseClick(run_page.stop_button, Qt.MouseButton.LeftButton)
    await until(lambda: state.status == "STOPPED", timeout=30)
    for batch_id in state.run_batch_ids:
        report = await finished_report(client, batch_id)
        assert report.status == "STOPPED", batch_id
        assert report.completed_count < report.total_count == 12
    assert "已请求停止全部 2 个运行" in run_page.log.toPlainText()


def _blocks(edit: Any) -> list[list[Any]]:
    """The text fragments of a QTextEdit, block by block."""
    out: list[list[Any]] = []
    block = edit.document().begin()
    while block.isValid():
        fragments = []
        it = block.begin()
        while not it.atEnd():
            fragments.append(it.fragment())
            it += 1
        out.append(fragments)
        block = block.next()
    return out
