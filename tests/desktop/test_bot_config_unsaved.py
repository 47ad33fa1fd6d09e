"""Settings page: leaving it (another page, Reload, closing the window) asks about unsaved edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.desktop.cases_fixtures import main_window
from tests.desktop.conftest import until


def _click_page(window: Any, qtbot: Any, key: str) -> None:
    row = [spec.key for spec in window.pages].index(key)
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _answer(box: Any, qtbot: Any, button: QMessageBox.StandardButton) -> None:
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


async def test_leaving_settings_with_unsaved_edits_asks(helix: Any, qtbot: Any) -> None:
    window = await main_window(helix, qtbot)
    _click_page(window, qtbot, "bot_config")
    page = window.page_widgets["bot_config"]
    await until(lambda: helix.config.available is True)
    assert not page.is_dirty() and "●" not in page.title.text()
    spin = page.fields["max_workers"].widget
    spin.selectAll()
    qtbot.keyClicks(spin, "9")
    assert page.is_dirty() and "●" in page.title.text()

    # Another page: Cancel stays on Settings with the edit.
    _click_page(window, qtbot, "cases")
    assert window.current_page() == "bot_config"
    assert window.navigation.currentRow() == [s.key for s in window.pages].index("bot_config")
    _answer(window.unsaved_box, qtbot, QMessageBox.StandardButton.Cancel)
    await until(lambda: not window.unsaved_box.isVisible())
    assert window.current_page() == "bot_config" and spin.value() == 9

    # Reload asks too; Discard puts back what the server has.
    qtbot.mouseClick(page.reload_button, Qt.MouseButton.LeftButton)
    _answer(page.unsaved_box, qtbot, QMessageBox.StandardButton.Discard)
    await until(lambda: not page.is_dirty())
    assert spin.value() == helix.config.config.max_workers != 9

    # Save, then on to the page chosen.
    spin.selectAll()
    qtbot.keyClicks(spin, "7")
    _click_page(window, qtbot, "run")
    _answer(window.unsaved_box, qtbot, QMessageBox.StandardButton.Save)
    await until(lambda: window.current_page() == "run")
    await until(lambda: helix.config.config.max_workers == 7)
    client = helix.session.require_client()
    assert (await client.get_config()).max_workers == 7

    # Closing the window with unsaved edits asks as well; Cancel keeps it open.
    _click_page(window, qtbot, "bot_config")
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    window.close()
    assert window.isVisible()
    _answer(window.unsaved_box, qtbot, QMessageBox.StandardButton.Cancel)
    await until(lambda: not window.unsaved_box.isVisible())
    assert window.isVisible() and spin.value() == 5
    page.discard()
