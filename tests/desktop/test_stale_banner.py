"""Page messages go away with the next action; an empty case list says what to do first."""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import Qt

from helix_desktop.state.pending import PendingTasks
from tests.desktop.cases_fixtures import cases_page, main_window
from tests.desktop.conftest import until


async def test_an_error_clears_on_the_next_button(helix: Any, qtbot: Any, tmp_path: Any) -> None:
    _window, page = await cases_page(helix, qtbot)
    page.state.export_to(str(tmp_path / "no-such-dir" / "cases.xlsx"))  # cannot be written
    await until(lambda: page.message.kind == "error" and page.message.isVisible())
    qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert not page.message.isVisible()
    await until(lambda: not page.state.loading)
    # A message the action itself shows stays (pressed clears, released acts).
    page.table.selectRow(0)
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.message.kind == "success" and page.message.isVisible())


async def test_first_run_hint_on_an_empty_case_list(helix: Any, qtbot: Any) -> None:
    _window, page = await cases_page(helix, qtbot, seed=False)
    assert "Ctrl+I" in page.total_label.text() and "Ctrl+N" in page.total_label.text()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.detail.question, "First case by hand")
    qtbot.mouseClick(page.detail.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.state.total == 1)
    assert "Ctrl+I" not in page.total_label.text()


async def test_banners_clear_on_the_next_button_on_every_page(helix: Any, qtbot: Any) -> None:
    window = await main_window(helix, qtbot)

    async def stale_then_press(page: Any, label: Any, button: Any, *, click: bool = True) -> None:
        # Clicks only while no request is in flight: QTest's event processing would step
        # one outside the asyncio loop.
        await until(lambda: not PendingTasks.running())
        label.show_error("stale")
        assert label.isVisible()
        if click:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:  # pressed, not released: the banner goes, the action does not run
            qtbot.mousePress(button, Qt.MouseButton.LeftButton)
        assert not label.isVisible(), page.objectName()
        for _ in range(3):
            await asyncio.sleep(0)  # a slot the click scheduled takes its first step
        await until(lambda: not PendingTasks.running() and helix.matrix._busy == 0)

    window.show_page("bot_config")
    settings = window.page_widgets["bot_config"]
    await until(lambda: helix.config.available is not None)
    await stale_then_press(settings, settings.message, settings.reload_button)

    window.show_page("targets")
    targets = window.page_widgets["targets"]
    await until(lambda: targets.list.count() == 1)
    await stale_then_press(targets, targets.message, targets.refresh_button)

    window.show_page("matrix")
    matrix = window.page_widgets["matrix"]
    await until(lambda: helix.matrix.has_loaded and helix.matrix._busy == 0)
    refresh = matrix.toolbar.widgetForAction(matrix.refresh_action)
    # Pressed only: Refresh itself clears the banner, which would prove nothing here.
    await stale_then_press(matrix, matrix.message, refresh, click=False)
    refresh.setDown(False)

    window.show_page("generator")
    generator = window.page_widgets["generator"]
    for label in (generator.result, generator.source.message, generator.templates.message):
        await stale_then_press(generator, label, generator.source.apply_button, click=False)
        generator.source.apply_button.setDown(False)

    window.users_action.trigger()
    dialog = helix.users_dialog
    assert dialog is not None
    await stale_then_press(dialog, dialog.message, dialog.refresh_button)
