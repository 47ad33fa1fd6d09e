"""``GET /reports/compare?a=&b=``: two batches case by case (two targets, or two points in time).

A batch that repeats its cases has several asks per case; both sides are compared per case
(``CaseOutcome``: k of N passed and one verdict), never ask by ask.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import BaseModel, Field

from server.contract.autotest import ReportResponse, ResultDetail
from server.contract.vocabulary import CaseVerdict, ResultValue

__all__ = ["CaseOutcome", "CompareItem", "CompareResponse", "outcomes_by_case"]


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    """One case over its finished asks in one batch.

    ``sql``/``message`` are those of the last ask that did not pass (what went wrong), or of
    the last ask when all passed; ``duration`` is the mean over the asks that have one.
    """

    case_id: int
    question: str
    verdict: CaseVerdict
    passed: int
    asks: int
    sql: str | None
    message: str
    duration: float | None


def outcomes_by_case(details: Sequence[ResultDetail]) -> dict[int, CaseOutcome]:
    """Finished asks grouped per case, in plan order (a case's first ask)."""
    asks: dict[int, list[ResultDetail]] = {}
    for detail in sorted(details, key=lambda d: (d.position, d.repeat_index)):
        asks.setdefault(detail.case_id, []).append(detail)
    outcomes: dict[int, CaseOutcome] = {}
    for case_id, rows in asks.items():
        rows.sort(key=lambda d: d.repeat_index)
        verdict = CaseVerdict.of(d.result for d in rows)
        assert verdict is not None  # every case here has an ask
        failed = [d for d in rows if d.result != ResultValue.PASS]
        shown = (failed or rows)[-1]
        durations = [d.duration for d in rows if d.duration is not None]
        outcomes[case_id] = CaseOutcome(
            case_id=case_id,
            question=rows[0].question,
            verdict=verdict,
            passed=len(rows) - len(failed),
            asks=len(rows),
            sql=shown.actual_sql,
            message=shown.message or "",
            duration=round(sum(durations) / len(durations), 4) if durations else None,
        )
    return outcomes


class CompareItem(BaseModel):
    """One case: its verdict, asks passed of asks finished, SQL and message on each side."""

    case_id: int
    question: str
    result_a: CaseVerdict | None = Field(
        description="null: not run (or not finished) in a; FLAKY: some asks passed, not all"
    )
    result_b: CaseVerdict | None
    passed_a: int = Field(default=0, description="Asks of the case that passed in a")
    asks_a: int = Field(default=0, description="Asks of the case finished in a")
    passed_b: int = 0
    asks_b: int = 0
    sql_a: str | None = Field(
        default=None, description="The last ask that did not pass (else the last ask)"
    )
    sql_b: str | None = None
    message_a: str = ""
    message_b: str = ""
    duration_a: float | None = Field(default=None, description="Mean seconds over the asks")
    duration_b: float | None = None
    transition: str = Field(description='"PASS->FAIL", "PASS->FLAKY", "NONE->PASS", ...')
    changed: bool = Field(description="The verdicts differ")
    sql_changed: bool = Field(description="The SQLs differ (whitespace aside)")


class CompareResponse(BaseModel):
    a: ReportResponse
    b: ReportResponse
    same_target: bool = Field(description="Both batches asked the same target")
    transitions: dict[str, int] = Field(description="How many cases made each transition")
    changed: int = Field(description="Cases whose verdicts differ")
    unchanged: int
    sql_changed: int
    items: list[CompareItem] = Field(
        description="One per case (whatever the repeat): changed first, then plan order of a"
    )
