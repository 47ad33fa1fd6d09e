"""The experiment dialog's template details and groups tabs, clicked against a real backend."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from tests.desktop.conftest import shot, until
from tests.desktop.test_matrix_page import _closed, _matrix_page, _seed

LEFT = Qt.MouseButton.LeftButton
VMAF = (82.0, 88.5, 92.0, 95.5)
X264_BITRATES = (1000.0, 2000.0, 3500.0, 6000.0)


async def _open_dialog(helix: Any, qtbot: Any, page: Any, experiment_id: int) -> Any:
    """Click the experiment's column header; wait until the dialog has loaded it."""
    view = page.view
    column = page.model.column_of(experiment_id)
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))
    dialog = page.dialog
    await until(lambda: dialog.experiment is not None and dialog.details_panel is not None)
    return dialog


def _click_tab(qtbot: Any, dialog: Any, index: int) -> None:
    bar = dialog.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert dialog.tabs.currentIndex() == index


def _click_item(qtbot: Any, view: Any, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def _click_group(qtbot: Any, tab: Any, group_id: int) -> None:
    row = next(r for r in range(tab.model.rowCount()) if tab.model.group_id(r) == group_id)
    rect = tab.table.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), LEFT, pos=rect.center())
    assert tab.selected_group_id() == group_id


def _rows_above(view: Any, count: int) -> Callable[[], bool]:
    return lambda: view.count() > count


async def _ready(helix: Any, qtbot: Any) -> tuple[Any, Any, list[int]]:
    page = await _matrix_page(helix, qtbot)
    client = helix.session.client
    ids = await _seed(client)
    page.refresh_action.trigger()
    await until(lambda: len(helix.matrix.experiments) == len(ids))
    return page, client, ids


async def test_template_notes_and_versions(helix: Any, qtbot: Any) -> None:
    page, client, ids = await _ready(helix, qtbot)
    dialog = await _open_dialog(helix, qtbot, page, ids[0])
    experiment = dialog.experiment
    _click_tab(qtbot, dialog, 1)
    panel = dialog.details_panel
    assert panel.templates.count() == len(experiment.template_ids)
    first, second = experiment.template_ids[:2]
    await until(panel.notes.isEnabled)
    assert panel.template_id == first
    assert panel.notes.toPlainText() == ""
    assert panel.versions.count() == 0

    # Notes: typed, saved, on the server.
    qtbot.keyClicks(panel.notes, "CRF 23 ")
    panel.notes.insertPlainText("画面偏糊")  # QTest types ASCII only: Chinese comes as from an IME
    qtbot.mouseClick(panel.save_notes_button, LEFT)
    await until(lambda: panel.message.kind == "success")
    assert await client.link_notes(ids[0], first) == "CRF 23 画面偏糊"

    # Two versions, added from the editor.
    for count, (name, content) in enumerate(
        (("v1", "-crf 23 -preset slow"), ("v2", "-crf 21 -preset slower"))
    ):
        qtbot.mouseClick(panel.new_version_button, LEFT)
        assert panel.save_version_button.text() == "添加版本"
        qtbot.keyClicks(panel.version_name, name)
        qtbot.keyClicks(panel.version_content, content)
        assert panel.versions.count() == count
        qtbot.mouseClick(panel.save_version_button, LEFT)
        await until(_rows_above(panel.versions, count))
    listed = await client.list_versions(ids[0], first)
    assert [(v.name, v.template_content, v.order_index) for v in listed] == [
        ("v1", "-crf 23 -preset slow", 0),
        ("v2", "-crf 21 -preset slower", 1),
    ]

    # Edit the first version's content and notes: only what changed is sent.
    _click_item(qtbot, panel.versions, 0)
    assert panel.version_name.text() == "v1"
    assert panel.version_content.toPlainText() == "-crf 23 -preset slow"
    panel.version_content.selectAll()
    qtbot.keyClicks(panel.version_content, "-crf 25")
    qtbot.keyClicks(panel.version_notes, "baseline")
    qtbot.mouseClick(panel.save_version_button, LEFT)
    await until(lambda: panel.message.text() == "版本已保存。")
    listed = await client.list_versions(ids[0], first)
    assert (listed[0].name, listed[0].notes, listed[0].template_content) == (
        "v1",
        "baseline",
        "-crf 25",
    )
    dialog.resize(960, 640)
    shot(dialog, "experiment_template_details")

    # Delete the second version after confirming.
    _click_item(qtbot, panel.versions, 1)
    qtbot.mouseClick(panel.delete_version_button, LEFT)
    qtbot.mouseClick(panel.confirm_box.button(QMessageBox.StandardButton.Yes), LEFT)
    await until(lambda: panel.versions.count() == 1)
    assert [v.name for v in await client.list_versions(ids[0], first)] == ["v1"]

    # Another template has its own (empty) notes and versions; back again keeps the first's.
    _click_item(qtbot, panel.templates, 1)
    await until(lambda: panel.template_id == second and panel.notes.isEnabled())
    assert panel.notes.toPlainText() == ""
    assert panel.versions.count() == 0
    _click_item(qtbot, panel.templates, 0)
    await until(lambda: panel.template_id == first and panel.notes.isEnabled())
    assert panel.notes.toPlainText() == "CRF 23 画面偏糊"
    closed = _closed(dialog)
    dialog.reject()
    await until(lambda: closed)


async def _seed_groups(client: Any, experiment_id: int) -> dict[str, int]:
    """x264 at four bitrates; x265 reaching the same VMAFs at 80% of those bitrates."""
    from server.contract.transcoding import GroupCreate, MetricsWrite

    ids: dict[str, int] = {}
    for family, version, factor in (("x264", "x264 r3107", 1.0), ("x265", "x265 3.5", 0.8)):
        for bitrate, vmaf in zip(X264_BITRATES, VMAF, strict=True):
            name = f"{family} {int(bitrate * factor)}k"
            group = await client.create_group(
                experiment_id,
                GroupCreate(name=name, encoder_version=version, transcode_params={"b": bitrate}),
            )
            await client.write_metrics(
                group.id, MetricsWrite(bitrate=bitrate * factor, vmaf=vmaf, psnr=40, ssim=0.98)
            )
            ids[name] = group.id
    return ids


async def test_groups_metrics_chart_and_bd_rate(helix: Any, qtbot: Any) -> None:
    page, client, ids = await _ready(helix, qtbot)
    groups = await _seed_groups(client, ids[1])
    dialog = await _open_dialog(helix, qtbot, page, ids[1])
    _click_tab(qtbot, dialog, 2)
    tab = dialog.groups_tab
    await until(lambda: tab.model.rowCount() == 8)
    assert tab.model.index(0, 0).data() == "x264 1000k"
    assert tab.model.index(0, 3).data() == "1000"
    assert tab.model.index(0, 4).data() == "82.00"
    assert sorted(tab.chart.series_by_family) == ["x264", "x265"]
    line, _ = tab.chart.series_by_family["x265"]
    assert [(p.x(), p.y()) for p in line.points()] == [
        (b * 0.8, v) for b, v in zip(X264_BITRATES, VMAF, strict=True)
    ]
    # Same quality at 80% of the bitrate: a BD-rate of exactly -20%.
    assert tab.bd_row.isVisible() and not tab.bd_hint.isVisible()
    assert (tab.anchor.currentText(), tab.test.currentText()) == ("x264", "x265")
    assert tab.bd_result.text().startswith("-20.00%")
    assert "x265" in tab.bd_result.text()
    tab.anchor.setCurrentIndex(tab.anchor.findText("x265"))
    tab.test.setCurrentIndex(tab.test.findText("x264"))
    assert tab.bd_result.text().startswith("+25.00%")
    dialog.resize(1000, 720)
    shot(dialog, "experiment_groups_chart")

    # A new group through its dialog: a VMAF out of range is refused before sending.
    qtbot.mouseClick(tab.add_button, LEFT)
    form = tab.active_dialog
    qtbot.keyClicks(form.name, "av1 1500k")
    qtbot.keyClicks(form.encoder, "svt-av1 1.8")
    qtbot.keyClicks(form.params, '{"preset": 8}')
    qtbot.keyClicks(form.metric_fields["bitrate"], "1500")
    qtbot.keyClicks(form.metric_fields["vmaf"], "120")
    qtbot.mouseClick(form.ok_button, LEFT)
    assert form.message.kind == "error"
    assert "VMAF" in form.message.text()
    form.metric_fields["vmaf"].clear()
    qtbot.keyClicks(form.metric_fields["vmaf"], "91.5")
    shot(form, "experiment_group_dialog")
    closed = _closed(form)
    qtbot.mouseClick(form.ok_button, LEFT)
    await until(lambda: closed)
    await until(lambda: tab.model.rowCount() == 9)
    assert tab.model.index(tab.table.currentIndex().row(), 0).data() == "av1 1500k"
    created = [g for g in await client.list_groups(ids[1]) if g.name == "av1 1500k"]
    assert len(created) == 1
    assert (created[0].encoder_version, created[0].transcode_params) == (
        "svt-av1 1.8",
        {"preset": 8},
    )
    metrics = await client.group_metrics(created[0].id)
    assert metrics is not None and (metrics.bitrate, metrics.vmaf) == (1500, 91.5)
    assert "svt-av1" in tab.chart.series_by_family  # one point: charted, not comparable
    assert tab.anchor.count() == 2

    # Edit: status and one metric.
    _click_group(qtbot, tab, groups["x264 1000k"])
    qtbot.mouseClick(tab.edit_button, LEFT)
    form = tab.active_dialog
    assert form.metric_fields["vmaf"].text() == "82"
    form.status.setCurrentIndex(form.status.findData("completed"))
    form.metric_fields["vmaf"].clear()
    qtbot.keyClicks(form.metric_fields["vmaf"], "83")
    form.metric_fields["psnr"].clear()  # emptied: sent as null
    closed = _closed(form)
    qtbot.mouseClick(form.ok_button, LEFT)
    await until(lambda: closed)
    edited = await client.group_metrics(groups["x264 1000k"])
    assert edited is not None and (edited.vmaf, edited.psnr) == (83, None)
    assert [g.status for g in await client.list_groups(ids[1]) if g.name == "x264 1000k"] == [
        "completed"
    ]
    await until(lambda: tab.model.index(0, 2).data() == "已完成")

    # Delete a group: x264 is left with three points, so no BD-rate any more.
    _click_group(qtbot, tab, groups["x264 2000k"])
    qtbot.mouseClick(tab.delete_button, LEFT)
    qtbot.mouseClick(tab.confirm_box.button(QMessageBox.StandardButton.Yes), LEFT)
    await until(lambda: tab.model.rowCount() == 8)
    assert not tab.bd_row.isVisible() and tab.bd_hint.isVisible()
    assert groups["x264 2000k"] not in [g.id for g in await client.list_groups(ids[1])]
    shot(dialog, "experiment_groups_no_bd_rate")

    # A group deleted elsewhere meanwhile: the server's 404 is shown in the form, which stays.
    _click_group(qtbot, tab, groups["x265 800k"])
    qtbot.mouseClick(tab.edit_button, LEFT)
    form = tab.active_dialog
    await client.delete_group(groups["x265 800k"])
    qtbot.keyClicks(form.encoder, "-rc1")
    qtbot.mouseClick(form.ok_button, LEFT)
    await until(lambda: form.message.kind == "error")
    assert f"实验组不存在: {groups['x265 800k']}" in form.message.text()
    assert form.isVisible() and form.ok_button.isEnabled()
    assert not tab.message.isVisible()  # said once, in the form
    form.reject()
    closed = _closed(dialog)
    dialog.reject()
    await until(lambda: closed)
