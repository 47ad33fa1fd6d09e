"""The async engine and session factory; SQLite tuned for concurrent use, migrations at start."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from server.db.storable import refuse_unstorable_parameters

__all__ = ["Database", "alembic_config"]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
# pg_advisory_xact_lock key held while migrating ("helixmig").
MIGRATION_LOCK_KEY = 0x68656C69786D6967


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _private_file(path: Path) -> None:
    """Create the SQLite file owner-only (0600) before SQLite does: it holds password
    hashes and the bot token, and its -wal/-shm files take the same mode from it."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if companion.exists():
            os.chmod(companion, 0o600)


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Database:
    """Owns the engine; hands out sessions; upgrades the schema."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        parsed = make_url(url)
        self.url = url
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.is_postgresql = parsed.get_backend_name() == "postgresql"
        kwargs: dict[str, Any] = {"echo": echo, "pool_pre_ping": not self.is_sqlite}
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                _private_file(Path(parsed.database))
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        else:
            kwargs["pool_size"] = 10
            kwargs["max_overflow"] = 20
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _tune_sqlite)
        event.listen(self.engine.sync_engine, "before_cursor_execute", refuse_unstorable_parameters)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        async with self.sessionmaker() as session:
            yield session

    async def migrate(self) -> None:
        """Bring the schema to the newest revision of every migration branch.

        On PostgreSQL the processes of a team server start together: a transaction-level
        advisory lock lets one of them migrate while the others wait, then find nothing
        left to do.
        """

        def upgrade(connection: Connection) -> None:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "heads")

        async with self.engine.begin() as connection:
            if self.is_postgresql:
                await connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            await connection.run_sync(upgrade)

    async def dispose(self) -> None:
        await self.engine.dispose()
