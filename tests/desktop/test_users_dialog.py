"""Accounts dialog (root only): create a user who then logs in; testers see no accounts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

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
    helix.main_window.users_action.trigger()
    dialog = helix.users_dialog
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
    shot(dialog, "users_dialog")
    dialog.accept()

    helix.main_window.logout_action.trigger()
    await login(helix, qtbot, "zhang.san", "first-pass")
    await until(lambda: helix.main_window is not None)
    assert helix.session.user.username == "zhang.san"
    assert "张三丰" in helix.main_window.user_label.text()
    # A tester has no accounts action, and the dialog cannot be opened.
    assert not helix.main_window.users_action.isVisible()
    assert helix.show_users() is None
    shot(helix.main_window, "main_window_tester")


async def _reset_in_dialog(
    helix: Any, qtbot: Any, user_id: int, password: str, *, must_change: bool
) -> Any:
    """Open the reset form for the user, try a mismatch, then reset; answers the dialog."""
    dialog = helix.show_users()
    await until(lambda: dialog.model.rowCount() == 2)
    dialog.select_user(user_id)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    form = dialog.active_form
    assert form.must_change.isChecked()  # forcing a change stays the default
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(form.password, "abc")
    qtbot.keyClicks(form.confirm, "abc")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert form.message.kind == "error"  # too short, checked before sending
    form.password.clear()
    form.confirm.clear()
    qtbot.keyClicks(form.password, password)
    qtbot.keyClicks(form.confirm, password + "x")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert form.message.kind == "error"
    assert "不一致" in form.message.text()
    form.confirm.clear()
    qtbot.keyClicks(form.confirm, password)
    if not must_change:
        # On the box itself: a wide check box only toggles where its indicator and text are.
        box = form.must_change
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert not form.must_change.isChecked()
    shot(form, f"reset_password_must_change_{must_change}")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    await until(lambda: not form.isVisible())
    return dialog


@pytest.mark.parametrize("must_change", [True, False])
async def test_reset_password_with_or_without_a_forced_change(
    qtbot: Any, preferences: Any, tmp_path: Path, must_change: bool
) -> None:
    settings = backend_settings(tmp_path / "data", initial_root_password="root-pass-1")
    helix = make_helix(preferences, settings)
    try:
        helix.start()
        await login(helix, qtbot, "root", "root-pass-1")
        await until(lambda: helix.main_window is not None)
        client = helix.session.client
        from server.contract.users import UserCreate

        user = await client.create_user(UserCreate(username="li", password="li-pass-1"))
        dialog = await _reset_in_dialog(
            helix, qtbot, user.id, "reset-pass-1", must_change=must_change
        )
        status = "启用（需修改密码）" if must_change else "启用"
        await until(lambda: dialog.model.index(1, 4).data() == status)
        dialog.accept()
        listed = (await client.list_users()).items
        assert [u.must_change_password for u in listed if u.username == "li"] == [must_change]
    finally:
        await close_helix(helix)
