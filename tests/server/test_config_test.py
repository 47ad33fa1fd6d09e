"""``POST /config/test``: one question to the configured bot, answered with what happened."""

from __future__ import annotations

import logging
from collections.abc import Callable

import httpx
import pytest

from helix_desktop.local_backend import free_port
from server.contract.config import DEFAULT_TEST_QUESTION
from tests.conftest import RunningDemoBot


async def _configure(client: httpx.AsyncClient, **fields: object) -> None:
    response = await client.post("/config", json=fields)
    assert response.status_code == 200, response.text


async def test_default_question_against_the_demo_bot(
    root_client: httpx.AsyncClient, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory(latency_ms=10)
    await _configure(root_client, bot_url=bot.ask_url)
    response = await root_client.post("/config/test")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True
    assert body["question"] == DEFAULT_TEST_QUESTION
    assert body["sql"].startswith("SELECT ")
    assert "600901.SH" in body["sql"] and "LIMIT 1" in body["sql"]
    assert '"type": "ANSWER"' in body["raw_answer"] or '"ANSWER"' in body["raw_answer"]
    assert body["raw_truncated"] is False
    assert (body["status_code"], body["error"], body["attempts"]) == (200, None, 1)
    assert 0 < body["duration"] < 10
    assert body["bot_url"] == bot.ask_url
    assert bot.stats()["requests"] == 1


async def test_question_and_unsaved_overrides_are_used_but_not_saved(
    root_client: httpx.AsyncClient, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory(latency_ms=10, require_token="tok-123")
    await _configure(root_client, bot_url=bot.ask_url)
    refused = await root_client.post("/config/test", json={"question": "云帆电子的净利润"})
    assert refused.status_code == 200, refused.text
    body = refused.json()
    assert body["ok"] is False
    assert body["status_code"] == 401
    assert body["error"].startswith("HTTP 401")
    assert body["sql"] is None

    tried = await root_client.post(
        "/config/test",
        json={
            "question": "  2023年云帆电子的净利润  ",
            "overrides": {"user_token": "tok-123", "response_mode": "sse"},
        },
    )
    assert tried.status_code == 200, tried.text
    body = tried.json()
    assert body["ok"] is True, body
    assert body["question"] == "2023年云帆电子的净利润"
    assert "2023" in body["sql"] and "NET_PROFIT" in body["sql"]
    config = (await root_client.get("/config")).json()
    assert (config["user_token"], config["response_mode"]) == ("", "auto")


async def test_bot_errors_are_reported_not_raised(
    root_client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
    caplog: pytest.LogCaptureFixture,
) -> None:
    bot = demo_bot_factory(latency_ms=10)
    await _configure(
        root_client,
        bot_url=bot.ask_url,
        max_retries=1,
        retry_backoff=0.01,
        user_token="secret-token-xyz",
    )
    caplog.set_level(logging.DEBUG)
    response = await root_client.post(
        "/config/test", json={"question": "[fault:500]星河科技的市盈率"}
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["ok"], body["status_code"], body["attempts"]) == (False, 500, 2)
    assert body["error"].startswith("HTTP 500") and "已重试 1 次" in body["error"]
    assert "服务繁忙" in body["raw_answer"]

    no_answer = (
        await root_client.post("/config/test", json={"question": "[fault:no-answer]星河科技"})
    ).json()
    assert (no_answer["ok"], no_answer["status_code"]) == (False, 200)
    assert no_answer["error"] == "流已结束但没有回答: 未收到 ANSWER 事件或 SQL"

    nobody = f"http://127.0.0.1:{free_port()}/ask"
    refused = (
        await root_client.post(
            "/config/test", json={"overrides": {"bot_url": nobody, "max_retries": 0}}
        )
    ).json()
    assert (refused["ok"], refused["status_code"], refused["attempts"]) == (False, None, 1)
    assert refused["error"].startswith("无法连接问答机器人 127.0.0.1:")
    assert refused["bot_url"] == nobody
    assert "secret-token-xyz" not in caplog.text


async def test_validation_and_auth(
    client: httpx.AsyncClient, root_client: httpx.AsyncClient
) -> None:
    assert (await client.post("/config/test")).status_code == 401
    blank = await root_client.post("/config/test", json={"question": "   "})
    assert blank.status_code == 422
    unknown = await root_client.post("/config/test", json={"overrides": {"bot_ur": "x"}})
    assert unknown.status_code == 422
    bad_url = await root_client.post("/config/test", json={"overrides": {"bot_url": "ftp://x"}})
    assert bad_url.status_code == 422
    assert "http" in bad_url.json()["detail"]
    schema = (await root_client.get("/openapi.json")).json()
    assert "/config/test" in schema["paths"]
