"""``POST /judge`` (the judge without a bot) and ``GET /judge/validation``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from server.auth.deps import AutoTestCaller
from server.config.repository import ConfigRepository
from server.contract.common import ErrorResponse
from server.contract.judge import JudgeRequest, JudgeResponse, ValidationStatus
from server.deps import LanguageDep, SessionDep
from server.judge import service

router = APIRouter(prefix="/judge", tags=["judge"])

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse},
    403: {"model": ErrorResponse},
}


@router.post("", response_model=JudgeResponse, responses={**ERRORS, 422: {"model": ErrorResponse}})
async def judge(
    body: JudgeRequest, _: AutoTestCaller, session: SessionDep, language: LanguageDep
) -> JudgeResponse:
    """Judge one SQL with the configured policy; 200 with PASS, FAIL or ERROR."""
    return await service.judge(ConfigRepository(session), request=body, language=language)


@router.get("/validation", response_model=ValidationStatus, responses=ERRORS)
async def validation_status(
    _: AutoTestCaller, session: SessionDep, language: LanguageDep
) -> ValidationStatus:
    """Whether the validation database answers and whether its account is too powerful."""
    return await service.validation_status(ConfigRepository(session), language=language)
