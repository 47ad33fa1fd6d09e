"""The run engine: runs batches of cases against the bot, at most ``max_workers`` at a time.

Built once in ``create_app``. Each batch gets a pool of worker tasks that take the
next planned case, ask the bot (``BotAdapter``), judge the answer and hand the
result to the ``ResultWriter``, which stores it and then publishes it on the
``EventHub``. Several batches run at once; ``stop`` cancels a batch's workers at
once; ``close`` (server shutdown) leaves running batches ``INTERRUPTED``, or hands
them over to the other processes of a team server.

The engine runs a batch only while its process owns it (``Batch.owner``, see
``server/runs/leases.py``): the writer stores results only for batches still owned,
and a batch lost to another process (``abandon``) stops here without a word.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections import deque
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx

from server.bot_hosts import BotHostPolicy
from server.contract.config import ConfigResponse
from server.contract.vocabulary import BatchStatus, ResultValue
from server.data_sources import DataSourcePolicy
from server.db import Database
from server.db.models.base import utcnow
from server.errors import BadRequest
from server.runs.leases import LeaseRepository
from server.runs.runner.adapter import BotAdapter, BotClients, ChatIds
from server.runs.runner.events import running_event
from server.runs.runner.hub import EventHub
from server.runs.runner.judge import JudgePolicy, Verdict, judge_answer
from server.runs.runner.notices import CHANNEL
from server.runs.runner.timeline import AskTimeline
from server.runs.runner.validation import ValidationDatabase, ValidationUnavailable
from server.runs.runner.writer import FinishedResult, ResultWriter

__all__ = ["LOST", "RELEASED", "BatchRun", "PlannedCase", "RunEngine"]

log = logging.getLogger(__name__)

# How long shutdown waits for running batches to record their state.
CLOSE_TIMEOUT = 10.0
# How a batch ends here without a status of its own (never stored):
LOST = "LOST"  # another process owns it now (taken over, or stopped there)
RELEASED = "RELEASED"  # handed back at shutdown, for another process to carry on


@dataclass(frozen=True, slots=True)
class PlannedCase:
    """A case of a batch that has no result yet (its ``BatchResult`` row and snapshot)."""

    row_id: int
    case_id: int
    question: str
    expected_keywords: str
    expected_conditions: str | None
    expected_sql: str | None
    category: str | None
    repeat_index: int = 0


@dataclass(eq=False)
class BatchRun:
    """A batch being run: what is left, what is in flight, the counters stored so far."""

    id: str
    config: ConfigResponse
    pending: deque[PlannedCase]
    total_count: int
    start_time: datetime
    pass_count: int = 0
    fail_count: int = 0
    error_count: int = 0
    next_seq: int = 1
    status: str = BatchStatus.RUNNING
    end_time: datetime | None = None
    in_flight: set[int] = field(default_factory=set)
    workers: list[asyncio.Task[None]] = field(default_factory=list)
    supervisor: asyncio.Task[None] | None = None
    # Set by stop/close: the status the batch ends with instead of COMPLETED.
    final_status: str | None = None
    repeat: int = 1

    @property
    def batch_id(self) -> str:
        return self.id

    @property
    def policy(self) -> JudgePolicy:
        return JudgePolicy.from_config(self.config)

    def take_seq(self) -> int:
        seq = self.next_seq
        self.next_seq += 1
        return seq

    def cancel(self, status: str) -> None:
        """Stop taking cases and cancel the asks in flight; the batch ends ``status``."""
        if self.final_status is None:
            self.final_status = status
        self.pending.clear()
        for worker in self.workers:
            worker.cancel()

    def lose(self) -> None:
        """Another process owns the batch now: stop here, record nothing."""
        self.cancel(LOST)


class RunEngine:
    def __init__(
        self,
        database: Database,
        *,
        bot_hosts: BotHostPolicy | None = None,
        sources: DataSourcePolicy | None = None,
        write_interval: float = 0.05,
        ping_interval: float = 20.0,
        lease_seconds: float = 15.0,
        notices: bool = False,
    ) -> None:
        self.database = database
        self.sources = sources
        # This process, as the owner of the batches it runs.
        self.owner = uuid.uuid4().hex
        self.lease_seconds = lease_seconds
        self.hub = EventHub()
        self.writer = ResultWriter(
            database,
            self.hub,
            owner=self.owner,
            channel=CHANNEL if notices else None,
            interval=write_interval,
        )
        self.ping_interval = ping_interval
        self.clients = BotClients(bot_hosts)
        self._started = False
        self._chat_ids = ChatIds()
        self._runs: dict[str, BatchRun] = {}
        # Cases in flight of batches other processes run, as their notices tell
        # (kept by ``server/runs/relay.py``): a follower here is told of them too.
        self.remote_in_flight: dict[str, set[int]] = {}

    @property
    def chat_ids(self) -> ChatIds:
        """The server's one chat id sequence (a bot must never see an id twice)."""
        return self._chat_ids

    @property
    def notice_channel(self) -> str | None:
        """Where the processes of a team server tell each other about runs (PostgreSQL)."""
        return self.writer.channel

    def lease_expires(self) -> datetime:
        """Until when a lease taken or renewed now holds."""
        return utcnow() + timedelta(seconds=self.lease_seconds)

    # Life cycle

    async def start(self, live_owners: Collection[str] = ()) -> None:
        """Batches whose owner is gone become INTERRUPTED, unless another live process
        (``live_owners``) can take them over; then serve."""
        if not set(live_owners) - {self.owner}:
            async with self.database.session() as session:
                count = await LeaseRepository(session).interrupt_orphans(
                    now=utcnow(), live=live_owners
                )
            if count:
                log.warning("%d batch(es) were cut off by a server stop: marked INTERRUPTED", count)
        self.writer.start()
        self._started = True

    async def close(self, *, hand_over: bool = False) -> None:
        """Stop every batch: INTERRUPTED, or (``hand_over``) left for another process."""
        runs = list(self._runs.values())
        for run in runs:
            run.cancel(RELEASED if hand_over else BatchStatus.INTERRUPTED)
        supervisors = [run.supervisor for run in runs if run.supervisor is not None]
        if supervisors:
            done, _ = await asyncio.wait(supervisors, timeout=CLOSE_TIMEOUT)
            if len(done) < len(supervisors):
                log.error("some batches did not record their state before shutdown")
        await self.writer.close()
        if hand_over and runs:
            # After the writer stored every result: the next owner asks only what is left.
            async with self.database.session() as session:
                count = await LeaseRepository(session).release(self.owner, [r.id for r in runs])
            log.info("%d running batch(es) handed over to the other server processes", count)
        await self.clients.aclose()
        self._started = False

    # Queries

    def is_running(self, batch_id: str) -> bool:
        return batch_id in self._runs

    def in_flight(self, batch_id: str) -> list[int]:
        run = self._runs.get(batch_id)
        if run is not None:
            return sorted(run.in_flight)
        return sorted(self.remote_in_flight.get(batch_id, ()))

    def running_batches(self) -> list[str]:
        return list(self._runs)

    def abandon(self, batch_id: str) -> None:
        """Another process owns the batch now: stop running it here, record nothing."""
        run = self._runs.get(batch_id)
        if run is not None:
            log.warning("batch %s is run by another server process now: let go here", batch_id)
            run.lose()

    # Commands

    def launch(
        self,
        *,
        batch_id: str,
        config: ConfigResponse,
        cases: list[PlannedCase],
        total_count: int,
        start_time: datetime,
        counts: tuple[int, int, int] = (0, 0, 0),
        next_seq: int = 1,
        repeat: int = 1,
    ) -> BatchRun:
        """Start running the planned cases of a stored batch; returns at once."""
        if not self._started:
            raise RuntimeError("the run engine is not started")
        if batch_id in self._runs:
            raise RuntimeError(f"batch {batch_id} is already running")
        run = BatchRun(
            id=batch_id,
            config=config,
            pending=deque(cases),
            total_count=total_count,
            start_time=start_time,
            pass_count=counts[0],
            fail_count=counts[1],
            error_count=counts[2],
            next_seq=next_seq,
            repeat=repeat,
        )
        self._runs[batch_id] = run
        run.supervisor = asyncio.create_task(self._supervise(run), name=f"batch-{batch_id}")
        return run

    async def stop(self, batch_id: str) -> bool:
        """Cancel a running batch now; it ends STOPPED. False when it is not running here."""
        run = self._runs.get(batch_id)
        if run is None:
            return False
        run.cancel(BatchStatus.STOPPED)
        if run.supervisor is not None:
            await asyncio.shield(run.supervisor)
        return True

    # Running

    async def _supervise(self, run: BatchRun) -> None:
        config = run.config
        adapter = BotAdapter(config, chat_ids=self._chat_ids)
        validation: ValidationDatabase | None = None
        validation_error: str | None = None
        if config.validation_db_url:
            try:
                if self.sources is not None:
                    self.sources.check(config.validation_db_url, field="validation_db_url")
                validation = ValidationDatabase(config.validation_db_url)
            except (ValidationUnavailable, ValueError) as exc:
                validation_error = str(exc)
            except BadRequest as exc:  # the URL reaches the app's own data
                validation_error = exc.text.zh
        try:
            count = min(config.max_workers, len(run.pending))
            run.workers = [
                asyncio.create_task(self._work(run, adapter, validation, validation_error))
                for _ in range(count)
            ]
            if run.final_status is not None:  # stopped before the workers existed
                run.cancel(run.final_status)
            outcomes = await asyncio.gather(*run.workers, return_exceptions=True)
            for outcome in outcomes:
                if isinstance(outcome, Exception):
                    log.error("a worker of batch %s failed", run.id, exc_info=outcome)
        finally:
            if validation is not None:
                await validation.close()
            status = run.final_status or (
                BatchStatus.COMPLETED if not run.pending else BatchStatus.INTERRUPTED
            )
            try:
                # A batch lost or handed over is recorded by its next owner.
                if status not in (LOST, RELEASED):
                    await self.writer.finish(run, status=status, end_time=utcnow())
            finally:
                self._runs.pop(run.id, None)
            log.info(
                "batch %s %s: %d pass, %d fail, %d error of %d",
                run.id,
                status,
                run.pass_count,
                run.fail_count,
                run.error_count,
                run.total_count,
            )

    async def _work(
        self,
        run: BatchRun,
        adapter: BotAdapter,
        validation: ValidationDatabase | None,
        validation_error: str | None,
    ) -> None:
        client = self.clients.acquire()
        try:
            await self._work_with(run, adapter, client, validation, validation_error)
        finally:
            self.clients.release(client)

    async def _work_with(
        self,
        run: BatchRun,
        adapter: BotAdapter,
        client: httpx.AsyncClient,
        validation: ValidationDatabase | None,
        validation_error: str | None,
    ) -> None:
        while run.pending and run.final_status is None:
            case = run.pending.popleft()
            run.in_flight.add(case.case_id)
            if self.hub.subscriber_count(run.id):
                self.hub.publish(run.id, running_event(case.case_id))
            self.writer.note_running(run, case.case_id)
            started_at = utcnow()
            began = time.perf_counter()
            sql: str | None = None
            raw: str | None = None
            timeline: AskTimeline | None = None
            try:
                answer = await adapter.ask(client, question=case.question, case_id=case.case_id)
                sql, raw, timeline = answer.sql, answer.raw, answer.timeline
                if answer.error is not None or sql is None:
                    verdict = Verdict(ResultValue.ERROR, answer.error or "回答中没有 SQL")
                else:
                    verdict = await judge_answer(
                        sql,
                        keywords=case.expected_keywords,
                        conditions=case.expected_conditions,
                        expected_sql=case.expected_sql,
                        validation=validation,
                        validation_error=validation_error,
                        policy=run.policy,
                    )
            except asyncio.CancelledError:
                run.in_flight.discard(case.case_id)
                raise
            except Exception as exc:
                log.exception("case %s of batch %s failed inside the runner", case.case_id, run.id)
                verdict = Verdict(ResultValue.ERROR, f"内部错误: {type(exc).__name__}: {exc}")
            run.in_flight.discard(case.case_id)
            self.writer.submit(
                FinishedResult(
                    run=run,
                    row_id=case.row_id,
                    case_id=case.case_id,
                    question=case.question,
                    expected_keywords=case.expected_keywords,
                    expected_conditions=case.expected_conditions,
                    expected_sql=case.expected_sql,
                    category=case.category,
                    result=verdict.result,
                    message=verdict.message,
                    checks=[c.model_dump() for c in verdict.checks],
                    actual_sql=sql,
                    duration=round(time.perf_counter() - began, 4),
                    raw_answer=raw or None,
                    started_at=started_at,
                    finished_at=utcnow(),
                    seq=run.take_seq(),
                    repeat_index=case.repeat_index,
                    timeline=timeline.as_dict() if timeline is not None else None,
                )
            )
