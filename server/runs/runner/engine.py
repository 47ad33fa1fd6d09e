"""The run engine: runs batches of cases against the bot, at most ``max_workers`` at a time.

Built once in ``create_app``. Each batch gets a pool of worker tasks that take the
next planned case, ask the bot (``BotAdapter``), judge the answer and hand the
result to the ``ResultWriter``, which stores it and then publishes it on the
``EventHub``. Several batches run at once; ``stop`` cancels a batch's workers at
once; ``close`` (server shutdown) leaves running batches ``INTERRUPTED``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime

import httpx

from server.bot_hosts import BotHostPolicy
from server.contract.config import ConfigResponse
from server.contract.vocabulary import BatchStatus, ResultValue
from server.data_sources import DataSourcePolicy
from server.db import Database
from server.db.models.base import utcnow
from server.errors import BadRequest
from server.runs.repository import RunRepository
from server.runs.runner.adapter import BotAdapter, BotClients, ChatIds
from server.runs.runner.events import running_event
from server.runs.runner.hub import EventHub
from server.runs.runner.judge import JudgePolicy, Verdict, judge_answer
from server.runs.runner.timeline import AskTimeline
from server.runs.runner.validation import ValidationDatabase, ValidationUnavailable
from server.runs.runner.writer import FinishedResult, ResultWriter

__all__ = ["BatchRun", "PlannedCase", "RunEngine"]

log = logging.getLogger(__name__)

# How long shutdown waits for running batches to record their state.
CLOSE_TIMEOUT = 10.0


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


class RunEngine:
    def __init__(
        self,
        database: Database,
        *,
        bot_hosts: BotHostPolicy | None = None,
        sources: DataSourcePolicy | None = None,
        write_interval: float = 0.05,
        ping_interval: float = 20.0,
    ) -> None:
        self.database = database
        self.sources = sources
        self.hub = EventHub()
        self.writer = ResultWriter(database, self.hub, interval=write_interval)
        self.ping_interval = ping_interval
        self.clients = BotClients(bot_hosts)
        self._started = False
        self._chat_ids = ChatIds()
        self._runs: dict[str, BatchRun] = {}

    @property
    def chat_ids(self) -> ChatIds:
        """The server's one chat id sequence (a bot must never see an id twice)."""
        return self._chat_ids

    # Life cycle

    async def start(self) -> None:
        """Batches left RUNNING by a server that stopped become INTERRUPTED; then serve."""
        async with self.database.session() as session:
            count = await RunRepository(session).mark_running_interrupted(utcnow())
        if count:
            log.warning("%d batch(es) were cut off by a server stop: marked INTERRUPTED", count)
        self.writer.start()
        self._started = True

    async def close(self) -> None:
        runs = list(self._runs.values())
        for run in runs:
            self._cancel(run, BatchStatus.INTERRUPTED)
        supervisors = [run.supervisor for run in runs if run.supervisor is not None]
        if supervisors:
            done, _ = await asyncio.wait(supervisors, timeout=CLOSE_TIMEOUT)
            if len(done) < len(supervisors):
                log.error("some batches did not record their state before shutdown")
        await self.writer.close()
        await self.clients.aclose()
        self._started = False

    # Queries

    def is_running(self, batch_id: str) -> bool:
        return batch_id in self._runs

    def in_flight(self, batch_id: str) -> list[int]:
        run = self._runs.get(batch_id)
        return sorted(run.in_flight) if run else []

    def running_batches(self) -> list[str]:
        return list(self._runs)

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
        self._cancel(run, BatchStatus.STOPPED)
        if run.supervisor is not None:
            await asyncio.shield(run.supervisor)
        return True

    def _cancel(self, run: BatchRun, status: str) -> None:
        if run.final_status is None:
            run.final_status = status
        run.pending.clear()
        for worker in run.workers:
            worker.cancel()

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
                self._cancel(run, run.final_status)
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
