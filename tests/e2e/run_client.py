"""What the run tests share: storing cases, configuring the bot, following a batch live."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
from httpx_ws import WebSocketDisconnect, aconnect_ws

from server.db import Database
from server.db.models.autotest import Batch, BatchResult, Case
from server.settings import Settings

__all__ = ["add_cases", "batch_rows", "configure", "follow", "start_run", "wait_for"]


async def add_cases(settings: Settings, cases: list[dict[str, Any]]) -> list[int]:
    """Store cases through the storage layer (the /cases API belongs to another issue)."""
    database = Database(settings.resolved_database_url())
    try:
        async with database.session() as session:
            rows = [Case(**{"is_active": True, "expected_keywords": "", **case}) for case in cases]
            session.add_all(rows)
            await session.commit()
            return [row.id for row in rows]
    finally:
        await database.dispose()


async def batch_rows(settings: Settings, batch_id: str) -> tuple[Batch, list[BatchResult]]:
    from sqlalchemy import select

    database = Database(settings.resolved_database_url())
    try:
        async with database.session() as session:
            batch = await session.get(Batch, batch_id)
            rows = (
                await session.execute(
                    select(BatchResult)
                    .where(BatchResult.batch_id == batch_id)
                    .order_by(BatchResult.position)
                )
            ).scalars()
            assert batch is not None
            return batch, list(rows)
    finally:
        await database.dispose()


async def configure(client: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    response = await client.post("/config", json=fields)
    assert response.status_code == 200, response.text
    return response.json()


async def start_run(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    response = await client.post("/run", json=body)
    assert response.status_code == 200, response.text
    return response.json()


async def follow(
    ws_url: str,
    token: str,
    batch_id: str,
    *,
    timeout: float = 60,
    on_message: Any = None,
) -> list[dict[str, Any]]:
    """Every message of the batch's WebSocket until the server closes it."""
    messages: list[dict[str, Any]] = []
    async with (
        httpx.AsyncClient() as client,
        aconnect_ws(f"{ws_url}/run/ws/{batch_id}?token={token}", client) as ws,
    ):
        async with asyncio.timeout(timeout):
            while True:
                try:
                    text = await ws.receive_text()
                except WebSocketDisconnect:
                    break
                message = json.loads(text)
                messages.append(message)
                if on_message is not None:
                    await on_message(message)
    return messages


async def wait_for(condition: Any, *, timeout: float = 30, interval: float = 0.02) -> None:
    """Poll an async condition (a real server's state) until it holds."""
    async with asyncio.timeout(timeout):
        while not await condition():
            await asyncio.sleep(interval)
