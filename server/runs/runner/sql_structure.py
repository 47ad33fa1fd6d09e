"""Structural comparison of two SELECTs, clause by clause, after normalising both.

Each query is cut into normalised clauses by ``sql_shape.query_shape`` (aliases,
commuted and turned-round comparisons, ``BETWEEN``, ``IN``/``OR``, CTEs and
subqueries by their structure, dates only where they are dates). Then tables,
selected expressions, WHERE, GROUP BY, HAVING, ORDER BY, LIMIT / OFFSET and any
other clause are compared; each difference names its clause, with the parts shown
as the user wrote them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlglot import exp

from server.i18n import Language, Text
from server.runs.runner.sql_shape import QueryShape, ShapeItem, StructureError, query_shape

__all__ = [
    "ClauseDifference",
    "QueryShape",
    "StructureError",
    "compare_structure",
    "describe_differences",
    "query_shape",
]

_MISSING = Text("缺少", "missing")
_EXTRA = Text("多出", "extra")
_EXPECTED = Text("期望", "expected")
_ACTUAL = Text("实际", "actual")
_NONE = Text("无", "none")
_DIFFERENT = Text("结构不同", "different structure")


@dataclass(frozen=True, slots=True)
class ClauseDifference:
    clause: str
    missing: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    expected: str | None = None
    actual: str | None = None
    note: Text | None = None

    def render(self, language: Language) -> str:
        if self.note is not None:
            return f"{self.clause}: {self.note.render(language)}"
        if self.missing or self.extra:
            parts = []
            if self.missing:
                parts.append(f"{_MISSING.render(language)}: {', '.join(self.missing)}")
            if self.extra:
                parts.append(f"{_EXTRA.render(language)}: {', '.join(self.extra)}")
            return f"{self.clause} " + ", ".join(parts)
        none = _NONE.render(language)
        return (
            f"{self.clause}: {_EXPECTED.render(language)} {self.expected or none}, "
            f"{_ACTUAL.render(language)} {self.actual or none}"
        )


def describe_differences(differences: list[ClauseDifference], language: Language) -> str:
    return "; ".join(d.render(language) for d in differences)


# Comparing


def _shown(item: ShapeItem, shape: QueryShape) -> str:
    """The item as the user wrote it (columns qualified as they were written); kept, as
    the shape of an expected SQL is cached and its missing parts shown again and again."""
    if item.shown is None:
        item.shown = _render(item.display_node(), shape)
    return item.shown


def _render(node: exp.Expr, shape: QueryShape) -> str:
    # Columns are given their qualifiers back for the rendering, then restored: cheaper
    # than copying the tree (shapes are cached and shared, so nothing may stay changed).
    saved: list[tuple[exp.Column, Any]] = []
    for column in node.find_all(exp.Column):
        if id(column) in shape.written:
            saved.append((column, column.args.get("table")))
            column.set("table", shape.written[id(column)])
    try:
        # The generator copies the tree first, in case its dialect transforms change it;
        # those transforms only touch queries, so a plain predicate need not be copied.
        text = node.sql(dialect=shape.dialect, copy=node.find(exp.Query) is not None)
    finally:
        for column, table in saved:
            column.set("table", table)
    return text if len(text) <= 200 else text[:197] + "..."


def _compare_bags(
    clause: str,
    expected: list[ShapeItem],
    actual: list[ShapeItem],
    want: QueryShape,
    got: QueryShape,
) -> ClauseDifference | None:
    if len(expected) == len(actual):  # the common case, without building counters
        keys = [i.key for i in expected]
        others = [i.key for i in actual]
        if keys == others or sorted(keys) == sorted(others):
            return None
    expected_keys = Counter(i.key for i in expected)
    actual_keys = Counter(i.key for i in actual)
    if expected_keys == actual_keys:
        return None
    missing_keys = expected_keys - actual_keys
    extra_keys = actual_keys - expected_keys
    missing = tuple(_shown(i, want) for i in expected if missing_keys.pop(i.key, 0))
    extra = tuple(_shown(i, got) for i in actual if extra_keys.pop(i.key, 0))
    return ClauseDifference(clause, missing=missing, extra=extra)


def _order_text(items: list[ShapeItem], shape: QueryShape) -> str:
    return ", ".join(_shown(i, shape) for i in items)


def compare_structure(expected: QueryShape, actual: QueryShape) -> list[ClauseDifference]:
    """The clauses in which ``actual`` differs from ``expected`` (empty: same structure)."""
    if expected.whole is not None or actual.whole is not None:
        if expected.whole == actual.whole:
            return []
        return [ClauseDifference("SQL", note=_DIFFERENT)]
    differences: list[ClauseDifference | None] = [
        _compare_bags("FROM", expected.tables, actual.tables, expected, actual),
        _compare_bags("JOIN", expected.joins, actual.joins, expected, actual),
        _compare_bags("SELECT", expected.select, actual.select, expected, actual),
    ]
    if expected.distinct != actual.distinct:
        differences.append(
            ClauseDifference(
                "DISTINCT",
                expected=str(expected.distinct is not None),
                actual=str(actual.distinct is not None),
            )
        )
    differences += [
        _compare_bags("WHERE", expected.where, actual.where, expected, actual),
        _compare_bags("GROUP BY", expected.group, actual.group, expected, actual),
        _compare_bags("HAVING", expected.having, actual.having, expected, actual),
    ]
    if [i.key for i in expected.order] != [i.key for i in actual.order]:
        differences.append(
            ClauseDifference(
                "ORDER BY",
                expected=_order_text(expected.order, expected) or None,
                actual=_order_text(actual.order, actual) or None,
            )
        )
    if expected.limit != actual.limit:
        differences.append(ClauseDifference("LIMIT", expected=expected.limit, actual=actual.limit))
    differences.append(_compare_bags("SQL", expected.other, actual.other, expected, actual))
    return [d for d in differences if d is not None]
