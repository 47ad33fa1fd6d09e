"""First start in local mode, login, forced password change, main window (real backend)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.desktop.conftest import ROOT_PASSWORD, log_in_as_root, login, shot, until


async def test_first_start_forces_password_change_then_main_window(
    helix: Any, qtbot: Any, preferences: Any
) -> None:
    helix.start()
    dialog = helix.login_dialog
    assert dialog is not None
    await until(lambda: dialog.login_button.isEnabled())
    assert helix.backend is not None and helix.backend.running
    assert helix.backend.url in dialog.server_label.text()
    shot(dialog, "login_dialog")

    await login(helix, qtbot, "root", "root123")
    await until(lambda: helix.password_dialog is not None)
    assert helix.main_window is None
    password_dialog = helix.password_dialog
    shot(password_dialog, "change_password_dialog")

    # Local checks first: a mismatch never reaches the server.
    qtbot.keyClicks(password_dialog.old_password, "root123")
    qtbot.keyClicks(password_dialog.new_password, ROOT_PASSWORD)
    qtbot.keyClicks(password_dialog.confirm, "something-else")
    qtbot.mouseClick(password_dialog.ok_button, Qt.MouseButton.LeftButton)
    assert password_dialog.message.kind == "error"
    password_dialog.confirm.clear()
    qtbot.keyClicks(password_dialog.confirm, ROOT_PASSWORD)
    qtbot.mouseClick(password_dialog.ok_button, Qt.MouseButton.LeftButton)

    await until(lambda: helix.main_window is not None and helix.main_window.isVisible())
    window = helix.main_window
    assert "root" in window.user_label.text()
    assert helix.backend.url in window.server_label.text()
    assert window.users_action.isVisible()
    assert helix.session.user.must_change_password is False
    assert preferences.last_username == "root"
    shot(window, "main_window")


async def test_wrong_password_shows_the_server_message(helix: Any, qtbot: Any) -> None:
    helix.start()
    await login(helix, qtbot, "root", "wrong-password")
    dialog = helix.login_dialog
    await until(lambda: dialog.message.isVisible())
    assert dialog.message.kind == "error"
    assert "密码" in dialog.message.text()
    assert dialog.password.text() == ""
    assert helix.main_window is None
    shot(dialog, "login_wrong_password")


async def test_log_out_returns_to_login(helix: Any, qtbot: Any) -> None:
    await log_in_as_root(helix, qtbot)
    helix.main_window.logout_action.trigger()
    assert helix.main_window is None
    assert helix.session.user is None
    assert helix.session.client is not None and helix.session.client.tokens is None
    dialog = helix.login_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.username.text() == "root"  # remembered; the password never is
    assert dialog.password.text() == ""
