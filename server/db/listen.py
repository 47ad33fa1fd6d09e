"""A server process's own PostgreSQL connection: it ``LISTEN``s for run notices, names the
process (``application_name``, which other processes read to know it is alive) and holds
its chat id slot (an advisory lock no other live process holds).

Not from the pool: the connection lives as long as the process, and its closing (the
process killed, the network gone) is what tells the other processes to take over.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import asyncpg
from sqlalchemy.engine import make_url

__all__ = ["NoticeListener", "SlotsTaken"]

log = logging.getLogger(__name__)

# pg_try_advisory_lock(key, slot) for chat id slots ("hlx" as a 4-byte key).
SLOT_LOCK_KEY = 0x686C78


class SlotsTaken(RuntimeError):
    """Every chat id slot is held by a live process."""


def asyncpg_dsn(url: str) -> str:
    """The asyncpg DSN of a SQLAlchemy PostgreSQL URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class NoticeListener:
    """One connection that receives notices on ``channel`` and queues their payloads."""

    def __init__(self, url: str, *, channel: str, name: str, slots: int) -> None:
        self.dsn = asyncpg_dsn(url)
        self.channel = channel
        self.name = name
        self.slots = slots
        self.slot: int | None = None
        self.queue: asyncio.Queue[str] = asyncio.Queue()
        self._connection: asyncpg.Connection | None = None

    @property
    def connected(self) -> bool:
        return self._connection is not None and not self._connection.is_closed()

    async def connect(self) -> None:
        """Connect, take a chat id slot (the one held before if it is free) and listen."""
        connection = await asyncpg.connect(
            self.dsn, server_settings={"application_name": self.name}
        )
        try:
            slot = await self._take_slot(connection)
            await connection.add_listener(self.channel, self._received)
        except BaseException:
            await connection.close()
            raise
        self._connection, self.slot = connection, slot

    async def _take_slot(self, connection: asyncpg.Connection) -> int:
        preferred = [] if self.slot is None else [self.slot]
        for slot in [*preferred, *range(self.slots)]:
            taken = await connection.fetchval(
                "SELECT pg_try_advisory_lock($1, $2)", SLOT_LOCK_KEY, slot
            )
            if taken:
                return slot
        raise SlotsTaken(f"all {self.slots} chat id slots are held by other server processes")

    def _received(self, _connection: object, _pid: int, _channel: str, payload: str) -> None:
        self.queue.put_nowait(payload)

    async def reconnect(self, on_reconnect: Callable[[], None]) -> bool:
        """Connect again if the connection is gone (``on_reconnect`` then); True if connected."""
        if self.connected:
            return True
        await self.close()
        try:
            await self.connect()
        except (OSError, asyncpg.PostgresError, SlotsTaken) as exc:
            log.warning("notice connection to PostgreSQL is down: %s", exc)
            return False
        log.warning("notice connection to PostgreSQL restored: live events may have been missed")
        on_reconnect()
        return True

    async def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None and not connection.is_closed():
            try:
                await connection.close(timeout=5)
            except (OSError, asyncpg.PostgresError, TimeoutError):
                connection.terminate()
