"""The experiment matrix page against a real backend, driven by clicks and keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from helix_desktop.state.matrix import Cascade
from helix_desktop.ui.matrix.delete_prompt import cascade_text
from tests.desktop.conftest import (
    log_in_as_root,
    shot,
    until,
)

LEFT = Qt.MouseButton.LeftButton


async def _matrix_page(helix: Any, qtbot: Any) -> Any:
    window = await log_in_as_root(helix, qtbot)
    window.show_page("matrix")
    page = window.page_widgets["matrix"]
    await until(lambda: helix.matrix.has_loaded)
    return page


async def _submit_name(page: Any, qtbot: Any, dialog: Any, name: str) -> None:
    """Type a name into an open name dialog and press its OK button."""
    dialog.name.clear()
    if name.isascii():
        qtbot.keyClicks(dialog.name, name)
    else:
        dialog.name.insert(name)  # QTest types ASCII only: Chinese comes as from an IME
    qtbot.mouseClick(dialog.ok_button, LEFT)


def _closed(dialog: Any) -> list[int]:
    """Fills when the dialog finishes (it is deleted soon after, so ask this, not the dialog)."""
    results: list[int] = []
    dialog.finished.connect(results.append)
    return results


async def _add(page: Any, qtbot: Any, action: Any, name: str) -> None:
    action.trigger()
    dialog = page.dialog
    assert dialog.isVisible()
    closed = _closed(dialog)
    await _submit_name(page, qtbot, dialog, name)
    await until(lambda: closed)


async def _focus(widget: Any) -> None:
    """Keyboard focus in an active window, so that the page's shortcuts apply."""
    widget.window().activateWindow()
    await until(lambda: widget.window().isActiveWindow())
    widget.setFocus()
    await until(widget.hasFocus)


def _row(page: Any, template_name: str) -> int:
    model = page.model
    for row in range(model.rowCount()):
        if model.entry(row).template_name == template_name:
            return row
    raise AssertionError(f"no row for {template_name}")


def _cell_center(view: Any, row: int, column: int) -> QPoint:
    return view.visualRect(view.model().index(row, column)).center()


async def test_build_hierarchy_create_experiment_and_toggle(helix: Any, qtbot: Any) -> None:
    page = await _matrix_page(helix, qtbot)
    client = helix.session.client
    # A new user sees what to do first.
    assert page.stack.currentWidget() is page.empty
    assert page.empty_button.isVisible()
    shot(page, "matrix_empty")

    qtbot.mouseClick(page.empty_button, LEFT)
    dialog = page.dialog
    closed = _closed(dialog)
    await _submit_name(page, qtbot, dialog, "华夏银行")
    await until(lambda: closed)
    assert page.stack.currentWidget() is page.view
    assert page.model.entry(0).customer_name == "华夏银行"
    assert page.model.entry(0).kind == "customer"  # a hint row until the first app
    assert page.model.data(page.model.index(0, 1))  # "no apps yet"

    await _add(page, qtbot, page.add_app_action, "手机银行")
    for name in ("hd5", "hd6", "hd7"):
        await _add(page, qtbot, page.add_template_action, name)
    matrix = await client.experiment_matrix()
    assert [(r.customer_name, r.app_name, r.template_name) for r in matrix.rows] == [
        ("华夏银行", "手机银行", "hd5"),
        ("华夏银行", "手机银行", "hd6"),
        ("华夏银行", "手机银行", "hd7"),
    ]
    assert page.model.rowCount() == 3  # the placeholder rows gave way to templates

    # Select hd5 and hd6 by clicking the frozen names (Ctrl for the second), then Ctrl+N.
    frozen = page.view.frozen
    qtbot.mouseClick(frozen.viewport(), LEFT, pos=_cell_center(frozen, _row(page, "hd5"), 2))
    qtbot.mouseClick(
        frozen.viewport(),
        LEFT,
        Qt.KeyboardModifier.ControlModifier,
        pos=_cell_center(frozen, _row(page, "hd6"), 2),
    )
    assert sorted(page.selected_template_ids()) == [
        r.template_id for r in matrix.rows if r.template_name in ("hd5", "hd6")
    ]
    await _focus(frozen.parentWidget())
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    closed = _closed(dialog)
    dialog.name.insert("五月回归")
    dialog.reference.setCurrentIndex(dialog.reference.findData("supplier"))
    shot(dialog, "matrix_new_experiment")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    await until(lambda: closed)
    assert len(helix.matrix.experiments) == 1
    experiment_id = helix.matrix.experiments[0].id
    created = await client.get_experiment(experiment_id)
    assert created.reference_type == "supplier"
    assert sorted(created.template_names) == ["华夏银行/手机银行/hd5", "华夏银行/手机银行/hd6"]

    # Double-click the hd7 cell: linked on the server, shown in the cell.
    view = page.view
    column = page.model.column_of(experiment_id)
    row = _row(page, "hd7")
    assert not page.model.is_linked(row, column)
    # A real double-click starts with a press (QTest's dclick alone sends no press).
    qtbot.mouseClick(view.viewport(), LEFT, pos=_cell_center(view, row, column))
    qtbot.mouseDClick(view.viewport(), LEFT, pos=_cell_center(view, row, column))
    await until(lambda: page.model.is_linked(row, column))
    hd7 = page.model.entry(row).template_id
    assert hd7 in (await client.get_experiment(experiment_id)).template_ids
    # Space on the same (current) cell unlinks it again.
    view.setFocus()
    view.setCurrentIndex(page.model.index(row, column))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    await until(lambda: not page.model.is_linked(row, column))
    assert hd7 not in (await client.get_experiment(experiment_id)).template_ids
    shot(page, "matrix_first_experiment")


async def test_rename_clash_delete_cascade_and_filter(helix: Any, qtbot: Any) -> None:
    page = await _matrix_page(helix, qtbot)
    client = helix.session.client
    state = helix.matrix
    for name in ("华夏银行", "星河证券"):
        await _add(page, qtbot, page.add_customer_action, name)
    huaxia = next(i for i, n in state.customers.items() if n == "华夏银行")
    xinghe = next(i for i, n in state.customers.items() if n == "星河证券")
    # Apps and templates under 华夏银行 (the dialog's parent choice set explicitly).
    for app in ("手机银行", "企业网银"):
        page.add_app_action.trigger()
        dialog = page.dialog
        dialog.parent_choice.setCurrentIndex(dialog.parent_choice.findData(huaxia))
        closed = _closed(dialog)
        await _submit_name(page, qtbot, dialog, app)
        await until(lambda c=closed: c)
    apps = {n: i for i, (_, n) in state.apps.items()}
    for app, template in (("手机银行", "hd5"), ("手机银行", "hd6"), ("企业网银", "hd5")):
        page.add_template_action.trigger()
        dialog = page.dialog
        dialog.parent_choice.setCurrentIndex(dialog.parent_choice.findData(apps[app]))
        closed = _closed(dialog)
        await _submit_name(page, qtbot, dialog, template)
        await until(lambda c=closed: c)
    await _add(page, qtbot, page.add_app_action, "零售")  # current row: a 华夏银行 template
    template_ids = sorted(state.templates)
    state.create_experiment("季度验收", "new", template_ids[:2])
    await until(lambda: len(state.experiments) == 1)

    # The context menu of a linked cell offers unlinking, the experiment and the hierarchy.
    linked_row = page.model.row_of_template(template_ids[0])
    menu = page.build_menu(page.model.index(linked_row, 3))
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == page.tr("Unlink from “%1”").replace("%1", "季度验收")
    assert any("手机银行" in t for t in texts) and any("hd5" in t for t in texts)
    menu.actions()[0].trigger()
    await until(lambda: not page.model.is_linked(linked_row, 3))
    menu = page.build_menu(page.model.index(linked_row, 3))
    assert menu.actions()[0].text() == page.tr("Link to “%1”").replace("%1", "季度验收")
    menu.actions()[0].trigger()
    await until(lambda: page.model.is_linked(linked_row, 3))

    # Rename 星河证券 to 华夏银行: 409 shown under the name field, nothing changes.
    row = next(r for r in range(page.model.rowCount()) if page.model.entry(r).customer_id == xinghe)
    dialog = page.rename_item(page.model.entry(row), "customer")
    await _submit_name(page, qtbot, dialog, "华夏银行")
    await until(lambda: dialog.name_error.isVisible())
    assert dialog.isVisible()
    assert "华夏银行" in dialog.name_error.text()
    assert dialog.name_error.kind == "error"
    shot(dialog, "matrix_rename_clash")
    assert {c.name for c in await client.list_customers()} == {"华夏银行", "星河证券"}
    assert state.customers[xinghe] == "星河证券"
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), LEFT)

    # Filter: names of any level; an experiment's name shows its column and its templates.
    page.filter.insert("企业")
    assert page.model.rowCount() == 1
    assert page.model.entry(0).app_name == "企业网银"
    page.filter.clear()
    page.filter.insert("季度")
    assert page.model.rowCount() == 2
    assert page.model.columnCount() == 4
    page.filter.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("running"))
    assert page.model.columnCount() == 3  # the experiment is a draft
    page.status_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 5  # 3 templates, 零售 (no templates), 星河证券 (no apps)

    # Delete 华夏银行: the prompt counts what goes; then its rows and links are gone.
    view = page.view
    first = next(
        r for r in range(page.model.rowCount()) if page.model.entry(r).customer_id == huaxia
    )
    await _focus(view)
    view.setCurrentIndex(page.model.index(first, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    box = page.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "华夏银行" in box.text()
    cascade = Cascade(apps=3, templates=3, links=2, experiments=1)
    assert state.cascade("customer", huaxia) == cascade
    assert box.informativeText() == cascade_text("customer", cascade)
    shot(box, "matrix_delete_prompt")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    await until(lambda: huaxia not in state.customers)
    assert [page.model.entry(r).customer_name for r in range(page.model.rowCount())] == ["星河证券"]
    assert (await client.experiment_matrix()).rows == []
    experiment = await client.get_experiment(state.experiments[0].id)
    assert experiment.template_ids == []  # the experiment stays, without links


SAMPLE = {
    "华夏银行": {"手机银行": ["hd5", "hd6", "hd7"], "企业网银": ["hd1", "hd2"]},
    "星河证券": {"智能投顾": ["zt1", "zt2"], "财富App": ["hd5"]},
    "中原农商行": {"信贷助手": ["xd1", "xd2", "xd3"]},
    "东方保险": {},
}
EXPERIMENTS = [  # name, status, reference type, every n-th template
    ("五月回归", "running", "new", 1),
    ("供应商对比-A", "completed", "supplier", 2),
    ("新模型灰度", "draft", "self", 3),
    ("历史基线", "archived", "new", 4),
    ("指标口径修正", "running", "supplier", 5),
]


async def _seed(client: Any) -> list[int]:
    """Realistic Chinese data through the API; returns the experiment ids."""
    from server.contract.experiments import (
        AppCreate,
        CustomerCreate,
        ExperimentCreate,
        ExperimentUpdate,
        TemplateCreate,
    )

    template_ids: list[int] = []
    for customer_name, apps in SAMPLE.items():
        customer = await client.create_customer(CustomerCreate(name=customer_name))
        for app_name, templates in apps.items():
            app = await client.create_app(AppCreate(customer_id=customer.id, name=app_name))
            for template_name in templates:
                data = TemplateCreate(app_id=app.id, name=template_name)
                template_ids.append((await client.create_template(data)).id)
    ids = []
    for name, status, reference, step in EXPERIMENTS:
        data = ExperimentCreate(
            name=name, reference_type=reference, template_ids=template_ids[::step]
        )
        experiment = await client.create_experiment(data)
        await client.update_experiment(experiment.id, ExperimentUpdate(status=status))
        ids.append(experiment.id)
    return ids


async def test_experiment_dialog_edits_links_and_deletes(helix: Any, qtbot: Any) -> None:
    page = await _matrix_page(helix, qtbot)
    client = helix.session.client
    state = helix.matrix
    ids = await _seed(client)
    page.refresh_action.trigger()
    await until(lambda: len(state.experiments) == len(EXPERIMENTS))
    helix.main_window.resize(1280, 720)
    shot(helix.main_window, "matrix_page_chinese")
    assert page.model.rowCount() == 12  # 11 templates + 东方保险 without apps

    # A click on the column header opens the experiment's dialog.
    view = page.view
    column = page.model.column_of(ids[2])
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
    dialog = page.dialog
    assert dialog.experiment_id == ids[2]
    await until(lambda: dialog.experiment is not None)
    assert dialog.reference.currentData() == "self"
    assert dialog.status.currentData() == "draft"
    linked_before = set(dialog.experiment.template_ids)
    assert len(dialog.links.checked) == len(linked_before) == 4

    dialog.status.setCurrentIndex(dialog.status.findData("running"))
    qtbot.mouseClick(dialog.swatches.buttons["#BB8FCE"], LEFT)
    unlink = min(linked_before)
    link = next(t for t in sorted(state.templates) if t not in linked_before)
    dialog.links.set_checked(unlink, False)
    dialog.links.set_checked(link, True)
    assert dialog.changes() == {"status": "running", "color": "#BB8FCE"}
    shot(dialog, "matrix_experiment_dialog")
    closed = _closed(dialog)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    await until(lambda: closed)
    saved = await client.get_experiment(ids[2])
    assert (saved.status, saved.color) == ("running", "#BB8FCE")
    assert set(saved.template_ids) == linked_before - {unlink} | {link}
    brief = state.experiment(ids[2])
    assert brief is not None and brief.color == "#BB8FCE"
    assert page.model.is_linked(page.model.row_of_template(link), column)
    assert not page.model.is_linked(page.model.row_of_template(unlink), column)

    # Delete it from its dialog (opened with Enter on one of its cells).
    await _focus(view)
    view.setCurrentIndex(page.model.index(0, page.model.column_of(ids[2])))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = page.dialog
    await until(lambda: dialog.experiment is not None)
    closed = _closed(dialog)
    qtbot.mouseClick(dialog.delete_button, LEFT)
    box = dialog.confirm_box
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    await until(lambda: closed)
    assert page.model.column_of(ids[2]) == -1
    assert page.model.columnCount() == 3 + len(EXPERIMENTS) - 1
    assert ids[2] not in [e.id for e in (await client.list_experiments(page_size=100)).items]
