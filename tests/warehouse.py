"""A small seeded warehouse over the demo catalogue's tables, on SQLite, PostgreSQL or MariaDB.

Every table of the catalogue gets its entity code and name columns, its date column
and one numeric column per indicator, with one row per entity and period. Values are
computed, so tests can say what a query must return.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from server.demo_bot.catalogue import sample_catalogue

__all__ = [
    "MYSQL_URL",
    "PERIODS",
    "POSTGRES_URL",
    "indicator_value",
    "warehouse_statements",
    "warehouse_url",
]

POSTGRES_URL = os.environ.get("HELIX_TEST_POSTGRES_URL")
MYSQL_URL = os.environ.get("HELIX_TEST_MYSQL_URL")
PERIODS = ("20230101", "20230630", "20231231", "20240630")


def indicator_value(entity_index: int, indicator_index: int, period_index: int) -> float:
    return round((entity_index + 1) * 10 + indicator_index + period_index * 0.25, 2)


def warehouse_statements() -> list[str]:
    """CREATE TABLE and INSERT statements (standard SQL every backend here reads)."""
    catalogue = sample_catalogue()
    statements: list[str] = []
    for table in catalogue.tables:
        codes = [i.code for i in catalogue.indicators if i.table == table.name]
        columns = [
            f"{table.entity_code_column} VARCHAR(20)",
            f"{table.entity_name_column} VARCHAR(50)",
            f"{table.date_column} VARCHAR(8)",
            *(f"{code} NUMERIC(18, 4)" for code in codes),
        ]
        statements.append(f"CREATE TABLE {table.name} ({', '.join(columns)})")
        rows = []
        for e, entity in enumerate(catalogue.entities):
            for p, period in enumerate(PERIODS):
                values = [f"'{entity.code}'", f"'{entity.name}'", f"'{period}'"]
                values += [str(indicator_value(e, i, p)) for i in range(len(codes))]
                rows.append("(" + ", ".join(values) + ")")
        statements.append(f"INSERT INTO {table.name} VALUES {', '.join(rows)}")
    return statements


def _seed_sqlite(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        for statement in warehouse_statements():
            connection.execute(statement)
    return f"sqlite:///{path}"


async def _seed_postgres(base: str) -> tuple[str, str]:
    import asyncpg

    server = make_url(base).set(drivername="postgresql")
    name = f"helix_w_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(server.render_as_string(hide_password=False))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    url = server.set(database=name).render_as_string(hide_password=False)
    connection = await asyncpg.connect(url)
    try:
        for statement in warehouse_statements():
            await connection.execute(statement)
    finally:
        await connection.close()
    return url, name


async def _drop_postgres(base: str, name: str) -> None:
    import asyncpg

    server = make_url(base).set(drivername="postgresql")
    admin = await asyncpg.connect(server.render_as_string(hide_password=False))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


def _mysql_admin(base: str, database: str | None = None):  # type: ignore[no-untyped-def]
    import pymysql

    url = make_url(base)
    return pymysql.connect(
        host=url.host or "127.0.0.1",
        port=url.port or 3306,
        user=url.username or "root",
        password=url.password or "",
        database=database,
        charset="utf8mb4",
        autocommit=True,
    )


def _seed_mysql(base: str) -> tuple[str, str]:
    name = f"helix_w_{uuid.uuid4().hex[:10]}"
    with _mysql_admin(base) as connection, connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    with _mysql_admin(base, name) as connection, connection.cursor() as cursor:
        for statement in warehouse_statements():
            cursor.execute(statement)
    # As the user gives it: a plain mysql:// URL, no driver named.
    return make_url(base).set(drivername="mysql", database=name).render_as_string(False), name


def _drop_mysql(base: str, name: str) -> None:
    with _mysql_admin(base) as connection, connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")


def _backends() -> list[object]:
    params: list[object] = ["sqlite"]
    if POSTGRES_URL:
        params.append(pytest.param("postgres", marks=pytest.mark.postgres))
    if MYSQL_URL:
        params.append(pytest.param("mysql", marks=pytest.mark.mysql))
    return params


@pytest.fixture(params=_backends())
async def warehouse_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """The seeded warehouse on each database of the machine (SQLite always)."""
    if request.param == "postgres":
        assert POSTGRES_URL
        url, name = await _seed_postgres(POSTGRES_URL)
        yield url
        await _drop_postgres(POSTGRES_URL, name)
    elif request.param == "mysql":
        assert MYSQL_URL
        url, name = _seed_mysql(MYSQL_URL)
        yield url
        _drop_mysql(MYSQL_URL, name)
    else:
        yield _seed_sqlite(tmp_path / "warehouse.db")
