"""Two batches side by side: per case both results and SQLs, and the transition."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from server.contract.autotest import ReportResponse
from server.contract.compare import CompareItem, CompareResponse

__all__ = ["compare_results"]

_SPACE = re.compile(r"\s+")
NONE = "NONE"


def _same_sql(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a == b
    return _SPACE.sub(" ", a).strip() == _SPACE.sub(" ", b).strip()


def compare_results(
    report_a: ReportResponse,
    report_b: ReportResponse,
    rows_a: list[dict[str, Any]],
    rows_b: list[dict[str, Any]],
) -> CompareResponse:
    """Cases of both batches matched by case id (a's plan order, then cases only in b)."""
    by_case_b = {row["case_id"]: row for row in rows_b}
    order = [row["case_id"] for row in rows_a]
    order += [case_id for case_id in by_case_b if case_id not in set(order)]
    by_case_a = {row["case_id"]: row for row in rows_a}
    items: list[CompareItem] = []
    for case_id in order:
        a, b = by_case_a.get(case_id), by_case_b.get(case_id)
        either = a or b
        assert either is not None
        result_a = a["result"] if a else None
        result_b = b["result"] if b else None
        sql_a = a["actual_sql"] if a else None
        sql_b = b["actual_sql"] if b else None
        items.append(
            CompareItem(
                case_id=case_id,
                question=either["question"],
                result_a=result_a,
                result_b=result_b,
                sql_a=sql_a,
                sql_b=sql_b,
                message_a=(a["message"] if a else "") or "",
                message_b=(b["message"] if b else "") or "",
                duration_a=a["duration"] if a else None,
                duration_b=b["duration"] if b else None,
                transition=f"{result_a or NONE}->{result_b or NONE}",
                changed=result_a != result_b,
                sql_changed=not _same_sql(sql_a, sql_b),
            )
        )
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
