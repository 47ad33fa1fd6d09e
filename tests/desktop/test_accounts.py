"""Accounts dialog (root only): create a user who then logs in; testers see no accounts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from tests.desktop.conftest import (
    backend_settings,
    close_helix,
    log_in_as_root,
    login,
    make_helix,
    shot,
    until,
)


async def test_root_creates_a_user_who_then_logs_in(helix: Any, qtbot: Any) -> None:
    await log_in_as_root(helix, qtbot)
    helix.main_window.accounts_action.trigger()
    dialog = helix.accounts_dialog
    assert dialog is not None
    await until(lambda: dialog.model.rowCount() == 1)

    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    form = dialog.active_form
    qtbot.keyClicks(form.username, "zhang.san")
    form.display_name.insert("张三")  # QTest types ASCII only (IME input)
    qtbot.keyClicks(form.password, "first-pass")
    shot(form, "new_user_dialog")
    form.buttons.accepted.emit()
    await until(lambda: dialog.model.rowCount() == 2)
    await until(lambda: not form.isVisible())
    assert dialog.selected_user().username == "zhang.san"
    assert dialog.model.index(1, 2).data() == "张三"
    assert dialog.model.index(1, 3).data() == "测试员"

    # A duplicate name: the server's 409 is shown inline in the form.
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    again = dialog.active_form
    qtbot.keyClicks(again.username, "ZHANG.SAN")
    qtbot.keyClicks(again.password, "first-pass")
    again.buttons.accepted.emit()
    await until(lambda: again.message.isVisible())
    assert again.message.kind == "error"
    assert again.isVisible()
    shot(again, "new_user_conflict")
    again.reject()

    # Rename, then deactivate and re-activate from the table.
    dialog.table.selectRow(1)
    dialog.rename_button.click()
    prompt = dialog.active_form
    prompt.field.clear()
    prompt.field.insert("张三丰")
    prompt.buttons.accepted.emit()
    await until(lambda: dialog.model.index(1, 2).data() == "张三丰")
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.model.index(1, 4).data().startswith("已停用"))
    assert dialog.toggle_button.text() == "启用"
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.model.index(1, 4).data().startswith("启用"))
    shot(dialog, "accounts_dialog")
    dialog.accept()

    helix.main_window.logout_action.trigger()
    await login(helix, qtbot, "zhang.san", "first-pass")
    await until(lambda: helix.main_window is not None)
    assert helix.session.user.username == "zhang.san"
    assert "张三丰" in helix.main_window.user_label.text()
    # A tester has no accounts action, and the dialog cannot be opened.
    assert not helix.main_window.accounts_action.isVisible()
    assert helix.show_accounts() is None
    shot(helix.main_window, "main_window_tester")


async def test_reset_password_forces_a_change_at_next_login(
    qtbot: Any, preferences: Any, tmp_path: Path
) -> None:
    settings = backend_settings(tmp_path / "data", initial_root_password="root-pass-1")
    helix = make_helix(preferences, settings)
    try:
        helix.start()
        await login(helix, qtbot, "root", "root-pass-1")
        await until(lambda: helix.main_window is not None)
        client = helix.session.client
        from server.contract.accounts import UserCreate

        user = await client.create_user(UserCreate(username="li", password="li-pass-1"))
        dialog = helix.show_accounts()
        await until(lambda: dialog.model.rowCount() == 2)
        dialog.select_user(user.id)
        dialog.reset_button.click()
        prompt = dialog.active_form
        qtbot.keyClicks(prompt.field, "abc")
        prompt.buttons.accepted.emit()
        assert prompt.message.kind == "error"  # too short, checked before sending
        prompt.field.clear()
        qtbot.keyClicks(prompt.field, "reset-pass-1")
        prompt.buttons.accepted.emit()
        await until(lambda: "需修改密码" in dialog.model.index(1, 4).data())
        dialog.accept()
    finally:
        await close_helix(helix)
