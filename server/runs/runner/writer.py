"""The result writer: one task that stores finished cases in batches, then publishes them.

Workers hand over results; every ``interval`` the writer stores all that came in
(one UPDATE per result row plus the batch counters, one commit) and only then
publishes them, so a WebSocket client that replays from the database and then
follows the live events misses nothing and sees nothing twice. Batching keeps the
database's write latency from throttling a fast run.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from server.contract.stability import CaseStability
from server.contract.vocabulary import ResultValue
from server.db import Database
from server.runs.repository import RunRepository
from server.runs.runner.events import done_event, status_event, update_event
from server.runs.runner.hub import EventHub

if TYPE_CHECKING:
    from server.runs.runner.engine import BatchRun

__all__ = ["FinishedResult", "ResultWriter"]

log = logging.getLogger(__name__)

WRITE_ATTEMPTS = 5
RESULT_ORDER = tuple(ResultValue)


@dataclass(slots=True)
class FinishedResult:
    """A finished case on its way to the database (attribute names as on ``BatchResult``)."""

    run: BatchRun
    row_id: int
    case_id: int
    question: str
    expected_keywords: str
    expected_conditions: str | None
    expected_sql: str | None
    category: str | None
    result: str
    message: str
    checks: list[dict[str, str]]
    actual_sql: str | None
    duration: float
    raw_answer: str | None
    started_at: datetime
    finished_at: datetime
    seq: int
    repeat_index: int = 0
    timeline: dict[str, Any] | None = None

    def values(self) -> dict[str, object]:
        return {
            "id": self.row_id,
            "result": self.result,
            "message": self.message,
            "checks": self.checks,
            "actual_sql": self.actual_sql,
            "duration": self.duration,
            "raw_answer": self.raw_answer,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "seq": self.seq,
            "timeline": self.timeline,
        }


def _storable(values: dict[str, object]) -> dict[str, object]:
    """NUL characters out of the bot's text: no database text column may hold them
    (PostgreSQL refuses them, and so does the database layer for SQLite)."""
    return {k: v.replace("\x00", "") if isinstance(v, str) else v for k, v in values.items()}


@dataclass(slots=True)
class _Finish:
    run: BatchRun
    status: str
    end_time: datetime
    stability: list[CaseStability] = field(default_factory=list)
    done: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class ResultWriter:
    def __init__(self, database: Database, hub: EventHub, *, interval: float = 0.05) -> None:
        self.database = database
        self.hub = hub
        self.interval = interval
        self._ops: list[FinishedResult | _Finish] = []
        self._wake = asyncio.Event()
        # A batch's end is written without waiting out the interval.
        self._urgent = asyncio.Event()
        self._closing = False
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="helix-result-writer")

    def submit(self, result: FinishedResult) -> None:
        self._ops.append(result)
        self._wake.set()

    async def finish(self, run: BatchRun, *, status: str, end_time: datetime) -> None:
        """Store the batch's final status after every result submitted before; then ``done``."""
        op = _Finish(run, status, end_time)
        self._ops.append(op)
        self._wake.set()
        self._urgent.set()
        await op.done

    async def close(self) -> None:
        self._closing = True
        self._wake.set()
        self._urgent.set()
        if self._task is not None:
            await self._task
            self._task = None

    async def _loop(self) -> None:
        while True:
            await self._wake.wait()
            self._wake.clear()
            ops, self._ops = self._ops, []
            if ops:
                await self._write(ops)
            if self._closing and not self._ops:
                return
            # Let results gather for a moment: one commit for many of them.
            if not self._urgent.is_set():
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.interval):
                        await self._urgent.wait()
            self._urgent.clear()

    async def _write(self, ops: list[FinishedResult | _Finish]) -> None:
        results = [op for op in ops if isinstance(op, FinishedResult)]
        finishes = [op for op in ops if isinstance(op, _Finish)]
        counts: dict[str, tuple[BatchRun, list[int]]] = {}
        for result in results:
            run = result.run
            entry = counts.setdefault(
                run.batch_id, (run, [run.pass_count, run.fail_count, run.error_count])
            )
            entry[1][RESULT_ORDER.index(result.result)] += 1
        stored = False
        for attempt in range(WRITE_ATTEMPTS):
            try:
                async with self.database.session() as session:
                    repo = RunRepository(session)
                    await repo.store_results([_storable(r.values()) for r in results])
                    for batch_id, (_, (passed, failed, errored)) in counts.items():
                        await repo.set_counts(
                            batch_id, passed=passed, failed=failed, errored=errored
                        )
                    for finish in finishes:
                        await repo.finish_batch(
                            finish.run.batch_id, status=finish.status, end_time=finish.end_time
                        )
                        finish.stability = await repo.stability(finish.run.batch_id)
                    await repo.commit()
                stored = True
                break
            except Exception:
                log.exception("storing %d results failed (attempt %d)", len(results), attempt + 1)
                await asyncio.sleep(min(0.2 * 2**attempt, 3.0))
        try:
            if stored:
                for run, (passed, failed, errored) in counts.values():
                    run.pass_count, run.fail_count, run.error_count = passed, failed, errored
                self._publish(results, counts, finishes)
            else:
                log.error("dropped %d results after %d attempts", len(results), WRITE_ATTEMPTS)
        except Exception:
            # Publishing must never stop the writer: every run depends on it.
            log.exception("publishing results failed")
        finally:
            for finish in finishes:
                if not finish.done.done():
                    finish.done.set_result(None)

    def _publish(
        self,
        results: list[FinishedResult],
        counts: dict[str, tuple[BatchRun, list[int]]],
        finishes: list[_Finish],
    ) -> None:
        for result in results:
            if self.hub.subscriber_count(result.run.batch_id):
                self.hub.publish(result.run.batch_id, update_event(result))
        finishing = {f.run.batch_id for f in finishes}
        for batch_id, (run, _) in counts.items():
            if batch_id not in finishing and self.hub.subscriber_count(batch_id):
                self.hub.publish(batch_id, status_event(run))
        for finish in finishes:
            run = finish.run
            run.status = finish.status
            run.end_time = finish.end_time
            self.hub.publish(run.batch_id, status_event(run))
            self.hub.publish(run.batch_id, done_event(run, finish.stability))
