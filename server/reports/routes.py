"""``/reports``: finished and running batches, their results, ``.xlsx`` export, deletion."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response

from server.auth.deps import AutoTestCaller
from server.contract.autotest import (
    BatchReportResponse,
    BatchStatus,
    ReportResponse,
    ResultDetail,
)
from server.contract.compare import CompareResponse
from server.deps import LanguageDep, SessionDep
from server.reports import service, stability
from server.responses import AUTH, MISSING, errors
from server.spreadsheets import XLSX_MEDIA_TYPE

router = APIRouter(tags=["reports"])

ResultFilter = Annotated[
    str | None,
    Query(
        max_length=50,
        description="Comma-separated result values to keep, e.g. FAIL,ERROR",
        examples=["FAIL,ERROR"],
    ),
]


@router.get(
    "/reports",
    response_model=list[ReportResponse],
    responses={
        **AUTH,
        200: {"headers": {"X-Total-Count": {"description": "Batches before paging"}}},
    },
)
async def list_reports(
    _: AutoTestCaller,
    session: SessionDep,
    response: Response,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    status: Annotated[BatchStatus | None, Query(description="Only batches in this state")] = None,
    group_id: Annotated[
        str | None, Query(max_length=64, description="Only the batches of this target group")
    ] = None,
) -> list[ReportResponse]:
    """Batches, newest first; the total is in ``X-Total-Count``."""
    items, total = await service.list_reports(
        session, skip=skip, limit=limit, status=status, group_id=group_id
    )
    response.headers["X-Total-Count"] = str(total)
    return items


BatchParam = Annotated[str, Query(min_length=1, max_length=64, description="batch id")]


@router.get("/reports/compare", response_model=CompareResponse, responses=MISSING)
async def compare_reports(
    a: BatchParam, b: BatchParam, _: AutoTestCaller, session: SessionDep
) -> CompareResponse:
    """Two batches case by case: both results and SQLs, the transition, counts per transition."""
    return await service.compare_reports(session, a=a, b=b)


@router.get("/reports/{batch_id}", response_model=BatchReportResponse, responses=MISSING)
async def get_report(batch_id: str, _: AutoTestCaller, session: SessionDep) -> BatchReportResponse:
    """The batch's summary with its stability and latency (p50/p90/p99, slowest asks)."""
    return await stability.full_report(session, batch_id=batch_id)


@router.get(
    "/reports/{batch_id}/details",
    response_model=list[ResultDetail],
    responses=errors(401, 403, 404, 422),
)
async def list_details(
    batch_id: str,
    _: AutoTestCaller,
    session: SessionDep,
    result: ResultFilter = None,
    include_raw: Annotated[
        bool, Query(description="Include the bot's raw answer (bounded in size)")
    ] = False,
    skip: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int | None, Query(ge=1, le=100_000)] = None,
) -> list[ResultDetail]:
    """Finished results in plan order, as each case was when it ran."""
    return await service.list_details(
        session,
        batch_id=batch_id,
        results=service.parse_result_filter(result),
        include_raw=include_raw,
        skip=skip,
        limit=limit,
    )


@router.get(
    "/reports/{batch_id}/export",
    response_class=Response,
    responses={
        **MISSING,
        200: {"content": {XLSX_MEDIA_TYPE: {}}, "description": "The workbook"},
    },
)
async def export_report(
    batch_id: str,
    _: AutoTestCaller,
    session: SessionDep,
    language: LanguageDep,
    result: ResultFilter = None,
) -> Response:
    """Finished results as ``.xlsx``: index, question, expectations, SQL, result, message, time."""
    content = await service.export_report(
        session,
        batch_id=batch_id,
        results=service.parse_result_filter(result),
        language=language,
    )
    name = "".join(c for c in batch_id if c.isalnum() or c == "-")[:36]
    return Response(
        content,
        media_type=XLSX_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="report-{name}.xlsx"'},
    )


@router.delete(
    "/reports/{batch_id}",
    status_code=204,
    response_class=Response,
    responses=MISSING | errors(described={409: "Still running"}),
)
async def delete_report(batch_id: str, _: AutoTestCaller, session: SessionDep) -> Response:
    """Delete a finished batch and its results."""
    await service.delete_report(session, batch_id=batch_id)
    return Response(status_code=204)


@router.get("/run/history/{batch_id}", response_model=list[ResultDetail], responses=MISSING)
async def run_history(batch_id: str, _: AutoTestCaller, session: SessionDep) -> list[ResultDetail]:
    """The original web UI's name for ``/reports/{batch_id}/details`` (same items)."""
    return await service.list_details(session, batch_id=batch_id, results=None, include_raw=False)
