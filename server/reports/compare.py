"""Two batches side by side: per case both verdicts (k of N asks passed), SQLs, the transition."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from server.contract.autotest import ReportResponse, ResultDetail
from server.contract.compare import CaseOutcome, CompareItem, CompareResponse, outcomes_by_case

__all__ = ["compare_results"]

_SPACE = re.compile(r"\s+")
NONE = "NONE"


def _same_sql(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    return _SPACE.sub(" ", a).strip() == _SPACE.sub(" ", b).strip()


def _item(case_id: int, a: CaseOutcome | None, b: CaseOutcome | None) -> CompareItem:
    either = a or b
    assert either is not None
    result_a = a.verdict if a else None
    result_b = b.verdict if b else None
    sql_a = a.sql if a else None
    sql_b = b.sql if b else None
    return CompareItem(
        case_id=case_id,
        question=either.question,
        result_a=result_a,
        result_b=result_b,
        passed_a=a.passed if a else 0,
        asks_a=a.asks if a else 0,
        passed_b=b.passed if b else 0,
        asks_b=b.asks if b else 0,
        sql_a=sql_a,
        sql_b=sql_b,
        message_a=a.message if a else "",
        message_b=b.message if b else "",
        duration_a=a.duration if a else None,
        duration_b=b.duration if b else None,
        transition=f"{result_a or NONE}->{result_b or NONE}",
        changed=result_a != result_b,
        sql_changed=not _same_sql(sql_a, sql_b),
    )


def compare_results(
    report_a: ReportResponse,
    report_b: ReportResponse,
    details_a: Sequence[ResultDetail],
    details_b: Sequence[ResultDetail],
) -> CompareResponse:
    """Cases of both batches matched by case id (a's plan order, then cases only in b).

    Each side is taken per case over its asks, so a batch with ``repeat`` N gives one item
    per case, not N.
    """
    by_case_a, by_case_b = outcomes_by_case(details_a), outcomes_by_case(details_b)
    order = [*by_case_a, *(case_id for case_id in by_case_b if case_id not in by_case_a)]
    items = [_item(case_id, by_case_a.get(case_id), by_case_b.get(case_id)) for case_id in order]
    transitions = Counter(item.transition for item in items)
    changed = sum(item.changed for item in items)
    items.sort(key=lambda item: not item.changed)  # stable: plan order within each part
    return CompareResponse(
        a=report_a,
        b=report_b,
        same_target=report_a.target_id is not None and report_a.target_id == report_b.target_id,
        transitions=dict(sorted(transitions.items())),
        changed=changed,
        unchanged=len(items) - changed,
        sql_changed=sum(item.sql_changed for item in items),
        items=items,
    )
