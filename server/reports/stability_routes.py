"""``GET /cases/{id}/history``, ``GET /reports/flaky``, ``PUT /reports/{batch_id}/tag``.

Included before the ``/reports`` router: ``/reports/flaky`` must not be read as a batch id.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from server.auth.deps import AutoTestCaller
from server.contract.autotest import ReportResponse
from server.contract.stability import BatchTag, CaseHistoryEntry, FlakyCase
from server.deps import SessionDep
from server.reports import stability
from server.responses import MISSING, errors

router = APIRouter(tags=["reports"])


@router.get("/cases/{case_id}/history", response_model=list[CaseHistoryEntry], responses=MISSING)
async def case_history(
    case_id: Annotated[int, Path(ge=1, le=2**63 - 1)],
    _: AutoTestCaller,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> list[CaseHistoryEntry]:
    """The case's results across batches, newest first (one entry per ask)."""
    return await stability.case_history(session, case_id=case_id, limit=limit)


@router.get("/reports/flaky", response_model=list[FlakyCase], responses=MISSING)
async def flaky_cases(
    _: AutoTestCaller,
    session: SessionDep,
    batches: Annotated[
        int, Query(ge=1, le=100, description="K: batches per case and target (1: the last)")
    ] = 10,
    target_id: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="Only this target's batches")
    ] = None,
) -> list[FlakyCase]:
    """Cases whose verdict changed within the last K batches that ran them, most flips first.

    Verdicts are compared within one target: a case one bot passes and another fails is not
    flaky. The asks of one repeated batch count, so K=1 finds flakiness in the last batch.
    """
    return await stability.flaky_cases(session, batches=batches, target_id=target_id)


@router.put(
    "/reports/{batch_id}/tag",
    response_model=ReportResponse,
    responses=errors(400, 401, 403, 404),
)
async def tag_batch(
    batch_id: str, body: BatchTag, _: AutoTestCaller, session: SessionDep
) -> ReportResponse:
    """Tag a batch with the experiment (and its templates) it measured; nulls clear the tag."""
    return await stability.tag_batch(session, batch_id=batch_id, tag=body)
