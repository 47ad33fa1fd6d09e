"""``/run`` over ASGI: which cases a run gets, and every error path (400/401/404/409/422)."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from server.db.models.autotest import Batch, BatchResult, Case
from server.db.models.base import utcnow


async def _store_cases(app: FastAPI, *questions: str, active: bool = True) -> list[int]:
    async with app.state.database.session() as session:
        rows = [Case(question=q, expected_keywords="", is_active=active) for q in questions]
        session.add_all(rows)
        await session.commit()
        return [row.id for row in rows]


async def test_run_endpoints_need_a_login(client: httpx.AsyncClient) -> None:
    assert (await client.post("/run", json={"case_ids": []})).status_code == 401
    assert (await client.post("/run/stop", params={"batch_id": "x"})).status_code == 401
    assert (await client.post("/run/resume", params={"batch_id": "x"})).status_code == 401
    assert (await client.get("/run/active-batches")).status_code == 401


async def test_which_cases_a_run_gets(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    response = await root_client.post("/run", json={"case_ids": []})
    assert response.status_code == 400
    assert response.json() == {"detail": "没有可运行的用例: 没有启用的用例"}

    active = await _store_cases(app, "q1", "q2")
    inactive = await _store_cases(app, "q3", active=False)
    # Nothing listens on port 9 of loopback: the run ends quickly in ERRORs.
    response = await root_client.post(
        "/config", json={"bot_url": "http://127.0.0.1:9/ask", "max_retries": 0}
    )
    assert response.status_code == 200

    response = await root_client.post(
        "/run", json={"case_ids": [99, active[0], 98]}, headers={"Accept-Language": "en"}
    )
    assert response.status_code == 404
    assert response.json() == {"detail": "Cases not found: 99, 98"}

    response = await root_client.post("/run/")
    assert response.status_code == 200
    body = response.json()
    assert body["message"] == "Test run started"
    assert body["cases"] == [
        {"id": active[0], "question": "q1"},
        {"id": active[1], "question": "q2"},
    ]
    first = body["batch_id"]

    # Explicit ids run even inactive cases, in the order given, duplicates once.
    response = await root_client.post(
        "/run", json={"case_ids": [inactive[0], active[1], inactive[0]]}
    )
    assert response.status_code == 200
    assert [c["id"] for c in response.json()["cases"]] == [inactive[0], active[1]]

    response = await root_client.post("/run", json={"case_ids": [1], "rerun_of": first})
    assert response.status_code == 400
    response = await root_client.post("/run", json={"rerun_of": "nope"})
    assert response.status_code == 404
    assert response.json()["detail"] == "批次不存在: nope"
    response = await root_client.post("/run", json={"case_ids": "all"})
    assert response.status_code == 422


async def test_stop_resume_and_active_batches(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    response = await root_client.post("/run/stop", params={"batch_id": "missing"})
    assert response.status_code == 404
    response = await root_client.post("/run/resume", params={"batch_id": "missing"})
    assert response.status_code == 404
    assert (await root_client.post("/run/stop")).status_code == 422

    # A batch marked RUNNING that this server is not running (stored directly).
    async with app.state.database.session() as session:
        session.add(
            Batch(
                id="stale-1",
                status="RUNNING",
                start_time=utcnow(),
                total_count=1,
                pass_count=0,
                fail_count=0,
                error_count=0,
                max_workers=5,
            )
        )
        session.add(
            BatchResult(batch_id="stale-1", position=0, case_id=1, question="q", message="")
        )
        session.add(
            Batch(
                id="done-1",
                status="COMPLETED",
                start_time=utcnow(),
                total_count=0,
                pass_count=0,
                fail_count=0,
                error_count=0,
                max_workers=5,
            )
        )
        await session.commit()
    response = await root_client.get("/run/active-batches")
    assert response.status_code == 200
    [active] = response.json()
    assert active["batch_id"] == "stale-1"
    assert active["completed_count"] == 0
    assert active["start_time"].endswith("+00:00")

    response = await root_client.post("/run/stop", params={"batch_id": "done-1"})
    assert response.status_code == 200
    assert response.json()["status"] == "COMPLETED"
    response = await root_client.post("/run/resume", params={"batch_id": "done-1"})
    assert response.status_code == 409

    response = await root_client.post("/run/stop", params={"batch_id": "stale-1"})
    assert response.status_code == 200
    assert response.json()["status"] == "STOPPED"
    assert (await root_client.get("/run/active-batches")).json() == []
