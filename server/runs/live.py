"""One ``WS /run/ws/{batch_id}`` connection: replay from the database, then live events.

The connection subscribes to the hub *before* it reads the replay; results are
published only after they are committed; so every finished case is either in the
replay or arrives live, and a live ``update`` for a case already replayed is
skipped: each finished case reaches the client exactly once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from server.auth.deps import bearer_token, user_from_token
from server.auth.tokens import TokenIssuer
from server.contract.runs import WsError, WsPing
from server.contract.vocabulary import BatchStatus
from server.db import Database
from server.errors import Forbidden, HelixError
from server.i18n import pick_language
from server.runs import service
from server.runs.runner.engine import RunEngine
from server.runs.runner.events import (
    done_event,
    init_event,
    running_event,
    status_event,
    update_event,
)
from server.runs.runner.hub import HubEvent, Subscription
from server.settings import Settings

__all__ = ["stream_batch"]

log = logging.getLogger(__name__)

CLOSE_NORMAL = 1000
CLOSE_TRY_AGAIN = 1013
CLOSE_UNAUTHORISED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_NOT_FOUND = 4404
_PING = WsPing().model_dump_json()


async def _reject(websocket: WebSocket, message: str, code: int) -> None:
    await websocket.send_text(WsError(message=message).model_dump_json())
    await websocket.close(code=code)


async def _authorise(
    websocket: WebSocket, database: Database, tokens: TokenIssuer, settings: Settings
) -> bool:
    token = bearer_token(websocket, allow_query=True)
    if token is None and settings.autotest_anonymous:
        return True
    language = pick_language(websocket.headers.get("accept-language"))
    try:
        async with database.session() as session:
            user = await user_from_token(session, tokens, token)
        if user.must_change_password:
            raise Forbidden("请先修改密码", "You must change your password first")
    except HelixError as exc:
        code = CLOSE_FORBIDDEN if exc.status_code == 403 else CLOSE_UNAUTHORISED
        await _reject(websocket, exc.detail(language), code)
        return False
    return True


async def _until_disconnect(websocket: WebSocket) -> None:
    """Read (and ignore) what the client sends until it goes away."""
    while True:
        message = await websocket.receive()
        if message["type"] == "websocket.disconnect":
            return


async def stream_batch(
    websocket: WebSocket,
    *,
    batch_id: str,
    engine: RunEngine,
    database: Database,
    tokens: TokenIssuer,
    settings: Settings,
) -> None:
    await websocket.accept()
    if not await _authorise(websocket, database, tokens, settings):
        return
    subscription = engine.hub.subscribe(batch_id)
    # The sender does the talking; the reader only notices a client that goes away.
    sender = asyncio.create_task(_replay_then_follow(websocket, batch_id, engine, subscription))
    reader = asyncio.create_task(_until_disconnect(websocket))
    try:
        await asyncio.wait({sender, reader}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        engine.hub.unsubscribe(subscription)
        for task in (sender, reader):
            task.cancel()
        for task in (sender, reader):
            # A client gone mid-send surfaces here; there is nobody left to tell.
            with contextlib.suppress(
                asyncio.CancelledError, WebSocketDisconnect, RuntimeError, OSError
            ):
                await task


async def _replay_then_follow(
    websocket: WebSocket, batch_id: str, engine: RunEngine, subscription: Subscription
) -> None:
    async with engine.database.session() as session:
        snapshot = await service.batch_snapshot(session, batch_id=batch_id)
    if snapshot is None:
        language = pick_language(websocket.headers.get("accept-language"))
        message = f"批次不存在: {batch_id}" if language == "zh" else f"Batch not found: {batch_id}"
        await _reject(websocket, message, CLOSE_NOT_FOUND)
        return
    batch = snapshot.batch
    await websocket.send_text(init_event(batch.id, snapshot.cases, batch.repeat).text)
    await websocket.send_text(status_event(batch).text)
    replayed: set[tuple[int, int]] = set()
    for row in snapshot.finished:
        await websocket.send_text(update_event(row).text)
        replayed.add((row.case_id, row.repeat_index))
    if batch.status != BatchStatus.RUNNING:
        await websocket.send_text(done_event(batch, snapshot.stability).text)
        await websocket.close(code=CLOSE_NORMAL)
        return
    for case_id in engine.in_flight(batch_id):
        await websocket.send_text(running_event(case_id).text)
    await _follow(websocket, engine, subscription, replayed)


async def _follow(
    websocket: WebSocket,
    engine: RunEngine,
    subscription: Subscription,
    replayed: set[tuple[int, int]],
) -> None:
    queue = subscription.queue
    while True:
        try:
            async with asyncio.timeout(engine.ping_interval):
                event: HubEvent = await queue.get()
        except TimeoutError:
            await websocket.send_text(_PING)
            continue
        if event.type == "overflow":
            await _reject(websocket, "客户端接收过慢，请重新连接", CLOSE_TRY_AGAIN)
            return
        if event.type == "update" and (event.case_id, event.repeat_index) in replayed:
            continue
        await websocket.send_text(event.text)
        if event.type == "done":
            if websocket.application_state == WebSocketState.CONNECTED:
                await websocket.close(code=CLOSE_NORMAL)
            return
