"""Repeats against a seeded, jittery demo bot: flakiness exactly where the bot flipped, timelines
that match its latencies, a case's history and the flaky-cases report."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from itertools import pairwise
from typing import Any

import httpx
import pytest

from server.demo_bot.faults import seeded_draw
from server.demo_bot.options import DemoBotOptions
from tests.conftest import LiveServer, RunningDemoBot
from tests.e2e.run_client import add_cases, configure, follow, start_run, wait_for

pytestmark = pytest.mark.e2e

LATENCY_MS, JITTER_MS, SEED, WRONG_RATE = 40.0, 60.0, 11, 0.35
REPEAT = 4
# The bot answers "wrong" by leaving out the company code, which every case expects.
QUESTIONS = [
    ("星河科技的市盈率是多少", "星河科技,600901.SH,市盈率,PE"),
    ("云帆电子的净利润是多少", "云帆电子,000987.SZ,净利润,NET_PROFIT"),
    ("青岚制药的总资产是多少", "青岚制药,600312.SH,总资产,TOT_ASSETS"),
    ("北辰能源的市净率是多少", "北辰能源,601866.SH,市净率,PB"),
    ("查一下星河科技的营业收入", "星河科技,600901.SH,营业收入,OPER_REV"),
    ("查一下云帆电子的市盈率", "云帆电子,000987.SZ,市盈率,PE"),
]
OPTIONS = DemoBotOptions(
    latency_ms=LATENCY_MS, jitter_ms=JITTER_MS, wrong_rate=WRONG_RATE, seed=SEED
)
# Slack for a loaded test machine: time spent outside the bot's own waiting.
SLACK_MS = 400.0


@pytest.fixture
async def client(live_server: LiveServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=live_server.url, headers=live_server.headers) as c:
        yield c


def _expected(question: str, ask: int) -> str:
    """The verdict of the ``ask``-th (1-based) ask of a question, as the seeded bot decides."""
    return "FAIL" if seeded_draw(OPTIONS, question, ask).wrong else "PASS"


def _check_timeline(result: dict[str, Any], question: str, ask: int) -> None:
    timeline = result["timeline"]
    bot_ms = LATENCY_MS + seeded_draw(OPTIONS, question, ask).jitter * 1000
    marks = [
        timeline[name]
        for name in (
            "request_ms",
            "headers_ms",
            "first_event_ms",
            "interpretation_ms",
            "answer_ms",
            "end_ms",
        )
    ]
    assert None not in marks, timeline
    assert marks == sorted(marks), timeline
    # The demo bot sends its first (interpretation) event at 10% of its latency and the
    # ANSWER at 100%; the timeline must show exactly that schedule, give or take the slack.
    assert bot_ms * 0.1 - 1 <= timeline["first_event_ms"] <= bot_ms * 0.1 + SLACK_MS
    assert timeline["interpretation_ms"] == timeline["first_event_ms"]
    assert bot_ms - 1 <= timeline["answer_ms"] <= bot_ms + SLACK_MS
    assert timeline["end_ms"] <= result["duration"] * 1000 + 1
    assert timeline["retries"] == []


async def test_repeats_find_flakiness_where_the_seeded_bot_flipped(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(
        latency_ms=LATENCY_MS, jitter_ms=JITTER_MS, wrong_rate=WRONG_RATE, seed=SEED
    )
    ids = await add_cases(
        live_server.settings,
        [{"question": q, "expected_keywords": k} for q, k in QUESTIONS],
    )
    expected = {
        case_id: [_expected(q, ask) for ask in range(1, REPEAT + 1)]
        for case_id, (q, _) in zip(ids, QUESTIONS, strict=True)
    }
    flaky = {c for c, verdicts in expected.items() if len(set(verdicts)) > 1}
    # The seed is chosen so that the run has flaky and stable cases both.
    assert flaky and flaky != set(ids)

    await configure(client, bot_url=bot.ask_url, max_workers=3)
    started = await start_run(client, case_ids=ids, repeat=REPEAT)
    assert [c["id"] for c in started["cases"]] == ids
    messages = await follow(live_server.ws_url, live_server.root_token, started["batch_id"])

    assert messages[0]["type"] == "init" and messages[0]["repeat"] == REPEAT
    assert [c["id"] for c in messages[0]["cases"]] == ids
    assert messages[1]["total_count"] == len(ids) * REPEAT
    updates = [m for m in messages if m["type"] == "update"]
    asks = sorted((u["case_id"], u["result"]["repeat_index"]) for u in updates)
    assert asks == sorted((c, r) for c in ids for r in range(REPEAT))
    questions = dict(zip(ids, (q for q, _ in QUESTIONS), strict=True))
    for update in updates:
        result = update["result"]
        case_id, ask = update["case_id"], result["repeat_index"] + 1
        assert update["repeat_index"] == result["repeat_index"]  # also on the message itself
        assert result["result"] == expected[case_id][ask - 1], (case_id, ask)
        _check_timeline(result, questions[case_id], ask)

    done = messages[-1]
    assert done["type"] == "done" and done["status"] == "COMPLETED"
    assert done["total_count"] == done["completed_count"] == len(ids) * REPEAT
    assert done["repeat"] == REPEAT
    assert done["stability"] == [
        {
            "case_id": c,
            "passed": expected[c].count("PASS"),
            "total": REPEAT,
            "flaky": c in flaky,
        }
        for c in ids
    ]
    # Every ask had its own chat id.
    assert bot.stats()["duplicate_chat_ids"] == 0
    assert bot.stats()["requests"] == len(ids) * REPEAT

    response = await client.get(f"/reports/{started['batch_id']}")
    assert response.status_code == 200
    report = response.json()
    assert (report["repeat"], report["case_count"], report["flaky_count"]) == (
        REPEAT,
        len(ids),
        len(flaky),
    )
    assert report["pass_count"] == sum(v.count("PASS") for v in expected.values())
    latency = report["latency"]
    assert latency["total"]["count"] == latency["time_to_sql"]["count"] == len(ids) * REPEAT
    durations = sorted(u["result"]["duration"] for u in updates)
    assert latency["total"]["p50"] == round(durations[len(durations) // 2 - 1], 4)
    assert latency["total"]["p99"] == round(durations[-1], 4)
    ttsql = latency["time_to_sql"]
    assert LATENCY_MS / 1000 <= ttsql["p50"] <= ttsql["p90"] <= ttsql["p99"]
    assert ttsql["p99"] <= (LATENCY_MS + JITTER_MS + SLACK_MS) / 1000
    assert latency["ttfb"]["p50"] <= ttsql["p50"]
    slowest = latency["slowest"]
    assert [s["duration"] for s in slowest] == sorted(durations, reverse=True)[:10]

    # A second batch asks each case once more (the bot's 5th ask of each question).
    again = await start_run(client, case_ids=ids)
    await follow(live_server.ws_url, live_server.root_token, again["batch_id"])
    for case_id in ids:
        expected[case_id].append(_expected(questions[case_id], REPEAT + 1))

    response = await client.get(f"/cases/{ids[0]}/history", params={"limit": 3})
    assert response.status_code == 200
    history = response.json()
    assert [h["batch_id"] for h in history] == [again["batch_id"]] + [started["batch_id"]] * 2
    assert history[0]["result"] == expected[ids[0]][REPEAT]
    assert history[0]["actual_sql"].startswith("SELECT ")
    default = (await client.get("/templates")).json()[0]
    assert {(h["target"], h["target_id"]) for h in history} == {(default["name"], default["id"])}
    assert history[0]["time"] >= history[1]["time"] >= history[2]["time"]
    assert {h["repeat_index"] for h in history[1:]} <= set(range(REPEAT))

    def flips(verdicts: list[str]) -> int:
        return sum(1 for a, b in pairwise(verdicts) if (a == "PASS") != (b == "PASS"))

    response = await client.get("/reports/flaky", params={"batches": 2})
    assert response.status_code == 200
    found = {f["case_id"]: f for f in response.json()}
    assert set(found) == {c for c in ids if flips(expected[c])}
    for case_id, entry in found.items():
        assert entry["flips"] == flips(expected[case_id])
        assert (entry["asks"], entry["batches"]) == (REPEAT + 1, 2)
        assert entry["last_batch_id"] == again["batch_id"]


async def test_timeline_records_retries_with_their_reason(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=50)
    [case_id] = await add_cases(
        live_server.settings,
        [{"question": "[fault:500x1]星河科技的市盈率是多少", "expected_keywords": "PE"}],
    )
    await configure(client, bot_url=bot.ask_url, max_workers=1, retry_backoff=0.05)
    started = await start_run(client, case_ids=[case_id])
    messages = await follow(live_server.ws_url, live_server.root_token, started["batch_id"])
    [update] = [m for m in messages if m["type"] == "update"]
    result = update["result"]
    assert result["result"] == "PASS"
    timeline = result["timeline"]
    [retry] = timeline["retries"]
    assert retry["reason"].startswith("HTTP 500")
    # The 500 comes at 10% of the latency; the second attempt starts after the backoff.
    assert 5 - 1 <= retry["at_ms"] <= 5 + SLACK_MS
    assert timeline["request_ms"] >= retry["at_ms"] + 50 - 1
    assert timeline["answer_ms"] >= timeline["request_ms"] + 50 - 1


async def test_a_client_joining_a_repeat_run_mid_way_gets_every_ask_once(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=30)
    ids = await add_cases(
        live_server.settings,
        [{"question": f"{q} #{n}", "expected_keywords": k} for n in range(3) for q, k in QUESTIONS],
    )
    await configure(client, bot_url=bot.ask_url, max_workers=3)
    batch_id = (await start_run(client, case_ids=ids, repeat=3))["batch_id"]

    async def some_done() -> bool:
        response = await client.get(f"/reports/{batch_id}")
        return response.json()["completed_count"] >= 12

    await wait_for(some_done)
    late = await follow(live_server.ws_url, live_server.root_token, batch_id)
    assert late[1]["completed_count"] >= 12
    asks = [(m["case_id"], m["result"]["repeat_index"]) for m in late if m["type"] == "update"]
    # Replayed and live together: every ask exactly once, in completion order.
    assert sorted(asks) == sorted((c, r) for c in ids for r in range(3))
    seqs = [m["result"]["seq"] for m in late if m["type"] == "update"]
    assert seqs == list(range(1, len(ids) * 3 + 1))
    assert late[-1]["type"] == "done"
    assert [s["total"] for s in late[-1]["stability"]] == [3] * len(ids)


async def test_a_stopped_repeat_run_resumes_the_asks_it_had_left(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=60)
    ids = await add_cases(
        live_server.settings, [{"question": q, "expected_keywords": k} for q, k in QUESTIONS]
    )
    await configure(client, bot_url=bot.ask_url, max_workers=2)
    batch_id = (await start_run(client, case_ids=ids, repeat=2))["batch_id"]

    async def some_done() -> bool:
        response = await client.get(f"/reports/{batch_id}")
        return response.json()["completed_count"] >= 3

    await wait_for(some_done)
    response = await client.post("/run/stop", params={"batch_id": batch_id})
    assert response.status_code == 200
    stopped = (await client.get(f"/reports/{batch_id}")).json()
    assert stopped["status"] == "STOPPED"
    assert 3 <= stopped["completed_count"] < len(ids) * 2

    response = await client.post("/run/resume", params={"batch_id": batch_id})
    assert response.status_code == 200
    # Each case named once, however many of its asks are left.
    resumed = [c["id"] for c in response.json()["cases"]]
    assert len(resumed) == len(set(resumed))
    messages = await follow(live_server.ws_url, live_server.root_token, batch_id)
    asks = [(m["case_id"], m["result"]["repeat_index"]) for m in messages if m["type"] == "update"]
    assert sorted(asks) == sorted((c, r) for c in ids for r in range(2))
    done = messages[-1]
    assert (done["status"], done["completed_count"]) == ("COMPLETED", len(ids) * 2)
    assert bot.stats()["requests"] >= len(ids) * 2
