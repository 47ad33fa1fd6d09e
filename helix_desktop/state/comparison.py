"""``comparison_of``: what changed per case between two batches (PASS -> FAIL, new, ...).

The server matches the cases (``GET /reports/compare``), one per case over its asks (a
batch with repeats: PASS, FLAKY, FAIL or ERROR with k of N passed); this names and orders
the changes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from server.contract.compare import CompareResponse

__all__ = ["CaseChange", "Comparison", "change_order", "comparison_of", "outcome_text"]

NEW = "new"
MISSING = "missing"
UNCHANGED = "unchanged"
# Regressions first, then fixes, then the rest: what a tester looks at first.
_ORDER = {
    "PASS -> FAIL": 0,
    "PASS -> ERROR": 1,
    "PASS -> FLAKY": 2,
    "FLAKY -> FAIL": 3,
    "FLAKY -> ERROR": 4,
    "FAIL -> PASS": 5,
    "ERROR -> PASS": 6,
    "FLAKY -> PASS": 7,
    "FAIL -> FLAKY": 8,
    "ERROR -> FLAKY": 9,
    "FAIL -> ERROR": 10,
    "ERROR -> FAIL": 11,
    NEW: 12,
    MISSING: 13,
}


def change_order(kind: str) -> tuple[int, str]:
    """Sort key for kinds of change: regressions, fixes, other changes, new, missing, unchanged."""
    return _ORDER.get(kind, 15 if kind == UNCHANGED else 14), kind


def outcome_text(verdict: str | None, passed: int, asks: int) -> str:
    """``PASS``, or ``FLAKY 2/3`` when the case was asked more than once; ``—``: not run."""
    if verdict is None:
        return "—"
    return f"{verdict} {passed}/{asks}" if asks > 1 else verdict


@dataclass(frozen=True, slots=True)
class CaseChange:
    """One case across the two batches; ``before``/``after`` None when it did not run there.

    ``passed_*`` of ``asks_*``: the case's asks that passed, of those finished, on each side.
    """

    case_id: int
    question: str
    before: str | None
    after: str | None
    sql_before: str | None = None
    sql_after: str | None = None
    passed_before: int = 0
    asks_before: int = 0
    passed_after: int = 0
    asks_after: int = 0

    @property
    def before_text(self) -> str:
        return outcome_text(self.before, self.passed_before, self.asks_before)

    @property
    def after_text(self) -> str:
        return outcome_text(self.after, self.passed_after, self.asks_after)

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
            item.case_id,
            item.question,
            item.result_a,
            item.result_b,
            item.sql_a,
            item.sql_b,
            item.passed_a,
            item.asks_a,
            item.passed_b,
            item.asks_b,
        )
        counts[change.kind] += 1
        if change.kind != UNCHANGED:
            changes.append(change)
    changes.sort(key=lambda c: (change_order(c.kind), c.case_id))
    return Comparison(answer.a.id, answer.b.id, changes, counts, answer.sql_changed)
