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
