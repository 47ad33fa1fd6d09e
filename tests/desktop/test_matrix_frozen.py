"""The matrix's frozen name columns stay put and line up after new experiments and Refresh."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from helix_desktop.ui.matrix.model import HIERARCHY_COLUMNS
from tests.desktop.conftest import shot, until
from tests.desktop.test_matrix_page import _matrix_page

LEFT = Qt.MouseButton.LeftButton


def _assert_aligned(page: Any) -> None:
    view = page.view
    frozen = view.frozen
    assert frozen.horizontalScrollBar().value() == 0, "frozen names scrolled sideways"
    for column in range(HIERARCHY_COLUMNS):
        assert not frozen.isColumnHidden(column)
        assert frozen.columnViewportPosition(column) == view.columnViewportPosition(column) + (
            view.horizontalScrollBar().value()
        )
    for column in range(HIERARCHY_COLUMNS, page.model.columnCount()):
        assert frozen.isColumnHidden(column)
    assert frozen.verticalScrollBar().value() == view.verticalScrollBar().value()
    assert frozen.verticalScrollBar().maximum() == view.verticalScrollBar().maximum()
    assert frozen.viewport().height() == view.viewport().height()
    for row in (0, page.model.rowCount() // 2, page.model.rowCount() - 1):
        assert frozen.rowViewportPosition(row) == view.rowViewportPosition(row)
    assert frozen.geometry().width() == view.frozen_width() + 1


async def _seed(client: Any, templates: int, experiments: int) -> list[int]:
    from server.contract.experiments import (
        AppCreate,
        CustomerCreate,
        ExperimentCreate,
        TemplateCreate,
    )

    customer = await client.create_customer(CustomerCreate(name="华夏银行"))
    app = await client.create_app(AppCreate(customer_id=customer.id, name="手机银行"))
    ids = []
    for i in range(templates):
        template = await client.create_template(TemplateCreate(app_id=app.id, name=f"hd{i:02d}"))
        ids.append(template.id)
    for i in range(experiments):
        data = ExperimentCreate(name=f"实验{i}", reference_type="new", template_ids=ids[i::3])
        await client.create_experiment(data)
    return ids


async def test_frozen_columns_stay_after_new_experiment_and_refresh(helix: Any, qtbot: Any) -> None:
    page = await _matrix_page(helix, qtbot)
    state = helix.matrix
    template_ids = await _seed(helix.session.client, 40, 12)
    page.refresh_action.trigger()
    await until(lambda: len(state.experiments) == 12 and page.model.rowCount() == 40)
    helix.main_window.resize(1100, 720)
    view = page.view
    frozen = view.frozen
    _assert_aligned(page)

    # Scrolled right and down, click a template name: the names stay, the row is the one hit.
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    row = frozen.rowAt(frozen.viewport().height() // 2)
    rect = frozen.visualRect(page.model.index(row, 2))
    qtbot.mouseClick(frozen.viewport(), LEFT, pos=rect.center())
    assert view.currentIndex().row() == row
    _assert_aligned(page)

    # A new experiment (a column arrives), then Refresh (the model is reset).
    state.create_experiment("新实验", "new", template_ids[:5])
    await until(lambda: len(state.experiments) == 13)
    _assert_aligned(page)
    rect = frozen.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(frozen.viewport(), LEFT, pos=rect.center())
    assert view.currentIndex().row() == row
    _assert_aligned(page)
    page.refresh_action.trigger()
    await until(lambda: state._busy == 0)
    _assert_aligned(page)
    name_cell = frozen.visualRect(page.model.index(3, 2)).center()
    qtbot.mouseClick(frozen.viewport(), LEFT, pos=name_cell)
    _assert_aligned(page)
    shot(helix.main_window, "matrix_frozen_after_refresh")


async def test_frozen_rows_line_up_when_the_scroll_bar_appears(helix: Any, qtbot: Any) -> None:
    page = await _matrix_page(helix, qtbot)
    state = helix.matrix
    template_ids = await _seed(helix.session.client, 40, 2)
    helix.main_window.resize(1600, 1000)
    page.refresh_action.trigger()
    await until(lambda: len(state.experiments) == 2 and page.model.rowCount() == 40)
    view = page.view
    assert not view.horizontalScrollBar().isVisible()
    for i in range(12):
        state.create_experiment(f"新实验{i}", "new", template_ids[i::5])
        await until(lambda i=i: len(state.experiments) == 3 + i)
    await until(lambda: view.horizontalScrollBar().isVisible())
    frozen = view.frozen
    # Scrolled to the very end from the names' side (the wheel over the frozen part).
    frozen.verticalScrollBar().setValue(frozen.verticalScrollBar().maximum())
    _assert_aligned(page)
    last = page.model.rowCount() - 1
    name_cell = frozen.visualRect(page.model.index(last, 2)).center()
    qtbot.mouseClick(frozen.viewport(), LEFT, pos=name_cell)
    assert view.currentIndex().row() == last
    _assert_aligned(page)
