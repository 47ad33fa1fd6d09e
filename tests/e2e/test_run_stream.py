"""The live WebSocket: replay + live with no gap and no duplicate, several clients, auth, pings."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import httpx
import pytest
from httpx_ws import WebSocketDisconnect, aconnect_ws

from tests.conftest import LiveServer, RunningDemoBot
from tests.e2e.run_client import add_cases, configure, follow, start_run, wait_for

pytestmark = pytest.mark.e2e

KEYS = "600901.SH,PE"


async def _cases(live_server: LiveServer, count: int, prefix: str = "") -> list[int]:
    return await add_cases(
        live_server.settings,
        [
            {"question": f"{prefix}星河科技的市盈率是多少 #{n}", "expected_keywords": KEYS}
            for n in range(count)
        ],
    )


async def _completed(client: httpx.AsyncClient, batch_id: str) -> int:
    response = await client.get("/run/active-batches")
    assert response.status_code == 200
    for batch in response.json():
        if batch["batch_id"] == batch_id:
            return batch["completed_count"]
    return -1  # finished


def _check_stream(messages: list[dict], case_ids: list[int], batch_id: str) -> list[tuple]:
    """The documented order, every finished case exactly once; the updates in order."""
    assert messages[0] == {
        "type": "init",
        "batch_id": batch_id,
        "cases": [
            {"id": i, "question": messages[0]["cases"][n]["question"]}
            for n, i in enumerate(case_ids)
        ],
        "repeat": 1,
    }
    assert messages[1]["type"] == "batch_status"
    assert messages[-1]["type"] == "done"
    assert messages[-1]["status"] == "COMPLETED"
    assert messages[-1]["completed_count"] == len(case_ids)
    assert {m["type"] for m in messages[2:-1]} <= {"update", "running", "batch_status", "ping"}
    # The original AutoTest web UI reads ``total`` / ``completed``: the same counts again.
    counted = [m for m in messages if m["type"] in ("batch_status", "done")]
    assert all(m["total"] == m["total_count"] == len(case_ids) for m in counted)
    assert all(m["completed"] == m["completed_count"] for m in counted)
    assert messages[-1]["completed"] == len(case_ids)
    updates = [m for m in messages if m["type"] == "update"]
    assert sorted(m["case_id"] for m in updates) == sorted(case_ids)
    seqs = [m["result"]["seq"] for m in updates]
    assert seqs == list(range(1, len(case_ids) + 1))
    return [(m["case_id"], m["result"]["result"], m["result"]["seq"]) for m in updates]


async def test_client_joining_mid_run_sees_every_result_once(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=40)
    ids = await _cases(live_server, 80)
    await configure(client, bot_url=bot.ask_url, max_workers=4)
    started = await start_run(client)
    batch_id = started["batch_id"]

    async def some_done() -> bool:
        return await _completed(client, batch_id) >= 15

    await wait_for(some_done)
    late = await follow(live_server.ws_url, live_server.root_token, batch_id)
    assert late[1]["completed_count"] >= 15
    replayed = [m for m in late[2 : 2 + late[1]["completed_count"]]]
    assert all(m["type"] == "update" for m in replayed)
    _check_stream(late, ids, batch_id)
    assert bot.stats()["max_in_flight"] <= 4

    # A client that comes after the end gets init, status, every update, done; then close.
    after = await follow(live_server.ws_url, live_server.root_token, batch_id)
    assert [m["type"] for m in after] == ["init", "batch_status"] + ["update"] * 80 + ["done"]
    assert _check_stream(after, ids, batch_id) == _check_stream(late, ids, batch_id)


async def test_two_clients_see_the_same_stream(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=30, wrong_rate=0.3, seed=3)
    ids = await _cases(live_server, 40)
    await configure(client, bot_url=bot.ask_url, max_workers=5)
    batch_id = (await start_run(client, case_ids=ids))["batch_id"]
    first = asyncio.create_task(follow(live_server.ws_url, live_server.root_token, batch_id))

    async def some_done() -> bool:
        return await _completed(client, batch_id) >= 5

    await wait_for(some_done)
    second = asyncio.create_task(follow(live_server.ws_url, live_server.root_token, batch_id))
    a, b = await asyncio.gather(first, second)
    stream_a = _check_stream(a, ids, batch_id)
    assert stream_a == _check_stream(b, ids, batch_id)
    assert {r for _, r, _ in stream_a} == {"PASS", "FAIL"}
    assert any(m["type"] == "running" for m in a)


async def test_websocket_auth_unknown_batch_and_pings(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    async with httpx.AsyncClient() as http:
        # No token: one error message, then close 4401.
        async with aconnect_ws(f"{live_server.ws_url}/run/ws/abc", http) as ws:
            message = json.loads(await ws.receive_text())
            assert message["type"] == "error"
            assert message["message"]
            with pytest.raises(WebSocketDisconnect) as closed:
                await ws.receive_text()
            assert closed.value.code == 4401
        # A bad token.
        async with aconnect_ws(f"{live_server.ws_url}/run/ws/abc?token=nope", http) as ws:
            assert json.loads(await ws.receive_text())["type"] == "error"
            with pytest.raises(WebSocketDisconnect) as closed:
                await ws.receive_text()
            assert closed.value.code == 4401
        # Token in the header; unknown batch: one error naming it, then close.
        async with aconnect_ws(
            f"{live_server.ws_url}/run/ws/no-such-batch/",
            http,
            headers={**live_server.headers, "Accept-Language": "en"},
        ) as ws:
            assert json.loads(await ws.receive_text()) == {
                "type": "error",
                "message": "Batch not found: no-such-batch",
            }
            with pytest.raises(WebSocketDisconnect):
                await ws.receive_text()

    # An idle connection gets pings.
    live_server.app.state.engine.ping_interval = 0.2
    bot = demo_bot_factory(latency_ms=1500)
    ids = await _cases(live_server, 1, prefix="slow ")
    await configure(client, bot_url=bot.ask_url)
    batch_id = (await start_run(client, case_ids=ids))["batch_id"]
    messages = await follow(live_server.ws_url, live_server.root_token, batch_id)
    assert [m["type"] for m in messages[:2]] == ["init", "batch_status"]
    assert messages.count({"type": "ping"}) >= 3
    assert messages[-1]["type"] == "done"


async def test_several_batches_run_at_once(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=40)
    first_ids = await _cases(live_server, 20, prefix="A ")
    second_ids = await _cases(live_server, 20, prefix="B ")
    await configure(client, bot_url=bot.ask_url, max_workers=2)
    first = (await start_run(client, case_ids=first_ids))["batch_id"]
    second = (await start_run(client, case_ids=second_ids))["batch_id"]
    response = await client.get("/run/active-batches")
    assert response.status_code == 200
    assert {b["batch_id"] for b in response.json()} == {first, second}
    assert all(b["max_workers"] == 2 for b in response.json())
    a, b = await asyncio.gather(
        follow(live_server.ws_url, live_server.root_token, first),
        follow(live_server.ws_url, live_server.root_token, second),
    )
    _check_stream(a, first_ids, first)
    _check_stream(b, second_ids, second)
    # Both pools were busy together: up to 2 + 2 requests in flight.
    assert 2 < bot.stats()["max_in_flight"] <= 4
