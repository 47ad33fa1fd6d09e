"""``POST /judge`` (the judge without a bot) and ``GET /judge/validation``."""

from __future__ import annotations

from fastapi import APIRouter

from server.auth.deps import AutoTestCaller
from server.contract.judge import JudgeRequest, JudgeResponse, ValidationStatus
from server.deps import DataSourcesDep, LanguageDep, SessionDep
from server.judge import service
from server.responses import AUTH, errors

router = APIRouter(prefix="/judge", tags=["judge"])


@router.post("", response_model=JudgeResponse, responses=errors(401, 403, 422))
async def judge(
    body: JudgeRequest,
    _: AutoTestCaller,
    session: SessionDep,
    sources: DataSourcesDep,
    language: LanguageDep,
) -> JudgeResponse:
    """Judge one SQL with the configured policy; 200 with PASS, FAIL or ERROR."""
    return await service.judge(session, request=body, sources=sources, language=language)


@router.get("/validation", response_model=ValidationStatus, responses=AUTH)
async def validation_status(
    _: AutoTestCaller, session: SessionDep, sources: DataSourcesDep, language: LanguageDep
) -> ValidationStatus:
    """Whether the validation database answers and whether its account is too powerful."""
    return await service.validation_status(session, sources=sources, language=language)
