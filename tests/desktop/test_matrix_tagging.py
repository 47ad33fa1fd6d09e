"""The matrix meets AutoTest: a run tagged with an experiment from its dialog, and the
experiment's column header showing the newest tagged run's pass rate (clicked)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt

from helix_desktop.state.vocabulary import MatrixOp
from helix_desktop.ui.matrix.model import MatrixModel
from server.contract.experiments import (
    AppCreate,
    CustomerCreate,
    ExperimentCreate,
    TemplateCreate,
)
from tests.conftest import RunningDemoBot
from tests.desktop.cases_fixtures import main_window
from tests.desktop.conftest import shot, until
from tests.desktop.run_fixtures import cases, finished_report, point_at_bot, store_cases

LEFT = Qt.MouseButton.LeftButton


async def test_tag_a_run_from_the_experiment_dialog(
    helix: Any, qtbot: Any, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    window = await main_window(helix, qtbot)
    # Every operation the state reports arrives as a MatrixOp member, not a spelled-out key.
    ops: list[object] = []
    helix.matrix.done.connect(lambda op, _answer: ops.append(op))
    client = helix.session.require_client()
    customer = await client.create_customer(CustomerCreate(name="华东证券"))
    app = await client.create_app(AppCreate(customer_id=customer.id, name="智能问数"))
    templates = [
        (await client.create_template(TemplateCreate(app_id=app.id, name=n))).id
        for n in ("行情模板", "财务模板")
    ]
    experiment = await client.create_experiment(
        ExperimentCreate(name="提示词v2", template_ids=templates)
    )
    # One run: 3 of 4 cases pass.
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    await store_cases(client, cases(4, wrong={2}))
    started = await client.start_run()
    assert (await finished_report(client, started.batch_id)).pass_rate == 0.75

    window.resize(1100, 600)
    window.show_page("matrix")
    page = window.page_widgets["matrix"]
    await until(lambda: helix.matrix.has_loaded)
    page.refresh_action.trigger()
    await until(lambda: page.model.column_of(experiment.id) >= 0)
    column = page.model.column_of(experiment.id)
    assert (
        page.model.headerData(column, Qt.Orientation.Horizontal, MatrixModel.PassRateRole) is None
    )

    header = page.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
    dialog = page.dialog
    await until(lambda: dialog.experiment is not None)
    box = dialog.tag_runs
    await until(lambda: box.tag_button.isEnabled())
    assert box.runs.currentData() == started.batch_id
    assert box.latest.text() == box.tr("No run is tagged with this experiment yet.")
    qtbot.mouseClick(box.tag_button, LEFT)
    await until(lambda: helix.matrix.experiment(experiment.id).latest_pass_rate == 0.75)
    assert box.latest.text() == box.tr("Latest tagged run: %1 passed").replace("%1", "75.0%")
    shot(dialog, "matrix_tag_run_dialog")

    report = await client.get_report(started.batch_id)
    assert report.experiment_id == experiment.id
    assert sorted(report.template_ids or []) == sorted(templates)
    assert (
        page.model.headerData(column, Qt.Orientation.Horizontal, MatrixModel.PassRateRole) == 0.75
    )
    tooltip = page.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "75.0%" in tooltip
    shot(window, "matrix_header_pass_rate")
    assert {MatrixOp.RUNS_LOAD, MatrixOp.RUN_TAG, MatrixOp.RELOAD} <= set(ops)  # type: ignore[arg-type]
    assert all(type(op) is MatrixOp for op in ops)
