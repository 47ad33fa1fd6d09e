"""The bot adapter: the request it builds from the config, and its timeouts against a real bot."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable

import httpx
import pytest

from server.contract.config import ConfigResponse
from server.runs.runner.adapter import BotAdapter, BotClients, ChatIds
from tests.conftest import RunningDemoBot


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    clients = BotClients()
    yield clients.acquire()
    await clients.aclose()


def _adapter(**fields: object) -> BotAdapter:
    return BotAdapter(ConfigResponse.model_validate(fields), chat_ids=ChatIds())


def test_post_request_from_the_body_template(http: httpx.AsyncClient) -> None:
    adapter = _adapter(
        user_token="tok",
        headers={"Tenant-Id": "t9", "Origin": "http://bot"},
        body_template={
            "q": "{question}",
            "chatId": "{chat_id}",
            "case": "{case_id}",
            "note": "case {case_id}: {question}",
            "nested": [{"id": "{chat_id}"}],
            "flag": False,
        },
    )
    request = adapter._request(http, question="星河科技的市盈率", case_id=42)
    body = json.loads(request.content)
    assert body["q"] == "星河科技的市盈率"
    assert isinstance(body["chatId"], int)
    assert body["case"] == 42
    assert body["note"] == "case 42: 星河科技的市盈率"
    assert body["nested"] == [{"id": body["chatId"]}]
    assert body["flag"] is False
    assert request.method == "POST"
    assert request.headers["Authorization"] == "tok"
    assert request.headers["Tenant-Id"] == "t9"
    assert request.headers["Accept"] == "text/event-stream, application/json"
    # Chat ids are unique per request (each process counts in its own slot).
    again = json.loads(adapter._request(http, question="x", case_id=1).content)
    assert again["chatId"] == body["chatId"] + ChatIds.SLOTS


def test_token_modes_get_and_accept(http: httpx.AsyncClient) -> None:
    request = _adapter(user_token="t", token_mode="bearer")._request(http, question="q", case_id=1)
    assert request.headers["Authorization"] == "Bearer t"
    request = _adapter(
        user_token="t", token_mode="header", token_header="X-Token", response_mode="json"
    )._request(http, question="q", case_id=1)
    assert request.headers["X-Token"] == "t"
    assert "Authorization" not in request.headers
    assert request.headers["Accept"] == "application/json"
    assert "Authorization" not in _adapter()._request(http, question="q", case_id=1).headers
    request = _adapter(
        bot_method="GET", body_template={"q": "{question}", "n": "{case_id}", "o": {"a": 1}}
    )._request(http, question="问题", case_id=3)
    assert request.method == "GET"
    assert request.url.params["q"] == "问题"
    assert request.url.params["n"] == "3"
    assert request.url.params["o"] == '{"a": 1}'
    assert request.content == b""


async def test_timeouts_say_which(
    http: httpx.AsyncClient, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory(latency_ms=1000)
    whole = _adapter(bot_url=bot.ask_url, total_timeout=0.3)
    answer = await whole.ask(http, question="星河科技的市盈率是多少", case_id=1)
    assert (answer.sql, answer.error) == (None, "回答超时: 0.3 秒内未完成")
    # The first events come at 100 ms, the next only at 600 ms.
    gap = _adapter(bot_url=bot.ask_url, first_byte_timeout=0.3)
    answer = await gap.ask(http, question="星河科技的市盈率是多少", case_id=1)
    assert answer.error == "读取超时: 回答中断超过 0.3 秒"
    assert "QUESTION_INTERPRETATION" in answer.raw
    fine = _adapter(bot_url=bot.ask_url)
    answer = await fine.ask(http, question="星河科技的市盈率是多少", case_id=1)
    assert answer.error is None
    assert answer.sql is not None and "600901.SH" in answer.sql
    assert answer.attempts == 1
