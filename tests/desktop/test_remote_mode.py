"""Remote mode: the connection dialog against a real ``helix server`` process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from helix_desktop.local_backend import free_port
from tests.desktop.conftest import (
    SECRET,
    close_helix,
    login,
    make_helix,
    shot,
    until,
)
from tests.processes import helix_process, stop_process, wait_healthy_sync

pytestmark = pytest.mark.e2e


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {
        **os.environ,
        "HELIX_SECRET_KEY": SECRET,
        "HELIX_INITIAL_ROOT_PASSWORD": "remote-root-1",
    }
    process = helix_process(
        [
            "server",
            "--port",
            str(port),
            "--data-dir",
            str(tmp_path / "server-data"),
            "--log-level",
            "warning",
        ],
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy_sync(f"{url}/health", process)
        yield url
    finally:
        stop_process(process, timeout=10)


async def test_connects_to_a_team_server_and_remembers_it(
    qtbot: Any, preferences: Any, tmp_path: Path, server_process: str
) -> None:
    url = server_process
    # Start pointed at a dead address: the login dialog says so, inline.
    dead = f"http://127.0.0.1:{free_port()}"
    preferences.use_remote(dead)
    helix = make_helix(preferences, None)  # type: ignore[arg-type]
    try:
        helix.start()
        dialog = helix.login_dialog
        await until(lambda: dialog.message.isVisible())
        assert "无法连接服务器" in dialog.message.text()
        assert not dialog.login_button.isEnabled()

        qtbot.mouseClick(dialog.change_server_button, Qt.MouseButton.LeftButton)
        chooser = helix.connection_dialog
        assert chooser.remote.isChecked()
        chooser.url.setCurrentText(url)
        qtbot.mouseClick(chooser.check_button, Qt.MouseButton.LeftButton)
        await until(lambda: chooser.message.kind == "success")
        shot(chooser, "connection_dialog")
        chooser.buttons.accepted.emit()
        await until(lambda: helix.session.server_url == url)
        assert helix.backend is None  # no local backend was started
        assert preferences.mode == "remote"
        assert preferences.recent_servers[:2] == [url, dead]

        await until(lambda: dialog.login_button.isEnabled())
        await login(helix, qtbot, "root", "remote-root-1")
        await until(lambda: helix.main_window is not None)
        assert url in helix.main_window.server_label.text()
    finally:
        await close_helix(helix)
