"""Execution comparison: run the expected and the bot's SQL on a validation database.

The bot's SQL is untrusted: only a single SELECT/WITH statement is run, on a
read-only connection (SQLite opened with ``mode=ro`` and ``query_only``; PostgreSQL
in a ``READ ONLY`` transaction), with a statement timeout and a row cap. Results are
compared as multisets of rows, in order only when the expected SQL has a top-level
``ORDER BY``.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy.engine import make_url

__all__ = [
    "ROW_CAP",
    "STATEMENT_TIMEOUT",
    "ComparisonError",
    "UnsafeSql",
    "ValidationDatabase",
    "ValidationUnavailable",
    "check_single_select",
    "has_top_level_order_by",
]

ROW_CAP = 10_000
STATEMENT_TIMEOUT = 15.0

_FORBIDDEN = re.compile(
    r"\b(INSERT|UPDATE|DELETE|DROP|ALTER|CREATE|ATTACH|DETACH|PRAGMA|COPY|GRANT|REVOKE|"
    r"TRUNCATE|MERGE|VACUUM|CALL|EXEC|EXECUTE|LOCK|SET|RESET|LOAD|REINDEX|ANALYZE)\b"
)
_ORDER_BY = re.compile(r"\bORDER\s+BY\b")


class UnsafeSql(ValueError):
    """The SQL is not a single read-only query, so it is not run."""


class ValidationUnavailable(RuntimeError):
    """The validation database could not be reached or used."""


class ComparisonError(RuntimeError):
    """A query failed on the validation database (``which`` says whose)."""

    def __init__(self, which: str, reason: str) -> None:
        super().__init__(reason)
        self.which = which
        self.reason = reason


def _mask(sql: str) -> tuple[str, str]:
    """(the SQL without comments and string contents, only its top-level characters)."""
    out: list[str] = []
    top: list[str] = []
    depth = 0
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch == "-" and sql.startswith("--", i):
            end = sql.find("\n", i)
            i = n if end < 0 else end
            continue
        if ch == "/" and sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            i = n if end < 0 else end + 2
            out.append(" ")
            top.append(" ")
            continue
        if ch in ("'", '"', "`"):
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:  # doubled quote escapes itself
                        end += 2
                        continue
                    break
                end += 1
            out.append(ch + ch)
            if depth == 0:
                top.append(ch + ch)
            i = end + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
            out.append(ch)
            i += 1
            continue
        out.append(ch)
        if depth == 0:
            top.append(ch)
        i += 1
    return "".join(out), "".join(top)


def check_single_select(sql: str) -> str:
    """The SQL without a trailing ``;`` if it is one SELECT/WITH statement; else ``UnsafeSql``."""
    text = sql.strip().rstrip(";").strip()
    masked, _ = _mask(text)
    masked = masked.strip().upper()
    if ";" in masked:
        raise UnsafeSql("含多条语句 (more than one statement)")
    first = masked.lstrip("( \n\r\t")
    if not (first.startswith("SELECT") or first.startswith("WITH")):
        raise UnsafeSql("不是 SELECT 查询 (not a SELECT query)")
    found = _FORBIDDEN.search(masked)
    if found:
        raise UnsafeSql(f"含不允许的关键字 {found.group(1)} (forbidden keyword)")
    return text


def has_top_level_order_by(sql: str) -> bool:
    _, top = _mask(sql)
    return bool(_ORDER_BY.search(top.upper()))


def _value(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, int | str):
        return value
    if isinstance(value, float | Decimal):
        number = float(value)
        if number.is_integer():
            return int(number)
        return round(number, 9)
    if isinstance(value, datetime | date | dtime):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


@dataclass(frozen=True, slots=True)
class Rows:
    rows: list[tuple[Any, ...]]
    truncated: bool


def _describe(row: tuple[Any, ...]) -> str:
    text = "(" + ", ".join(repr(v) for v in row) + ")"
    return text if len(text) <= 120 else text[:117] + "...)"


def compare_rows(
    expected: list[tuple[Any, ...]], actual: list[tuple[Any, ...]], *, ordered: bool
) -> str:
    """``""`` when the results match, else how they differ."""
    if expected and actual and len(expected[0]) != len(actual[0]):
        return f"执行结果不一致: 期望 {len(expected[0])} 列, 实际 {len(actual[0])} 列"
    want, got = Counter(expected), Counter(actual)
    if want != got:
        missing = list((want - got).elements())
        extra = list((got - want).elements())
        parts = [f"执行结果不一致: 期望 {len(expected)} 行, 实际 {len(actual)} 行"]
        if missing:
            parts.append(f"缺少 {len(missing)} 行 (如 {_describe(missing[0])})")
        if extra:
            parts.append(f"多出 {len(extra)} 行 (如 {_describe(extra[0])})")
        return ", ".join(parts)
    if ordered and expected != actual:
        first = next(i for i, (a, b) in enumerate(zip(expected, actual, strict=True)) if a != b)
        return f"执行结果顺序不一致: 第 {first + 1} 行起不同"
    return ""


class ValidationDatabase:
    """A read-only connection target for execution comparison (SQLite or PostgreSQL)."""

    def __init__(
        self, url: str, *, timeout: float = STATEMENT_TIMEOUT, row_cap: int = ROW_CAP
    ) -> None:
        self.timeout = timeout
        self.row_cap = row_cap
        parsed = make_url(url)
        self.backend = parsed.get_backend_name()
        self._pool: Any = None
        self._pool_lock = asyncio.Lock()
        if self.backend == "sqlite":
            if not parsed.database or parsed.database == ":memory:":
                raise ValidationUnavailable("SQLite 验证数据库需要文件路径 (needs a file path)")
            self._sqlite_path = Path(parsed.database)
        elif self.backend == "postgresql":
            self._dsn = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        else:
            raise ValidationUnavailable(
                f"验证数据库仅支持 SQLite 和 PostgreSQL (unsupported: {self.backend})"
            )

    async def compare(self, expected_sql: str, actual_sql: str) -> str | None:
        """``""`` when both give the same rows, a difference message, or ``None`` (not compared).

        Raises ``UnsafeSql`` for a bot query that is not a single SELECT, ``ComparisonError``
        when a query fails, ``ValidationUnavailable`` when the database can't be used.
        """
        try:
            expected = await self.fetch(check_single_select(expected_sql))
        except UnsafeSql as exc:
            raise ComparisonError("expected", str(exc)) from exc
        actual = await self.fetch(check_single_select(actual_sql), which="actual")
        if expected.truncated or actual.truncated:
            return None
        return compare_rows(
            expected.rows, actual.rows, ordered=has_top_level_order_by(expected_sql)
        )

    async def fetch(self, sql: str, *, which: str = "expected") -> Rows:
        if self.backend == "sqlite":
            return await asyncio.to_thread(self._fetch_sqlite, sql, which)
        return await self._fetch_postgres(sql, which)

    def _fetch_sqlite(self, sql: str, which: str) -> Rows:
        if not self._sqlite_path.exists():
            raise ValidationUnavailable(f"验证数据库文件不存在: {self._sqlite_path}")
        uri = f"file:{quote(str(self._sqlite_path))}?mode=ro"
        try:
            connection = sqlite3.connect(uri, uri=True, timeout=self.timeout)
        except sqlite3.Error as exc:
            raise ValidationUnavailable(f"无法打开验证数据库: {exc}") from exc
        deadline = time.monotonic() + self.timeout
        try:
            connection.execute("PRAGMA query_only = ON")
            connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
            try:
                cursor = connection.execute(sql)
                rows = cursor.fetchmany(self.row_cap + 1)
            except sqlite3.Error as exc:
                reason = "执行超时" if time.monotonic() > deadline else str(exc)
                raise ComparisonError(which, reason) from exc
        finally:
            connection.close()
        return Rows(
            rows=[tuple(_value(v) for v in row) for row in rows[: self.row_cap]],
            truncated=len(rows) > self.row_cap,
        )

    async def _postgres_pool(self) -> Any:
        import asyncpg

        async with self._pool_lock:
            if self._pool is None:
                try:
                    self._pool = await asyncpg.create_pool(
                        self._dsn, min_size=0, max_size=4, timeout=self.timeout
                    )
                except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
                    raise ValidationUnavailable(f"无法连接验证数据库: {exc}") from exc
            return self._pool

    async def _fetch_postgres(self, sql: str, which: str) -> Rows:
        import asyncpg

        pool = await self._postgres_pool()
        try:
            async with pool.acquire() as connection, connection.transaction(readonly=True):
                await connection.execute(
                    f"SET LOCAL statement_timeout = {int(self.timeout * 1000)}"
                )
                try:
                    # A prepared cursor runs exactly one statement.
                    cursor = await connection.cursor(sql)
                    rows = await cursor.fetch(self.row_cap + 1)
                except asyncpg.QueryCanceledError as exc:
                    raise ComparisonError(which, "执行超时") from exc
                except asyncpg.PostgresError as exc:
                    raise ComparisonError(which, str(exc).splitlines()[0]) from exc
        except (OSError, asyncpg.InterfaceError) as exc:
            raise ValidationUnavailable(f"验证数据库连接失败: {exc}") from exc
        return Rows(
            rows=[tuple(_value(v) for v in row.values()) for row in rows[: self.row_cap]],
            truncated=len(rows) > self.row_cap,
        )

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None
