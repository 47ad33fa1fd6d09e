"""``allowed_bot_hosts``: the hosts runs and connection tests may make the server reach.

Found by a black-box attack: ``POST /config/test`` let any user make the server
fetch any URL and read the answer.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from fastapi import FastAPI
from pydantic import SecretStr
from starlette.responses import RedirectResponse
from starlette.types import Receive, Scope, Send

from server.app import create_app
from server.bot_hosts import BotHostPolicy, BotHostRefused
from server.db.models.autotest import Case
from server.settings import Settings
from tests.conftest import ROOT_PASSWORD, RunningDemoBot, bearer, login, serve_in_thread
from tests.server.run_support import run_to_the_end

EN = {"Accept-Language": "en"}


def test_policy_entries() -> None:
    policy = BotHostPolicy.parse("bot.example.com, *.corp.example  10.1.0.0/16,::1")
    assert policy.allows("https://bot.example.com/ask")
    assert policy.allows("http://BOT.example.com.:8080/ask")
    assert policy.allows("http://a.b.corp.example/ask")
    assert not policy.allows("http://corp.example.evil/ask")
    assert not policy.allows("http://evilbot.example.com/ask")
    assert policy.allows("http://10.1.200.3:9000/ask")
    assert not policy.allows("http://10.2.0.1/ask")
    assert policy.allows("http://[::1]:8050/ask")
    assert not policy.allows("http://127.0.0.1:8050/ask")
    assert not policy.allows("not a url")
    with pytest.raises(BotHostRefused) as caught:
        policy.check("http://169.254.169.254/latest/meta-data")
    assert "169.254.169.254" in caught.value.text.en
    assert BotHostPolicy.parse("").allows("http://anything.at.all/")


async def _root_client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            token = (await login(client, "root", ROOT_PASSWORD))["access_token"]
            client.headers.update(bearer(token))
            yield client


def _app(settings: Settings, allowed: str) -> FastAPI:
    return create_app(
        settings.model_copy(
            update={"allowed_bot_hosts": allowed, "initial_root_password": SecretStr(ROOT_PASSWORD)}
        )
    )


async def _run_to_the_end(app: FastAPI, client: httpx.AsyncClient) -> list[dict]:
    async with app.state.database.session() as session:
        session.add(Case(question="星河科技最新的市盈率是多少", expected_keywords=""))
        await session.commit()
    return await run_to_the_end(client)


async def test_connection_test_to_a_host_not_allowed_is_400(
    settings: Settings, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory()
    app = _app(settings, "bot.example.com")
    async for client in _root_client(app):
        response = await client.post("/config", json={"bot_url": bot.ask_url})
        assert response.status_code == 200
        response = await client.post("/config/test", json={}, headers=EN)
        assert response.status_code == 400, response.text
        assert "may not reach this bot host: 127.0.0.1" in response.json()["detail"]
        response = await client.post(
            "/config/test", json={"overrides": {"bot_url": "http://169.254.169.254/x"}}
        )
        assert response.status_code == 400
        assert "服务器不允许访问" in response.json()["detail"]
    assert bot.stats()["requests"] == 0


async def test_runs_never_reach_a_host_not_allowed(
    settings: Settings, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory()
    app = _app(settings, "10.0.0.0/8")
    async for client in _root_client(app):
        response = await client.post("/config", json={"bot_url": bot.ask_url, "max_retries": 2})
        assert response.status_code == 200
        details = await _run_to_the_end(app, client)
        assert [d["result"] for d in details] == ["ERROR"]
        assert "服务器不允许访问该机器人地址: 127.0.0.1" in details[0]["message"]
    assert bot.stats()["requests"] == 0


async def test_a_redirect_cannot_leave_the_allowed_hosts(
    settings: Settings, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory()
    target = bot.ask_url.replace("127.0.0.1", "localhost")

    async def redirector(scope: Scope, receive: Receive, send: Send) -> None:
        await RedirectResponse(target, status_code=307)(scope, receive, send)

    hop = serve_in_thread(redirector)
    try:
        app = _app(settings, "127.0.0.1")
        async for client in _root_client(app):
            response = await client.post("/config", json={"bot_url": hop.url + "/ask"})
            assert response.status_code == 200
            details = await _run_to_the_end(app, client)
            assert [d["result"] for d in details] == ["ERROR"]
            assert "localhost" in details[0]["message"]
    finally:
        hop.stop()
    assert bot.stats()["requests"] == 0


async def test_allowed_hosts_are_reached(
    settings: Settings, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory()
    app = _app(settings, "127.0.0.1")
    async for client in _root_client(app):
        response = await client.post("/config", json={"bot_url": bot.ask_url})
        assert response.status_code == 200
        response = await client.post("/config/test", json={})
        assert response.status_code == 200, response.text
        assert response.json()["ok"] is True
