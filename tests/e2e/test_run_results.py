"""A run against the real demo bot gives exactly the expected PASS, FAIL and ERROR results."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from tests.conftest import LiveServer, RunningDemoBot
from tests.e2e.run_client import add_cases, batch_rows, configure, follow, start_run

pytestmark = pytest.mark.e2e

KEYS = "星河科技,600901.SH,市盈率,PE"
CASES = [
    # question, keywords, conditions, expected result, expected message
    ("星河科技的市盈率是多少", KEYS, None, "PASS", ""),
    ("星河科技最新的市盈率", KEYS, "ORDER BY, LIMIT 1", "PASS", ""),
    ("2023年云帆电子的净利润", "云帆电子,000987.SZ,净利润,NET_PROFIT", "2023", "PASS", ""),
    (
        "青岚制药最近一年的总资产走势",
        "青岚制药,600312.SH,总资产,TOT_ASSETS",
        "ORDER BY",
        "PASS",
        "",
    ),
    (
        "[wrong]青岚制药的营业收入是多少",
        "青岚制药,600312.SH,营业收入,OPER_REV",
        None,
        "FAIL",
        "缺关键字: 600312.SH",
    ),
    (
        "查一下北辰能源的市净率",
        "北辰能源,601866.SH,PB,ROE",
        "2024；LIMIT 1",
        "FAIL",
        "缺关键字: ROE; 缺条件: 2024",
    ),
    (
        "[fault:500]星河科技的市销率是多少",
        "PS",
        None,
        "ERROR",
        'HTTP 500: {"error": "internal error", "message": "服务繁忙"} (已重试 2 次)',
    ),
    (
        "[fault:no-answer]星河科技的股息率是多少",
        "DIVIDEND_YIELD",
        None,
        "ERROR",
        "流已结束但没有回答: 未收到 ANSWER 事件或 SQL",
    ),
]


async def test_pass_fail_error_run_and_rerun_of_failures(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=20)
    ids = await add_cases(
        live_server.settings,
        [
            {"question": q, "expected_keywords": k, "expected_conditions": c}
            for q, k, c, _, _ in CASES
        ],
    )
    await configure(client, bot_url=bot.ask_url, max_workers=3, retry_backoff=0.01)
    started = await start_run(client, case_ids=[])
    assert started["message"] == "Test run started"
    assert started["cases"] == [
        {"id": i, "question": c[0]} for i, c in zip(ids, CASES, strict=True)
    ]

    messages = await follow(live_server.ws_url, live_server.root_token, started["batch_id"])
    assert messages[0]["type"] == "init"
    assert messages[1]["type"] == "batch_status"
    assert messages[-1]["type"] == "done"
    assert messages[-1]["status"] == "COMPLETED"
    updates = {m["case_id"]: m["result"] for m in messages if m["type"] == "update"}
    assert len([m for m in messages if m["type"] == "update"]) == len(CASES)
    for case_id, (question, _, _, result, message) in zip(ids, CASES, strict=True):
        got = updates[case_id]
        assert (got["question"], got["result"], got["message"]) == (question, result, message)
        assert got["duration"] > 0
        if result != "ERROR":
            assert got["actual_sql"].startswith("SELECT ")
    done = messages[-1]
    assert (done["pass_count"], done["fail_count"], done["error_count"]) == (4, 2, 2)
    assert done["total_count"] == done["completed_count"] == len(CASES)
    # 1 + 2 retries for the always-500 case.
    assert bot.stats()["faults"]["500"] == 3
    assert bot.stats()["duplicate_chat_ids"] == 0

    batch, rows = await batch_rows(live_server.settings, started["batch_id"])
    assert batch.status == "COMPLETED"
    assert (batch.pass_count, batch.fail_count, batch.error_count) == (4, 2, 2)
    assert sorted(r.seq for r in rows) == list(range(1, len(CASES) + 1))
    assert all(r.raw_answer for r in rows if r.result != "ERROR")
    assert "ANSWER" in rows[0].raw_answer

    # Re-run only the failed and errored cases.
    rerun = await start_run(client, rerun_of=started["batch_id"])
    assert [c["id"] for c in rerun["cases"]] == ids[4:]
    messages = await follow(live_server.ws_url, live_server.root_token, rerun["batch_id"])
    assert messages[-1]["status"] == "COMPLETED"
    results = [m["result"]["result"] for m in messages if m["type"] == "update"]
    assert sorted(results) == ["ERROR", "ERROR", "FAIL", "FAIL"]
    batch, _ = await batch_rows(live_server.settings, rerun["batch_id"])
    assert batch.rerun_of == started["batch_id"]


async def test_execution_comparison_against_a_validation_database(
    live_server: LiveServer,
    client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
    tmp_path: Path,
) -> None:
    path = tmp_path / "validation.db"
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE a_share_eod_valuation "
            "(S_INFO_NAME TEXT, S_INFO_WINDCODE TEXT, PE REAL, TRADE_DT TEXT)"
        )
        conn.executemany(
            "INSERT INTO a_share_eod_valuation VALUES (?, ?, ?, ?)",
            [
                ("星河科技", "600901.SH", 23.41, "20240102"),
                ("星河科技", "600901.SH", 22.0, "20240101"),
            ],
        )
    conn.close()
    latest = (
        "SELECT S_INFO_NAME, S_INFO_WINDCODE, PE FROM a_share_eod_valuation "
        "WHERE S_INFO_WINDCODE = '600901.SH' ORDER BY TRADE_DT DESC LIMIT 1"
    )
    ids = await add_cases(
        live_server.settings,
        [
            {"question": "星河科技最新的市盈率", "expected_keywords": KEYS, "expected_sql": latest},
            {
                "question": "[wrong]星河科技最新的市盈率",
                "expected_keywords": "PE",
                "expected_sql": latest,
            },
            {
                "question": "2023年星河科技的市盈率",
                "expected_keywords": "PE",
                "expected_sql": latest,
            },
        ],
    )
    bot = demo_bot_factory(latency_ms=10)
    await configure(client, bot_url=bot.ask_url, validation_db_url=f"sqlite:///{path}")
    started = await start_run(client, case_ids=ids)
    messages = await follow(live_server.ws_url, live_server.root_token, started["batch_id"])
    results = {m["case_id"]: m["result"] for m in messages if m["type"] == "update"}

    def outcome(case_id: int) -> list[tuple[str, str, str]]:
        return [(c["check"], c["result"], c["message"]) for c in results[case_id]["checks"]]

    # The bot filters on the name as well: another structure, the same rows. An
    # execution PASS excuses the structure (the default policy, sql_either).
    assert (results[ids[0]]["result"], results[ids[0]]["message"]) == ("PASS", "")
    assert [(c, r) for c, r, _ in outcome(ids[0])] == [
        ("keywords", "PASS"),
        ("structure", "FAIL"),
        ("execution", "PASS"),
    ]
    assert results[ids[1]]["result"] == "FAIL"
    assert outcome(ids[1])[-1] == ("execution", "FAIL", "执行结果不一致: 期望 3 列, 实际 2 列")
    assert results[ids[1]]["message"].endswith("; 执行结果不一致: 期望 3 列, 实际 2 列")
    assert results[ids[2]]["result"] == "FAIL"
    assert outcome(ids[2])[-1] == (
        "execution",
        "FAIL",
        "执行结果不一致: 期望 1 行, 实际 0 行, 缺少 1 行 (如 ('星河科技', '600901.SH', 23.41))",
    )
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM a_share_eod_valuation").fetchone() == (2,)
    conn.close()
