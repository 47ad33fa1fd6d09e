"""``RunStream``: the live messages of ``/run/ws/{batch_id}``, reconnecting with backoff.

The server replays every finished case to a client that (re)connects, then goes
live. The stream remembers which ``update`` messages it already delivered and
drops them on a reconnect, so a consumer sees each finished case exactly once.
``init`` and ``batch_status`` are idempotent snapshots and are passed on again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
from httpx_ws import (
    AsyncWebSocketSession,
    HTTPXWSException,
    WebSocketDisconnect,
    WebSocketUpgradeError,
    aconnect_ws,
)

from helix_desktop.client.errors import Language, StreamFailed, api_error

__all__ = ["RunStream"]

FINAL_TYPES = frozenset({"done", "error"})
_END = object()


class _Retry(Exception):
    """The connection dropped or could not be made: try again after a pause."""


class RunStream:
    """Async-iterate for the batch's messages (dicts); ends after ``done`` or ``error``."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        path: str,
        *,
        language: Language = "zh",
        initial_delay: float = 0.2,
        max_delay: float = 5.0,
        max_failures: int = 8,
        on_reconnecting: Callable[[str], None] | None = None,
    ) -> None:
        self._http = http
        self._path = path
        self._language: Language = language
        self._initial_delay = initial_delay
        self._max_delay = max_delay
        self._max_failures = max_failures
        # Told the reason each time the connection is lost and about to be made again.
        self._on_reconnecting = on_reconnecting
        # (case id, repeat index): a batch with repeats finishes each case several times.
        self.delivered: set[tuple[int, int]] = set()
        self.connections = 0
        self._queue: asyncio.Queue[Any] = asyncio.Queue()

    async def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        pump = asyncio.create_task(self._pump())
        try:
            while True:
                item = await self._queue.get()
                if item is _END:
                    break
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump

    async def _pump(self) -> None:
        """Connect, read until a final message, reconnect on drops; report via the queue."""
        delay = self._initial_delay
        failures = 0
        try:
            while True:
                try:
                    finished = await self._read_one_connection()
                except _Retry as exc:
                    failures += 1
                    if failures > self._max_failures:
                        raise StreamFailed(self._gave_up(str(exc.__cause__ or exc))) from exc
                    self._reconnecting(str(exc))
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, self._max_delay)
                    continue
                if finished:
                    break
                # A clean close before ``done``: reconnect promptly, the replay resumes it.
                failures, delay = 0, self._initial_delay
                self._reconnecting("closed")
        except Exception as exc:  # handed to the consumer, raised where it iterates
            self._queue.put_nowait(exc)
        finally:
            self._queue.put_nowait(_END)

    async def _read_one_connection(self) -> bool:
        """Read one connection; True when a final message arrived."""
        ws: AsyncWebSocketSession  # aconnect_ws is generic in its session class
        try:
            async with aconnect_ws(self._path, self._http) as ws:
                self.connections += 1
                while True:
                    try:
                        text = await ws.receive_text()
                    except WebSocketDisconnect:
                        return False
                    try:
                        message = json.loads(text)
                    except ValueError:
                        continue
                    if not isinstance(message, dict):
                        continue
                    if self._deliver(message) and message.get("type") in FINAL_TYPES:
                        return True
        except WebSocketUpgradeError as exc:
            status = exc.response.status_code
            if status >= 500:
                raise _Retry(f"HTTP {status}") from exc
            raise api_error(status, self._refused(status)) from exc
        except (httpx.TransportError, HTTPXWSException, OSError) as exc:
            raise _Retry(str(exc) or type(exc).__name__) from exc
        except BaseExceptionGroup as group:
            # httpx-ws wraps background-task errors in a group.
            network = group.subgroup((httpx.TransportError, HTTPXWSException, OSError))
            if network is None:
                raise
            raise _Retry(str(network.exceptions[0])) from group

    def _reconnecting(self, reason: str) -> None:
        if self._on_reconnecting is not None:
            self._on_reconnecting(reason)

    def _deliver(self, message: dict[str, Any]) -> bool:
        """Queue a message unless it repeats a finished case; True when queued."""
        if message.get("type") == "update":
            case_id = message.get("case_id")
            result = message.get("result")
            repeat_index = result.get("repeat_index", 0) if isinstance(result, dict) else 0
            if isinstance(case_id, int) and isinstance(repeat_index, int):
                key = (case_id, repeat_index)
                if key in self.delivered:
                    return False
                self.delivered.add(key)
        self._queue.put_nowait(message)
        return True

    def _refused(self, status: int) -> str:
        # The body of a refused upgrade is already closed by httpx-ws; the status says enough.
        if self._language == "en":
            return f"The server refused the live connection (HTTP {status})"
        return f"服务器拒绝了实时连接（HTTP {status}）"

    def _gave_up(self, reason: str) -> str:
        if self._language == "en":
            return f"Lost the live connection to the run ({reason}); gave up reconnecting"
        return f"与运行的实时连接中断（{reason}），重连失败"
