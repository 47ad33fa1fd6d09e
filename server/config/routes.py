"""``/config``: the shared AutoTest config (documented fields plus how to reach the bot)."""

from __future__ import annotations

from fastapi import APIRouter

from server.auth.deps import AutoTestCaller
from server.config import service
from server.config.repository import ConfigRepository
from server.contract.common import ErrorResponse
from server.contract.config import ConfigResponse, ConfigUpdate
from server.deps import SessionDep

router = APIRouter(prefix="/config", tags=["config"])

ERRORS = {401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}}


@router.get("", response_model=ConfigResponse, responses=ERRORS)
async def get_config(_: AutoTestCaller, session: SessionDep) -> ConfigResponse:
    return await service.get_config(ConfigRepository(session))


@router.post("", response_model=ConfigResponse, responses={**ERRORS, 422: {"model": ErrorResponse}})
async def update_config(
    body: ConfigUpdate, _: AutoTestCaller, session: SessionDep
) -> ConfigResponse:
    return await service.update_config(ConfigRepository(session), changes=body)
