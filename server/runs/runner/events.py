"""The WebSocket messages of a run, built once per event from results and batch counters."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from server.contract.runs import (
    CaseBrief,
    CaseResult,
    WsBatchStatus,
    WsDone,
    WsInit,
    WsUpdate,
)
from server.contract.stability import CaseStability
from server.runs.runner.hub import HubEvent

__all__ = [
    "BatchCounts",
    "FinishedCase",
    "done_event",
    "init_event",
    "running_event",
    "status_event",
    "update_event",
]


class FinishedCase(Protocol):
    """A finished case: a stored ``BatchResult`` row or a result about to be stored.

    Read-only members, so that a result whose ``duration`` is always set fits too.
    """

    @property
    def case_id(self) -> int: ...
    @property
    def question(self) -> str: ...
    @property
    def actual_sql(self) -> str | None: ...
    @property
    def expected_sql(self) -> str | None: ...
    @property
    def result(self) -> str | None: ...
    @property
    def message(self) -> str: ...
    @property
    def checks(self) -> list[dict[str, str]] | None: ...
    @property
    def duration(self) -> float | None: ...
    @property
    def expected_keywords(self) -> str: ...
    @property
    def expected_conditions(self) -> str | None: ...
    @property
    def category(self) -> str | None: ...
    @property
    def seq(self) -> int | None: ...
    @property
    def repeat_index(self) -> int: ...
    @property
    def timeline(self) -> dict[str, Any] | None: ...


class BatchCounts(Protocol):
    id: str
    status: str
    total_count: int
    pass_count: int
    fail_count: int
    error_count: int
    start_time: datetime
    end_time: datetime | None
    repeat: int


def init_event(batch_id: str, cases: list[CaseBrief], repeat: int = 1) -> HubEvent:
    message = WsInit(batch_id=batch_id, cases=cases, repeat=repeat)
    return HubEvent("init", message.model_dump_json())


def running_event(case_id: int) -> HubEvent:
    # The most frequent message: formatted directly (same JSON as ``WsRunning``).
    return HubEvent("running", f'{{"type":"running","case_id":{int(case_id)}}}', case_id)


def case_result(row: FinishedCase) -> CaseResult:
    return CaseResult(
        case_id=row.case_id,
        question=row.question,
        actual_sql=row.actual_sql,
        expected_sql=row.expected_sql,
        result=row.result,
        message=row.message,
        checks=row.checks or [],
        duration=row.duration,
        expected_keywords=row.expected_keywords,
        expected_conditions=row.expected_conditions,
        category=row.category,
        seq=row.seq,
        repeat_index=row.repeat_index,
        timeline=row.timeline,
    )


def update_event(row: FinishedCase) -> HubEvent:
    message = WsUpdate(case_id=row.case_id, repeat_index=row.repeat_index, result=case_result(row))
    return HubEvent("update", message.model_dump_json(), row.case_id, row.repeat_index)


def _counts(batch: BatchCounts) -> dict[str, object]:
    completed = batch.pass_count + batch.fail_count + batch.error_count
    return {
        "batch_id": batch.id,
        "status": batch.status,
        "total_count": batch.total_count,
        "completed_count": completed,
        # The original AutoTest web UI reads these two names.
        "total": batch.total_count,
        "completed": completed,
        "pass_count": batch.pass_count,
        "fail_count": batch.fail_count,
        "error_count": batch.error_count,
        "start_time": batch.start_time,
        "end_time": batch.end_time,
    }


def status_event(batch: BatchCounts) -> HubEvent:
    return HubEvent("batch_status", WsBatchStatus.model_validate(_counts(batch)).model_dump_json())


def done_event(batch: BatchCounts, stability: list[CaseStability]) -> HubEvent:
    message = WsDone.model_validate(
        {**_counts(batch), "repeat": batch.repeat, "stability": stability}
    )
    return HubEvent("done", message.model_dump_json())
