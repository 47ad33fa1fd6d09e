"""The result writer: one task that stores finished cases in batches, then publishes them.

Workers hand over results; every ``interval`` the writer stores all that came in
(one UPDATE per result row plus the batch counters, one commit) and only then
publishes them, so a WebSocket client that replays from the database and then
follows the live events misses nothing and sees nothing twice. Batching keeps the
database's write latency from throttling a fast run.

Results are stored only for batches this process still owns (the counters' UPDATE
says so, and locks the batch row until the commit): a batch taken over by another
process is never judged twice. With a notice ``channel`` (PostgreSQL), the same
transaction tells the other processes what it stored (``server/runs/runner/notices.py``).
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
from server.runs.runner.notices import Notice

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


@dataclass(slots=True)
class _Stored:
    """What one transaction stored: results and ends of batches still owned."""

    results: list[FinishedResult]
    counts: dict[str, tuple[BatchRun, list[int]]]
    finishes: list[_Finish]
    lost: list[BatchRun]


class ResultWriter:
    def __init__(
        self,
        database: Database,
        hub: EventHub,
        *,
        owner: str,
        channel: str | None = None,
        interval: float = 0.05,
    ) -> None:
        self.database = database
        self.hub = hub
        self.owner = owner
        self.channel = channel
        self.interval = interval
        self._ops: list[FinishedResult | _Finish] = []
        # Cases gone in flight since the last write, per batch (told in notices only).
        self._running: dict[str, list[int]] = {}
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

    def note_running(self, run: BatchRun, case_id: int) -> None:
        """A case went in flight: the other processes hear of it with the next write."""
        if self.channel is not None:
            self._running.setdefault(run.batch_id, []).append(case_id)
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
            running, self._running = self._running, {}
            if ops or running:
                await self._write(ops, running)
            if self._closing and not self._ops:
                return
            # Let results gather for a moment: one commit for many of them.
            if not self._urgent.is_set():
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.interval):
                        await self._urgent.wait()
            self._urgent.clear()

    async def _write(
        self, ops: list[FinishedResult | _Finish], running: dict[str, list[int]]
    ) -> None:
        results = [op for op in ops if isinstance(op, FinishedResult)]
        finishes = [op for op in ops if isinstance(op, _Finish)]
        counts: dict[str, tuple[BatchRun, list[int]]] = {}
        for result in results:
            run = result.run
            entry = counts.setdefault(
                run.batch_id, (run, [run.pass_count, run.fail_count, run.error_count])
            )
            entry[1][RESULT_ORDER.index(result.result)] += 1
        try:
            for attempt in range(WRITE_ATTEMPTS):
                try:
                    async with self.database.session() as session:
                        stored = await self._store(
                            RunRepository(session), results, counts, finishes, running
                        )
                        # Published before anything else may run: a notice of this commit
                        # handled here first would put a later event before these.
                        self._published(stored)
                    return
                except Exception:
                    log.exception(
                        "storing %d results failed (attempt %d)", len(results), attempt + 1
                    )
                    await asyncio.sleep(min(0.2 * 2**attempt, 3.0))
            log.error("dropped %d results after %d attempts", len(results), WRITE_ATTEMPTS)
        finally:
            for finish in finishes:
                if not finish.done.done():
                    finish.done.set_result(None)

    async def _store(
        self,
        repo: RunRepository,
        results: list[FinishedResult],
        counts: dict[str, tuple[BatchRun, list[int]]],
        finishes: list[_Finish],
        running: dict[str, list[int]],
    ) -> _Stored:
        lost: set[str] = set()
        # The batch rows first: they say (and lock) what this process still owns.
        for batch_id, (_, (passed, failed, errored)) in counts.items():
            if not await repo.set_counts(
                batch_id, owner=self.owner, passed=passed, failed=failed, errored=errored
            ):
                lost.add(batch_id)
        kept = [r for r in results if r.run.batch_id not in lost]
        await repo.store_results([_storable(r.values()) for r in kept])
        ended: list[_Finish] = []
        for finish in finishes:
            batch_id = finish.run.batch_id
            if batch_id not in lost and await repo.finish_batch(
                batch_id, status=finish.status, end_time=finish.end_time, owner=self.owner
            ):
                finish.stability = await repo.stability(batch_id)
                ended.append(finish)
            else:
                lost.add(batch_id)
        if self.channel is not None:
            for notice in self._notices(kept, ended, running, lost):
                await repo.notify(self.channel, notice.encode())
        await repo.commit()
        runs = {r.run.batch_id: r.run for r in results} | {f.run.batch_id: f.run for f in finishes}
        return _Stored(
            results=kept,
            counts={k: v for k, v in counts.items() if k not in lost},
            finishes=ended,
            lost=[runs[batch_id] for batch_id in lost],
        )

    def _notices(
        self,
        results: list[FinishedResult],
        ended: list[_Finish],
        running: dict[str, list[int]],
        lost: set[str],
    ) -> list[Notice]:
        seqs: dict[str, list[int]] = {}
        finished: dict[str, list[int]] = {}
        for result in results:
            seqs.setdefault(result.run.batch_id, []).append(result.seq)
            finished.setdefault(result.run.batch_id, []).append(result.case_id)
        ending = {f.run.batch_id for f in ended}
        notices = []
        for batch_id in dict.fromkeys([*seqs, *running, *ending]):
            if batch_id in lost:
                continue
            stored = seqs.get(batch_id)
            notices.append(
                Notice(
                    origin=self.owner,
                    batch_id=batch_id,
                    first_seq=min(stored) if stored else None,
                    last_seq=max(stored) if stored else None,
                    running=tuple(running.get(batch_id, ())),
                    finished=tuple(finished.get(batch_id, ())),
                    ended=batch_id in ending,
                )
            )
        return notices

    def _published(self, stored: _Stored) -> None:
        try:
            for run, (passed, failed, errored) in stored.counts.values():
                run.pass_count, run.fail_count, run.error_count = passed, failed, errored
            for run in stored.lost:
                run.lose()  # another process owns the batch now
            self._publish(stored.results, stored.counts, stored.finishes)
        except Exception:
            # Publishing must never stop the writer: every run depends on it.
            log.exception("publishing results failed")

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
