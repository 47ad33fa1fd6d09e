"""One headless batch: choose the cases, start the run, follow it live, collect the results."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from helix_desktop.client.api import HelixClient
from helix_desktop.client.errors import ClientError, StreamFailed
from helix_desktop.headless.options import Selection
from server.contract.autotest import ResultDetail
from server.contract.runs import CaseBrief, CaseResult, RunResponse
from server.contract.vocabulary import BatchStatus, ResultValue

__all__ = ["BatchOutcome", "NothingToRun", "run_batch", "selected_case_ids"]

PAGE = 1000

OnStart = Callable[[RunResponse], None]
OnUpdate = Callable[[CaseResult, int, int], None]


class NothingToRun(ClientError):
    """The selection matched no case."""


@dataclass(slots=True)
class BatchOutcome:
    """What a finished (or stopped) batch gave: its plan and every result, in plan order."""

    batch_id: str
    status: str
    planned: list[CaseBrief]
    results: list[ResultDetail]
    elapsed: float
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.counts = {ResultValue.PASS: 0, ResultValue.FAIL: 0, ResultValue.ERROR: 0}
        for result in self.results:
            self.counts[result.result] += 1

    @property
    def unfinished(self) -> list[CaseBrief]:
        """Planned cases without a result (the batch was stopped or interrupted)."""
        done = {r.case_id for r in self.results}
        return [case for case in self.planned if case.id not in done]

    @property
    def all_passed(self) -> bool:
        return bool(self.planned) and self.counts[ResultValue.PASS] == len(self.planned)


async def selected_case_ids(client: HelixClient, selection: Selection) -> list[int]:
    """The ids to send to ``POST /run`` (empty: the server takes every active case)."""
    if selection.case_ids:
        return list(selection.case_ids)
    if selection.category is None:
        return []
    ids: list[int] = []
    skip = 0
    while True:
        page, _ = await client.list_cases(skip, PAGE, category=selection.category, is_active=True)
        ids.extend(case.id for case in page)
        if len(page) < PAGE:
            break
        skip += PAGE
    if not ids:
        raise NothingToRun(f"no active case in category {selection.category!r}")
    return ids


async def run_batch(
    client: HelixClient,
    selection: Selection,
    *,
    on_start: OnStart | None = None,
    on_update: OnUpdate | None = None,
) -> BatchOutcome:
    """Run the selected cases and follow the batch to its end; Ctrl-C stops the batch."""
    case_ids = await selected_case_ids(client, selection)
    started_at = time.monotonic()
    started = await client.start_run(case_ids, rerun_of=selection.rerun_of)
    if on_start is not None:
        on_start(started)
    total = len(started.cases)
    finished = 0
    status: str = BatchStatus.RUNNING
    try:
        async for message in client.run_stream(started.batch_id):
            kind = message.get("type")
            if kind == "update":
                finished += 1
                if on_update is not None:
                    on_update(CaseResult.model_validate(message["result"]), finished, total)
            elif kind == "done":
                status = str(message.get("status", BatchStatus.COMPLETED))
            elif kind == "error":
                raise StreamFailed(str(message.get("message", "the run stream failed")))
    except asyncio.CancelledError:
        # Interrupted (Ctrl-C in CI): do not leave the batch running on the server.
        with contextlib.suppress(ClientError):
            await client.stop_run(started.batch_id)
        raise
    elapsed = time.monotonic() - started_at
    # Every finished result, in plan order (the stream may have been quiet or resumed).
    details = await client.report_details(started.batch_id)
    return BatchOutcome(
        batch_id=started.batch_id,
        status=status,
        planned=started.cases,
        results=details,
        elapsed=elapsed,
    )
