"""Metadata sources: the built-in sample catalogue and a SQL database.

The database source is used read-only: every query runs in a transaction that
is made read-only where the dialect allows it and always rolled back, with a
connect timeout and a statement timeout. A database that can't be reached is
a 503; a query that fails or returns the wrong columns is a 400. (The third
source, the uploaded workbook, lives in the app's own database and is read
through the repository.)
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from server.demo_bot.catalogue import sample_catalogue
from server.errors import BadRequest, ServiceUnavailable
from server.settings import normalise_database_url

__all__ = [
    "CONNECT_TIMEOUT_SECONDS",
    "MAX_METADATA_ROWS",
    "Entity",
    "Indicator",
    "Metadata",
    "mask_url",
    "read_database",
    "sample_metadata",
]

CONNECT_TIMEOUT_SECONDS = 5.0
QUERY_TIMEOUT_SECONDS = 30.0
MAX_METADATA_ROWS = 200_000

# Accepted column names of the two queries (lower-cased); the first is the documented one.
INDICATOR_COLUMNS = {
    "name": ("name",),
    "code": ("code",),
    "table": ("table", "table_name"),
    "category": ("category",),
}
ENTITY_COLUMNS = {"name": ("name",), "code": ("code",)}


@dataclass(frozen=True, slots=True)
class Indicator:
    name: str
    code: str
    table: str | None
    category: str | None


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    code: str


_Named = TypeVar("_Named", Indicator, Entity)


@dataclass(frozen=True, slots=True)
class Metadata:
    indicators: tuple[Indicator, ...]
    entities: tuple[Entity, ...]


def sample_metadata() -> Metadata:
    """The catalogue ``helix demo-bot`` answers about."""
    catalogue = sample_catalogue()
    return Metadata(
        indicators=tuple(
            Indicator(name=i.name, code=i.code, table=i.table, category=i.category)
            for i in catalogue.indicators
        ),
        entities=tuple(Entity(name=e.name, code=e.code) for e in catalogue.entities),
    )


def mask_url(url: str) -> str:
    """The URL with its password replaced by ``***`` (for display and error messages)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"


def _reason(exc: BaseException, url: URL) -> str:
    """A one-line reason without the password."""
    original = getattr(exc, "orig", None) or exc
    reason = str(original).strip().splitlines()[0] if str(original).strip() else ""
    reason = reason or type(original).__name__
    if url.password:
        reason = reason.replace(str(url.password), "***")
    return reason[:300]


def _parse(url: str) -> URL:
    try:
        parsed = make_url(normalise_database_url(url.strip()))
    except ArgumentError as exc:
        raise BadRequest(
            f"元数据数据库 URL 无效: {exc}", f"Invalid metadata database URL: {exc}"
        ) from exc
    try:
        parsed.get_dialect()
    except NoSuchModuleError as exc:
        raise BadRequest(
            f"不支持的数据库类型: {parsed.drivername}",
            f"Unsupported database type: {parsed.drivername}",
        ) from exc
    return parsed


def _connect_args(url: URL) -> dict[str, Any]:
    backend, driver = url.get_backend_name(), url.get_driver_name()
    if backend == "sqlite":
        return {"timeout": CONNECT_TIMEOUT_SECONDS}
    if driver == "asyncpg":
        return {"timeout": CONNECT_TIMEOUT_SECONDS}
    if driver in ("psycopg2", "psycopg", "pymysql", "mysqldb", "aiomysql", "asyncmy", "pg8000"):
        return {"connect_timeout": int(CONNECT_TIMEOUT_SECONDS)}
    return {}


def _check_reachable_file(url: URL) -> None:
    """SQLite would create a missing file: treat it as an unreachable database instead."""
    if url.get_backend_name() != "sqlite":
        return
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return
    if not Path(database).is_file():
        raise ServiceUnavailable(
            f"元数据数据库不可用: 文件不存在 {database}",
            f"Metadata database unavailable: no such file {database}",
        )


def _make_read_only(conn: Connection) -> None:
    backend = conn.dialect.name
    if backend == "postgresql":
        conn.exec_driver_sql("SET TRANSACTION READ ONLY")
        conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(QUERY_TIMEOUT_SECONDS * 1000)}")
    elif backend == "sqlite":
        conn.exec_driver_sql("PRAGMA query_only = ON")
    elif backend in ("mysql", "mariadb"):
        conn.exec_driver_sql("SET SESSION TRANSACTION READ ONLY")


def _rows(
    conn: Connection, sql: str, columns: Mapping[str, tuple[str, ...]], field: str
) -> list[dict[str, str | None]]:
    """Run one query and map its columns; 400 with the reason when it fails."""
    try:
        result = conn.execute(text(sql))
    except SQLAlchemyError as exc:
        raise BadRequest(
            f"{field} 执行失败: {_reason(exc, conn.engine.url)}",
            f"{field} failed: {_reason(exc, conn.engine.url)}",
        ) from exc
    if not result.returns_rows:
        raise BadRequest(f"{field} 没有返回结果集", f"{field} returned no rows")
    returned = result.keys()
    keys = [str(k).lower() for k in returned]
    positions: dict[str, int] = {}
    for wanted, aliases in columns.items():
        found = next((keys.index(a) for a in aliases if a in keys), None)
        if found is None:
            documented = ", ".join(columns)
            raise BadRequest(
                f"{field} 缺少列 {wanted}（应返回 {documented}；实际返回 {', '.join(keys)}）",
                f"{field} has no column {wanted} (expected {documented}; got {', '.join(keys)})",
            )
        positions[wanted] = found
    rows: list[dict[str, str | None]] = []
    try:
        for row in result:
            if len(rows) >= MAX_METADATA_ROWS:
                raise BadRequest(
                    f"{field} 返回超过 {MAX_METADATA_ROWS} 行",
                    f"{field} returned more than {MAX_METADATA_ROWS} rows",
                )
            rows.append(
                {
                    name: None if row[i] is None else str(row[i]).strip() or None
                    for name, i in positions.items()
                }
            )
    except SQLAlchemyError as exc:
        raise BadRequest(
            f"{field} 读取失败: {_reason(exc, conn.engine.url)}",
            f"{field} failed while reading: {_reason(exc, conn.engine.url)}",
        ) from exc
    return rows


def _fetch(conn: Connection, indicator_query: str, entity_query: str) -> Metadata:
    try:
        with conn.begin() as transaction:
            _make_read_only(conn)
            indicator_rows = _rows(conn, indicator_query, INDICATOR_COLUMNS, "indicator_query")
            entity_rows = _rows(conn, entity_query, ENTITY_COLUMNS, "entity_query")
            transaction.rollback()
    except DBAPIError as exc:  # e.g. the read-only setup itself failed
        raise BadRequest(
            f"元数据查询失败: {_reason(exc, conn.engine.url)}",
            f"Metadata query failed: {_reason(exc, conn.engine.url)}",
        ) from exc
    return Metadata(
        indicators=_unique(
            Indicator(name=r["name"], code=r["code"], table=r["table"], category=r["category"])
            for r in indicator_rows
            if r["name"] and r["code"]
        ),
        entities=_unique(
            Entity(name=r["name"], code=r["code"]) for r in entity_rows if r["name"] and r["code"]
        ),
    )


def _unique(items: Iterable[_Named]) -> tuple[_Named, ...]:
    """Keep the first of several rows with the same name (same name, same question)."""
    seen: set[str] = set()
    kept: list[_Named] = []
    for item in items:
        if item.name not in seen:
            seen.add(item.name)
            kept.append(item)
    return tuple(kept)


def _unreachable(exc: BaseException, url: URL) -> ServiceUnavailable:
    shown = url.render_as_string(hide_password=True)
    reason = _reason(exc, url)
    return ServiceUnavailable(
        f"元数据数据库不可用（{shown}）: {reason}",
        f"Metadata database unavailable ({shown}): {reason}",
    )


def _read_sync(url: URL, indicator_query: str, entity_query: str) -> Metadata:
    engine = create_engine(url, poolclass=NullPool, connect_args=_connect_args(url))
    try:
        try:
            conn = engine.connect()
        # Whatever stops the connection (refused, DNS, auth, timeout) means "unreachable".
        except Exception as exc:
            raise _unreachable(exc, url) from exc
        with conn:
            return _fetch(conn, indicator_query, entity_query)
    finally:
        engine.dispose()


async def _read_async(url: URL, indicator_query: str, entity_query: str) -> Metadata:
    engine = create_async_engine(url, poolclass=NullPool, connect_args=_connect_args(url))
    try:
        try:
            conn = await asyncio.wait_for(engine.connect(), CONNECT_TIMEOUT_SECONDS + 1)
        # Whatever stops the connection (refused, DNS, auth, timeout) means "unreachable".
        except Exception as exc:
            raise _unreachable(exc, url) from exc
        try:
            return await conn.run_sync(
                partial(_fetch, indicator_query=indicator_query, entity_query=entity_query)
            )
        finally:
            await conn.close()
    finally:
        await engine.dispose()


async def read_database(url: str, *, indicator_query: str, entity_query: str) -> Metadata:
    """Indicators and entities from a SQL database (sync or async driver), read-only."""
    parsed = _parse(url)
    _check_reachable_file(parsed)
    try:
        if parsed.get_dialect().is_async:
            work = _read_async(parsed, indicator_query, entity_query)
        else:
            work = asyncio.to_thread(_read_sync, parsed, indicator_query, entity_query)
        return await asyncio.wait_for(work, CONNECT_TIMEOUT_SECONDS + QUERY_TIMEOUT_SECONDS)
    except TimeoutError as exc:
        raise _unreachable(exc, parsed) from exc
    except ImportError as exc:  # the driver named in the URL is not installed
        raise BadRequest(
            f"未安装数据库驱动: {exc.name or exc}",
            f"Database driver not installed: {exc.name or exc}",
        ) from exc
