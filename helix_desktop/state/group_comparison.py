"""``group_comparison``: the batches of one multi-target run as one A/B view (no Qt).

A run with repeats asks each case N times per target: each target's cell is the case's
verdict over its asks (PASS, FLAKY, FAIL, ERROR) with k of N passed, as ``/reports/compare``
gives it, so a stable target and a flaky one disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from helix_desktop.state.comparison import outcome_text
from server.contract.autotest import ReportResponse, ResultDetail
from server.contract.compare import CaseOutcome, outcomes_by_case
from server.contract.vocabulary import CaseVerdict

__all__ = ["GroupComparison", "GroupRow", "TargetColumn", "group_comparison"]


@dataclass(frozen=True, slots=True)
class TargetColumn:
    """One target of the group: its batch and how it did (counts count asks)."""

    batch_id: str
    target_name: str
    pass_count: int
    completed_count: int
    total_count: int
    repeat: int = 1
    flaky_cases: int = 0  # cases that passed some asks and not others

    @property
    def pass_rate(self) -> float:
        return self.pass_count / self.completed_count if self.completed_count else 0.0


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One case: per target its verdict, asks passed and finished, and SQL (None: not run)."""

    case_id: int
    question: str
    results: tuple[CaseVerdict | None, ...]
    sqls: tuple[str | None, ...]
    passed: tuple[int, ...] = ()
    asks: tuple[int, ...] = ()

    @property
    def disagree(self) -> bool:
        return len(set(self.results)) > 1

    def text(self, column: int) -> str:
        """``PASS``, ``FLAKY 2/3`` (asked more than once) or ``—`` for one target."""
        return outcome_text(self.results[column], self.passed[column], self.asks[column])


@dataclass(frozen=True, slots=True)
class GroupComparison:
    group_id: str
    columns: list[TargetColumn] = field(default_factory=list)
    rows: list[GroupRow] = field(default_factory=list)  # disagreements first, then plan order

    @property
    def disagreements(self) -> int:
        return sum(row.disagree for row in self.rows)


def group_comparison(
    group_id: str, reports: list[ReportResponse], details: list[list[ResultDetail]]
) -> GroupComparison:
    """``reports[i]`` with its finished results ``details[i]``; batches in the order started."""
    pairs = sorted(zip(reports, details, strict=True), key=lambda p: (p[0].start_time, p[0].id))
    by_batch = [outcomes_by_case(batch_rows) for _, batch_rows in pairs]
    columns = [
        TargetColumn(
            batch_id=report.id,
            target_name=report.target_name or report.id[:8],
            pass_count=report.pass_count,
            completed_count=report.completed_count,
            total_count=report.total_count,
            repeat=report.repeat,
            flaky_cases=sum(o.verdict == CaseVerdict.FLAKY for o in outcomes.values()),
        )
        for (report, _), outcomes in zip(pairs, by_batch, strict=True)
    ]
    order: dict[int, str] = {}
    for outcomes in by_batch:
        for case_id, outcome in outcomes.items():
            order.setdefault(case_id, outcome.question)
    rows = []
    for case_id, question in order.items():
        cells: list[CaseOutcome | None] = [outcomes.get(case_id) for outcomes in by_batch]
        rows.append(
            GroupRow(
                case_id=case_id,
                question=question,
                results=tuple(c.verdict if c else None for c in cells),
                sqls=tuple(c.sql if c else None for c in cells),
                passed=tuple(c.passed if c else 0 for c in cells),
                asks=tuple(c.asks if c else 0 for c in cells),
            )
        )
    rows.sort(key=lambda row: not row.disagree)  # stable: plan order within each part
    return GroupComparison(group_id, columns, rows)
