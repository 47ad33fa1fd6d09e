"""Shared fixtures: a real app on a real database, reached over ASGI."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Qt never needs a display in the test run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx
import pytest
from fastapi import FastAPI

from server.app import create_app
from server.settings import Settings
from tests.postgres import drop_postgres_database, fresh_postgres_database

ROOT_PASSWORD = "root-pass-1"
POSTGRES_URL = os.environ.get("HELIX_TEST_POSTGRES_URL")


def _database_params() -> list[object]:
    params: list[object] = ["sqlite"]
    if POSTGRES_URL:
        params.append(pytest.param("postgres", marks=pytest.mark.postgres))
    return params


@pytest.fixture(params=_database_params())
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "postgres":
        assert POSTGRES_URL
        url = await fresh_postgres_database(POSTGRES_URL)
        yield url
        await drop_postgres_database(url)
    else:
        yield f"sqlite+aiosqlite:///{tmp_path / 'helix.db'}"


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        secret_key="test-secret-key-0123456789abcdef0123456789",
    )


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


async def login(client: httpx.AsyncClient, username: str, password: str) -> dict:
    response = await client.post(
        "/api/v1/auth/login", json={"username": username, "password": password}
    )
    assert response.status_code == 200, response.text
    return response.json()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
async def root_token(client: httpx.AsyncClient) -> str:
    """An access token for ``root`` after the forced password change."""
    first = await login(client, "root", "root123")
    response = await client.post(
        "/api/v1/auth/change-password",
        json={"old_password": "root123", "new_password": ROOT_PASSWORD},
        headers=bearer(first["access_token"]),
    )
    assert response.status_code == 200, response.text
    return response.json()["access_token"]


@pytest.fixture
async def root_client(app: FastAPI, root_token: str) -> AsyncIterator[httpx.AsyncClient]:
    """A client logged in as root, ready to use every endpoint."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://testserver", headers=bearer(root_token)
    ) as c:
        yield c


@pytest.fixture
async def tester_client(
    app: FastAPI, root_client: httpx.AsyncClient
) -> AsyncIterator[httpx.AsyncClient]:
    """A client logged in as a fresh tester account."""
    response = await root_client.post(
        "/api/v1/users",
        json={"username": "tester1", "password": "tester-pass", "display_name": "测试员"},
    )
    assert response.status_code == 201, response.text
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        tokens = await login(c, "tester1", "tester-pass")
        c.headers.update(bearer(tokens["access_token"]))
        yield c


# Real servers on loopback ports (end-to-end tests; GUI tests reuse them).


@dataclass
class ThreadedServer:
    """A uvicorn server on a free 127.0.0.1 port, in a background thread."""

    app: Any
    url: str
    server: Any
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)


def serve_in_thread(app: Any) -> ThreadedServer:
    import uvicorn

    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted sockets only when the
    # listening socket says TCP; without it Nagle holds small SSE chunks ~40 ms on
    # keep-alive connections, and answer timelines stop matching the bot's latency.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        log_config=None,
        ws="wsproto",
        timeout_graceful_shutdown=2,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, daemon=True, name=f"uvicorn-{port}"
    )
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    return ThreadedServer(app=app, url=f"http://127.0.0.1:{port}", server=server, thread=thread)


@dataclass
class RunningDemoBot:
    url: str  # base URL
    ask_url: str  # the bot endpoint, ready for the ``bot_url`` config field
    app: Any  # the DemoBotApp, for its counters

    def stats(self) -> dict[str, Any]:
        return httpx.get(f"{self.url}/stats", timeout=5).json()


@pytest.fixture
def demo_bot_factory() -> Iterator[Callable[..., RunningDemoBot]]:
    """Start demo bots with given options (``latency_ms=20, fault_rate=...``)."""
    from server.demo_bot.app import ASK_PATH, create_demo_bot_app
    from server.demo_bot.options import DemoBotOptions

    servers: list[ThreadedServer] = []

    def start(**options: Any) -> RunningDemoBot:
        options.setdefault("latency_ms", 20)
        app = create_demo_bot_app(DemoBotOptions(**options))
        server = serve_in_thread(app)
        servers.append(server)
        return RunningDemoBot(url=server.url, ask_url=server.url + ASK_PATH, app=app)

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def demo_bot(demo_bot_factory: Callable[..., RunningDemoBot]) -> str:
    """The ask URL of a demo bot (20 ms latency, no faults) on a free port."""
    return demo_bot_factory().ask_url


@dataclass
class LiveServer:
    url: str
    ws_url: str
    app: FastAPI
    settings: Settings
    root_token: str

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.root_token)


@pytest.fixture
def live_server(settings: Settings) -> Iterator[LiveServer]:
    """The Helix app under a real uvicorn on a free port; root logged in (no forced change)."""
    from pydantic import SecretStr

    live_settings = settings.model_copy(update={"initial_root_password": SecretStr(ROOT_PASSWORD)})
    app = create_app(live_settings)
    server = serve_in_thread(app)
    try:
        response = httpx.post(
            f"{server.url}/api/v1/auth/login",
            json={"username": "root", "password": ROOT_PASSWORD},
            timeout=10,
        )
        assert response.status_code == 200, response.text
        yield LiveServer(
            url=server.url,
            ws_url=server.url.replace("http://", "ws://"),
            app=app,
            settings=live_settings,
            root_token=response.json()["access_token"],
        )
    finally:
        server.stop()
