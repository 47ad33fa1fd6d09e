"""``/templates`` (bot targets, original field names), their debug, ``/tools/parse-curl``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response

from server.auth.deps import AutoTestCaller
from server.config.secrets import sees_secrets
from server.contract.target_tools import (
    ParseCurlRequest,
    ParseCurlResponse,
    TargetDebugRequest,
    TargetDebugResponse,
)
from server.contract.targets import TargetCreate, TargetResponse, TargetUpdate
from server.deps import DataSourcesDep, SessionDep
from server.responses import AUTH, MISSING, errors
from server.targets import service
from server.targets.curl import json_body, parse_curl
from server.targets.debug import debug_target
from server.targets.proposal import propose_target

__all__ = ["router"]

router = APIRouter(tags=["targets"])

INVALID = errors(422)
# A tester moving the bot URL while a secret they saw masked would follow it.
_MOVED = errors(described={400: "The bot URL changed with a masked secret kept"})
TargetId = Annotated[int, Path(ge=1, le=2**31 - 1)]


@router.get(
    "/templates",
    response_model=list[TargetResponse],
    responses={
        **AUTH,
        200: {"headers": {"X-Total-Count": {"description": "Targets before paging"}}},
    },
)
async def list_targets(
    caller: AutoTestCaller,
    session: SessionDep,
    response: Response,
    skip: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> list[TargetResponse]:
    """Bot targets by id, the default target (the /config bot) first; total in X-Total-Count."""
    items, total = await service.list_targets(
        session,
        skip=skip,
        limit=limit,
        secrets=sees_secrets(caller),
    )
    response.headers["X-Total-Count"] = str(total)
    return items


@router.post(
    "/templates",
    response_model=TargetResponse,
    status_code=201,
    responses={**AUTH, **_MOVED, **errors(409, 422)},
)
async def create_target(
    body: TargetCreate, caller: AutoTestCaller, session: SessionDep
) -> TargetResponse:
    return await service.create_target(
        session,
        body=body,
        secrets=sees_secrets(caller),
    )


@router.post(
    "/templates/debug",
    response_model=TargetDebugResponse,
    responses={**MISSING, **INVALID, **_MOVED},
)
async def debug(
    body: TargetDebugRequest,
    request: Request,
    caller: AutoTestCaller,
    session: SessionDep,
    sources: DataSourcesDep,
) -> TargetDebugResponse:
    """Send one question as a run would: status, timing, raw answer, events, SQL, verdict."""
    engine = request.app.state.engine
    return await debug_target(
        session,
        request=body,
        clients=engine.clients,
        chat_ids=engine.chat_ids,
        sources=sources,
        sees_secrets=sees_secrets(caller),
    )


@router.get("/templates/{target_id}", response_model=TargetResponse, responses=MISSING)
async def get_target(
    target_id: TargetId, caller: AutoTestCaller, session: SessionDep
) -> TargetResponse:
    return await service.get_target(
        session,
        target_id=target_id,
        secrets=sees_secrets(caller),
    )


@router.put(
    "/templates/{target_id}",
    response_model=TargetResponse,
    responses={**MISSING, **_MOVED, **errors(409, 422)},
)
async def update_target(
    target_id: TargetId, body: TargetUpdate, caller: AutoTestCaller, session: SessionDep
) -> TargetResponse:
    """Any subset of the fields; a masked secret sent back unchanged keeps its value."""
    return await service.update_target(
        session,
        target_id=target_id,
        body=body,
        secrets=sees_secrets(caller),
    )


@router.delete(
    "/templates/{target_id}",
    status_code=204,
    response_class=Response,
    responses={**MISSING, **errors(described={409: "The default target"})},
)
async def delete_target(target_id: TargetId, _: AutoTestCaller, session: SessionDep) -> Response:
    """Delete a target; its batches keep its name. The default target cannot be deleted."""
    await service.delete_target(session, target_id=target_id)
    return Response(status_code=204)


@router.post(
    "/tools/parse-curl",
    response_model=ParseCurlResponse,
    responses={**AUTH, **errors(400, 422)},
)
async def parse_curl_command(body: ParseCurlRequest, _: AutoTestCaller) -> ParseCurlResponse:
    """A pasted "Copy as cURL" (bash or cmd) -> the request, and a target proposal."""
    parsed = parse_curl(body.curl_command)
    target, warnings = propose_target(parsed, body.sample_question)
    return ParseCurlResponse(
        method=parsed.method,
        url=parsed.url,
        headers=parsed.headers,
        body=json_body(parsed.body),
        shell=parsed.shell,
        target=target,
        warnings=warnings,
    )
