"""Stop mid-run (prompt, STOPPED, ``done`` sent), then resume what had no result."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
import pytest

from tests.conftest import LiveServer, RunningDemoBot
from tests.e2e.run_client import add_cases, batch_rows, configure, follow, start_run, wait_for

pytestmark = pytest.mark.e2e


async def test_stop_mid_run_then_resume(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=800)
    ids = await add_cases(
        live_server.settings,
        [{"question": f"星河科技的市盈率 #{n}", "expected_keywords": "PE"} for n in range(20)],
    )
    await configure(client, bot_url=bot.ask_url, max_workers=2)
    batch_id = (await start_run(client, case_ids=ids))["batch_id"]
    stream = asyncio.create_task(follow(live_server.ws_url, live_server.root_token, batch_id))

    async def two_done_and_two_in_flight() -> bool:
        _, rows = await batch_rows(live_server.settings, batch_id)
        return sum(r.result is not None for r in rows) >= 2 and bot.app.in_flight == 2

    await wait_for(two_done_and_two_in_flight)
    began = time.monotonic()
    response = await client.post("/run/stop", params={"batch_id": batch_id})
    elapsed = time.monotonic() - began
    assert response.status_code == 200
    assert response.json() == {"message": "测试已停止", "batch_id": batch_id, "status": "STOPPED"}
    # Cases in flight were cancelled, not awaited: they had ~700 ms to go.
    assert elapsed < 0.6

    messages = await stream
    assert messages[-1]["type"] == "done"
    assert messages[-1]["status"] == "STOPPED"
    finished = messages[-1]["completed_count"]
    assert 2 <= finished < 20
    assert len([m for m in messages if m["type"] == "update"]) == finished
    batch, rows = await batch_rows(live_server.settings, batch_id)
    assert batch.status == "STOPPED"
    assert batch.end_time is not None
    assert sum(r.result is None for r in rows) == 20 - finished
    assert (await client.get("/run/active-batches")).json() == []
    requests_at_stop = bot.stats()["requests"]

    again = await client.post("/run/stop", params={"batch_id": batch_id})
    assert again.status_code == 200
    assert again.json()["status"] == "STOPPED"
    assert again.json()["message"] == "批次已结束 (状态: STOPPED)"

    # No new case started after the stop.
    assert bot.stats()["requests"] == requests_at_stop

    await configure(client, max_workers=9)
    resumed = await client.post("/run/resume", params={"batch_id": batch_id})
    assert resumed.status_code == 200
    assert [c["id"] for c in resumed.json()["cases"]] == [
        r.case_id for r in rows if r.result is None
    ]
    messages = await follow(live_server.ws_url, live_server.root_token, batch_id)
    assert messages[-1]["status"] == "COMPLETED"
    updates = [m["case_id"] for m in messages if m["type"] == "update"]
    assert sorted(updates) == sorted(ids)
    assert [m["result"]["seq"] for m in messages if m["type"] == "update"] == list(range(1, 21))
    assert (await batch_rows(live_server.settings, batch_id))[0].max_workers == 9
    completed = await client.post("/run/resume", params={"batch_id": batch_id})
    assert completed.status_code == 409
