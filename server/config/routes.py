"""``/config``: the shared AutoTest config (documented fields plus how to reach the bot)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from server.auth.deps import AutoTestCaller
from server.config import service
from server.config.repository import ConfigRepository
from server.contract.common import ErrorResponse
from server.contract.config import (
    ConfigResponse,
    ConfigTestRequest,
    ConfigTestResponse,
    ConfigUpdate,
)
from server.deps import BotHostsDep, DataSourcesDep, SessionDep

router = APIRouter(prefix="/config", tags=["config"])

ERRORS = {401: {"model": ErrorResponse}, 403: {"model": ErrorResponse}}


@router.get("", response_model=ConfigResponse, responses=ERRORS)
async def get_config(_: AutoTestCaller, session: SessionDep) -> ConfigResponse:
    return await service.get_config(ConfigRepository(session))


@router.post(
    "",
    response_model=ConfigResponse,
    responses={
        **ERRORS,
        400: {"model": ErrorResponse, "description": "A database URL reaches the app's own data"},
        422: {"model": ErrorResponse},
    },
)
async def update_config(
    body: ConfigUpdate, caller: AutoTestCaller, session: SessionDep, sources: DataSourcesDep
) -> ConfigResponse:
    """Change the fields sent; database URLs only by root (others may resend them unchanged)."""
    return await service.update_config(
        ConfigRepository(session),
        changes=body,
        is_root=caller is not None and caller.role == "root",
        sources=sources,
    )


@router.post(
    "/test",
    response_model=ConfigTestResponse,
    responses={
        **ERRORS,
        400: {"model": ErrorResponse, "description": "The bot host is not allowed"},
        422: {"model": ErrorResponse},
    },
)
async def test_connection(
    request: Request,
    _: AutoTestCaller,
    session: SessionDep,
    bot_hosts: BotHostsDep,
    body: ConfigTestRequest | None = None,
) -> ConfigTestResponse:
    """Ask the configured bot one question; 200 whatever the bot did (``ok`` says)."""
    engine = request.app.state.engine
    return await service.test_connection(
        ConfigRepository(session),
        request=body or ConfigTestRequest(),
        bot_hosts=bot_hosts,
        clients=engine.clients,
        chat_ids=engine.chat_ids,
    )
