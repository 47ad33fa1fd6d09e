"""Kill the server mid-run (SIGKILL), restart it: the batch is INTERRUPTED, results kept; resume."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from server.settings import Settings
from tests.conftest import RunningDemoBot, bearer
from tests.e2e.run_client import add_cases, batch_rows, configure, follow, start_run, wait_for
from tests.e2e.servers import ServerProcess

pytestmark = pytest.mark.e2e


@pytest.fixture
def server_process(settings: Settings, tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(settings.resolved_database_url(), tmp_path / "server-data")
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
