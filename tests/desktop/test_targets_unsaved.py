"""Targets page: another target, New, a page switch and logging out ask about unsaved edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from helix_desktop.ui.pages.targets import NEW_TARGET
from tests.conftest import ROOT_PASSWORD
from tests.desktop.conftest import log_in_as_root, login, until


def _click_page(window: Any, qtbot: Any, key: str) -> None:
    row = [spec.key for spec in window.pages].index(key)
    rect = window.navigation.visualItemRect(window.navigation.item(row))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_target(page: Any, qtbot: Any, row: int) -> None:
    rect = page.list.visualItemRect(page.list.item(row))
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _answer(box: Any, qtbot: Any, button: QMessageBox.StandardButton) -> None:
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)


def _type(qtbot: Any, page: Any, name: str, text: str) -> None:
    widget = page.form.fields[name].widget
    widget.setFocus()
    widget.end(False)
    qtbot.keyClicks(widget, text)


async def _targets_page(helix: Any, qtbot: Any) -> tuple[Any, Any]:
    window = await log_in_as_root(helix, qtbot)
    client = helix.session.require_client()
    await client.create_target({**NEW_TARGET, "name": "second", "code": "second"})
    _click_page(window, qtbot, "targets")
    page = window.page_widgets["targets"]
    await until(lambda: page.list.count() == 2)
    assert page.list.currentRow() == 0 and not page.is_dirty()
    return window, page


async def test_another_target_asks_about_unsaved_edits(helix: Any, qtbot: Any) -> None:
    window, page = await _targets_page(helix, qtbot)
    first, second = (t.id for t in helix.targets.targets)
    _type(qtbot, page, "description", " edited")
    assert page.is_dirty() and "●" in page.title.text()

    # Another target: the question; Cancel keeps the edit and the selection.
    _click_target(page, qtbot, 1)
    assert page.list.currentRow() == 0 and page.editing == first
    _answer(page.unsaved_box, qtbot, QMessageBox.StandardButton.Cancel)
    await until(lambda: not page.unsaved_box.isVisible())
    assert page.form.fields["description"].read().endswith(" edited")
    assert page.editing == first and page.is_dirty()

    # Discard: on to the other target, the edit gone.
    _click_target(page, qtbot, 1)
    _answer(page.unsaved_box, qtbot, QMessageBox.StandardButton.Discard)
    await until(lambda: page.editing == second)
    assert page.list.currentRow() == 1
    assert not page.is_dirty() and "●" not in page.title.text()
    assert helix.targets.target(first).description == ""

    # Save: saved, and the form stays on the target chosen (no jump back when it lands).
    _type(qtbot, page, "description", "kept")
    _click_target(page, qtbot, 0)
    _answer(page.unsaved_box, qtbot, QMessageBox.StandardButton.Save)
    await until(lambda: helix.targets.target(second).description == "kept")
    await until(lambda: page.message.kind == "success")
    assert page.editing == first and page.list.currentRow() == 0
    assert page.form.fields["name"].read() == helix.targets.target(first).name
    assert not page.is_dirty()

    # New and another page ask as well.
    _type(qtbot, page, "description", "x")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    _answer(page.unsaved_box, qtbot, QMessageBox.StandardButton.Cancel)
    await until(lambda: not page.unsaved_box.isVisible())
    assert page.editing == first
    _click_page(window, qtbot, "run")
    assert window.current_page() == "targets"
    _answer(window.unsaved_box, qtbot, QMessageBox.StandardButton.Discard)
    await until(lambda: window.current_page() == "run")
    assert not page.is_dirty()


async def test_a_pasted_target_not_saved_counts_as_unsaved(helix: Any, qtbot: Any) -> None:
    _window, page = await _targets_page(helix, qtbot)
    qtbot.mouseClick(page.curl_button, Qt.MouseButton.LeftButton)
    dialog = page.curl_dialog
    assert dialog is not None
    dialog.command.setPlainText('curl -X POST http://127.0.0.1:9/ask -d \'{"q": "x"}\'')
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.editing == 0 and page.is_dirty())
    assert "●" in page.title.text()
    _click_target(page, qtbot, 1)
    assert page.unsaved_box is not None and page.unsaved_box.isVisible()
    _answer(page.unsaved_box, qtbot, QMessageBox.StandardButton.Discard)
    await until(lambda: page.editing == helix.targets.targets[1].id)


async def test_log_out_asks_about_unsaved_edits(helix: Any, qtbot: Any) -> None:
    window, page = await _targets_page(helix, qtbot)
    _type(qtbot, page, "description", " edited")

    # Cancel: still logged in, the window and the edit kept.
    window.logout_action.trigger()
    assert helix.main_window is window and window.isVisible()
    _answer(window.unsaved_box, qtbot, QMessageBox.StandardButton.Cancel)
    await until(lambda: not window.unsaved_box.isVisible())
    assert helix.main_window is window and window.isVisible()
    assert helix.session.user is not None and page.is_dirty()

    # Save: saved, then logged out.
    edited_id = page.editing
    window.logout_action.trigger()
    _answer(window.unsaved_box, qtbot, QMessageBox.StandardButton.Save)
    await until(lambda: helix.main_window is None)
    assert helix.login_dialog is not None and helix.login_dialog.isVisible()
    assert helix.session.require_client().tokens is None
    await login(helix, qtbot, "root", ROOT_PASSWORD)
    await until(lambda: helix.main_window is not None)
    assert helix.main_window is not None
    target = await helix.session.require_client().get_target(edited_id)
    assert target.description.endswith(" edited")
