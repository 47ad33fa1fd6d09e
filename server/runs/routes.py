"""``/run``: start, stop and resume batches; list the running ones; follow one live (WS)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, WebSocket
from starlette.requests import HTTPConnection

from server.auth.deps import AutoTestCaller
from server.config import service as config_service
from server.contract.runs import ActiveBatch, RunRequest, RunResponse, StopResponse
from server.deps import LanguageDep, SessionDep
from server.responses import errors
from server.runs import live, service
from server.runs.runner.engine import RunEngine

router = APIRouter(prefix="/run", tags=["runs"])

ERRORS = errors(400, 401, 403, 404)


def get_engine(conn: HTTPConnection) -> RunEngine:
    return conn.app.state.engine


EngineDep = Annotated[RunEngine, Depends(get_engine)]
BatchId = Annotated[str, Query(min_length=1, max_length=64, description="batch id")]


@router.post("", response_model=RunResponse, responses=ERRORS)
async def start_run(
    caller: AutoTestCaller,
    session: SessionDep,
    engine: EngineDep,
    body: RunRequest | None = None,
) -> RunResponse:
    """Store a batch per target and start them; answers at once (follow on the WebSocket)."""
    config = await config_service.get_config(session)
    return await service.start_run(
        session,
        engine,
        config=config,
        request=body or RunRequest(),
        user_id=caller.id if caller is not None else None,
    )


@router.post("/stop", response_model=StopResponse, responses=ERRORS)
async def stop_run(
    batch_id: BatchId,
    _: AutoTestCaller,
    session: SessionDep,
    engine: EngineDep,
    language: LanguageDep,
) -> StopResponse:
    """Stop a running batch at once: cases in flight are cancelled; it ends STOPPED."""
    return await service.stop_run(session, engine, batch_id=batch_id, language=language)


@router.post("/resume", response_model=RunResponse, responses=errors(400, 401, 403, 404, 409))
async def resume_run(
    batch_id: BatchId, _: AutoTestCaller, session: SessionDep, engine: EngineDep
) -> RunResponse:
    """Run the cases of an INTERRUPTED or STOPPED batch that have no result yet."""
    config = await config_service.get_config(session)
    return await service.resume_run(session, engine, config=config, batch_id=batch_id)


@router.get("/active-batches", response_model=list[ActiveBatch], responses=ERRORS)
async def active_batches(_: AutoTestCaller, session: SessionDep) -> list[ActiveBatch]:
    return await service.active_batches(session)


@router.websocket("/ws/{batch_id}")
async def run_stream(websocket: WebSocket, batch_id: str) -> None:
    """init, batch_status, one update per finished case, live events, done."""
    state = websocket.app.state
    await live.stream_batch(
        websocket,
        batch_id=batch_id,
        engine=state.engine,
        database=state.database,
        tokens=state.tokens,
        settings=state.settings,
    )
