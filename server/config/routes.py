"""``/config``: the shared AutoTest config (documented fields plus how to reach the bot)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from server.auth.deps import AutoTestCaller
from server.config import service
from server.config.secrets import sees_secrets
from server.contract.config import (
    ConfigResponse,
    ConfigTestRequest,
    ConfigTestResponse,
    ConfigUpdate,
)
from server.contract.vocabulary import Role
from server.deps import BotHostsDep, DataSourcesDep, SessionDep
from server.responses import AUTH, errors

router = APIRouter(prefix="/config", tags=["config"])


@router.get("", response_model=ConfigResponse, responses=AUTH)
async def get_config(caller: AutoTestCaller, session: SessionDep) -> ConfigResponse:
    """The config; the token, secret header values and database passwords masked but for root."""
    config = await service.get_config(session)
    return config if sees_secrets(caller) else service.masked(config)


@router.post(
    "",
    response_model=ConfigResponse,
    responses=errors(
        401,
        403,
        422,
        described={
            400: "A database URL reaches the app's own data, or the bot URL changed "
            "while a secret the caller saw masked would follow it"
        },
    ),
)
async def update_config(
    body: ConfigUpdate, caller: AutoTestCaller, session: SessionDep, sources: DataSourcesDep
) -> ConfigResponse:
    """Change the fields sent; database URLs only by root (others may resend them unchanged,
    masked as they saw them); a masked secret sent back unchanged keeps its value."""
    config = await service.update_config(
        session,
        changes=body,
        is_root=caller is not None and caller.role == Role.ROOT,
        sources=sources,
    )
    return config if sees_secrets(caller) else service.masked(config)


@router.post(
    "/test",
    response_model=ConfigTestResponse,
    responses=errors(
        401,
        403,
        422,
        described={
            400: "The bot host is not allowed, or the overrides move the bot URL while a "
            "secret the caller saw masked would follow it"
        },
    ),
)
async def test_connection(
    request: Request,
    caller: AutoTestCaller,
    session: SessionDep,
    bot_hosts: BotHostsDep,
    body: ConfigTestRequest | None = None,
) -> ConfigTestResponse:
    """Ask the configured bot one question; 200 whatever the bot did (``ok`` says)."""
    engine = request.app.state.engine
    return await service.test_connection(
        session,
        request=body or ConfigTestRequest(),
        bot_hosts=bot_hosts,
        clients=engine.clients,
        chat_ids=engine.chat_ids,
        is_root=sees_secrets(caller),
    )
