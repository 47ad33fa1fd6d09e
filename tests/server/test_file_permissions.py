"""The data dir is 0700 and the database files 0600, like the signing key.

Found by a black-box attack: ``helix.db`` (password hashes, bot token) was created 0644.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from server.app import create_app
from server.settings import Settings


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("usual_umask")
async def test_data_dir_and_database_files_are_private(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    settings = Settings(data_dir=data_dir, initial_root_password="root-pass-1")
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await client.post(
                "/api/v1/auth/login", json={"username": "root", "password": "root-pass-1"}
            )
            assert response.status_code == 200
        files = sorted(p.name for p in data_dir.iterdir())
        assert "helix.db" in files and "secret_key" in files
        assert _mode(data_dir) == 0o700
        for name in files:
            assert _mode(data_dir / name) == 0o600, name


@pytest.mark.usefixtures("usual_umask")
async def test_an_existing_open_data_dir_is_closed_up(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o755)
    (data_dir / "helix.db").touch(mode=0o644)
    app = create_app(Settings(data_dir=data_dir, initial_root_password="root-pass-1"))
    async with app.router.lifespan_context(app):
        assert _mode(data_dir) == 0o700
        assert _mode(data_dir / "helix.db") == 0o600
