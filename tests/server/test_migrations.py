"""The Alembic migrations build exactly the schema the ORM models describe."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from fastapi import FastAPI
from sqlalchemy.engine import Connection

from server.db.models import Base


def _diff(connection: Connection) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return [
        d
        for d in compare_metadata(context, Base.metadata)
        # alembic's own table is not a model
        if not (isinstance(d, tuple) and d[0] == "remove_table" and d[1].name == "alembic_version")
    ]


async def test_migrated_schema_matches_models(app: FastAPI) -> None:
    async with app.state.database.engine.connect() as connection:
        diff = await connection.run_sync(_diff)
    assert diff == []


async def test_migrations_run_twice_without_change(app: FastAPI) -> None:
    await app.state.database.migrate()
    async with app.state.database.engine.connect() as connection:
        assert await connection.run_sync(_diff) == []
