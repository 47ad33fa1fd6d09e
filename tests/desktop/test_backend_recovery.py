"""The local server is a child process: when it dies under the app (killed, out of memory),
the app starts it again on the same address; the session, the open pages and the run view
carry on, and the interrupted run can be resumed. Quitting during a run asks first."""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from tests.conftest import RunningDemoBot
from tests.desktop.conftest import (
    log_in_as_root,
    shot,
    until,
)
from tests.desktop.run_fixtures import cases, finished_report, point_at_bot, store_cases


async def _running(
    helix: Any, qtbot: Any, demo_bot_factory: Callable[..., RunningDemoBot], count: int
) -> tuple[Any, Any]:
    """Logged in, on the Run page, a run of ``count`` slow cases under way: (window, page)."""
    window = await log_in_as_root(helix, qtbot)
    await until(window.isVisible)
    client = helix.session.require_client()
    await point_at_bot(client, demo_bot_factory, latency_ms=250, max_workers=2)
    await store_cases(client, cases(count))
    window.show_page("run")
    page = window.page_widgets["run"]
    qtbot.mouseClick(page.run_all_button, Qt.MouseButton.LeftButton)
    await until(lambda: helix.run.completed >= 2, timeout=30)
    return window, page


async def test_a_killed_local_server_is_restarted_and_the_run_resumed(
    helix: Any, qtbot: Any, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    window, page = await _running(helix, qtbot, demo_bot_factory, 30)
    client = helix.session.require_client()
    batch = helix.run.batch_id

    backend = helix.backend
    old_pid, port = backend.pid, backend.port
    restarted: list[int] = []
    helix.backend_restarted.connect(restarted.append)
    os.kill(old_pid, signal.SIGKILL)

    await until(lambda: bool(restarted), timeout=30)
    assert restarted == [-signal.SIGKILL]
    assert helix.backend is backend and backend.running
    assert backend.pid != old_pid and backend.port == port  # same address: no new login
    assert "重新启动" in window.statusBar().currentMessage()
    assert helix.login_dialog is None
    assert helix.session.user is not None

    # The run view reconnects and learns that the batch was interrupted.
    await until(lambda: helix.run.status == "INTERRUPTED", timeout=30)
    assert helix.run.batch_id == batch
    assert 2 <= helix.run.completed < 30
    await until(lambda: page.resume_button.isVisible() and page.resume_button.isEnabled())
    shot(window, "main_window_server_restarted")

    await point_at_bot(client, demo_bot_factory, latency_ms=5, max_workers=4)
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    await until(lambda: helix.run.status == "COMPLETED", timeout=30)
    report = await finished_report(client, batch)
    assert report.completed_count == helix.run.completed == 30
    assert report.pass_count == helix.run.counts["PASS"] == 30


async def test_a_server_that_keeps_dying_is_reported_not_restarted_forever(
    helix: Any, qtbot: Any
) -> None:
    from helix_desktop import app as app_module

    helix.start()
    await until(lambda: helix.backend is not None and helix.backend.running, timeout=30)
    lost: list[str] = []
    helix.backend_lost.connect(lost.append)
    restarted: list[int] = []
    helix.backend_restarted.connect(restarted.append)
    for kill in range(app_module.MAX_RESTARTS + 1):
        os.kill(helix.backend.pid, signal.SIGKILL)
        # Each death is answered by a restart (once up again), the last one by a report.
        await until(lambda: len(restarted) > kill or bool(lost), timeout=30)  # noqa: B023
    assert lost, "the app went on restarting a server that keeps dying"
    assert len(restarted) == app_module.MAX_RESTARTS
    assert "不断停止" in lost[0]
    assert not helix.backend.running
    box = helix.lost_box
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "本地服务"
    assert "backend.log" in box.informativeText()
    shot(box, "local_server_keeps_stopping")
    box.accept()
    await until(lambda: helix.lost_box is None)


async def test_quitting_during_a_run_asks_first(
    helix: Any, qtbot: Any, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    window, _page = await _running(helix, qtbot, demo_bot_factory, 40)
    quits: list[bool] = []
    helix.quit_requested.connect(lambda: quits.append(True))

    # Ctrl+Q (File -> Quit) in the active window.
    window.activateWindow()
    await until(window.isActiveWindow)
    page_table = window.page_widgets["run"].table
    page_table.setFocus()
    await until(page_table.hasFocus)
    qtbot.keyClick(page_table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: window.quit_box is not None and window.quit_box.isVisible())
    box = window.quit_box
    assert "正在运行" in box.text() and "/40" in box.text()
    shot(box, "quit_during_run")
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # keep running (the safe default)
    await until(lambda: window.quit_box is None)
    assert window.isVisible() and helix.run.running and not quits

    window.close()
    await until(lambda: window.quit_box is not None and window.quit_box.isVisible())
    qtbot.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)
    await until(lambda: bool(quits))
    assert not window.isVisible()
