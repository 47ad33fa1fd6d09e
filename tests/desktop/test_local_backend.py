"""``LocalBackend`` serves on loopback, on a free port, and stops cleanly."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx

from helix_desktop.local_backend import LocalBackend
from tests.desktop.conftest import backend_settings


def test_starts_on_loopback_and_stops(tmp_path: Path) -> None:
    backend = LocalBackend(settings=backend_settings(tmp_path / "data"))
    url = backend.start()
    try:
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{url}/health").json()["status"] == "ok"
        assert (tmp_path / "data" / "helix.db").exists()
    finally:
        backend.stop()
    assert not backend.running
    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", backend.port)) != 0  # nobody listens any more


def test_default_data_dir_is_the_per_user_dir() -> None:
    from server.settings import default_data_dir

    assert LocalBackend().settings.data_dir == default_data_dir()
