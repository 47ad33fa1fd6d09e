"""Page messages go away with the next action; an empty case list says what to do first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.desktop.cases_fixtures import cases_page
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
