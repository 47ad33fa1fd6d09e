"""``RunStream`` reconnects and never delivers a finished case twice (real uvicorn + Starlette)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket

from helix_desktop.client.api import HelixClient
from helix_desktop.client.errors import ApiError, StreamFailed
from helix_desktop.local_backend import free_port


def _update(case_id: int) -> dict[str, Any]:
    return {
        "type": "update",
        "case_id": case_id,
        "result": {"case_id": case_id, "result": "PASS", "message": "", "duration": 0.1},
    }


class FlakyRun:
    """A batch of 4 cases whose socket drops twice; each connection replays what finished."""

    def __init__(self) -> None:
        self.connections = 0
        self.tokens: list[str | None] = []
        self.finished: list[int] = []

    async def endpoint(self, websocket: WebSocket) -> None:
        self.tokens.append(websocket.headers.get("authorization"))
        await websocket.accept()
        self.connections += 1
        if websocket.path_params["batch_id"] == "unknown":
            await websocket.send_json({"type": "error", "message": "批次不存在"})
            await websocket.close()
            return
        await websocket.send_json({"type": "init", "batch_id": "b1", "cases": []})
        for case_id in self.finished:  # the replay
            await websocket.send_json(_update(case_id))
        # Each connection finishes two more cases live, then the first two drop.
        for _ in range(2):
            case_id = len(self.finished) + 1
            if case_id > 4:
                break
            await websocket.send_json({"type": "running", "case_id": case_id})
            self.finished.append(case_id)
            await websocket.send_json(_update(case_id))
        if self.connections < 3:
            await websocket.close(code=1011)  # dropped mid-run
            return
        await websocket.send_json({"type": "done", "status": "COMPLETED", "total_count": 4})
        await websocket.close()


@pytest.fixture
def flaky() -> Iterator[tuple[FlakyRun, str]]:
    run = FlakyRun()
    app = Starlette(routes=[WebSocketRoute("/run/ws/{batch_id}", run.endpoint)])
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, ws="wsproto")
    )
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        threading.Event().wait(0.01)  # uvicorn offers no started event to wait on
    yield run, f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


async def test_reconnects_and_delivers_each_case_once(flaky: tuple[FlakyRun, str]) -> None:
    run, url = flaky
    client = HelixClient(url)
    client.auth.tokens = None
    try:
        stream = client.run_stream("b1", initial_delay=0.01)
        messages = [m async for m in stream]
    finally:
        await client.aclose()
    updates = [m["case_id"] for m in messages if m["type"] == "update"]
    assert updates == [1, 2, 3, 4]
    assert messages[-1]["type"] == "done"
    assert [m["type"] for m in messages].count("init") == 3
    assert run.connections == 3
    assert stream.connections == 3


async def test_sends_the_access_token(flaky: tuple[FlakyRun, str]) -> None:
    from helix_desktop.client.auth import TokenPair

    run, url = flaky
    client = HelixClient(url)
    client.auth.tokens = TokenPair("access-1", "refresh-1")
    try:
        async for message in client.run_stream("b1", initial_delay=0.01):
            if message["type"] == "init":
                break
    finally:
        await client.aclose()
    assert run.tokens[0] == "Bearer access-1"


async def test_error_message_ends_the_stream(flaky: tuple[FlakyRun, str]) -> None:
    run, url = flaky
    client = HelixClient(url)
    try:
        messages = [m async for m in client.run_stream("unknown", initial_delay=0.01)]
    finally:
        await client.aclose()
    assert messages == [{"type": "error", "message": "批次不存在"}]
    assert run.connections == 1


async def test_refused_upgrade_is_an_api_error_without_retry(flaky: tuple[FlakyRun, str]) -> None:
    _, url = flaky
    client = HelixClient(url)
    try:
        with pytest.raises(ApiError) as caught:
            async for _ in client.run_stream("b1/extra", initial_delay=0.01):
                pass
    finally:
        await client.aclose()
    assert caught.value.status in (403, 404)


async def test_gives_up_when_the_server_is_gone() -> None:
    client = HelixClient(f"http://127.0.0.1:{free_port()}")
    try:
        with pytest.raises(StreamFailed) as caught:
            async for _ in client.run_stream("b1", initial_delay=0.01, max_failures=2):
                pass
    finally:
        await client.aclose()
    assert "重连失败" in str(caught.value)
