"""The Reports page on a batch with repeats: latency histogram, ask and stability columns,
the "flaky only" filter and the selected ask's timeline (clicked, on a real backend)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from helix_desktop.state.reports import ReportsState
from helix_desktop.state.session import Session
from helix_desktop.ui.pages.reports import ReportsPage
from tests.conftest import RunningDemoBot
from tests.desktop.conftest import shot, until
from tests.desktop.run_fixtures import (  # noqa: F401 (fixtures)
    finished_report,
    run_backend_fixture,
    seeded_suite,
    session_fixture,
)

REPEAT = 4
BOT = {"jitter_ms": 50.0, "wrong_rate": 0.15, "seed": 3}


async def test_reports_show_latency_stability_and_flaky_cases(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    client = session.require_client()
    rows, passes, flaky = await seeded_suite(
        client, demo_bot_factory, count=10, asks=REPEAT, latency_ms=20, **BOT
    )
    started = await client.start_run(repeat=REPEAT)
    report = await finished_report(client, started.batch_id)
    assert report.total_count == len(rows) * REPEAT

    page = ReportsPage(ReportsState(session))
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    await until(lambda: page.batches_model.rowCount() == 1)
    rect = page.batches.visualRect(page.batches.model().index(0, 0))
    qtbot.mouseClick(page.batches.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    await until(lambda: page.results_model.rowCount() == len(rows) * REPEAT)
    await until(lambda: page.state.figures is not None)

    # The histogram holds every ask; the title gives the percentiles.
    assert sum(page.latency_chart.counts) == len(rows) * REPEAT
    assert "p50" in page.latency_chart.chart().title()
    # Ask and stability columns: "2/4" style, matching the seeded bot.
    ask_col = page.results_model.COLUMNS.index("ask")
    stability_col = page.results_model.COLUMNS.index("stability")
    for n, detail in enumerate(page.state.details):
        assert page.results_model.index(n, ask_col).data() == f"{detail.repeat_index + 1}/4"
        expected = f"{passes[detail.question]}/{REPEAT}"
        assert page.results_model.index(n, stability_col).data() == expected

    qtbot.mouseClick(page.flaky_only, Qt.MouseButton.LeftButton)
    shown = page.results.model().rowCount()
    assert shown == len(flaky) * REPEAT
    questions = {
        page.state.details[page.results_proxy.source_row(r)].question for r in range(shown)
    }
    assert questions == flaky

    # Click an ask: its timeline shows under the verdict.
    rect = page.results.visualRect(page.results.model().index(1, 2))
    qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = page.state.details[page.results_proxy.source_row(1)]
    assert page.diff.case_id == detail.case_id
    assert page.diff.repeat_index == detail.repeat_index
    bar = page.diff.timeline
    assert bar.isVisible()
    assert [label for label, _ in bar.asks] == [f"#{detail.repeat_index + 1}"]
    assert bar.asks[0][1]["answer_ms"] >= 20 - 1
    await until(lambda: "data:" in page.diff.raw.toPlainText())
    shot(page, "reports_page_flaky_only")
