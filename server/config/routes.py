"""``/config``: the shared AutoTest config (documented fields plus how to reach the bot)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from server.auth.deps import AutoTestCaller
from server.config import service
from server.config.repository import ConfigRepository
from server.contract.config import (
    ConfigResponse,
    ConfigTestRequest,
    ConfigTestResponse,
    ConfigUpdate,
)
from server.deps import SessionDep
from server.responses import AUTH, errors

router = APIRouter(prefix="/config", tags=["config"])


@router.get("", response_model=ConfigResponse, responses=AUTH)
async def get_config(_: AutoTestCaller, session: SessionDep) -> ConfigResponse:
    return await service.get_config(ConfigRepository(session))


@router.post("", response_model=ConfigResponse, responses=errors(401, 403, 422))
async def update_config(
    body: ConfigUpdate, _: AutoTestCaller, session: SessionDep
) -> ConfigResponse:
    return await service.update_config(ConfigRepository(session), changes=body)


@router.post("/test", response_model=ConfigTestResponse, responses=errors(401, 403, 422))
async def test_connection(
    request: Request,
    _: AutoTestCaller,
    session: SessionDep,
    body: ConfigTestRequest | None = None,
) -> ConfigTestResponse:
    """Ask the configured bot one question; 200 whatever the bot did (``ok`` says)."""
    engine = request.app.state.engine
    return await service.test_connection(
        ConfigRepository(session),
        request=body or ConfigTestRequest(),
        clients=engine.clients,
        chat_ids=engine.chat_ids,
    )
