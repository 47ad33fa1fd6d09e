"""Throwaway PostgreSQL databases for tests and benchmarks: created empty, dropped after."""

from __future__ import annotations

import uuid

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from server.settings import normalise_database_url

__all__ = ["drop_postgres_database", "fresh_postgres_database"]


async def fresh_postgres_database(url: str, prefix: str = "helix_t_") -> str:
    """A new, empty database on the server of ``url``; its (async driver) URL."""
    async_url = make_url(normalise_database_url(url))
    name = f"{prefix}{uuid.uuid4().hex[:12]}"
    engine = create_async_engine(async_url, isolation_level="AUTOCOMMIT")
    async with engine.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await engine.dispose()
    return async_url.set(database=name).render_as_string(hide_password=False)


async def drop_postgres_database(url: str) -> None:
    """Drop the database of ``url`` (connections to it are closed first)."""
    parsed = make_url(normalise_database_url(url))
    engine = create_async_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    async with engine.connect() as conn:
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
    await engine.dispose()
