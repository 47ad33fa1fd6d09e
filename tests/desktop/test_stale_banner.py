"""A page's message (error or success) goes away with the user's next action."""

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
