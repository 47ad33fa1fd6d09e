"""Repeats, stability, history and the answer's timeline (``repeat`` in ``POST /run``,
``GET /cases/{id}/history``, ``GET /reports/flaky``, latency in ``GET /reports/{id}``)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from server.contract.common import ContractModel, Timestamp
from server.contract.vocabulary import ResultValue

__all__ = [
    "REPEAT_MAX",
    "AskTimeline",
    "BatchTag",
    "CaseHistoryEntry",
    "CaseStability",
    "FlakyCase",
    "HistogramBin",
    "LatencyPercentiles",
    "LatencySummary",
    "RetryMark",
    "RowId",
    "SlowCase",
]

REPEAT_MAX = 10
# An id the databases can hold (a larger one would fail in the driver, not as a 4xx).
RowId = Annotated[int, Field(ge=1, le=2**63 - 1)]


class RetryMark(BaseModel):
    at_ms: float | None = Field(description="When the attempt was given up (ms from the start)")
    reason: str


class AskTimeline(BaseModel):
    """Milestones of one ask in ms from its start; null when never reached.

    ``request_ms``: the (last attempt's) request sent; ``headers_ms``: response headers
    (time to first byte); ``first_event_ms``; ``interpretation_ms``: the first
    interpretation event; ``answer_ms``: the ANSWER event (time to SQL);
    ``end_ms``: end of the stream; ``retries``: attempts given up, with why.
    """

    request_ms: float | None = None
    headers_ms: float | None = None
    first_event_ms: float | None = None
    interpretation_ms: float | None = None
    answer_ms: float | None = None
    end_ms: float | None = None
    retries: list[RetryMark] = Field(default_factory=list)


class CaseStability(BaseModel):
    """How a case fared over its asks in one batch: ``passed`` of ``total`` finished asks."""

    case_id: int
    passed: int
    total: int
    flaky: bool = Field(description="Passed at least once and not passed at least once")


class LatencyPercentiles(BaseModel):
    """Seconds; null when no ask of the batch reached that milestone."""

    p50: float | None = None
    p90: float | None = None
    p99: float | None = None
    count: int = 0


class SlowCase(BaseModel):
    case_id: int
    repeat_index: int
    question: str
    result: ResultValue
    duration: float = Field(description="Seconds")
    ttfb: float | None = Field(default=None, description="Seconds to the response headers")
    time_to_sql: float | None = Field(default=None, description="Seconds to the ANSWER event")


class HistogramBin(BaseModel):
    start: float = Field(description="Seconds, inclusive")
    end: float = Field(description="Seconds, exclusive (the last bin includes its end)")
    count: int


class LatencySummary(BaseModel):
    ttfb: LatencyPercentiles = Field(description="Time to first byte (response headers)")
    time_to_sql: LatencyPercentiles = Field(description="Time to the ANSWER event")
    total: LatencyPercentiles = Field(description="Whole ask (the result's duration)")
    slowest: list[SlowCase] = Field(description="The slowest asks, slowest first")
    histogram: list[HistogramBin] = Field(
        default_factory=list, description="Asks by duration, equal bins from 0 to the slowest"
    )


class CaseHistoryEntry(ContractModel):
    """One ask of a case in some batch (``GET /cases/{id}/history``), newest first."""

    batch_id: str
    time: Timestamp | None = Field(description="When the ask finished")
    target: str | None = Field(
        default=None, description="Name of the bot target the batch asked (kept if deleted)"
    )
    target_id: int | None = Field(default=None, description="null: the target was deleted")
    repeat_index: int = 0
    result: ResultValue
    message: str
    actual_sql: str | None = None
    duration: float | None = Field(default=None, description="Seconds")


class FlakyCase(BaseModel):
    """A case whose verdict changed within the last K batches that ran it, on one target."""

    case_id: int
    question: str
    flips: int = Field(description="Consecutive asks where one passed and the other did not")
    asks: int
    passed: int
    batches: int = Field(description="Batches examined (at most K)")
    last_result: ResultValue
    last_batch_id: str
    target_id: int | None = Field(
        default=None, description="The target asked (null: deleted, or a batch before targets)"
    )
    target: str | None = Field(default=None, description="Its name (kept when deleted)")


class BatchTag(BaseModel):
    """Tags a batch with the experiment (and its templates) it measured; null clears."""

    experiment_id: RowId | None = None
    template_ids: list[RowId] | None = Field(default=None, max_length=1000)
