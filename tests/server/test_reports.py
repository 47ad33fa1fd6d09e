"""``/reports`` on batches written through the storage layer, as the runner writes them."""

from __future__ import annotations

import io
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from openpyxl import load_workbook

from server.db.models.autotest import Batch, BatchResult
from server.reports.repository import ReportRepository

T0 = datetime(2026, 2, 4, 10, 0, 0, tzinfo=UTC)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def store_batch(
    app: FastAPI,
    *,
    status: str = "COMPLETED",
    start: datetime = T0,
    seconds: float | None = 90.5,
    results: Sequence[str | None] = (),
    rerun_of: str | None = None,
    created_by: int | None = None,
    target_name: str | None = None,
) -> str:
    """A batch with one result row per planned case; ``None`` = not finished yet."""
    batch_id = str(uuid.uuid4())
    async with app.state.database.session() as session:
        session.add(
            Batch(
                id=batch_id,
                status=status,
                start_time=start,
                end_time=start + timedelta(seconds=seconds) if seconds is not None else None,
                # Deliberately stale counters: reports count the stored results.
                total_count=0,
                pass_count=0,
                fail_count=0,
                error_count=0,
                rerun_of=rerun_of,
                max_workers=3,
                created_by=created_by,
                target_name=target_name,
            )
        )
        await session.flush()
        seq = 0
        for position, result in enumerate(results):
            finished = result is not None
            if finished:
                seq += 1
            session.add(
                BatchResult(
                    batch_id=batch_id,
                    position=position,
                    case_id=100 + position,
                    question=f"问题{position}",
                    expected_keywords=f"K{position}",
                    expected_conditions="2023" if position % 2 else None,
                    expected_sql=f"SELECT {position}" if position == 0 else None,
                    category="财务",
                    result=result,
                    actual_sql=f"SELECT {position} FROM t" if result != "ERROR" else None,
                    message={"PASS": "", "FAIL": "缺关键字: K", "ERROR": "连接被拒绝"}.get(
                        result or "", ""
                    ),
                    duration=0.25 * (position + 1) if finished else None,
                    raw_answer=f"data: raw {position}" if finished else None,
                    started_at=start if finished else None,
                    finished_at=start + timedelta(seconds=position + 1) if finished else None,
                    # Finish in reverse plan order, so completion order differs from the plan.
                    seq=len(results) - position if finished else None,
                )
            )
        await session.commit()
    return batch_id


async def test_list_is_newest_first_with_counts(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    old = await store_batch(app, start=T0, results=["PASS", "FAIL", "ERROR", "PASS"])
    new = await store_batch(
        app, start=T0 + timedelta(hours=1), status="STOPPED", results=["PASS", None, None]
    )
    response = await root_client.get("/reports")
    assert response.status_code == 200
    assert response.headers["X-Total-Count"] == "2"
    body = response.json()
    assert [r["id"] for r in body] == [new, old]
    assert body[1] == {
        "id": old,
        "start_time": "2026-02-04T10:00:00+00:00",
        "end_time": "2026-02-04T10:01:30.500000+00:00",
        "status": "COMPLETED",
        "total_count": 4,
        "pass_count": 2,
        "fail_count": 1,
        "error_count": 1,
        "completed_count": 4,
        "pass_rate": 0.5,
        "duration_seconds": 90.5,
        "rerun_of": None,
        "max_workers": 3,
        "created_by": None,
        "target_id": None,
        "target_name": None,
        "group_id": None,
        "repeat": 1,
        "experiment_id": None,
        "template_ids": None,
    }
    stopped = body[0]
    assert stopped["status"] == "STOPPED"
    assert stopped["total_count"] == 3
    assert stopped["completed_count"] == 1
    assert stopped["pass_rate"] == 1.0


async def test_list_paging_and_status_filter(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    ids = [
        await store_batch(app, start=T0 + timedelta(minutes=i), results=["PASS"]) for i in range(4)
    ]
    interrupted = await store_batch(
        app, start=T0 - timedelta(days=1), status="INTERRUPTED", seconds=None
    )
    page = await root_client.get("/reports", params={"skip": 1, "limit": 2})
    assert page.status_code == 200
    assert page.headers["X-Total-Count"] == "5"
    assert [r["id"] for r in page.json()] == [ids[2], ids[1]]
    filtered = await root_client.get("/reports", params={"status": "INTERRUPTED"})
    assert filtered.status_code == 200
    assert filtered.headers["X-Total-Count"] == "1"
    assert [(r["id"], r["duration_seconds"]) for r in filtered.json()] == [(interrupted, None)]
    bad = await root_client.get("/reports", params={"status": "DONE"})
    assert bad.status_code == 422
    for params in ({"limit": 0}, {"limit": 1001}, {"skip": -1}):
        assert (await root_client.get("/reports", params=params)).status_code == 422


async def test_empty_list(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get("/reports/")
    assert response.status_code == 200
    assert response.json() == []
    assert response.headers["X-Total-Count"] == "0"


async def test_one_report_and_404(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    batch_id = await store_batch(app, results=["FAIL", "FAIL"], rerun_of="earlier-batch")
    response = await root_client.get(f"/reports/{batch_id}")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == batch_id
    assert (body["total_count"], body["fail_count"], body["pass_rate"]) == (2, 2, 0.0)
    assert body["rerun_of"] == "earlier-batch"
    missing = await root_client.get("/reports/no-such-batch", headers={"Accept-Language": "en"})
    assert missing.status_code == 404
    assert missing.json()["detail"] == "Report not found: no-such-batch"


async def test_running_batch_reports_time_so_far(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    start = datetime.now(UTC) - timedelta(seconds=30)
    batch_id = await store_batch(
        app, status="RUNNING", start=start, seconds=None, results=["PASS", None]
    )
    response = await root_client.get(f"/reports/{batch_id}")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "RUNNING"
    assert body["end_time"] is None
    assert 29 <= body["duration_seconds"] < 300
    assert (body["total_count"], body["completed_count"]) == (2, 1)


async def test_details_are_finished_results_in_plan_order(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    batch_id = await store_batch(app, status="STOPPED", results=["PASS", "FAIL", None, "ERROR"])
    response = await root_client.get(f"/reports/{batch_id}/details")
    assert response.status_code == 200
    body = response.json()
    assert [r["case_id"] for r in body] == [100, 101, 103]
    assert body[0] == {
        "case_id": 100,
        "question": "问题0",
        "actual_sql": "SELECT 0 FROM t",
        "expected_sql": "SELECT 0",
        "result": "PASS",
        "message": "",
        "checks": [],  # stored before the judge recorded its checks
        "duration": 0.25,
        "expected_keywords": "K0",
        "expected_conditions": None,
        "category": "财务",
        "position": 0,
        "seq": 4,
        "started_at": "2026-02-04T10:00:00+00:00",
        "finished_at": "2026-02-04T10:00:01+00:00",
        "raw_answer": None,
        "repeat_index": 0,
        "timeline": None,
    }
    assert body[1]["message"] == "缺关键字: K"
    assert body[2]["result"] == "ERROR"
    assert body[2]["actual_sql"] is None


async def test_details_filter_raw_answer_and_paging(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    batch_id = await store_batch(app, results=["PASS", "FAIL", "ERROR", "FAIL"])
    failed = await root_client.get(f"/reports/{batch_id}/details", params={"result": "fail, error"})
    assert failed.status_code == 200
    assert [(r["case_id"], r["result"]) for r in failed.json()] == [
        (101, "FAIL"),
        (102, "ERROR"),
        (103, "FAIL"),
    ]
    raw = await root_client.get(
        f"/reports/{batch_id}/details", params={"include_raw": "true", "result": "PASS"}
    )
    assert raw.status_code == 200
    assert [r["raw_answer"] for r in raw.json()] == ["data: raw 0"]
    paged = await root_client.get(f"/reports/{batch_id}/details", params={"skip": 1, "limit": 2})
    assert paged.status_code == 200
    assert [r["case_id"] for r in paged.json()] == [101, 102]
    bad = await root_client.get(f"/reports/{batch_id}/details", params={"result": "PASS,MAYBE"})
    assert bad.status_code == 422
    assert "MAYBE" in bad.json()["detail"]


async def test_details_of_unknown_batch_is_404(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get("/reports/nope/details")
    assert response.status_code == 404
    assert response.json()["detail"] == "报告不存在: nope"


async def test_details_keep_history_after_the_case_changes(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    created = await root_client.post(
        "/cases", json={"question": "原来的问题", "expected_keywords": "A"}
    )
    assert created.status_code == 201
    case = created.json()
    batch_id = str(uuid.uuid4())
    async with app.state.database.session() as session:
        session.add(Batch(id=batch_id, status="COMPLETED", start_time=T0, end_time=T0))
        await session.flush()
        session.add(
            BatchResult(
                batch_id=batch_id,
                position=0,
                case_id=case["id"],
                question=case["question"],
                expected_keywords=case["expected_keywords"],
                result="PASS",
                actual_sql="SELECT A",
                message="",
                duration=0.1,
                seq=1,
            )
        )
        await session.commit()
    edited = await root_client.put(
        f"/cases/{case['id']}", json={"question": "改过的问题", "expected_keywords": "B"}
    )
    assert edited.status_code == 200
    details = await root_client.get(f"/reports/{batch_id}/details")
    assert [(r["question"], r["expected_keywords"]) for r in details.json()] == [
        ("原来的问题", "A")
    ]
    assert (await root_client.delete(f"/cases/{case['id']}")).status_code == 204
    after = await root_client.get(f"/reports/{batch_id}/details")
    assert [r["case_id"] for r in after.json()] == [case["id"]]


async def test_export_has_the_report_columns(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    me = await root_client.get("/api/v1/auth/me")
    assert me.status_code == 200
    batch_id = await store_batch(
        app,
        results=["PASS", "FAIL", None, "ERROR"],
        created_by=me.json()["id"],
        target_name="演示机器人",
    )
    response = await root_client.get(f"/reports/{batch_id}/export")
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX
    assert response.headers["content-disposition"] == (
        f'attachment; filename="report-{batch_id}.xlsx"'
    )
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["测试报告", "概要"]
    sheet = workbook["测试报告"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:J4"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == [
        "用例ID",
        "分类",
        "问题",
        "预期关键字",
        "预期条件",
        "预期SQL",
        "实际SQL",
        "结果",
        "信息",
        "耗时(秒)",
    ]
    # The case id, not a row number: the unfinished case 102 is left out.
    assert [r[0] for r in rows[1:]] == [100, 101, 103]
    assert rows[1] == [
        100,
        "财务",
        "问题0",
        "K0",
        None,
        "SELECT 0",
        "SELECT 0 FROM t",
        "PASS",
        None,
        0.25,
    ]
    assert rows[2][4] == "2023"
    assert rows[2][7:9] == ["FAIL", "缺关键字: K"]
    assert rows[3][7] == "ERROR"
    assert len(rows) == 4

    summary = dict(workbook["概要"].iter_rows(min_row=2, values_only=True))
    assert summary["批次ID"] == batch_id
    assert summary["测试目标"] == "演示机器人"
    assert summary["发起人"] == "root"
    assert summary["开始时间 (UTC)"] == "2026-02-04 10:00:00"
    assert summary["结束时间 (UTC)"] == "2026-02-04 10:01:30"
    assert (summary["计划用例"], summary["已完成"]) == (4, 3)
    assert (summary["通过"], summary["失败"], summary["错误"]) == (1, 1, 1)
    assert summary["通过率"] == pytest.approx(0.3333)
    rate_cell = next(c for c in workbook["概要"]["B"] if c.value == summary["通过率"])
    assert rate_cell.number_format == "0.00%"


async def test_export_in_english_with_a_filter(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    batch_id = await store_batch(app, results=["PASS", "FAIL", "ERROR"])
    response = await root_client.get(
        f"/reports/{batch_id}/export",
        params={"result": "FAIL,ERROR"},
        headers={"Accept-Language": "en"},
    )
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["report", "summary"]
    rows = [list(r) for r in workbook["report"].iter_rows(values_only=True)]
    assert rows[0][:4] == ["Case ID", "Category", "Question", "Expected keywords"]
    assert rows[0][-1] == "Duration (s)"
    assert [(r[0], r[7]) for r in rows[1:]] == [(101, "FAIL"), (102, "ERROR")]
    # The summary counts the whole batch, not the filtered rows; no account: left blank.
    summary = dict(workbook["summary"].iter_rows(min_row=2, values_only=True))
    assert (summary["Passed"], summary["Failed"], summary["Errors"]) == (1, 1, 1)
    assert summary["Started by"] is None
    missing = await root_client.get("/reports/nope/export")
    assert missing.status_code == 404


async def test_delete_removes_batch_and_results(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    keep = await store_batch(app, results=["PASS"])
    gone = await store_batch(app, results=["PASS", "FAIL"])
    response = await root_client.delete(f"/reports/{gone}")
    assert response.status_code == 204
    assert (await root_client.get(f"/reports/{gone}")).status_code == 404
    assert (await root_client.get(f"/reports/{gone}/details")).status_code == 404
    assert [r["id"] for r in (await root_client.get("/reports")).json()] == [keep]
    async with app.state.database.session() as session:
        repo = ReportRepository(session)
        assert await repo.results(gone, finished_only=False) == []
        assert len(await repo.results(keep)) == 1
    again = await root_client.delete(f"/reports/{gone}")
    assert again.status_code == 404


async def test_a_running_batch_cannot_be_deleted(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    batch_id = await store_batch(app, status="RUNNING", seconds=None, results=[None])
    response = await root_client.delete(f"/reports/{batch_id}")
    assert response.status_code == 409
    assert (await root_client.get(f"/reports/{batch_id}")).status_code == 200


async def test_testers_read_reports(app: FastAPI, tester_client: httpx.AsyncClient) -> None:
    batch_id = await store_batch(app, results=["PASS"])
    response = await tester_client.get(f"/reports/{batch_id}")
    assert response.status_code == 200
    assert response.json()["pass_count"] == 1


@pytest.mark.parametrize("order", ["position", "seq"])
async def test_repository_reads_for_the_runner(app: FastAPI, order: Any) -> None:
    batch_id = await store_batch(
        app, status="RUNNING", seconds=None, results=["PASS", None, "FAIL"]
    )
    async with app.state.database.session() as session:
        repo = ReportRepository(session)
        summary = await repo.summary(batch_id)
        assert summary is not None
        assert (summary.counts.total, summary.counts.completed) == (3, 2)
        finished = await repo.results(batch_id, order=order)
        expected = [100, 102] if order == "position" else [102, 100]
        assert [r["case_id"] for r in finished] == expected
        planned = await repo.results(batch_id, finished_only=False)
        assert [r["case_id"] for r in planned] == [100, 101, 102]
        assert await repo.summary("missing") is None
