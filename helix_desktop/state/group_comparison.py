"""``group_comparison``: the batches of one multi-target run as one A/B view (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field

from server.contract.autotest import ReportResponse, ResultDetail

__all__ = ["GroupComparison", "GroupRow", "TargetColumn", "group_comparison"]


@dataclass(frozen=True, slots=True)
class TargetColumn:
    """One target of the group: its batch and how it did."""

    batch_id: str
    target_name: str
    pass_count: int
    completed_count: int
    total_count: int

    @property
    def pass_rate(self) -> float:
        return self.pass_count / self.completed_count if self.completed_count else 0.0


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One case: its result and SQL per target (None: not finished there)."""

    case_id: int
    question: str
    results: tuple[str | None, ...]
    sqls: tuple[str | None, ...]

    @property
    def disagree(self) -> bool:
        return len(set(self.results)) > 1


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
    columns = [
        TargetColumn(
            batch_id=report.id,
            target_name=report.target_name or report.id[:8],
            pass_count=report.pass_count,
            completed_count=report.completed_count,
            total_count=report.total_count,
        )
        for report, _ in pairs
    ]
    by_batch = [{d.case_id: d for d in batch_rows} for _, batch_rows in pairs]
    order: dict[int, str] = {}
    for _, batch_rows in pairs:
        for detail in sorted(batch_rows, key=lambda d: d.position):
            order.setdefault(detail.case_id, detail.question)
    rows = [
        GroupRow(
            case_id=case_id,
            question=question,
            results=tuple(
                (batch[case_id].result if case_id in batch else None) for batch in by_batch
            ),
            sqls=tuple(
                (batch[case_id].actual_sql if case_id in batch else None) for batch in by_batch
            ),
        )
        for case_id, question in order.items()
    ]
    rows.sort(key=lambda row: not row.disagree)  # stable: plan order within each part
    return GroupComparison(group_id, columns, rows)
