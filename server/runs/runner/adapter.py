"""The bot adapter: ask the Q&A bot one question as the config says, and get its SQL.

Workers borrow their ``httpx.AsyncClient`` from ``BotClients`` (connections are
reused across cases); each request gets its own timeouts. 429, 5xx and network
errors are retried with exponential backoff; anything else that keeps the SQL
from us is a clear ERROR.
The token goes into a header and nowhere else (never a log line, never a message).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import ssl
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from server.bot_hosts import BotHostPolicy, BotHostRefused
from server.contract.config import ConfigResponse
from server.db.models.autotest import RAW_ANSWER_LIMIT
from server.runs.runner.extract import extract_sql, parse_part, part_kind
from server.runs.runner.sse import SSEDecoder
from server.runs.runner.timeline import AskTimeline

__all__ = ["BotAdapter", "BotAnswer", "BotClients", "ChatIds"]

_PLACEHOLDER = re.compile(r"\{(question|chat_id|case_id)\}")
# Honour a bot's Retry-After, but never wait longer than this between attempts.
MAX_RETRY_AFTER = 30.0
# A JSON answer larger than this is not read to the end.
MAX_JSON_BYTES = 16 * 1024 * 1024
_SNIPPET = 200
# Bytes read after ``[DONE]`` (to reuse the connection) before giving up on it.
MAX_AFTER_DONE = 64 * 1024


class BotClients:
    """HTTP clients for the bot: each worker borrows one for its life and gives it back.

    One client (one keep-alive connection) per worker instead of one big shared
    pool: httpcore's pool does work quadratic in its connection count on every
    request, which at 50 concurrent requests cost more CPU than the rest of the
    runner. Clients are reused across cases and batches and share one TLS context.
    """

    def __init__(self, hosts: BotHostPolicy | None = None) -> None:
        self._hosts = hosts or BotHostPolicy()
        self._free: list[httpx.AsyncClient] = []
        self._all: list[httpx.AsyncClient] = []
        self._tls: ssl.SSLContext | None = None

    def acquire(self) -> httpx.AsyncClient:
        if self._free:
            return self._free.pop()
        if self._tls is None:
            self._tls = httpx.create_ssl_context()
        client = httpx.AsyncClient(
            verify=self._tls,
            limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
            follow_redirects=True,
            # Every request, redirects included, goes only to an allowed host.
            event_hooks={"request": [self._hosts.check_request]},
        )
        self._all.append(client)
        return client

    def release(self, client: httpx.AsyncClient) -> None:
        self._free.append(client)

    @property
    def size(self) -> int:
        return len(self._all)

    async def aclose(self) -> None:
        clients, self._all, self._free = self._all, [], []
        for client in clients:
            await client.aclose()


class ChatIds:
    """Chat ids unique per request, also across server restarts (they start at the time, in
    microseconds) and across the processes of a team server: each process counts in steps
    of ``SLOTS`` from its own slot, which no other live process holds."""

    SLOTS = 64

    def __init__(self, slot: int = 0) -> None:
        self.slot = slot
        self.use_slot(slot)

    def use_slot(self, slot: int) -> None:
        if not 0 <= slot < self.SLOTS:
            raise ValueError(f"chat id slot {slot} is not in 0..{self.SLOTS - 1}")
        start = int(time.time() * 1_000_000) // self.SLOTS * self.SLOTS + slot
        self.slot = slot
        self._next = itertools.count(start, self.SLOTS)

    def __call__(self) -> int:
        return next(self._next)


@dataclass(frozen=True, slots=True)
class BotAnswer:
    """What one question got: the SQL, or the reason there is none."""

    sql: str | None
    raw: str
    error: str | None = None
    attempts: int = 1
    # The HTTP status of the last attempt (None when no response came back).
    status_code: int | None = None
    timeline: AskTimeline | None = None


@dataclass(slots=True)
class _Exchange:
    """What one attempt saw before it ended, however it ended."""

    status_code: int | None = None


class _Retryable(Exception):
    def __init__(self, message: str, *, raw: str = "", delay: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.raw = raw
        self.delay = delay


class _Failed(Exception):
    def __init__(self, message: str, *, raw: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.raw = raw


def _render(value: Any, values: dict[str, Any]) -> Any:
    if isinstance(value, str):
        whole = _PLACEHOLDER.fullmatch(value)
        if whole:
            return values[whole.group(1)]
        return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]), value)
    if isinstance(value, dict):
        return {k: _render(v, values) for k, v in value.items()}
    if isinstance(value, list):
        return [_render(v, values) for v in value]
    return value


class _RawText:
    """The first ``RAW_ANSWER_LIMIT`` characters of an answer, for debugging."""

    def __init__(self) -> None:
        self._bytes = bytearray()
        self._cap = RAW_ANSWER_LIMIT * 4

    def add(self, chunk: bytes) -> None:
        room = self._cap - len(self._bytes)
        if room > 0:
            self._bytes += chunk[:room]

    def text(self) -> str:
        return self._bytes.decode("utf-8", errors="replace")[:RAW_ANSWER_LIMIT]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    if value.replace(".", "", 1).isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    return None


class BotAdapter:
    """Asks the bot configured in ``config``; one per run."""

    def __init__(self, config: ConfigResponse, *, chat_ids: ChatIds) -> None:
        self.config = config
        self.chat_ids = chat_ids
        self._timeout = httpx.Timeout(
            connect=config.connect_timeout,
            read=config.first_byte_timeout,
            write=config.connect_timeout,
            pool=config.total_timeout,
        )
        self._headers = self._base_headers()
        self._host = urlsplit(config.bot_url).netloc

    def _base_headers(self) -> dict[str, str]:
        accept = {
            "sse": "text/event-stream",
            "json": "application/json",
            "auto": "text/event-stream, application/json",
        }[self.config.response_mode]
        headers = {"Accept": accept, **self.config.headers}
        token = self.config.user_token
        if token:
            if self.config.token_mode == "bearer":
                headers["Authorization"] = f"Bearer {token}"
            elif self.config.token_mode == "header":
                headers[self.config.token_header] = token
            else:
                headers["Authorization"] = token
        return headers

    def _request(self, client: httpx.AsyncClient, *, question: str, case_id: int) -> httpx.Request:
        values = {"question": question, "chat_id": self.chat_ids(), "case_id": case_id}
        body = _render(self.config.body_template, values)
        if self.config.bot_method == "GET":
            params = {
                k: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
                for k, v in body.items()
            }
            return client.build_request(
                "GET",
                self.config.bot_url,
                params=params,
                headers=self._headers,
                timeout=self._timeout,
            )
        return client.build_request(
            "POST", self.config.bot_url, json=body, headers=self._headers, timeout=self._timeout
        )

    async def ask(self, client: httpx.AsyncClient, *, question: str, case_id: int) -> BotAnswer:
        """The bot's SQL for a question, with retries; never raises for bot trouble."""
        retries = self.config.max_retries
        timeline = AskTimeline()
        for attempt in range(retries + 1):
            seen = _Exchange()
            try:
                async with asyncio.timeout(self.config.total_timeout):
                    sql, raw = await self._attempt(
                        client, question=question, case_id=case_id, seen=seen, timeline=timeline
                    )
                if timeline.answer is None:
                    # Found at the end (a JSON answer, or SQL outside an ANSWER event).
                    timeline.answer = timeline.end
                return BotAnswer(sql, raw, None, attempt + 1, seen.status_code, timeline)
            except TimeoutError:
                message = f"回答超时: {self.config.total_timeout:g} 秒内未完成"
                return BotAnswer(
                    None,
                    "",
                    _with_attempts(message, attempt),
                    attempt + 1,
                    seen.status_code,
                    timeline,
                )
            except _Failed as exc:
                message = _with_attempts(exc.message, attempt)
                return BotAnswer(None, exc.raw, message, attempt + 1, seen.status_code, timeline)
            except _Retryable as exc:
                if attempt >= retries:
                    message = _with_attempts(exc.message, attempt)
                    return BotAnswer(
                        None, exc.raw, message, attempt + 1, seen.status_code, timeline
                    )
                timeline.retried(exc.message)
                delay = exc.delay
                if delay is None:
                    delay = self.config.retry_backoff * (2**attempt)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _attempt(
        self,
        client: httpx.AsyncClient,
        *,
        question: str,
        case_id: int,
        seen: _Exchange,
        timeline: AskTimeline,
    ) -> tuple[str, str]:
        request = self._request(client, question=question, case_id=case_id)
        raw = _RawText()
        got_body = False
        try:
            timeline.attempt_started()
            response = await client.send(request, stream=True)
            timeline.headers = time.perf_counter()
            seen.status_code = response.status_code
            try:
                if response.status_code >= 400:
                    await self._status_error(response)
                mode = self._mode(response)
                if mode == "json":
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        got_body = True
                        raw.add(chunk)
                        body += chunk
                        if len(body) > MAX_JSON_BYTES:
                            raise _Failed("回答过大，无法解析", raw=raw.text())
                    timeline.end = time.perf_counter()
                    return self._from_json(bytes(body), raw.text()), raw.text()
                decoder = SSEDecoder()
                parts: list[Any] = []
                done = False
                after_done = 0
                async for chunk in response.aiter_bytes():
                    got_body = True
                    raw.add(chunk)
                    if done:
                        # Read to the end so the connection goes back to the pool,
                        # unless the bot keeps talking after [DONE].
                        after_done += len(chunk)
                        if after_done > MAX_AFTER_DONE:
                            break
                        continue
                    for event in decoder.feed(chunk):
                        if event.data.strip() == "[DONE]":
                            done = True
                            break
                        part = parse_part(event.data)
                        parts.append(part)
                        if timeline.answer is None:
                            _mark_event(timeline, part)
                if not done:
                    parts.extend(parse_part(e.data) for e in decoder.close() if e.data != "[DONE]")
                timeline.end = time.perf_counter()
                return self._from_events(parts, raw.text()), raw.text()
            finally:
                await response.aclose()
        except BotHostRefused as exc:
            raise _Failed(exc.text.zh, raw=raw.text()) from exc
        except httpx.ConnectTimeout as exc:
            raise _Retryable(
                f"连接超时: {self.config.connect_timeout:g} 秒内未连上 {self._host}"
            ) from exc
        except httpx.ConnectError as exc:
            raise _Retryable(f"无法连接问答机器人 {self._host}: {exc}") from exc
        except httpx.ReadTimeout as exc:
            if got_body:
                message = f"读取超时: 回答中断超过 {self.config.first_byte_timeout:g} 秒"
            else:
                message = f"首字节超时: {self.config.first_byte_timeout:g} 秒内没有收到回答"
            raise _Failed(message, raw=raw.text()) from exc
        except httpx.PoolTimeout as exc:
            raise _Failed("等待可用连接超时", raw=raw.text()) from exc
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            where = "收到部分回答后" if got_body else "回答前"
            raise _Retryable(f"连接中断 ({where}): {exc}", raw=raw.text()) from exc
        except httpx.TransportError as exc:
            raise _Retryable(f"网络错误: {type(exc).__name__}: {exc}", raw=raw.text()) from exc

    async def _status_error(self, response: httpx.Response) -> None:
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > 4096:
                break
        snippet = body.decode("utf-8", errors="replace").strip()[:_SNIPPET]
        status = response.status_code
        message = f"HTTP {status}: {snippet}" if snippet else f"HTTP {status}"
        raw = body.decode("utf-8", errors="replace")
        if status == 429:
            raise _Retryable(message, raw=raw, delay=_retry_after(response))
        if status >= 500:
            raise _Retryable(message, raw=raw)
        if status == 401:
            message = f"HTTP 401: 令牌无效或已过期 ({snippet})" if snippet else "HTTP 401: 令牌无效"
        raise _Failed(message, raw=raw)

    def _mode(self, response: httpx.Response) -> str:
        if self.config.response_mode != "auto":
            return self.config.response_mode
        content_type = response.headers.get("content-type", "").lower()
        return "json" if "json" in content_type else "sse"

    def _from_json(self, body: bytes, raw: str) -> str:
        text = body.decode("utf-8", errors="replace").strip()
        if not text:
            raise _Failed("回答为空", raw=raw)
        try:
            payload = json.loads(text)
        except ValueError as exc:
            raise _Failed(f"回答不是有效的 JSON: {exc}", raw=raw) from exc
        sql = extract_sql([payload], self.config.sql_paths, self.config.judge_dialect)
        if sql is None:
            raise _Failed("回答中没有 SQL", raw=raw)
        return sql

    def _from_events(self, parts: list[Any], raw: str) -> str:
        if not parts:
            raise _Failed("回答为空: 没有收到任何事件", raw=raw)
        sql = extract_sql(parts, self.config.sql_paths, self.config.judge_dialect)
        if sql is None:
            has_answer = any(
                isinstance(p, dict) and str(p.get("type", "")).upper() == "ANSWER" for p in parts
            )
            if has_answer:
                raise _Failed("ANSWER 事件中没有 SQL", raw=raw)
            raise _Failed("流已结束但没有回答: 未收到 ANSWER 事件或 SQL", raw=raw)
        return sql


def _mark_event(timeline: AskTimeline, part: Any) -> None:
    """First event, first interpretation event, first ANSWER event with content."""
    now = time.perf_counter()
    if timeline.first_event is None:
        timeline.first_event = now
    kind = part_kind(part)
    if kind == "thought":
        if timeline.interpretation is None:
            timeline.interpretation = now
    elif kind == "answer" and part.get("content"):
        timeline.answer = now


def _with_attempts(message: str, attempt: int) -> str:
    return f"{message} (已重试 {attempt} 次)" if attempt else message
