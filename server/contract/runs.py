"""Runs: ``POST /run``, ``/run/stop``, ``/run/resume``, ``/run/active-batches`` and the
messages of ``WS /run/ws/{batch_id}`` (CONTRACT-NOTES §4 "Runs" and "WebSocket")."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from server.contract.common import ContractModel, Timestamp
from server.contract.judge import Checks
from server.contract.stability import REPEAT_MAX, AskTimeline, CaseStability, RowId
from server.contract.vocabulary import BatchStatus, ResultValue

__all__ = [
    "MAX_RUN_TARGETS",
    "ActiveBatch",
    "BatchStatus",
    "CaseBrief",
    "CaseResult",
    "ResultValue",
    "RunBatch",
    "RunRequest",
    "RunResponse",
    "StopResponse",
    "WsBatchStatus",
    "WsDone",
    "WsError",
    "WsInit",
    "WsPing",
    "WsRunning",
    "WsUpdate",
]


TargetId = Annotated[int, Field(ge=1, le=2**31 - 1)]
# How many targets one run may ask side by side.
MAX_RUN_TARGETS = 20


class RunRequest(BaseModel):
    """Empty ``case_ids``: every active case; ``rerun_of``: that batch's FAIL and ERROR cases.

    ``target_id``: the bot target to ask (default: the default target, or for a rerun the
    target of the batch it reruns); ``target_ids``: one batch per target, sharing a
    ``group_id``.
    """

    case_ids: list[int] = Field(default_factory=list)
    rerun_of: str | None = None
    target_id: TargetId | None = None
    target_ids: list[TargetId] = Field(default_factory=list, max_length=MAX_RUN_TARGETS)
    repeat: int = Field(
        default=1, ge=1, le=REPEAT_MAX, description="Asks per case, each with its own chat id"
    )
    experiment_id: RowId | None = Field(default=None, description="Tag: the experiment measured")
    template_ids: list[RowId] | None = Field(
        default=None, max_length=1000, description="Tag: the experiment's templates measured"
    )


class RunBatch(BaseModel):
    """One batch of a run: which target it asks."""

    batch_id: str
    target_id: int | None
    target_name: str | None


class CaseBrief(ContractModel):
    id: int
    question: str


class RunResponse(BaseModel):
    message: str
    batch_id: str = Field(description="The (first) batch started")
    cases: list[CaseBrief]
    group_id: str | None = Field(
        default=None, description="Shared by the batches of a run against several targets"
    )
    batches: list[RunBatch] = Field(
        default_factory=list, description="Every batch started, one per target"
    )


class StopResponse(BaseModel):
    message: str
    batch_id: str
    status: BatchStatus


class ActiveBatch(BaseModel):
    batch_id: str
    status: BatchStatus
    start_time: Timestamp
    total_count: int
    completed_count: int
    pass_count: int
    fail_count: int
    error_count: int
    max_workers: int
    rerun_of: str | None = None
    created_by: int | None = None


class CaseResult(BaseModel):
    """One finished case, as the WebSocket ``update`` carries it (``duration`` in seconds)."""

    case_id: int
    question: str
    actual_sql: str | None
    expected_sql: str | None
    result: ResultValue
    message: str
    duration: float | None
    checks: Checks = Field(default_factory=list)
    expected_keywords: str = ""
    expected_conditions: str | None = None
    category: str | None = None
    seq: int | None = None
    repeat_index: int = Field(default=0, description="Which ask of the case (0 .. repeat-1)")
    timeline: AskTimeline | None = None


class WsInit(BaseModel):
    type: Literal["init"] = "init"
    batch_id: str
    cases: list[CaseBrief]
    repeat: int = Field(default=1, description="Asks per case")


class WsBatchStatus(BaseModel):
    type: Literal["batch_status"] = "batch_status"
    batch_id: str
    status: BatchStatus
    total_count: int
    completed_count: int
    total: int = Field(description="Same as total_count (the original UI reads it)")
    completed: int = Field(description="Same as completed_count")
    pass_count: int
    fail_count: int
    error_count: int
    start_time: Timestamp
    end_time: Timestamp | None


class WsRunning(BaseModel):
    type: Literal["running"] = "running"
    case_id: int


class WsUpdate(BaseModel):
    type: Literal["update"] = "update"
    case_id: int
    repeat_index: int = Field(default=0, description="Which ask of the case (as in result)")
    result: CaseResult


class WsDone(BaseModel):
    type: Literal["done"] = "done"
    batch_id: str
    status: BatchStatus
    total_count: int
    completed_count: int
    total: int = Field(description="Same as total_count (the original UI reads it)")
    completed: int = Field(description="Same as completed_count")
    pass_count: int
    fail_count: int
    error_count: int
    start_time: Timestamp
    end_time: Timestamp | None
    repeat: int = 1
    stability: list[CaseStability] = Field(
        default_factory=list, description="Per case: asks passed of asks finished"
    )


class WsError(BaseModel):
    type: Literal["error"] = "error"
    message: str


class WsPing(BaseModel):
    """Sent when the connection has been idle for a while; clients ignore it."""

    type: Literal["ping"] = "ping"
