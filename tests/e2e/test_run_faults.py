"""Every demo bot fault ends as a clear ERROR or a successful retry; batches always finish."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from helix_desktop.local_backend import free_port
from tests.conftest import LiveServer, RunningDemoBot
from tests.e2e.run_client import add_cases, configure, follow, start_run

pytestmark = pytest.mark.e2e

KEYS = "星河科技,600901.SH,市盈率,PE"

# question marker -> (result, message prefix); a case per fault kind and retry outcome.
SCRIPT = {
    "[fault:500]": ("ERROR", "HTTP 500: "),
    "[fault:500x1]": ("PASS", ""),
    "[fault:429]": ("ERROR", "HTTP 429: "),
    "[fault:429x2]": ("PASS", ""),
    "[fault:hang]": ("ERROR", "首字节超时: 0.5 秒内没有收到回答"),
    "[fault:reset]": ("ERROR", "连接中断 ("),
    "[fault:resetx1]": ("PASS", ""),
    "[fault:no-answer]": ("ERROR", None),
    "[fault:split]": ("PASS", ""),
}
NO_ANSWER = {
    "sse": "流已结束但没有回答: 未收到 ANSWER 事件或 SQL",
    "json": "回答中没有 SQL",
}


async def _results(live_server: LiveServer, client: httpx.AsyncClient, **body: object) -> dict:
    started = await start_run(client, **body)
    messages = await follow(live_server.ws_url, live_server.root_token, started["batch_id"])
    assert messages[-1]["type"] == "done"
    assert messages[-1]["status"] == "COMPLETED"
    return {m["case_id"]: m["result"] for m in messages if m["type"] == "update"}


@pytest.mark.parametrize("mode", ["sse", "json"])
async def test_each_fault_kind(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
    mode: str,
) -> None:
    bot = demo_bot_factory(latency_ms=20, mode=mode, hang_seconds=30)
    ids = await add_cases(
        live_server.settings,
        [
            {"question": f"{marker}星河科技的市盈率是多少", "expected_keywords": KEYS}
            for marker in SCRIPT
        ],
    )
    await configure(
        client,
        bot_url=bot.ask_url,
        max_workers=len(SCRIPT),
        retry_backoff=0.01,
        max_retries=2,
        first_byte_timeout=0.5,
    )
    results = await _results(live_server, client, case_ids=ids)
    assert len(results) == len(SCRIPT)
    for case_id, (marker, (result, prefix)) in zip(ids, SCRIPT.items(), strict=True):
        got = results[case_id]
        expected_message = NO_ANSWER[mode] if prefix is None else prefix
        assert got["result"] == result, (marker, got)
        if result == "PASS":
            assert got["message"] == ""
            assert "600901.SH" in got["actual_sql"]
        else:
            assert got["message"].startswith(expected_message), (marker, got["message"])
    retried = {m: r for m, r in zip(SCRIPT, (results[i] for i in ids), strict=True)}
    assert retried["[fault:500]"]["message"].endswith("(已重试 2 次)")
    assert retried["[fault:reset]"]["message"].endswith("(已重试 2 次)")
    # No retry for a hang (it already waited) nor for an answer without SQL.
    assert "重试" not in retried["[fault:hang]"]["message"]
    stats = bot.stats()
    assert stats["faults"]["500"] == 3 + 1
    assert stats["faults"]["429"] == 3 + 2
    assert stats["faults"]["hang"] == 1
    assert stats["duplicate_chat_ids"] == 0


async def test_random_faults_always_finish(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=10, fault_rate=0.4, wrong_rate=0.2, seed=7, hang_seconds=30)
    questions = [f"星河科技的市盈率是多少 #{n}" for n in range(40)]
    ids = await add_cases(
        live_server.settings, [{"question": q, "expected_keywords": KEYS} for q in questions]
    )
    await configure(
        client, bot_url=bot.ask_url, max_workers=8, retry_backoff=0.01, first_byte_timeout=0.5
    )
    results = await _results(live_server, client, case_ids=ids)
    assert sorted(results) == sorted(ids)
    kinds = {r["result"] for r in results.values()}
    assert kinds <= {"PASS", "FAIL", "ERROR"}
    assert "PASS" in kinds
    for result in results.values():
        if result["result"] == "PASS":
            assert result["message"] == ""
        else:
            assert result["message"]
    assert sum(bot.stats()["faults"].values()) > 0


async def test_token_modes_and_unreachable_bot(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=5, require_token="s3cret")
    ids = await add_cases(
        live_server.settings, [{"question": "星河科技的市盈率是多少", "expected_keywords": KEYS}]
    )
    await configure(client, bot_url=bot.ask_url, retry_backoff=0.01)
    result = (await _results(live_server, client, case_ids=ids))[ids[0]]
    assert (result["result"], result["message"]) == (
        "ERROR",
        'HTTP 401: 令牌无效或已过期 ({"error": "unauthorized", "message": "token required"})',
    )
    for mode in ("raw", "bearer"):
        await configure(client, user_token="s3cret", token_mode=mode)
        result = (await _results(live_server, client, case_ids=ids))[ids[0]]
        assert (result["result"], result["message"]) == ("PASS", ""), mode
    # Nothing listens on this port.
    port = free_port()
    await configure(
        client, bot_url=f"http://127.0.0.1:{port}/ask", max_retries=1, retry_backoff=0.01
    )
    result = (await _results(live_server, client, case_ids=ids))[ids[0]]
    assert result["result"] == "ERROR"
    assert result["message"].startswith(f"无法连接问答机器人 127.0.0.1:{port}: ")
    assert result["message"].endswith("(已重试 1 次)")
