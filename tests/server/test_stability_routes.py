"""Repeats, history, flaky cases, latency figures and experiment tags over ASGI, on batches
written through the storage layer as the runner writes them; every error path."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from fastapi import FastAPI

from server.db.models.autotest import Batch, BatchResult, Case

T0 = datetime(2026, 3, 1, 9, 0, 0, tzinfo=UTC)


async def store_asks(
    app: FastAPI,
    *,
    start: datetime,
    asks: Sequence[tuple[int, int, str, float, dict[str, Any] | None]],
    repeat: int = 1,
    target: tuple[int, str] | None = None,
    group_id: str | None = None,
    sqls: Sequence[str | None] | None = None,
) -> str:
    """A COMPLETED batch: one row per ``(case_id, repeat_index, result, duration, timeline)``.

    ``target``: the batch's ``(target_id, target_name)``; ``sqls``: each ask's SQL.
    """
    batch_id = str(uuid.uuid4())
    async with app.state.database.session() as session:
        session.add(
            Batch(
                id=batch_id,
                status="COMPLETED",
                start_time=start,
                end_time=start + timedelta(minutes=1),
                total_count=len(asks),
                pass_count=sum(1 for a in asks if a[2] == "PASS"),
                fail_count=sum(1 for a in asks if a[2] == "FAIL"),
                error_count=sum(1 for a in asks if a[2] == "ERROR"),
                max_workers=2,
                repeat=repeat,
                target_id=target[0] if target else None,
                target_name=target[1] if target else None,
                group_id=group_id,
            )
        )
        await session.flush()
        for n, (case_id, repeat_index, result, duration, timeline) in enumerate(asks):
            session.add(
                BatchResult(
                    batch_id=batch_id,
                    position=n,
                    case_id=case_id,
                    repeat_index=repeat_index,
                    question=f"问题{case_id}",
                    expected_keywords="K",
                    result=result,
                    actual_sql=(
                        sqls[n]
                        if sqls is not None
                        else f"SELECT {case_id}, {n}"
                        if result != "ERROR"
                        else None
                    ),
                    message="" if result == "PASS" else "缺关键字: K",
                    duration=duration,
                    started_at=start,
                    finished_at=start + timedelta(seconds=n + 1),
                    seq=n + 1,
                    timeline=timeline,
                )
            )
        await session.commit()
    return batch_id


def timeline(headers_ms: float, answer_ms: float) -> dict[str, Any]:
    return {
        "request_ms": 0.1,
        "headers_ms": headers_ms,
        "first_event_ms": headers_ms + 1,
        "interpretation_ms": headers_ms + 1,
        "answer_ms": answer_ms,
        "end_ms": answer_ms + 1,
        "retries": [],
    }


async def test_endpoints_need_a_login(client: httpx.AsyncClient) -> None:
    assert (await client.get("/cases/1/history")).status_code == 401
    assert (await client.get("/reports/flaky")).status_code == 401
    assert (await client.put("/reports/x/tag", json={})).status_code == 401


async def test_bad_input_gets_a_clear_4xx(root_client: httpx.AsyncClient) -> None:
    for repeat in (0, 11, "many"):
        response = await root_client.post("/run", json={"case_ids": [1], "repeat": repeat})
        assert response.status_code == 422, repeat
    response = await root_client.get("/cases/424242/history")
    assert response.status_code == 404
    assert response.json() == {"detail": "用例不存在: 424242"}
    response = await root_client.get("/cases/424242/history", headers={"Accept-Language": "en"})
    assert response.json() == {"detail": "Case not found: 424242"}
    for limit in (0, 1001):
        response = await root_client.get("/cases/1/history", params={"limit": limit})
        assert response.status_code == 422
    assert (await root_client.get("/cases/99999999999999999999/history")).status_code == 422
    for batches in (0, 101, "x"):
        response = await root_client.get("/reports/flaky", params={"batches": batches})
        assert response.status_code == 422
    for target_id in (0, 2**63, "x"):
        response = await root_client.get("/reports/flaky", params={"target_id": target_id})
        assert response.status_code == 422
    response = await root_client.put("/reports/nope/tag", json={"experiment_id": None})
    assert response.status_code == 404
    for huge in ({"experiment_id": 2**63}, {"experiment_id": 0}, {"template_ids": [2**64]}):
        response = await root_client.put("/reports/nope/tag", json=huge)
        assert response.status_code == 422, huge
        response = await root_client.post("/run", json={"case_ids": [1], **huge})
        assert response.status_code == 422, huge


async def test_history_is_newest_first_and_survives_a_deleted_case(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    async with app.state.database.session() as session:
        case = Case(question="问题历史", expected_keywords="K")
        session.add(case)
        await session.commit()
        case_id = case.id
    assert (await root_client.get(f"/cases/{case_id}/history")).json() == []
    first = await store_asks(
        app, start=T0, asks=[(case_id, 0, "PASS", 0.5, None), (case_id, 1, "FAIL", 0.7, None)]
    )
    default = (await root_client.get("/templates")).json()[0]
    second = await store_asks(
        app,
        start=T0 + timedelta(hours=1),
        asks=[(case_id, 0, "ERROR", 1.5, None)],
        target=(default["id"], default["name"]),
    )
    response = await root_client.get(f"/cases/{case_id}/history")
    assert response.status_code == 200
    body = response.json()
    assert [(h["batch_id"], h["repeat_index"], h["result"]) for h in body] == [
        (second, 0, "ERROR"),
        (first, 1, "FAIL"),
        (first, 0, "PASS"),
    ]
    assert body[0] == {
        "batch_id": second,
        "time": "2026-03-01T10:00:01+00:00",
        "target": default["name"],
        "target_id": default["id"],
        "repeat_index": 0,
        "result": "ERROR",
        "message": "缺关键字: K",
        "actual_sql": None,
        "duration": 1.5,
    }
    assert body[1]["actual_sql"] == f"SELECT {case_id}, 1"
    assert (body[1]["target"], body[1]["target_id"]) == (None, None)  # before targets
    response = await root_client.get(f"/cases/{case_id}/history", params={"limit": 1})
    assert [h["batch_id"] for h in response.json()] == [second]

    # History is kept when the case is deleted.
    assert (await root_client.delete(f"/cases/{case_id}")).status_code in (200, 204)
    response = await root_client.get(f"/cases/{case_id}/history")
    assert response.status_code == 200
    assert len(response.json()) == 3


async def test_flaky_counts_flips_in_the_last_k_batches_of_each_case(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    # Case 1: PASS FAIL | PASS  -> 2 flips; case 2: FAIL ERROR | FAIL -> never passed, stable;
    # case 3: PASS | (not run) | FAIL -> its last two batches are the 1st and 3rd: 1 flip;
    # case 4: FAIL (old) | PASS PASS | PASS -> with K=2 the old FAIL is out: stable.
    await store_asks(app, start=T0 - timedelta(days=1), asks=[(4, 0, "FAIL", 1, None)])
    b1 = await store_asks(
        app,
        start=T0,
        repeat=2,
        asks=[
            (1, 0, "PASS", 1, None),
            (1, 1, "FAIL", 1, None),
            (2, 0, "FAIL", 1, None),
            (2, 1, "ERROR", 1, None),
            (3, 0, "PASS", 1, None),
            (3, 1, "PASS", 1, None),
            (4, 0, "PASS", 1, None),
            (4, 1, "PASS", 1, None),
        ],
    )
    b2 = await store_asks(
        app,
        start=T0 + timedelta(hours=1),
        asks=[(1, 0, "PASS", 1, None), (2, 0, "FAIL", 1, None), (4, 0, "PASS", 1, None)],
    )
    b3 = await store_asks(app, start=T0 + timedelta(hours=2), asks=[(3, 0, "FAIL", 1, None)])

    response = await root_client.get("/reports/flaky", params={"batches": 2})
    assert response.status_code == 200
    assert response.json() == [
        {
            "case_id": 1,
            "question": "问题1",
            "flips": 2,
            "asks": 3,
            "passed": 2,
            "batches": 2,
            "last_result": "PASS",
            "last_batch_id": b2,
            "target_id": None,
            "target": None,
        },
        {
            "case_id": 3,
            "question": "问题3",
            "flips": 1,
            "asks": 3,
            "passed": 2,
            "batches": 2,
            "last_result": "FAIL",
            "last_batch_id": b3,
            "target_id": None,
            "target": None,
        },
    ]
    # Three batches back, case 4's old FAIL counts too.
    response = await root_client.get("/reports/flaky", params={"batches": 3})
    assert [f["case_id"] for f in response.json()] == [1, 3, 4]
    # The batch's own stability: case 1 flaky (1 of 2), case 2 never passed, 3 and 4 stable.
    response = await root_client.get(f"/reports/{b1}")
    assert response.status_code == 200
    report = response.json()
    assert (report["repeat"], report["case_count"], report["flaky_count"]) == (2, 4, 1)
    assert report["stability"] == [
        {"case_id": 1, "passed": 1, "total": 2, "flaky": True},
        {"case_id": 2, "passed": 0, "total": 2, "flaky": False},
        {"case_id": 3, "passed": 2, "total": 2, "flaky": False},
        {"case_id": 4, "passed": 2, "total": 2, "flaky": False},
    ]


async def test_report_latency_percentiles_and_slowest(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    # 100 asks: durations 0.01 .. 1.00 s, TTFB = duration / 10, time to SQL = duration * 0.9;
    # the last ask has no timeline (an old result) and one ask never reached the ANSWER.
    asks: list[tuple[int, int, str, float, dict[str, Any] | None]] = []
    for n in range(1, 101):
        duration = n / 100
        shape = timeline(duration * 100, duration * 900) if n < 100 else None
        if n == 50:
            shape = {**timeline(duration * 100, 0), "answer_ms": None}
        asks.append((n, 0, "PASS" if n % 3 else "ERROR", duration, shape))
    batch_id = await store_asks(app, start=T0, asks=asks)
    response = await root_client.get(f"/reports/{batch_id}")
    assert response.status_code == 200
    latency = response.json()["latency"]
    assert latency["total"] == {"p50": 0.5, "p90": 0.9, "p99": 0.99, "count": 100}
    assert latency["ttfb"] == {"p50": 0.05, "p90": 0.09, "p99": 0.099, "count": 99}
    assert latency["time_to_sql"]["count"] == 98
    # Nearest rank: the 49th of 98 values (ask 50 has none) is ask 49's.
    assert latency["time_to_sql"]["p50"] == round(49 * 0.009, 4)
    slowest = latency["slowest"]
    assert [s["case_id"] for s in slowest] == list(range(100, 90, -1))
    assert slowest[0] == {
        "case_id": 100,
        "repeat_index": 0,
        "question": "问题100",
        "result": "PASS",
        "duration": 1.0,
        "ttfb": None,
        "time_to_sql": None,
    }
    assert slowest[1]["ttfb"] == 0.099
    bins = latency["histogram"]
    assert len(bins) == 20 and bins[-1]["end"] == 1.0
    assert [b["count"] for b in bins] == [4] + [5] * 18 + [6]
    assert sum(b["count"] for b in bins) == 100
    # The list of reports stays light: no latency there.
    listed = (await root_client.get("/reports")).json()
    assert "latency" not in listed[0]

    # A batch with no finished ask has empty figures, not an error.
    empty = await store_asks(app, start=T0, asks=[])
    response = await root_client.get(f"/reports/{empty}")
    assert response.status_code == 200
    assert response.json()["latency"]["total"] == {
        "p50": None,
        "p90": None,
        "p99": None,
        "count": 0,
    }


async def test_batches_tagged_with_an_experiment_show_in_the_matrix(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    base = "/api/v1/experiments"
    customer = (await root_client.post(f"{base}/customers", json={"name": "C"})).json()
    app_row = (
        await root_client.post(f"{base}/apps", json={"customer_id": customer["id"], "name": "A"})
    ).json()
    templates = [
        (
            await root_client.post(f"{base}/templates", json={"app_id": app_row["id"], "name": n})
        ).json()["id"]
        for n in ("t1", "t2", "t3")
    ]
    experiment = (
        await root_client.post(base, json={"name": "E", "template_ids": templates[:2]})
    ).json()
    old = await store_asks(app, start=T0, asks=[(1, 0, "PASS", 1, None)])
    new = await store_asks(
        app,
        start=T0 + timedelta(hours=1),
        asks=[(1, 0, "PASS", 1, None), (2, 0, "FAIL", 1, None), (3, 0, "PASS", 1, None)],
    )

    response = await root_client.put(f"/reports/{old}/tag", json={"experiment_id": 999})
    assert response.status_code == 404
    assert response.json() == {"detail": "实验不存在: 999"}
    response = await root_client.put(
        f"/reports/{old}/tag",
        json={"experiment_id": experiment["id"], "template_ids": [templates[2]]},
        headers={"Accept-Language": "en"},
    )
    assert response.status_code == 400
    assert response.json() == {
        "detail": f"Templates not linked to experiment {experiment['id']}: {templates[2]}"
    }
    response = await root_client.put(f"/reports/{old}/tag", json={"template_ids": [1]})
    assert response.status_code == 400

    # No templates named: all of the experiment's templates.
    response = await root_client.put(
        f"/reports/{old}/tag", json={"experiment_id": experiment["id"]}
    )
    assert response.status_code == 200
    assert (response.json()["experiment_id"], response.json()["template_ids"]) == (
        experiment["id"],
        templates[:2],
    )
    column = (await root_client.get(f"{base}/matrix")).json()["experiments"][0]
    assert (column["latest_batch_id"], column["latest_pass_rate"]) == (old, 1.0)

    response = await root_client.put(
        f"/reports/{new}/tag",
        json={"experiment_id": experiment["id"], "template_ids": [templates[1]]},
    )
    assert response.status_code == 200
    assert response.json()["template_ids"] == [templates[1]]
    column = (await root_client.get(f"{base}/matrix")).json()["experiments"][0]
    assert column["latest_batch_id"] == new
    assert column["latest_pass_rate"] == round(2 / 3, 4)
    assert column["latest_batch_time"] == "2026-03-01T10:00:00+00:00"

    # Clearing the newer tag brings the older batch back into the header.
    response = await root_client.put(f"/reports/{new}/tag", json={"experiment_id": None})
    assert response.status_code == 200
    assert response.json()["experiment_id"] is None
    column = (await root_client.get(f"{base}/matrix")).json()["experiments"][0]
    assert column["latest_batch_id"] == old

    # POST /run checks the tag as well, before it stores anything.
    response = await root_client.post(
        "/run", json={"case_ids": [], "experiment_id": 999}, headers={"Accept-Language": "en"}
    )
    assert response.status_code == 404
    assert response.json() == {"detail": "Experiment not found: 999"}


async def test_case_list_shows_and_filters_by_last_result(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    async with app.state.database.session() as session:
        rows = [Case(question=f"问题L{n}", expected_keywords="K") for n in range(4)]
        session.add_all(rows)
        await session.commit()
        a, b, c, d = (row.id for row in rows)
    # a: FAIL then PASS (last PASS); b: PASS then ERROR; c: FAIL; d: never ran.
    await store_asks(app, start=T0, asks=[(a, 0, "FAIL", 1, None), (b, 0, "PASS", 1, None)])
    await store_asks(
        app,
        start=T0 + timedelta(hours=1),
        asks=[(a, 0, "PASS", 1, None), (b, 0, "ERROR", 1, None), (c, 0, "FAIL", 1, None)],
    )
    response = await root_client.get("/cases")
    assert response.status_code == 200
    last = {item["id"]: item["last_result"] for item in response.json()}
    assert last == {a: "PASS", b: "ERROR", c: "FAIL", d: None}
    by_id = {item["id"]: item for item in response.json()}
    assert by_id[a]["last_run_at"] == "2026-03-01T10:00:01+00:00"
    assert by_id[d]["last_run_at"] is None
    for value, expected in (("PASS", [a]), ("FAIL", [c]), ("ERROR", [b]), ("NONE", [d])):
        response = await root_client.get("/cases", params={"last_result": value})
        assert response.status_code == 200
        assert [item["id"] for item in response.json()] == expected, value
        assert response.headers["X-Total-Count"] == "1"
    response = await root_client.get("/cases", params={"last_result": "MAYBE"})
    assert response.status_code == 422


async def test_compare_with_repeats_is_per_case_with_k_of_n(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    # Three asks per case on each side; one verdict per case: PASS (all passed), FLAKY (some),
    # FAIL (none, some FAIL), ERROR (all ERROR). The SQL shown: the last ask that did not pass.
    P, F, E = "PASS", "FAIL", "ERROR"
    a_asks = [(1, P, "SELECT 1"), (2, P, "SELECT 2"), (3, F, "SELECT bad3"), (4, F, "SELECT bad4")]
    a_asks += [(1, P, "SELECT 1"), (2, P, "SELECT 2"), (3, F, "SELECT bad3"), (4, E, None)]
    a_asks += [(1, P, "SELECT 1"), (2, P, "SELECT 2"), (3, F, "SELECT bad3"), (4, F, "SELECT x4")]
    b_asks = [(1, P, "SELECT  1"), (2, P, "SELECT 2"), (3, P, "SELECT 3"), (4, E, None)]
    b_asks += [(1, P, "SELECT 1"), (2, F, "SELECT wrong2"), (3, P, "SELECT 3"), (4, E, None)]
    b_asks += [(1, P, "SELECT 1"), (2, P, "SELECT 2"), (3, P, "SELECT 3"), (4, E, None)]
    b_asks += [(5, P, "SELECT 5"), (5, F, "SELECT wrong5")]

    def rows(
        asks: list[tuple[int, str, str | None]],
    ) -> list[tuple[int, int, str, float, dict[str, Any] | None]]:
        seen: dict[int, int] = {}
        out = []
        for case_id, result, _ in asks:
            index = seen[case_id] = seen.get(case_id, -1) + 1
            out.append((case_id, index, result, float(index + 1), None))
        # Plan order: a case's asks side by side.
        return sorted(out, key=lambda r: (r[0], r[1]))

    def sqls(asks: list[tuple[int, str, str | None]]) -> list[str | None]:
        by_case: dict[int, list[str | None]] = {}
        for case_id, _, sql in asks:
            by_case.setdefault(case_id, []).append(sql)
        return [sql for case_id in sorted(by_case) for sql in by_case[case_id]]

    a = await store_asks(app, start=T0, asks=rows(a_asks), repeat=3, sqls=sqls(a_asks))
    b = await store_asks(
        app, start=T0 + timedelta(hours=1), asks=rows(b_asks), repeat=3, sqls=sqls(b_asks)
    )
    response = await root_client.get("/reports/compare", params={"a": a, "b": b})
    assert response.status_code == 200, response.text
    body = response.json()
    summary = [
        (
            i["case_id"],
            i["result_a"],
            i["passed_a"],
            i["asks_a"],
            i["result_b"],
            i["passed_b"],
            i["asks_b"],
            i["changed"],
        )
        for i in body["items"]
    ]
    # One item per case: changed ones first (a's plan order, then cases only in b).
    assert summary == [
        (2, P, 3, 3, "FLAKY", 2, 3, True),
        (3, F, 0, 3, P, 3, 3, True),
        (4, F, 0, 3, E, 0, 3, True),
        (5, None, 0, 0, "FLAKY", 1, 2, True),
        (1, P, 3, 3, P, 3, 3, False),
    ]
    assert body["transitions"] == {
        "FAIL->ERROR": 1,
        "FAIL->PASS": 1,
        "NONE->FLAKY": 1,
        "PASS->FLAKY": 1,
        "PASS->PASS": 1,
    }
    assert (body["changed"], body["unchanged"], body["sql_changed"]) == (4, 1, 4)
    flaky = body["items"][0]
    assert (flaky["sql_a"], flaky["sql_b"], flaky["transition"]) == (
        "SELECT 2",
        "SELECT wrong2",
        "PASS->FLAKY",
    )
    assert (flaky["message_a"], flaky["message_b"]) == ("", "缺关键字: K")
    assert (flaky["duration_a"], flaky["duration_b"]) == (2.0, 2.0)  # mean of 1, 2, 3 s
    assert body["items"][2]["sql_a"] == "SELECT x4"  # the last ask that did not pass
    assert body["items"][4]["sql_changed"] is False  # whitespace only


async def test_flaky_compares_verdicts_within_one_target(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    default = (await root_client.get("/templates")).json()[0]
    created = await root_client.post(
        "/templates",
        json={"name": "新模型", "code": "new", "base_url": "http://127.0.0.1:9", "endpoint": "/a"},
    )
    assert created.status_code == 201, created.text
    a, b = (default["id"], default["name"]), (created.json()["id"], "新模型")
    # Two runs, each against both targets: the default bot always passes case 1, the new one
    # always fails it; neither is flaky. Case 2 flips on the new target only, within one
    # repeated batch (2 asks).
    for hour in (0, 1):
        group = str(uuid.uuid4())
        start = T0 + timedelta(hours=hour)
        await store_asks(
            app,
            start=start,
            target=a,
            group_id=group,
            asks=[(1, 0, "PASS", 1, None), (2, 0, "PASS", 1, None)],
        )
        last_b = await store_asks(
            app,
            start=start + timedelta(seconds=1),
            target=b,
            group_id=group,
            repeat=2,
            asks=[
                (1, 0, "FAIL", 1, None),
                (1, 1, "FAIL", 1, None),
                (2, 0, "PASS", 1, None),
                (2, 1, "FAIL" if hour else "PASS", 1, None),
            ],
        )
    response = await root_client.get("/reports/flaky")
    assert response.status_code == 200
    assert [(f["case_id"], f["target_id"], f["target"], f["flips"]) for f in response.json()] == [
        (2, b[0], "新模型", 1)
    ]
    # One batch back: flakiness within the last (repeated) batch counts.
    response = await root_client.get("/reports/flaky", params={"batches": 1})
    assert response.status_code == 200
    [only] = response.json()
    assert (only["case_id"], only["batches"], only["asks"], only["passed"]) == (2, 1, 2, 1)
    assert only["last_batch_id"] == last_b
    # One target asked for: only its batches.
    response = await root_client.get("/reports/flaky", params={"target_id": a[0]})
    assert response.status_code == 200 and response.json() == []
    response = await root_client.get("/reports/flaky", params={"target_id": b[0], "batches": 2})
    assert [f["case_id"] for f in response.json()] == [2]
    response = await root_client.get(
        "/reports/flaky", params={"target_id": 424242}, headers={"Accept-Language": "en"}
    )
    assert response.status_code == 404
    assert response.json() == {"detail": "Target not found: 424242"}
