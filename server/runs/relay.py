"""Run notices from the other server processes, turned into this process's live events.

A notice names a batch and what was just stored (``server/runs/runner/notices.py``); when
this process has WebSocket subscribers for the batch, the relay reads those results
from the table and publishes them on its hub, in the order the notices came (the
order of the commits). The replay rule of ``live.py`` holds as for local events:
a notice arrives after its commit, so a result is in a subscriber's replay, or comes
live after it, or both (and ``live.py`` skips the second).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from server.contract.vocabulary import BatchStatus
from server.db import Database
from server.runs.repository import RunRepository
from server.runs.runner.engine import RunEngine
from server.runs.runner.events import done_event, running_event, status_event, update_event
from server.runs.runner.notices import Notice

__all__ = ["NoticeRelay"]

log = logging.getLogger(__name__)


class NoticeRelay:
    def __init__(self, database: Database, engine: RunEngine, queue: asyncio.Queue[str]) -> None:
        self.database = database
        self.engine = engine
        self.queue = queue
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="helix-notice-relay")

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _loop(self) -> None:
        while True:
            payload = await self.queue.get()
            try:
                await self.relay(Notice.decode(payload))
            except Exception:
                log.exception("a run notice could not be relayed: %.200s", payload)

    def _track_in_flight(self, notice: Notice) -> None:
        flights = self.engine.remote_in_flight
        if notice.ended:
            flights.pop(notice.batch_id, None)
            return
        flight = flights.setdefault(notice.batch_id, set())
        if notice.in_flight_unknown:
            flight.clear()
        # In this order: an ask that started and finished within one write is done.
        flight.update(notice.running)
        flight.difference_update(notice.finished)

    async def relay(self, notice: Notice) -> None:
        engine, hub, batch_id = self.engine, self.engine.hub, notice.batch_id
        if notice.origin == engine.owner:
            return  # published here already, as it was stored
        if notice.stopped and engine.is_running(batch_id):
            engine.abandon(batch_id)
        self._track_in_flight(notice)
        if not hub.subscriber_count(batch_id):
            return
        for case_id in notice.running:
            hub.publish(batch_id, running_event(case_id))
        async with self.database.session() as session:
            repo = RunRepository.from_session(session)
            rows = []
            if notice.first_seq is not None and notice.last_seq is not None:
                rows = await repo.results_by_seq(batch_id, notice.first_seq, notice.last_seq)
            batch = await repo.get_batch(batch_id)
            if batch is None:
                return
            ended = notice.ended and batch.status != BatchStatus.RUNNING
            stability = await repo.stability(batch_id) if ended else []
        for row in rows:
            hub.publish(batch_id, update_event(row))
        if rows or ended:
            hub.publish(batch_id, status_event(batch))
        if ended:
            hub.publish(batch_id, done_event(batch, stability))
