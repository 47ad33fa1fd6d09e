"""``helix server`` on an empty data dir: the whole accounts flow over real HTTP."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from helix_desktop.local_backend import free_port
from tests.processes import helix_process, stop_process, wait_healthy_sync

pytestmark = pytest.mark.e2e


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    log_path = tmp_path / "server.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELIX_")}
    with log_path.open("wb") as log:
        process = helix_process(
            ["server", "--port", str(port), "--data-dir", str(tmp_path / "data")],
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_healthy_sync(
                f"{base}/health", process, why=lambda: log_path.read_text(errors="replace")
            )
            yield base, log_path
        finally:
            stop_process(process, how=signal.SIGINT, timeout=10)


def test_accounts_flow_over_real_http(server: tuple[str, Path], tmp_path: Path) -> None:
    base, log_path = server
    with httpx.Client(base_url=base, timeout=10) as http:
        assert http.get("/health").json() == {
            "status": "ok",
            "version": http.get("/health").json()["version"],
        }
        first = http.post("/api/v1/auth/login", json={"username": "root", "password": "root123"})
        assert first.status_code == 200
        assert first.json()["user"]["must_change_password"] is True
        token = first.json()["access_token"]
        assert (
            http.get("/api/v1/users", headers={"Authorization": f"Bearer {token}"}).status_code
            == 403
        )

        changed = http.post(
            "/api/v1/auth/change-password",
            json={"old_password": "root123", "new_password": "n3w-root-pass"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert changed.status_code == 200
        root = {"Authorization": f"Bearer {changed.json()['access_token']}"}

        created = http.post(
            "/api/v1/users",
            json={"username": "tester", "password": "tester-pass", "display_name": "测试"},
            headers=root,
        )
        assert created.status_code == 201
        assert created.json()["role"] == "tester"

        tester_login = http.post(
            "/api/v1/auth/login", json={"username": "tester", "password": "tester-pass"}
        )
        assert tester_login.status_code == 200
        tester = {"Authorization": f"Bearer {tester_login.json()['access_token']}"}
        assert http.get("/api/v1/users", headers=tester).status_code == 403
        assert http.get("/api/v1/auth/me", headers=tester).json()["username"] == "tester"

        refresh_token = tester_login.json()["refresh_token"]
        refreshed = http.post("/api/v1/auth/refresh", params={"refresh_token": refresh_token})
        assert refreshed.status_code == 200

    secret = tmp_path / "data" / "secret_key"
    assert secret.exists() and (secret.stat().st_mode & 0o777) == 0o600
    log = log_path.read_text(errors="replace")
    assert "/api/v1/auth/refresh" in log  # the access log is there...
    assert refresh_token not in log  # ...but the token in its query string is not
    for secret_text in ("n3w-root-pass", "tester-pass", "root123"):
        assert secret_text not in log
