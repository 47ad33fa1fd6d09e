"""``comparison_of``: what changed per case between two batches (PASS -> FAIL, new, ...).

The server matches the cases (``GET /reports/compare``); this names and orders the changes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from server.contract.compare import CompareResponse

__all__ = ["CaseChange", "Comparison", "change_order", "comparison_of"]

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
    sql_before: str | None = None
    sql_after: str | None = None

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
    sql_changed: int = 0


def comparison_of(answer: CompareResponse) -> Comparison:
    """The server's ``/reports/compare`` (base ``a``, other ``b``) as the compare view shows it."""
    counts: Counter[str] = Counter()
    changes: list[CaseChange] = []
    for item in answer.items:
        change = CaseChange(
            item.case_id, item.question, item.result_a, item.result_b, item.sql_a, item.sql_b
        )
        counts[change.kind] += 1
        if change.kind != UNCHANGED:
            changes.append(change)
    changes.sort(key=lambda c: (change_order(c.kind), c.case_id))
    return Comparison(answer.a.id, answer.b.id, changes, counts, answer.sql_changed)
