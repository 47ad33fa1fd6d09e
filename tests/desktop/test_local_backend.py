"""``LocalBackend``: a ``helix server`` child process on loopback and a free port (or,
``in_process``, a thread), that stops cleanly, never outlives the desktop, and says
why when it cannot start."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from helix_desktop.local_backend import BackendFailed, LocalBackend
from tests.desktop.conftest import backend_settings, shot, until


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); its state in /proc says it has exited.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[1].startswith("Z"))


def _wait_gone(pid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


def test_runs_as_a_child_process_on_loopback_and_stops(tmp_path: Path) -> None:
    backend = LocalBackend(settings=backend_settings(tmp_path / "data"))
    url = backend.start()
    try:
        assert url.startswith("http://127.0.0.1:")
        assert backend.pid is not None and backend.pid != os.getpid()
        assert backend.running
        assert httpx.get(f"{url}/health").json()["status"] == "ok"
        assert (tmp_path / "data" / "helix.db").exists()
    finally:
        pid = backend.pid
        backend.stop()
    assert not backend.running
    assert pid is not None and _wait_gone(pid)
    assert not _listening(backend.port)  # nobody listens any more


def test_settings_reach_the_child(tmp_path: Path) -> None:
    """The child reads the desktop's settings (root password, lifetimes), not its own
    environment: a HELIX_DATABASE_URL of the parent does not leak into a private backend."""
    os.environ["HELIX_DATABASE_URL"] = "postgresql://nobody@127.0.0.1:1/none"
    try:
        backend = LocalBackend(tmp_path / "data", root_password="first-pass-1", private=True)
        with backend:
            response = httpx.post(
                f"{backend.url}/api/v1/auth/login",
                json={"username": "root", "password": "first-pass-1"},
            )
            assert response.status_code == 200, response.text
            assert response.json()["user"]["must_change_password"] is False
    finally:
        del os.environ["HELIX_DATABASE_URL"]
    assert (tmp_path / "data" / "helix.db").exists()


def test_child_exits_when_the_desktop_is_killed(tmp_path: Path) -> None:
    """SIGKILL leaves no chance to clean up; the child notices its stdin closing."""
    script = textwrap.dedent(
        f"""
        import os, signal
        from helix_desktop.local_backend import LocalBackend
        from tests.desktop.conftest import backend_settings
        backend = LocalBackend(settings=backend_settings({str(tmp_path / "data")!r}))
        backend.start()
        print(backend.pid, backend.port, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    pid, port = (int(word) for word in done.stdout.split())
    assert _wait_gone(pid), "the local server outlived the desktop"
    assert not _listening(port)


def test_a_backend_that_cannot_start_says_why(tmp_path: Path) -> None:
    settings = backend_settings(
        tmp_path / "data", database_url="postgresql://nobody@127.0.0.1:1/none"
    )
    backend = LocalBackend(settings=settings)
    with pytest.raises(BackendFailed) as failed:
        backend.start(timeout=60)
    message = str(failed.value)
    # One line for the UI: uvicorn's exit code for a failed start-up and the cause.
    assert message.startswith("exit code 3: ConnectionRefusedError: ")
    assert "\n" not in message
    assert "Application startup failed" in failed.value.details  # the log's last lines
    assert not backend.running
    first_log = backend.log_path.read_text()
    with pytest.raises(BackendFailed):
        backend.start(timeout=60)
    assert (tmp_path / "data" / "backend.log.1").read_text() == first_log  # kept, not lost


async def test_the_login_dialog_says_why_the_local_server_did_not_start(
    qtbot: Any, preferences: Any, tmp_path: Path
) -> None:
    from tests.desktop.conftest import close_helix, make_helix

    settings = backend_settings(
        tmp_path / "data", database_url="postgresql://nobody@127.0.0.1:1/none"
    )
    app = make_helix(preferences, settings)
    try:
        app.start()
        dialog = app.login_dialog
        await until(lambda: dialog.message.isVisible(), timeout=60)
        text = dialog.message.text()
        assert dialog.message.kind == "error"
        assert text.startswith("本地服务无法启动")
        assert "exit code 3: ConnectionRefusedError" in text
        assert str(tmp_path / "data" / "backend.log") in text
        assert len(text.splitlines()) == 2  # a summary and where the log is, no traceback
        assert not dialog.login_button.isEnabled()
        assert dialog.server_label.text() == "未连接"
        # The dialog grew to show the whole message.
        assert dialog.message.geometry().bottom() < dialog.buttons.geometry().top()
        assert dialog.buttons.geometry().bottom() <= dialog.height()
        shot(dialog, "login_local_server_failed")
    finally:
        await close_helix(app)


def test_a_taken_port_is_chosen_again(tmp_path: Path) -> None:
    """The port is picked before the child binds it; another program may take it meanwhile."""
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        backend = LocalBackend(settings=backend_settings(tmp_path / "data"))
        backend.port = taken
        with backend:
            assert backend.port != taken
            assert httpx.get(f"{backend.url}/health").status_code == 200


def test_in_process_backend_runs_on_a_thread(tmp_path: Path) -> None:
    backend = LocalBackend(settings=backend_settings(tmp_path / "data"), in_process=True)
    with backend:
        assert backend.pid is None
        assert httpx.get(f"{backend.url}/health").json()["status"] == "ok"
    assert not backend.running
    assert not _listening(backend.port)


def test_default_data_dir_is_the_per_user_dir() -> None:
    from server.settings import default_data_dir

    assert LocalBackend().settings.data_dir == default_data_dir()
