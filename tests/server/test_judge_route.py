"""``POST /judge``, ``GET /judge/validation``, and the checks a run records per result."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from server.db.models.autotest import Case
from tests.warehouse import POSTGRES_URL, _drop_postgres, _seed_postgres, _seed_sqlite

SQL = (
    "SELECT a.S_INFO_NAME, a.PE FROM a_share_eod_valuation a "
    "WHERE a.S_INFO_WINDCODE = '600901.SH' ORDER BY a.TRADE_DT DESC LIMIT 1"
)


async def test_judge_needs_a_login_and_a_valid_body(
    client: httpx.AsyncClient, root_client: httpx.AsyncClient
) -> None:
    assert (await client.post("/judge", json={"sql": SQL})).status_code == 401
    assert (await client.get("/judge/validation")).status_code == 401
    response = await root_client.post("/judge", json={"sql": ""})
    assert response.status_code == 422
    assert "sql" in response.json()["detail"]
    response = await root_client.post("/judge", json={"sql": SQL, "checks": ["keywords", "magic"]})
    assert response.status_code == 422
    response = await root_client.post("/judge", json={"sql": SQL, "expected": "x"})
    assert response.status_code == 422


async def test_judge_without_a_bot(tester_client: httpx.AsyncClient) -> None:
    response = await tester_client.post(
        "/judge", json={"sql": SQL, "expected_keywords": "PE, 600901.SH, ROE"}
    )
    assert response.status_code == 200
    assert response.json() == {
        "result": "FAIL",
        "message": "缺关键字: ROE",
        "checks": [{"check": "keywords", "result": "FAIL", "message": "缺关键字: ROE"}],
    }
    response = await tester_client.post("/judge", json={"sql": SQL})
    assert response.json()["result"] == "ERROR"
    assert response.json()["message"] == "用例没有任何预期"
    response = await tester_client.post(
        "/judge",
        json={
            "sql": SQL,
            "expected_sql": SQL.replace("LIMIT 1", "LIMIT 5"),
            "expected_conditions": "ORDER BY",
        },
        headers={"Accept-Language": "en"},
    )
    body = response.json()
    assert body["result"] == "FAIL"
    assert body["message"] == "LIMIT: expected 5, actual 1"
    assert [(c["check"], c["result"]) for c in body["checks"]] == [
        ("conditions", "PASS"),
        ("structure", "FAIL"),
    ]
    # ``checks`` narrows what runs.
    response = await tester_client.post(
        "/judge",
        json={
            "sql": SQL,
            "expected_sql": SQL.replace("LIMIT 1", "LIMIT 5"),
            "expected_conditions": "ORDER BY",
            "checks": ["conditions"],
        },
    )
    assert response.json()["result"] == "PASS"


async def test_hostile_sql_gets_a_verdict_not_a_500(root_client: httpx.AsyncClient) -> None:
    nested = "SELECT " + "(" * 3000 + "1" + ")" * 3000 + " FROM t"
    chain = "SELECT a FROM t WHERE " + " AND ".join(f"x{i} = {i}" for i in range(3000))
    response = await root_client.post("/judge", json={"sql": nested, "expected_sql": SQL})
    assert response.status_code == 200
    assert response.json()["result"] == "FAIL"
    assert response.json()["message"] == "SQL 无法解析: nested too deeply"
    response = await root_client.post("/judge", json={"sql": SQL, "expected_sql": nested})
    assert response.json()["result"] == "ERROR"
    response = await root_client.post("/judge", json={"sql": chain, "expected_sql": chain})
    assert response.json()["result"] == "PASS"
    response = await root_client.post("/judge", json={"sql": "x" * 100_001})
    assert response.status_code == 422


async def test_judge_runs_the_execution_check_on_the_validation_database(
    root_client: httpx.AsyncClient, tmp_path: Path
) -> None:
    url = _seed_sqlite(tmp_path / "warehouse.db")
    response = await root_client.get("/judge/validation")
    assert response.json() == {
        "configured": False,
        "ok": False,
        "backend": None,
        "broad_privileges": False,
        "warning": None,
        "error": None,
    }
    response = await root_client.post(
        "/config", json={"validation_db_url": url, "judge_checks": ["execution"]}
    )
    assert response.status_code == 200
    assert response.json()["judge_checks"] == ["execution"]
    assert response.json()["judge_dialect"] == "mysql"
    rewrite = (
        "SELECT PE, S_INFO_NAME FROM a_share_eod_valuation WHERE S_INFO_NAME = '星河科技' "
        "ORDER BY TRADE_DT DESC LIMIT 1"
    )
    response = await root_client.post("/judge", json={"sql": rewrite, "expected_sql": SQL})
    assert response.json() == {
        "result": "PASS",
        "message": "",
        "checks": [{"check": "execution", "result": "PASS", "message": ""}],
    }
    response = await root_client.get("/judge/validation")
    assert response.json()["ok"] is True
    assert response.json()["backend"] == "sqlite"
    assert response.json()["broad_privileges"] is False


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_URL, reason="HELIX_TEST_POSTGRES_URL not set (.ci/run sets it)")
async def test_a_superuser_validation_url_is_warned_about(root_client: httpx.AsyncClient) -> None:
    assert POSTGRES_URL
    url, name = await _seed_postgres(POSTGRES_URL)
    try:
        response = await root_client.post("/config", json={"validation_db_url": url})
        assert response.status_code == 200
        response = await root_client.get("/judge/validation", headers={"Accept-Language": "en"})
        body = response.json()
        assert (body["ok"], body["backend"], body["broad_privileges"]) == (
            True,
            "postgresql",
            True,
        )
        assert body["warning"].startswith("The validation database account has broad")
    finally:
        await _drop_postgres(POSTGRES_URL, name)


async def test_a_run_records_checks_and_never_passes_a_case_without_expectations(
    app: FastAPI, root_client: httpx.AsyncClient, demo_bot: str
) -> None:
    async with app.state.database.session() as session:
        session.add_all(
            [
                Case(question="星河科技的市盈率是多少", expected_keywords="600901.SH, PE"),
                # A misspelled header imported nothing into the expectations.
                Case(question="云帆电子的市净率是多少", expected_keywords=""),
            ]
        )
        await session.commit()
    response = await root_client.post("/config", json={"bot_url": demo_bot})
    assert response.status_code == 200
    response = await root_client.post("/run", json={})
    assert response.status_code == 200
    batch_id = response.json()["batch_id"]
    deadline = time.monotonic() + 30
    while True:
        report = (await root_client.get(f"/reports/{batch_id}")).json()
        if report["status"] != "RUNNING":
            break
        assert time.monotonic() < deadline, report
        await asyncio.sleep(0.05)
    details = (await root_client.get(f"/reports/{batch_id}/details")).json()
    by_question = {d["question"]: d for d in details}
    passed = by_question["星河科技的市盈率是多少"]
    assert passed["result"] == "PASS", passed
    assert passed["checks"] == [{"check": "keywords", "result": "PASS", "message": ""}]
    empty = by_question["云帆电子的市净率是多少"]
    assert (empty["result"], empty["message"], empty["checks"]) == (
        "ERROR",
        "用例没有任何预期",
        [],
    )
    assert (report["pass_count"], report["error_count"]) == (1, 1)
