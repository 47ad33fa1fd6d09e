"""Shared by the generator tests: set config rows, build metadata databases and workbooks."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from sqlalchemy import func, select

from server.db.models.autotest import Case, ConfigEntry


async def set_config(app: FastAPI, **values: Any) -> None:
    """Write config rows the way the config domain stores them (one row per field)."""
    async with app.state.database.session() as session:
        for key, value in values.items():
            await session.merge(ConfigEntry(key=key, value=value))
        await session.commit()


async def all_cases(app: FastAPI) -> list[Case]:
    async with app.state.database.session() as session:
        return list((await session.execute(select(Case).order_by(Case.id))).scalars())


async def case_count(app: FastAPI) -> int:
    async with app.state.database.session() as session:
        return (await session.execute(select(func.count(Case.id)))).scalar_one()


def metadata_sqlite(
    path: Path,
    *,
    indicators: list[tuple[str, str, str, str]],
    entities: list[tuple[str, str]],
) -> Path:
    """A real SQLite file with ``indicators`` and ``entities`` tables."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE indicators (name TEXT, code TEXT, table_name TEXT, category TEXT)"
        )
        conn.execute("CREATE TABLE entities (name TEXT, code TEXT)")
        conn.executemany("INSERT INTO indicators VALUES (?, ?, ?, ?)", indicators)
        conn.executemany("INSERT INTO entities VALUES (?, ?)", entities)
    conn.close()
    return path
