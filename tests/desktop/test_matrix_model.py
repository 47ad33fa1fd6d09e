"""The matrix model over ``MatrixState``: a large matrix, filters, and in-place updates."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import Qt

from helix_desktop.state.matrix import MatrixState
from helix_desktop.state.session import Session
from helix_desktop.ui.matrix.model import HIERARCHY_COLUMNS, MatrixModel
from server.contract.experiments import ExperimentResponse, MatrixResponse
from tests.benchmarks.bench_matrix_view import build_matrix


def _state(data: dict[str, Any]) -> MatrixState:
    state = MatrixState(Session())
    state.set_data(MatrixResponse.model_validate(data))
    return state


def _visible(model: MatrixModel) -> tuple[list[tuple[Any, ...]], list[int]]:
    rows = [
        (e.customer_id, e.app_id, e.template_id, e.template_name)
        for e in (model.entry(r) for r in range(model.rowCount()))
    ]
    columns = [
        model.experiment_at(c).id  # type: ignore[union-attr]
        for c in range(HIERARCHY_COLUMNS, model.columnCount())
    ]
    return rows, columns


def _assert_consistent(model: MatrixModel) -> None:
    """What the model shows after in-place updates equals a model built from scratch."""
    fresh = MatrixModel(model.state)
    fresh.set_filter(model.text, model.status)
    assert _visible(model) == _visible(fresh)


def test_large_matrix_rows_columns_links_and_filters(qapp: Any) -> None:
    data = build_matrix(1000, 300)
    state = _state(data)
    model = MatrixModel(state)
    assert model.rowCount() == 1000
    assert model.columnCount() == HIERARCHY_COLUMNS + 300
    # Rows in the server's order, links as sent.
    assert [model.entry(r).template_id for r in range(1000)] == [
        row["template_id"] for row in data["rows"]
    ]
    for row in (0, 437, 999):
        sent = set(data["rows"][row]["experiments"])
        shown = {
            str(model.experiment_at(c).id)  # type: ignore[union-attr]
            for c in range(HIERARCHY_COLUMNS, model.columnCount())
            if model.is_linked(row, c)
        }
        assert shown == sent
    assert model.headerData(HIERARCHY_COLUMNS, Qt.Orientation.Horizontal) == "实验 001 回归"
    assert model.headerData(HIERARCHY_COLUMNS, Qt.Orientation.Horizontal, model.ColorRole) == (
        "#4ECDC4"
    )
    # Grouped labels: a customer's name only on its first row.
    assert model.data(model.index(0, 0)) == "客户01银行"
    assert model.data(model.index(1, 0)) == ""

    model.set_filter("hd003")  # one template name in each of the 100 apps
    assert model.rowCount() == 100
    assert model.columnCount() == HIERARCHY_COLUMNS + 300
    model.set_filter("实验 007")  # an experiment: its column and its templates
    linked = [r for r in data["rows"] if "7" in r["experiments"]]
    assert model.columnCount() == HIERARCHY_COLUMNS + 1
    assert model.rowCount() == len(linked) > 0
    model.set_filter("", "running")
    assert model.columnCount() == HIERARCHY_COLUMNS + 75
    assert model.rowCount() == 1000


def _small() -> dict[str, Any]:
    brief = {"id": 1, "name": "五月回归", "status": "running", "color": "#4ECDC4"}
    rows = []
    for t, (customer, app, template) in enumerate(
        [
            ((1, "华夏银行"), (10, "手机银行"), "hd5"),
            ((1, "华夏银行"), (10, "手机银行"), "hd6"),
            ((2, "星河证券"), (20, "智能投顾"), "zt1"),
        ],
        start=100,
    ):
        rows.append(
            {
                "customer_id": customer[0],
                "customer_name": customer[1],
                "app_id": app[0],
                "app_name": app[1],
                "template_id": t,
                "template_name": template,
                "experiments": {"1": brief} if template != "hd6" else {},
            }
        )
    return {"rows": rows, "experiments": [brief]}


def test_model_follows_state_edits_in_place(qapp: Any) -> None:
    state = _state(_small())
    model = MatrixModel(state)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_filter("h")  # hd5, hd6 (华夏银行 matches too); not 星河证券/zt1
    resets.clear()
    assert _visible(model)[0] == [(1, 10, 100, "hd5"), (1, 10, 101, "hd6")]

    # A new template under 华夏银行 arrives between the others (sorted by name).
    state.templates[103] = (10, "hd55")
    state._refresh_customer(1)
    _assert_consistent(model)
    assert [model.entry(r).template_name for r in range(model.rowCount())] == [
        "hd5",
        "hd55",
        "hd6",
    ]
    # A new customer (no apps: a placeholder row) that does not match the filter.
    state.customers[3] = "东方保险"
    state._refresh_customer(3)
    _assert_consistent(model)
    # Renaming a customer moves its block.
    state.customers[2] = "阿尔法证券"
    state._refresh_customer(2)
    model.set_filter("")
    assert model.entry(0).customer_name == "东方保险"
    resets.clear()
    state.customers[1] = "AAA银行"
    state._refresh_customer(1)
    assert model.entry(0).customer_name == "AAA银行"
    assert model.data(model.index(1, 0)) == ""  # grouped label
    _assert_consistent(model)
    # Deleting an app leaves a placeholder for its customer.
    state._forget_apps({10})
    state._refresh_customer(1)
    _assert_consistent(model)
    assert model.entry(0).kind == "customer"
    assert resets == []  # none of this reset the model


def test_links_and_columns_update_in_place(qapp: Any) -> None:
    state = _state(_small())
    model = MatrixModel(state)
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles: changed.append(top.row()))

    def response(experiment_id: int, template_ids: list[int], **fields: Any) -> Any:
        return ExperimentResponse(
            id=experiment_id,
            name=fields.get("name", "五月回归"),
            status=fields.get("status", "running"),
            reference_type="new",
            color=fields.get("color", "#4ECDC4"),
            created_at="2025-05-01T00:00:00+00:00",  # type: ignore[arg-type]
            created_by=1,
            template_ids=template_ids,
        )

    row_hd6 = model.row_of_template(101)
    state._apply_experiment(response(1, [100, 101, 102]))
    assert changed == [row_hd6]
    assert model.is_linked(row_hd6, HIERARCHY_COLUMNS)
    state._apply_experiment(response(2, [101], name="新模型灰度", color="#DDA0DD"))
    assert model.columnCount() == HIERARCHY_COLUMNS + 2
    assert model.is_linked(row_hd6, HIERARCHY_COLUMNS + 1)
    model.set_filter("", "draft")
    assert model.columnCount() == HIERARCHY_COLUMNS
    state._apply_experiment(response(2, [101], status="draft"))
    assert model.columnCount() == HIERARCHY_COLUMNS + 1  # now a draft: shown
    index = state.experiment_index(2)
    del state.experiments[index]
    state.column_removed.emit(index)
    assert model.columnCount() == HIERARCHY_COLUMNS
    _assert_consistent(model)


def test_painting_the_page_keeps_none_alive(qapp: Any) -> None:
    """PySide6 6.12.0 dropped a reference to None on every void call: painting would abort."""
    from helix_desktop.ui.pages.matrix import MatrixPage

    state = _state(build_matrix(200, 60))
    page = MatrixPage(state)
    page.resize(1200, 700)
    page.show()
    before = sys.getrefcount(None)
    for _ in range(3):
        page.grab()
    assert before - sys.getrefcount(None) < 100
    page.close()
