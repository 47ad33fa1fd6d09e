"""``compare_results``: what changed per case between two batches (PASS -> FAIL, new, ...)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from server.contract.autotest import ResultDetail

__all__ = ["CaseChange", "Comparison", "change_order", "compare_results"]

NEW = "new"
MISSING = "missing"
UNCHANGED = "unchanged"
# Regressions first, then fixes, then the rest: what a tester looks at first.
_ORDER = {
    "PASS -> FAIL": 0,
    "PASS -> ERROR": 1,
    "FAIL -> PASS": 2,
    "ERROR -> PASS": 3,
    "FAIL -> ERROR": 4,
    "ERROR -> FAIL": 5,
    NEW: 6,
    MISSING: 7,
}


def change_order(kind: str) -> tuple[int, str]:
    """Sort key for kinds of change: regressions, fixes, other changes, new, missing, unchanged."""
    return _ORDER.get(kind, 9 if kind == UNCHANGED else 8), kind


@dataclass(frozen=True, slots=True)
class CaseChange:
    """One case across the two batches; ``before``/``after`` None when it did not run there."""

    case_id: int
    question: str
    before: str | None
    after: str | None

    @property
    def kind(self) -> str:
        if self.before is None:
            return NEW
        if self.after is None:
            return MISSING
        if self.before == self.after:
            return UNCHANGED
        return f"{self.before} -> {self.after}"


@dataclass(frozen=True, slots=True)
class Comparison:
    """``base`` is the older batch; ``changes`` lists only cases whose result changed."""

    base_id: str
    other_id: str
    changes: list[CaseChange] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)


def compare_results(
    base_id: str,
    base: list[ResultDetail],
    other_id: str,
    other: list[ResultDetail],
) -> Comparison:
    """Match the two details lists by ``case_id`` and classify each case."""
    before = {d.case_id: d for d in base}
    after = {d.case_id: d for d in other}
    counts: Counter[str] = Counter()
    changes: list[CaseChange] = []
    for case_id in list(before) + [c for c in after if c not in before]:
        old, new = before.get(case_id), after.get(case_id)
        question = (new or old).question  # type: ignore[union-attr]
        change = CaseChange(
            case_id,
            question,
            old.result if old is not None else None,
            new.result if new is not None else None,
        )
        counts[change.kind] += 1
        if change.kind != UNCHANGED:
            changes.append(change)
    changes.sort(key=lambda c: (change_order(c.kind), c.case_id))
    return Comparison(base_id, other_id, changes, counts)
