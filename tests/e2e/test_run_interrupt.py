"""Kill the server mid-run (SIGKILL), restart it: the batch is INTERRUPTED, results kept; resume."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from helix_desktop.local_backend import free_port
from server.settings import Settings
from tests.conftest import ROOT_PASSWORD, RunningDemoBot, bearer
from tests.e2e.run_client import add_cases, batch_rows, configure, follow, start_run, wait_for
from tests.processes import helix_process, stop_process, wait_healthy

pytestmark = pytest.mark.e2e


class ServerProcess:
    """``helix server`` in a subprocess, as a team would run it."""

    def __init__(self, settings: Settings, data_dir: Path) -> None:
        self.settings = settings
        self.data_dir = data_dir
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""

    async def start(self) -> str:
        port = free_port()
        env = {
            **os.environ,
            "HELIX_SECRET_KEY": "e2e-secret-key-0123456789abcdef0123456789",
            "HELIX_INITIAL_ROOT_PASSWORD": ROOT_PASSWORD,
        }
        self.process = helix_process(
            [
                "server",
                "--port",
                str(port),
                "--data-dir",
                str(self.data_dir),
                "--database-url",
                self.settings.resolved_database_url(),
                "--log-level",
                "warning",
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
            return response.json()["access_token"]

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None:
            stop_process(self.process)


@pytest.fixture
def server_process(settings: Settings, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(settings, tmp_path / "server-data")
    yield process
    process.stop()


async def test_kill_restart_interrupted_then_resume(
    server_process: ServerProcess,
    settings: Settings,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=150)
    token = await server_process.start()
    ids = await add_cases(
        settings,
        [
            {"question": f"云帆电子的市净率 #{n}", "expected_keywords": "000987.SZ,PB"}
            for n in range(24)
        ],
    )
    async with httpx.AsyncClient(base_url=server_process.url, headers=bearer(token)) as client:
        await configure(client, bot_url=bot.ask_url, max_workers=2)
        batch_id = (await start_run(client))["batch_id"]

    async def some_results() -> bool:
        _, rows = await batch_rows(settings, batch_id)
        return sum(r.result is not None for r in rows) >= 4

    await wait_for(some_results)
    server_process.kill()
    _, before = await batch_rows(settings, batch_id)
    kept = {(r.case_id, r.result, r.seq, r.actual_sql) for r in before if r.result is not None}
    assert 4 <= len(kept) < 24

    token = await server_process.start()
    ws_url = server_process.url.replace("http://", "ws://")
    async with httpx.AsyncClient(base_url=server_process.url, headers=bearer(token)) as client:
        assert (await client.get("/run/active-batches")).json() == []
        batch, after = await batch_rows(settings, batch_id)
        assert batch.status == "INTERRUPTED"
        assert batch.end_time is not None
        assert {(r.case_id, r.result, r.seq, r.actual_sql) for r in after if r.result} == kept
        assert batch.pass_count == len(kept)

        messages = await follow(ws_url, token, batch_id)
        assert [m["type"] for m in messages] == (
            ["init", "batch_status"] + ["update"] * len(kept) + ["done"]
        )
        assert messages[1]["status"] == messages[-1]["status"] == "INTERRUPTED"

        response = await client.post("/run/resume", params={"batch_id": batch_id})
        assert response.status_code == 200
        assert response.json()["message"] == "Test run resumed"
        assert len(response.json()["cases"]) == 24 - len(kept)
        messages = await follow(ws_url, token, batch_id)
        assert messages[-1]["status"] == "COMPLETED"
        assert messages[-1]["pass_count"] == 24
        updates = [m for m in messages if m["type"] == "update"]
        assert sorted(m["case_id"] for m in updates) == sorted(ids)
        assert [m["result"]["seq"] for m in updates] == list(range(1, 25))
