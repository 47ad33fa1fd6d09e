"""``helix server`` as a real process, as a team runs it (one of several, perhaps)."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import httpx

from helix_desktop.local_backend import free_port
from tests.conftest import ROOT_PASSWORD
from tests.processes import helix_process, stop_process, wait_healthy

__all__ = ["SECRET_KEY", "ServerProcess"]

# Every process of a team server signs tokens with the same key.
SECRET_KEY = "e2e-secret-key-0123456789abcdef0123456789"


class ServerProcess:
    """``helix server`` on a free port; ``start`` answers a root access token."""

    def __init__(
        self,
        database_url: str,
        data_dir: Path,
        *,
        args: list[str] | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.database_url = database_url
        self.data_dir = data_dir
        self.args = args or []
        self.env = env or {}
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""

    @property
    def ws_url(self) -> str:
        return self.url.replace("http://", "ws://")

    async def start(self) -> str:
        port = free_port()
        env = {
            **os.environ,
            "HELIX_SECRET_KEY": SECRET_KEY,
            "HELIX_INITIAL_ROOT_PASSWORD": ROOT_PASSWORD,
            **self.env,
        }
        self.process = helix_process(
            [
                "server",
                "--port",
                str(port),
                "--data-dir",
                str(self.data_dir),
                "--database-url",
                self.database_url,
                "--log-level",
                "warning",
                *self.args,
            ],
            env=env,
        )
        self.url = f"http://127.0.0.1:{port}"
        await wait_healthy(f"{self.url}/health", self.process)
        async with httpx.AsyncClient() as client:
            response = await client.post(
                f"{self.url}/api/v1/auth/login",
                json={"username": "root", "password": ROOT_PASSWORD},
            )
            assert response.status_code == 200, response.text
            return str(response.json()["access_token"])

    def kill(self) -> None:
        """SIGKILL: no shutdown of any kind."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)
