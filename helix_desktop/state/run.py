"""``RunState``: the batch followed live; WebSocket messages coalesced into row changes.

Messages are only queued when they arrive; a timer applies the queue at most every
``FLUSH_MS`` and tells the views once per flush (one ``rows_changed`` for the span of
rows touched, one ``progress_changed``, one ``log_appended``), so thousands of
updates a second cost the GUI thread a few short slices, never a signal per message.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from qasync import asyncSlot

from helix_desktop.client.errors import ClientError, SessionExpired
from helix_desktop.state.base import StateBase
from helix_desktop.state.pending import tracked
from helix_desktop.state.run_choice import last_full_run
from helix_desktop.state.session import FAILED, Session
from helix_desktop.state.vocabulary import RowStatus, StreamConnection
from server.contract.runs import ActiveBatch, CaseBrief, RunResponse
from server.contract.vocabulary import BatchStatus, ResultValue

__all__ = ["FINAL", "RunRow", "RunState", "status_name"]

FLUSH_MS = 100
# A flush stops after this long and leaves the rest for the next tick (a replay of
# many thousand updates then lands over a few ticks instead of one long stall).
FLUSH_BUDGET_S = 0.01
# Failures logged per flush; the rest are summed up in one line (the table has them all).
LOG_LINES_PER_FLUSH = 20
PROGRESS_TICK_S = 0.5
RATE_WINDOW_S = 5.0
FINAL = frozenset(ResultValue)
RESULT_ORDER = tuple(ResultValue)


def status_name(status: str) -> str:
    """A batch status as the user reads it."""
    names: dict[str, str] = {
        BatchStatus.RUNNING: QCoreApplication.translate("RunState", "Running"),
        BatchStatus.COMPLETED: QCoreApplication.translate("RunState", "Completed"),
        BatchStatus.STOPPED: QCoreApplication.translate("RunState", "Stopped"),
        BatchStatus.INTERRUPTED: QCoreApplication.translate("RunState", "Interrupted"),
    }
    return names.get(status, status)


@dataclass(slots=True)
class RunRow:
    """One case of the batch: QUEUED -> RUNNING -> PASS/FAIL/ERROR (NOT_RUN when stopped)."""

    case_id: int
    question: str
    position: int
    status: str = RowStatus.QUEUED
    duration: float | None = None
    message: str = ""
    # The ``update`` message's result (CaseResult fields). Kept as the dict the stream
    # gave: validating 10,000 of them with pydantic would cost the GUI thread for nothing.
    result: dict[str, Any] | None = None
    # Every finished ask by repeat index (a batch with ``repeat`` asks each case N times).
    asks: dict[int, dict[str, Any]] = field(default_factory=dict)
    passed: int = 0

    @property
    def stability(self) -> tuple[int, int]:
        """Asks passed, asks finished."""
        return self.passed, len(self.asks)

    @property
    def flaky(self) -> bool:
        """Passed at least once and failed (or errored) at least once."""
        return 0 < self.passed < len(self.asks)


def _timestamp(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class RunState(StateBase):
    """Starts, follows, stops batches; holds the rows and counters the run page shows."""

    about_to_reset = Signal()
    rows_reset = Signal()  # a new batch (or its case list) replaced the rows
    rows_changed = Signal(int, int)  # first and last row touched by one flush
    progress_changed = Signal()  # counts, status, timing
    log_appended = Signal(list)  # lines (str) added by one flush
    connection_changed = Signal(str)  # a StreamConnection
    started = Signal(str)  # batch id now followed
    finished = Signal(str, str)  # batch id, final status
    # ``failed`` and ``busy_changed`` (StateBase): an action failed; a request is on its way
    detail_loaded = Signal(object)  # ResultDetail (with raw answer) of the asked case
    open_case_requested = Signal(int)  # case id to show on the Cases page
    rerun_offered = Signal(object)  # ReportResponse: the last full run, to confirm a rerun of
    figures_loaded = Signal(object)  # BatchReportResponse of the followed batch, once it ended

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        # The targets a new run asks (the Run page's choice); empty: the default target.
        self.target_ids: list[int] = []
        self.batch_id: str | None = None
        # Every batch of the run the followed batch belongs to (one per target): Stop stops all.
        self.run_batch_ids: list[str] = []
        self.full_run_ids: set[str] = set()  # batches started here with "Run all"
        self.rows: list[RunRow] = []
        self.row_of: dict[int, int] = {}
        self.counts: dict[str, int] = dict.fromkeys(RESULT_ORDER, 0)
        self.server_total = 0
        # Asks per case: of the followed batch, and for the runs this window starts.
        self.repeat = 1
        self.repeat_choice = 1
        self.status = ""  # RUNNING / COMPLETED / STOPPED / INTERRUPTED, "" before any batch
        self.start_time: datetime | None = None
        self.end_time: datetime | None = None
        self.connection: str = StreamConnection.IDLE
        self.stopping = False
        self.active: list[ActiveBatch] = []
        self.active_checked = False  # /run/active-batches answered at least once
        self.checking_active = False  # ...and is being asked right now
        self._active_task: asyncio.Task[None] | None = None
        self._pending: deque[dict[str, Any]] = deque()
        self._samples: deque[tuple[float, int]] = deque()
        self._last_progress = 0.0
        self._follow_task: asyncio.Task[None] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self.flush)

    # ----------------------------------------------------------------- figures

    @property
    def total(self) -> int:
        return max(len(self.rows), self.server_total)

    @property
    def completed(self) -> int:
        return sum(self.counts.values())

    @property
    def running(self) -> bool:
        return self.batch_id is not None and self.status in ("", BatchStatus.RUNNING)

    def elapsed(self) -> float | None:
        """Seconds since the batch started (until it ended)."""
        if self.start_time is None:
            return None
        end = self.end_time or datetime.now(UTC)
        return max((end - self.start_time).total_seconds(), 0.0)

    def rate(self) -> float | None:
        """Cases per second: over the last few seconds while running, overall once ended."""
        if not self.running:
            elapsed = self.elapsed()
            return self.completed / elapsed if elapsed else None
        if len(self._samples) < 2:
            return None
        (t0, c0), (t1, c1) = self._samples[0], self._samples[-1]
        return (c1 - c0) / (t1 - t0) if t1 > t0 else None

    def eta(self) -> float | None:
        """Seconds left at the current rate (None when unknown or not running)."""
        rate = self.rate()
        if not self.running or not rate:
            return None
        return max(self.total - self.completed, 0) / rate

    def row_at(self, row: int) -> RunRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # ----------------------------------------------------------------- actions

    @asyncSlot()
    @tracked
    async def start_all(self) -> None:
        """Run every active case."""
        batch_id = await self._start(None)
        if batch_id is not None:
            self.full_run_ids.add(batch_id)

    @asyncSlot(list)
    @tracked
    async def start_cases(self, case_ids: list[int]) -> None:
        """Run these cases (the cases page's selection)."""
        if case_ids:
            await self._start(list(case_ids))

    @asyncSlot()
    @tracked
    async def offer_rerun(self) -> None:
        """Find the last full run (not a rerun, not a few selected cases, not stopped) and
        offer it through ``rerun_offered``; the page asks the user with its count first."""
        client = self.session.require_client()
        self._set_busy(1)
        try:
            page = await self.session.attempt(client.list_reports(limit=50), self.failed.emit)
        finally:
            self._set_busy(-1)
        if page is FAILED:
            return
        source = last_full_run(page[0], self.full_run_ids)
        if source is None:
            self.failed.emit(self.tr("There is no finished full run to rerun yet."))
            return
        self.rerun_offered.emit(source)

    @asyncSlot(str)
    @tracked
    async def rerun_failed(self, batch_id: str) -> None:
        """Run the FAIL and ERROR cases of batch ``batch_id`` again, in a new batch."""
        client = self.session.require_client()
        self._set_busy(1)
        try:
            answer = await self.session.attempt(
                client.start_run(rerun_of=batch_id), self.failed.emit
            )
        finally:
            self._set_busy(-1)
        if answer is not FAILED:
            self._log_now(self.tr("Rerunning the failed cases of %1.").replace("%1", batch_id))
            self.attach(answer.batch_id, answer.cases)

    async def _start(self, case_ids: list[int] | None) -> str | None:
        """Start a batch and follow it; its id, or None if it did not start."""
        client = self.session.require_client()
        self._set_busy(1)
        try:
            answer: RunResponse = await self.session.attempt(
                client.start_run(case_ids, target_ids=self.target_ids, repeat=self.repeat_choice),
                self.failed.emit,
            )
        finally:
            self._set_busy(-1)
        if answer is FAILED:
            return None
        if len(answer.batches) > 1:
            names = ", ".join(b.target_name or "?" for b in answer.batches)
            self._log_now(
                self.tr(
                    "Started one run per target (%1); following the first. "
                    "Compare them on the Reports page."
                ).replace("%1", names)
            )
        self.attach(answer.batch_id, answer.cases)
        self.run_batch_ids = [b.batch_id for b in answer.batches] or [answer.batch_id]
        return answer.batch_id

    @asyncSlot()
    @tracked
    async def stop(self) -> None:
        """Ask the server to stop the followed batch and the other batches of its run (one per
        target); ``done`` of the followed one arrives on the stream."""
        if self.batch_id is None or not self.running:
            return
        self.stopping = True
        self.progress_changed.emit()
        client = self.session.require_client()
        others = [b for b in self.run_batch_ids if b != self.batch_id]
        stops = (client.stop_run(b) for b in [self.batch_id, *others])
        answer = await self.session.attempt(asyncio.gather(*stops), self.failed.emit)
        if answer is FAILED:
            self.stopping = False
            self.progress_changed.emit()
        elif others:
            line = self.tr("Stop requested for all %1 runs (one per target).")
            self._log_now(line.replace("%1", str(len(others) + 1)))
        else:
            self._log_now(self.tr("Stop requested."))

    @property
    def resumable(self) -> bool:
        """The followed batch was stopped or interrupted with cases still to run."""
        return (
            self.batch_id is not None
            and not self.running
            and self.status in (BatchStatus.STOPPED, BatchStatus.INTERRUPTED)
            and any(row.status not in FINAL for row in self.rows)
        )

    @asyncSlot()
    @tracked
    async def resume(self) -> None:
        """Run the cases the followed batch has not run yet, in the same batch."""
        if not self.resumable or self.batch_id is None:
            return
        batch_id = self.batch_id
        client = self.session.require_client()
        self._set_busy(1)
        try:
            answer = await self.session.attempt(client.resume_run(batch_id), self.failed.emit)
        finally:
            self._set_busy(-1)
        if answer is FAILED or batch_id != self.batch_id:
            return
        # The rows stay: finished ones keep their results (a replay does not count them
        # twice), the rest are queued again.
        self._cancel_follow()
        for row in self.rows:
            if row.status not in FINAL:
                row.status = RowStatus.QUEUED
        if self.rows:
            self.rows_changed.emit(0, len(self.rows) - 1)
        line = self.tr("Run %1 resumed: %2 cases to go.").replace("%1", batch_id)
        self._running_again(batch_id, line.replace("%2", str(len(answer.cases))))

    def load_active(self) -> None:
        """Find batches still running on the server; follow the newest if nothing is followed."""
        if self.checking_active or self.session.client is None:
            return
        # Set before the task starts, so a caller can wait for the answer right away.
        self.checking_active = True
        self._active_task = asyncio.ensure_future(self._load_active())

    async def _load_active(self) -> None:
        try:
            client = self.session.require_client()
            batches = await self.session.attempt(client.active_batches(), self.failed.emit)
        finally:
            self.checking_active = False
        if batches is FAILED:
            return
        self.active_checked = True
        self.active = sorted(batches, key=lambda b: b.start_time, reverse=True)
        if self.active and not (self.running and self._follow_task is not None):
            newest = self.active[0]
            self.attach(newest.batch_id)
            line = self.tr("Following a run in progress (%1 of %2 cases done).")
            line = line.replace("%1", str(newest.completed_count))
            self._log_now(line.replace("%2", str(newest.total_count)))
            if len(self.active) > 1:
                others = self.tr("%1 more runs are in progress.").replace(
                    "%1", str(len(self.active) - 1)
                )
                self._log_now(others)

    @asyncSlot(int)
    @tracked
    async def load_detail(self, case_id: int) -> None:
        """The stored result of a finished case with the bot's raw answer -> ``detail_loaded``."""
        index = self.row_of.get(case_id)
        if self.batch_id is None or index is None or self.rows[index].status not in FINAL:
            return
        # Details list finished asks in plan order: this case is at least as far as
        # the finished asks before it (more may finish meanwhile, never fewer).
        before = sum(len(row.asks) for row in self.rows[:index] if row.status in FINAL)
        wanted = (self.rows[index].result or {}).get("repeat_index", 0)
        client = self.session.require_client()
        batch_id = self.batch_id
        window = await self.session.attempt(
            client.report_details(batch_id, include_raw=True, skip=before, limit=50),
            self.failed.emit,
        )
        if window is FAILED:
            return

        def match(details: list[Any]) -> Any:
            return next(
                (d for d in details if d.case_id == case_id and d.repeat_index == wanted), None
            )

        found = match(window)
        if found is None:
            every = await self.session.attempt(
                client.report_details(batch_id, include_raw=True), self.failed.emit
            )
            if every is FAILED:
                return
            found = match(every)
        if found is not None and batch_id == self.batch_id:
            self.detail_loaded.emit(found)

    @asyncSlot(str)
    @tracked
    async def load_figures(self, batch_id: str) -> None:
        """The ended batch's latency figures -> ``figures_loaded`` (the answer-time chart)."""
        client = self.session.require_client()
        figures = await self.session.attempt(client.get_report(batch_id), self.failed.emit)
        if figures is not FAILED and batch_id == self.batch_id:
            self.figures_loaded.emit(figures)

    # ---------------------------------------------------------------- following

    def attach(
        self, batch_id: str, cases: list[CaseBrief] | None = None, *, follow: bool = True
    ) -> None:
        """Follow ``batch_id`` from now on (its rows replace the current ones).

        ``follow=False`` only prepares the rows: messages then come through ``receive``.
        """
        self._cancel_follow()
        self.about_to_reset.emit()
        self.batch_id = batch_id
        self.run_batch_ids = [batch_id]
        self.rows = [
            RunRow(case_id=c.id, question=c.question, position=i) for i, c in enumerate(cases or [])
        ]
        self.row_of = {row.case_id: i for i, row in enumerate(self.rows)}
        self.counts = dict.fromkeys(RESULT_ORDER, 0)
        self.server_total = len(self.rows)
        self.repeat = 1
        self.start_time = None
        self.rows_reset.emit()
        self._running_again(batch_id, self.tr("Run %1 started.").replace("%1", batch_id), follow)

    def _running_again(self, batch_id: str, line: str, follow: bool = True) -> None:
        """The followed batch runs (again): status, timers and the stream start afresh."""
        self.status = BatchStatus.RUNNING
        self.end_time = None
        self.stopping = False
        self._pending.clear()
        self._samples.clear()
        self.started.emit(batch_id)
        self._log_now(line)
        self.progress_changed.emit()
        self._timer.start()
        if follow:
            self._follow_task = asyncio.ensure_future(self._follow(batch_id))

    async def _follow(self, batch_id: str) -> None:
        client = self.session.require_client()
        stream = client.run_stream(batch_id, on_reconnecting=self._on_reconnecting)
        try:
            async for message in stream:
                if message.get("type") == "init" and self.connection != StreamConnection.LIVE:
                    self._set_connection(StreamConnection.LIVE)
                self.receive(message)
        except SessionExpired as exc:
            self.session.report_expired(exc)
            self._set_connection(StreamConnection.LOST)
        except ClientError as exc:
            self.receive({"type": "error", "message": exc.message})
            self._set_connection(StreamConnection.LOST)

    def receive(self, message: dict[str, Any]) -> None:
        """Queue one stream message; the next flush applies it (never touches a view)."""
        self._pending.append(message)

    def _on_reconnecting(self, _reason: str) -> None:
        self._set_connection(StreamConnection.RECONNECTING)

    def _set_connection(self, connection: str) -> None:
        if connection != self.connection:
            self.connection = connection
            self.connection_changed.emit(connection)
            if connection == StreamConnection.RECONNECTING:
                self._log_now(self.tr("Connection lost; reconnecting…"))

    def _cancel_follow(self) -> None:
        task, self._follow_task = self._follow_task, None
        if task is not None and not task.done():
            task.cancel()

    def detach(self) -> None:
        """Stop following now (log out); the batch keeps running on the server."""
        self._cancel_follow()
        self._timer.stop()
        self._set_connection(StreamConnection.IDLE)

    async def close(self) -> None:
        """Stop following (the batch keeps running on the server)."""
        self._timer.stop()
        for task in (self._follow_task, self._active_task):
            if task is not None and not task.done():
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        self._follow_task = self._active_task = None
        self._set_connection(StreamConnection.IDLE)
        await super().close()

    # ------------------------------------------------------------------ flushing

    def flush(self) -> None:
        """Apply queued messages; one signal of each kind for everything applied."""
        now = time.monotonic()
        if not self._pending:
            if now - self._last_progress >= PROGRESS_TICK_S:
                self._sample(now)
                self._emit_progress(now)
            if not self.running and self._follow_task is None:
                self._timer.stop()
            return
        deadline = time.perf_counter() + FLUSH_BUDGET_S
        first, last = len(self.rows), -1
        lines: list[str] = []
        reset = ended = False
        while self._pending:
            message = self._pending.popleft()
            kind = message.get("type")
            row = -1
            if kind == "update":
                row = self._apply_update(message, lines)
            elif kind == "running":
                row = self._apply_running(message)
            elif kind == "batch_status":
                self._apply_status(message)
            elif kind == "init":
                reset = self._apply_init(message) or reset
            elif kind == "done":
                self._apply_status(message)
                ended = True
            elif kind == "error":
                lines.append(self.tr("Error: %1").replace("%1", str(message.get("message", ""))))
                self.failed.emit(str(message.get("message", "")))
            if row >= 0:
                first, last = min(first, row), max(last, row)
            if time.perf_counter() > deadline:
                break
        if len(lines) > LOG_LINES_PER_FLUSH:
            kept = LOG_LINES_PER_FLUSH - 1
            more = self.tr("… and %1 more failures (see the table).")
            lines = [*lines[:kept], more.replace("%1", str(len(lines) - kept))]
        if ended:
            self._end(lines)
            first, last = 0, len(self.rows) - 1
        if reset:
            self.rows_reset.emit()
        elif last >= first:
            self.rows_changed.emit(first, last)
        if lines:
            self.log_appended.emit(lines)
        self._sample(now)
        self._emit_progress(now)
        if ended:
            self._follow_task = None
            self.finished.emit(self.batch_id or "", self.status)
            if self.batch_id is not None:
                self.load_figures(self.batch_id)

    def _emit_progress(self, now: float) -> None:
        self._last_progress = now
        self.progress_changed.emit()

    def _sample(self, now: float) -> None:
        self._samples.append((now, self.completed))
        while len(self._samples) > 2 and now - self._samples[0][0] > RATE_WINDOW_S:
            self._samples.popleft()

    def _apply_update(self, message: dict[str, Any], lines: list[str]) -> int:
        result = message.get("result")
        case_id = message.get("case_id")
        if not isinstance(result, dict) or not isinstance(case_id, int):
            return -1
        index = self.row_of.get(case_id)
        if index is None:  # a case the init did not list (should not happen): show it anyway
            index = self._append_row(case_id, str(result.get("question", "")))
        row = self.rows[index]
        value = str(result.get("result", ResultValue.ERROR))
        value = value if value in FINAL else RowStatus.ERROR
        repeat_index = result.get("repeat_index", 0)
        if row.status in FINAL or repeat_index in row.asks:  # replayed: already counted
            return -1
        row.asks[repeat_index] = result
        row.passed += value == ResultValue.PASS
        row.duration = result.get("duration")
        row.message = str(result.get("message") or "")
        row.result = result
        # A case is finished when all its asks are: PASS only when every ask passed.
        if len(row.asks) >= self.repeat:
            row.status = RowStatus.PASS if row.passed == len(row.asks) else self._worst(row)
        else:
            row.status = RowStatus.RUNNING
        self.counts[value] += 1
        if value != ResultValue.PASS:
            ask = f" [{repeat_index + 1}/{self.repeat}]" if self.repeat > 1 else ""
            lines.append(f"#{case_id}{ask} {value} {row.message}".rstrip())
        return index

    @staticmethod
    def _worst(row: RunRow) -> str:
        """The verdict of a case not passed every time: its latest failing ask's."""
        failing = [r for _, r in sorted(row.asks.items()) if r.get("result") != ResultValue.PASS]
        value = str(failing[-1].get("result")) if failing else RowStatus.ERROR
        return value if value in FINAL else RowStatus.ERROR

    def _apply_running(self, message: dict[str, Any]) -> int:
        index = self.row_of.get(message.get("case_id"))  # type: ignore[arg-type]
        if index is None or self.rows[index].status != RowStatus.QUEUED:
            return -1
        self.rows[index].status = RowStatus.RUNNING
        return index

    def _apply_status(self, message: dict[str, Any]) -> None:
        status = message.get("status")
        if isinstance(status, str):
            self.status = status
        total = message.get("total_count")
        if isinstance(total, int):
            self.server_total = total
        self.start_time = _timestamp(message.get("start_time")) or self.start_time
        self.end_time = _timestamp(message.get("end_time")) or self.end_time

    def _apply_init(self, message: dict[str, Any]) -> bool:
        """Add the cases not known yet; True when rows were added (the views reset)."""
        repeat = message.get("repeat")
        if isinstance(repeat, int) and repeat >= 1:
            self.repeat = repeat
        added = False
        for position, case in enumerate(message.get("cases") or []):
            case_id = case.get("id") if isinstance(case, dict) else None
            if isinstance(case_id, int) and case_id not in self.row_of:
                if not added:
                    self.about_to_reset.emit()
                    added = True
                self._append_row(case_id, str(case.get("question", "")), position)
        return added

    def _append_row(self, case_id: int, question: str, position: int | None = None) -> int:
        index = len(self.rows)
        self.rows.append(RunRow(case_id, question, index if position is None else position))
        self.row_of[case_id] = index
        return index

    def _end(self, lines: list[str]) -> None:
        if self.end_time is None:
            self.end_time = datetime.now(UTC)
        for row in self.rows:
            if row.status not in FINAL:
                row.status = RowStatus.NOT_RUN
        self.stopping = False
        self._timer.stop()
        self._set_connection(StreamConnection.IDLE)
        line = self.tr("Run finished: %1 (%2 passed, %3 failed, %4 errors).")
        for key, value in (
            ("%1", status_name(self.status)),
            ("%2", self.counts[ResultValue.PASS]),
            ("%3", self.counts[ResultValue.FAIL]),
            ("%4", self.counts[ResultValue.ERROR]),
        ):
            line = line.replace(key, str(value))
        lines.append(line)

    def _log_now(self, line: str) -> None:
        self.log_appended.emit([line])
