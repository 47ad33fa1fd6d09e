"""The demo Q&A bot: a small ASGI app that answers like the ChatBI bot in ``samples/``.

``POST /brain/faq/session/ask`` with ``{"user_input": ..., "chatId": ...}`` answers an
SSE stream (interpretation, thought and conclusion chunks, then an ``ANSWER`` event
whose ``content.visual.sql`` holds the SQL), or one JSON object in ``json`` mode.
``GET /stats`` reports what it saw (requests, faults, duplicate chat ids, concurrency).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from collections import Counter
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qs

from starlette.types import Message, Receive, Scope, Send

from server.demo_bot.answer import Answer, answer_content, compose_answer
from server.demo_bot.catalogue import Catalogue, sample_catalogue
from server.demo_bot.faults import Decision, FaultPicker
from server.demo_bot.options import DemoBotOptions

__all__ = ["ASK_PATH", "DemoBotApp", "create_demo_bot_app"]

log = logging.getLogger("server.demo_bot")

ASK_PATH = "/brain/faq/session/ask"
MAX_BODY = 1024 * 1024
# Remember this many chat ids to spot a client that reuses them.
CHAT_ID_MEMORY = 1_000_000
# Phases of an answer, as shares of the latency: first event, thoughts done, answer.
FIRST_EVENT_AT, THOUGHTS_AT = 0.1, 0.6
SPLIT_CHUNK = 61


class ConnectionResetFault(Exception):
    """Raised mid-response so the server drops the connection (the ``reset`` fault)."""


class _QuietReset(logging.Filter):
    """Keeps uvicorn from logging a traceback for the resets we cause on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        return not isinstance(exc, ConnectionResetFault)


def _sse(payload: Any, *, crlf: bool = False) -> bytes:
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    end = "\r\n" if crlf else "\n"
    return f"data: {data}{end}{end}".encode()


class DemoBotApp:
    """The ASGI callable; keeps counters that ``/stats`` reports."""

    def __init__(self, options: DemoBotOptions, catalogue: Catalogue | None = None) -> None:
        self.options = options
        self.catalogue = catalogue or sample_catalogue()
        self.picker = FaultPicker(options)
        self.stats: Counter[str] = Counter()
        self.faults: Counter[str] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0
        self._chat_ids: set[Any] = set()
        self._answer_ids = itertools.count(7001, 2)
        logging.getLogger("uvicorn.error").addFilter(_QuietReset())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        path = scope["path"].rstrip("/") or "/"
        if path == ASK_PATH and scope["method"] in ("POST", "GET"):
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                await self._ask(scope, receive, send)
            finally:
                self.in_flight -= 1
        elif path == "/stats" and scope["method"] == "GET":
            await self._json(send, 200, self.snapshot())
        elif path == "/health":
            await self._json(send, 200, {"status": "ok"})
        else:
            await self._json(send, 404, {"error": "not found"})

    def snapshot(self) -> dict[str, Any]:
        return {
            **self.stats,
            "requests": self.stats["requests"],
            "answers": self.stats["answers"],
            "duplicate_chat_ids": self.stats["duplicate_chat_ids"],
            "faults": dict(self.faults),
            "in_flight": self.in_flight,
            "max_in_flight": self.max_in_flight,
        }

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _read_body(self, receive: Receive) -> bytes:
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            body += message.get("body", b"")
            if len(body) > MAX_BODY or not message.get("more_body"):
                break
        return bytes(body)

    async def _json(
        self,
        send: Send,
        status: int,
        payload: Any,
        headers: Sequence[tuple[bytes, bytes]] = (),
    ) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json; charset=utf-8"),
                    (b"content-length", str(len(body)).encode()),
                    *headers,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    def _authorised(self, scope: Scope) -> bool:
        token = self.options.require_token
        if not token:
            return True
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        value = headers.get("authorization", "")
        return value in (token, f"Bearer {token}")

    def _request_fields(self, scope: Scope, body: bytes) -> tuple[str, Any]:
        data: dict[str, Any] = {}
        if body:
            try:
                parsed = json.loads(body)
                if isinstance(parsed, dict):
                    data = parsed
            except ValueError:
                data = {}
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        for key, values in query.items():
            data.setdefault(key, values[0])
        question = str(data.get("user_input") or data.get("question") or data.get("query") or "")
        chat_id = data.get("chatId", data.get("chat_id"))
        return question, chat_id

    def _check_chat_id(self, chat_id: Any) -> None:
        if chat_id is None or chat_id == "":
            self.stats["missing_chat_ids"] += 1
            log.warning("request without a chat id: answers may mix up sessions")
            return
        key = str(chat_id)
        if key in self._chat_ids:
            self.stats["duplicate_chat_ids"] += 1
            log.warning("duplicate chat id %s: a real bot would mix up these sessions", key)
            return
        if len(self._chat_ids) >= CHAT_ID_MEMORY:
            self._chat_ids.clear()
        self._chat_ids.add(key)

    async def _ask(self, scope: Scope, receive: Receive, send: Send) -> None:
        loop = asyncio.get_running_loop()
        started = loop.time()
        self.stats["requests"] += 1
        body = await self._read_body(receive)
        if not self._authorised(scope):
            self.stats["unauthorised"] += 1
            await self._json(send, 401, {"error": "unauthorized", "message": "token required"})
            return
        question, chat_id = self._request_fields(scope, body)
        if not question.strip():
            await self._json(send, 400, {"error": "bad request", "message": "user_input missing"})
            return
        self._check_chat_id(chat_id)
        decision = self.picker.decide(question)
        if decision.fault:
            self.faults[decision.fault] += 1
            log.info("fault %s for chat id %s", decision.fault, chat_id)
        if decision.wrong:
            self.stats["wrong"] += 1
        answer = compose_answer(question, self.catalogue, wrong=decision.wrong)
        latency = self.options.latency_ms / 1000.0 + decision.jitter

        async def at(share: float) -> None:
            delay = started + latency * share - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)

        if decision.fault in ("500", "429"):
            await at(FIRST_EVENT_AT)
            if decision.fault == "500":
                await self._json(send, 500, {"error": "internal error", "message": "服务繁忙"})
            else:
                await self._json(
                    send,
                    429,
                    {"error": "too many requests", "message": "请求过于频繁"},
                    [(b"retry-after", b"0")],
                )
            return
        if self.options.mode == "json":
            await self._answer_json(send, receive, question, answer, decision, at)
        else:
            await self._answer_sse(send, receive, question, answer, decision, at)
        if decision.fault not in ("hang", "reset", "no-answer"):
            self.stats["answers"] += 1

    async def _hang(self, receive: Receive) -> None:
        """Say nothing until the client gives up (or ``hang_seconds`` pass)."""
        try:
            async with asyncio.timeout(self.options.hang_seconds):
                while (await receive())["type"] != "http.disconnect":
                    pass
        except TimeoutError:
            pass

    async def _answer_sse(
        self,
        send: Send,
        receive: Receive,
        question: str,
        answer: Answer,
        decision: Decision,
        at: Any,
    ) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/event-stream; charset=utf-8"),
                    (b"cache-control", b"no-cache"),
                ],
            }
        )
        if decision.fault == "hang":
            await self._hang(receive)
            return
        crlf = decision.fault == "split"
        first = b"".join(
            _sse(event, crlf=crlf)
            for event in (
                {"content": "", "type": "QUESTION_INTERPRETATION", "status": "START"},
                {"content": "", "type": "QUESTION_INTERPRETATION_THOUGHT", "status": "START"},
                *(
                    {"content": text, "type": "QUESTION_INTERPRETATION_THOUGHT"}
                    for text in answer.thoughts
                ),
            )
        )
        await at(FIRST_EVENT_AT)
        await send({"type": "http.response.body", "body": first, "more_body": True})
        if decision.fault == "reset":
            raise ConnectionResetFault("demo bot: connection reset on purpose")
        second = b"".join(
            _sse(event, crlf=crlf)
            for event in (
                {"content": "", "type": "QUESTION_INTERPRETATION_THOUGHT", "status": "END"},
                {"content": "", "type": "QUESTION_INTERPRETATION_CONCLUSION", "status": "START"},
                {"content": answer.conclusion, "type": "QUESTION_INTERPRETATION_CONCLUSION"},
                {"content": "", "type": "QUESTION_INTERPRETATION_CONCLUSION", "status": "END"},
                {"content": "", "type": "QUESTION_INTERPRETATION", "status": "END"},
            )
        )
        await at(THOUGHTS_AT)
        await send({"type": "http.response.body", "body": second, "more_body": True})
        await at(1.0)
        if decision.fault == "no-answer":
            await send({"type": "http.response.body", "body": _sse("[DONE]")})
            return
        content = answer_content(answer, question, answer_id=next(self._answer_ids))
        answer_event = {"content": content, "type": "ANSWER"}
        if crlf:
            # One event over two ``data:`` lines (joined with a newline: still valid JSON).
            text = json.dumps(answer_event, ensure_ascii=False)
            head, _, rest = text.partition(" ")
            answer_bytes = f"data: {head}\r\ndata: {rest}\r\n\r\n".encode()
        else:
            answer_bytes = _sse(answer_event)
        last = b"".join(
            (
                _sse({"content": "", "type": "ANSWER", "status": "START"}, crlf=crlf),
                answer_bytes,
                _sse({"content": "", "type": "ANSWER", "status": "END"}, crlf=crlf),
                _sse("[DONE]", crlf=crlf),
            )
        )
        if decision.fault == "split":
            await self._send_in_pieces(send, last)
        else:
            await send({"type": "http.response.body", "body": last})

    async def _send_in_pieces(self, send: Send, data: bytes) -> None:
        for start in range(0, len(data), SPLIT_CHUNK):
            piece = data[start : start + SPLIT_CHUNK]
            await send({"type": "http.response.body", "body": piece, "more_body": True})
            await asyncio.sleep(0.001)
        await send({"type": "http.response.body", "body": b""})

    async def _answer_json(
        self,
        send: Send,
        receive: Receive,
        question: str,
        answer: Answer,
        decision: Decision,
        at: Any,
    ) -> None:
        if decision.fault == "hang":
            await self._hang(receive)
            return
        await at(1.0)
        if decision.fault == "no-answer":
            payload: dict[str, Any] = {
                "type": "ANSWER",
                "status": 0,
                "content": {"text": "抱歉，暂时无法回答这个问题。"},
            }
        else:
            content = answer_content(answer, question, answer_id=next(self._answer_ids))
            payload = {"type": "ANSWER", "status": 0, "content": content}
        body = json.dumps(payload, ensure_ascii=False).encode()
        start: Message = {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json; charset=utf-8")],
        }
        await send(start)
        if decision.fault == "reset":
            half = body[: len(body) // 2]
            await send({"type": "http.response.body", "body": half, "more_body": True})
            raise ConnectionResetFault("demo bot: connection reset on purpose")
        if decision.fault == "split":
            await self._send_in_pieces(send, body)
        else:
            await send({"type": "http.response.body", "body": body})


def create_demo_bot_app(options: DemoBotOptions | None = None) -> DemoBotApp:
    """The demo bot as an ASGI app (run it with uvicorn)."""
    return DemoBotApp(options or DemoBotOptions())
