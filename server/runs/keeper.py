"""The lease keeper of a team server process (PostgreSQL): its heartbeat and its takeovers.

Every ``heartbeat`` seconds it renews the leases of the batches this process runs
(and lets go of those it no longer holds: stopped or taken over elsewhere), then
claims the orphans of processes that are gone and carries them on. It also keeps the
process's notice connection up, which is what tells the others it is alive.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from server.db import Database
from server.db.listen import NoticeListener
from server.db.models.base import utcnow
from server.runs import service
from server.runs.leases import LeaseRepository
from server.runs.relay import NoticeRelay
from server.runs.runner.engine import RunEngine

__all__ = ["LeaseKeeper"]

log = logging.getLogger(__name__)


class LeaseKeeper:
    def __init__(
        self,
        database: Database,
        engine: RunEngine,
        listener: NoticeListener,
        *,
        heartbeat: float,
    ) -> None:
        self.database = database
        self.engine = engine
        self.listener = listener
        self.heartbeat = heartbeat
        self.relay = NoticeRelay(database, engine, listener.queue)
        self._task: asyncio.Task[None] | None = None

    async def connect(self) -> frozenset[str]:
        """Open the notice connection; the owners alive now (this one included)."""
        await self.listener.connect()
        assert self.listener.slot is not None
        self.engine.chat_ids.use_slot(self.listener.slot)
        return await self.live_owners()

    async def live_owners(self) -> frozenset[str]:
        async with self.database.session() as session:
            return frozenset(await LeaseRepository.from_session(session).live_owners())

    def start(self) -> None:
        self.relay.start()
        self._task = asyncio.create_task(self._loop(), name="helix-lease-keeper")

    async def close(self) -> bool:
        """Stop; whether another live process could take this one's batches over."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        try:
            others = await self.live_owners() - {self.engine.owner}
        except Exception:
            log.exception("could not tell which server processes are alive")
            others = frozenset()
        return bool(others)

    async def aclose(self) -> None:
        """After the engine closed: the relay and the connection (the process is gone)."""
        await self.relay.close()
        await self.listener.close()

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self.heartbeat)
            try:
                await self.tick()
            except Exception:
                log.exception("lease heartbeat failed")

    async def tick(self) -> None:
        """One heartbeat: connection, renewals, takeovers."""
        if not await self.listener.reconnect(self.engine.hub.cut_off_all):
            return  # without it the others take our batches over; do not claim theirs
        if self.listener.slot is not None and self.listener.slot != self.engine.chat_ids.slot:
            self.engine.chat_ids.use_slot(self.listener.slot)
        engine = self.engine
        async with self.database.session() as session:
            leases = LeaseRepository.from_session(session)
            running = engine.running_batches()
            held = await leases.renew(engine.owner, running, lease_expires=engine.lease_expires())
            for batch_id in running:
                if batch_id not in held and engine.is_running(batch_id):
                    engine.abandon(batch_id)
            claimed = await leases.claim_orphans(
                engine.owner,
                now=utcnow(),
                lease_expires=engine.lease_expires(),
                live=await leases.live_owners(),
            )
        for batch_id in claimed:
            log.warning("taking over batch %s from a server process that is gone", batch_id)
            try:
                async with self.database.session() as session:
                    await service.adopt_batch(session, engine, batch_id=batch_id)
            except Exception:
                # Its lease runs out and someone (perhaps this process) claims it again.
                log.exception("could not carry on batch %s", batch_id)
