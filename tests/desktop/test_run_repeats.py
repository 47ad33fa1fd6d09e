"""The Run page with repeats against a seeded, jittery demo bot: stability column, the
"flaky only" filter, the timeline bar of the selected case (all clicked)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from helix_desktop.state.run import RunState
from helix_desktop.state.session import Session
from helix_desktop.ui.pages.run import RunPage
from tests.conftest import RunningDemoBot
from tests.desktop.conftest import shot, until
from tests.desktop.run_fixtures import (  # noqa: F401 (fixtures)
    run_backend_fixture,
    seeded_suite,
    session_fixture,
)

REPEAT = 3
BOT = {"jitter_ms": 40.0, "wrong_rate": 0.2, "seed": 5}


async def test_repeats_show_stability_and_filter_flaky_cases(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    rows, passes, flaky = await seeded_suite(
        client, demo_bot_factory, count=8, asks=REPEAT, latency_ms=30, **BOT
    )

    page = RunPage(RunState(session))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    for _ in range(REPEAT - 1):
        qtbot.keyClick(page.repeat_box, Qt.Key.Key_Up)
    assert page.state.repeat_choice == REPEAT
    qtbot.mouseClick(page.run_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.state.batch_id is not None)
    await until(lambda: page.state.status == "COMPLETED", timeout=60)

    assert page.state.repeat == REPEAT
    assert page.state.completed == page.state.total == len(rows) * REPEAT
    column = page.model.COLUMNS.index("stability")
    for n, row in enumerate(page.state.rows):
        shown = page.model.index(n, column).data()
        assert shown == f"{passes[row.question]}/{REPEAT}", row.question
        assert row.flaky == (row.question in flaky)
        assert row.status == ("PASS" if passes[row.question] == REPEAT else "FAIL")

    qtbot.mouseClick(page.flaky_only, Qt.MouseButton.LeftButton)
    assert page.flaky_only.isChecked()
    assert page.table.model().rowCount() == len(flaky)
    shown_questions = {
        page.state.rows[page.proxy.source_row(r)].question for r in range(len(flaky))
    }
    assert shown_questions == flaky

    # Select the first flaky case: its three asks' timelines, on one scale.
    rect = page.table.visualRect(page.table.model().index(0, 2))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = page.state.rows[page.state_row()]
    assert selected.question in flaky
    bar = page.diff.timeline
    assert bar.isVisible()
    assert [label for label, _ in bar.asks] == ["#1", "#2", "#3"]
    for _label, timeline in bar.asks:
        assert timeline["answer_ms"] >= 30 - 1
    assert "思考" in bar.toolTip() or "Thinking" in bar.toolTip()
    await until(lambda: "data:" in page.diff.raw.toPlainText())
    shot(page, "run_page_repeats_flaky_only")

    qtbot.mouseClick(page.flaky_only, Qt.MouseButton.LeftButton)
    assert page.table.model().rowCount() == len(rows)

    # The ended run's answer times, one tab beside the log.
    await until(lambda: sum(page.latency_chart.counts) == len(rows) * REPEAT)
    tabs = page.bottom_tabs.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    assert page.bottom_tabs.currentWidget() is page.latency_chart
    assert "p50" in page.latency_chart.chart().title()
    shot(page, "run_page_answer_times")
    # The selection stays on the same case; its raw answer is (re)loaded.
    assert page.state.rows[page.state_row()] is selected
    await until(lambda: "data:" in page.diff.raw.toPlainText())
