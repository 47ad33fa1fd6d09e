"""Structural comparison of two SELECTs, clause by clause, after normalising both.

Both queries are parsed (sqlglot) and normalised: table aliases resolved to table
names, unqualified columns qualified when the query reads one table, output aliases
ignored, identifiers upper-cased, date literals in one format (``'20230101'`` =
``'2023/01/01'`` = ``'2023-01-01'``), ``BETWEEN`` as two comparisons, ``IN`` lists
and ``OR`` chains of equalities on one column as one sorted ``IN``, operands of
commutative comparisons in one order, and inner-join conditions counted with the
WHERE predicates. Then tables, selected expressions, WHERE, GROUP BY, HAVING,
ORDER BY and LIMIT are compared; each difference names its clause.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

from server.i18n import Language, Text

__all__ = [
    "ClauseDifference",
    "QueryShape",
    "StructureError",
    "compare_structure",
    "describe_differences",
    "query_shape",
]

_DATE = re.compile(r"^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$")
_FLIPPED: dict[type[exp.Expr], type[exp.Expr]] = {
    exp.GT: exp.LT,
    exp.LT: exp.GT,
    exp.GTE: exp.LTE,
    exp.LTE: exp.GTE,
}
_MISSING = Text("缺少", "missing")
_EXTRA = Text("多出", "extra")
_EXPECTED = Text("期望", "expected")
_ACTUAL = Text("实际", "actual")
_NONE = Text("无", "none")
_DIFFERENT = Text("结构不同", "different structure")


class StructureError(ValueError):
    """A query could not be parsed as one SELECT (``which``: ``expected`` or ``actual``)."""

    def __init__(self, which: str, reason: str) -> None:
        super().__init__(reason)
        self.which = which
        self.reason = reason


@dataclass(slots=True)
class _Item:
    """One normalised part of a clause: its comparison key and the node to show."""

    key: str
    node: exp.Expr


@dataclass(slots=True)
class QueryShape:
    """A query cut into normalised clauses."""

    dialect: str
    aliases: dict[str, str] = field(default_factory=dict)  # table name -> alias as written
    tables: list[_Item] = field(default_factory=list)
    select: list[_Item] = field(default_factory=list)
    where: list[_Item] = field(default_factory=list)
    joins: list[_Item] = field(default_factory=list)
    group: list[_Item] = field(default_factory=list)
    having: list[_Item] = field(default_factory=list)
    order: list[_Item] = field(default_factory=list)
    limit: str | None = None
    distinct: bool = False
    whole: str | None = None  # set for queries compared as a whole (UNION, WITH, ...)


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


# Normalising


def _normalise_literal(node: exp.Literal) -> None:
    text = node.this
    if node.is_string:
        match = _DATE.match(text)
        if match:
            year, month, day = match.groups()
            node.set("this", f"{year}-{int(month):02d}-{int(day):02d}")
        return
    try:
        number = float(text)
    except ValueError:
        return
    if number.is_integer() and abs(number) < 2**53:
        node.set("this", str(int(number)))
    else:
        node.set("this", repr(number))


def _table_key(table: exp.Expr, dialect: str) -> str:
    if isinstance(table, exp.Table) and isinstance(table.this, exp.Identifier):
        parts = [p.upper() for p in (table.args.get("db") and table.db, table.name) if p]
        return ".".join(parts)
    return table.sql(dialect=dialect).upper()


def _sources(select: exp.Select) -> list[tuple[exp.Expr, exp.Join | None]]:
    sources: list[tuple[exp.Expr, exp.Join | None]] = []
    source = select.args.get("from_")
    if source is not None:
        sources.append((source.this, None))
    for join in select.args.get("joins") or []:
        sources.append((join.this, join))
    return sources


def _expand_output_references(select: exp.Select) -> None:
    """``ORDER BY 2``, ``GROUP BY 1`` and ``HAVING v > 1`` (``v`` an output alias) as the
    expressions they name, so that they compare equal to queries that spell them out."""
    outputs = [e.this if isinstance(e, exp.Alias) else e for e in select.expressions]
    by_alias = {
        e.alias.upper(): e.this for e in select.expressions if isinstance(e, exp.Alias) and e.alias
    }
    replacements: list[tuple[exp.Expr, exp.Expr]] = []
    for clause in ("group", "order", "having"):
        part = select.args.get(clause)
        if part is None:
            continue
        if clause != "having":
            for item in part.expressions:
                target = item.this if isinstance(item, exp.Ordered) else item
                if isinstance(target, exp.Literal) and not target.is_string:
                    index = int(target.this) - 1 if str(target.this).isdigit() else -1
                    if 0 <= index < len(outputs):
                        replacements.append((target, outputs[index]))
        if by_alias:
            for column in part.find_all(exp.Column):
                if not column.table and column.name.upper() in by_alias:
                    replacements.append((column, by_alias[column.name.upper()]))
    for old, new in replacements:
        old.replace(new.copy())


def _normalise_tree(select: exp.Select, shape: QueryShape) -> dict[str, str]:
    """Resolve aliases and qualify columns in place; returns alias -> table key."""
    alias_to_table: dict[str, str] = {}
    for source, _ in _sources(select):
        key = _table_key(source, shape.dialect)
        alias = source.alias_or_name if isinstance(source, exp.Table) else source.alias
        if alias:
            alias_to_table[alias.upper()] = key
            shape.aliases.setdefault(key, alias)
        alias_to_table.setdefault(key, key)
    only = (
        next(iter(set(alias_to_table.values()))) if len(set(alias_to_table.values())) == 1 else None
    )
    for node in select.walk():
        if isinstance(node, exp.Column):
            name = node.name
            if isinstance(node.this, exp.Identifier):
                node.this.set("this", name.upper())
                node.this.set("quoted", False)
            table = node.table
            resolved = alias_to_table.get(table.upper()) if table else only
            if resolved:
                node.set("table", exp.to_identifier(resolved))
                node.set("db", None)
        elif isinstance(node, exp.Literal):
            _normalise_literal(node)
    return alias_to_table


def _key(node: exp.Expr, dialect: str) -> str:
    """A comparison key; much faster than generating SQL (keys are never shown)."""
    if isinstance(node, exp.Column):
        return f"{node.table}.{node.name}" if node.table else node.name
    if isinstance(node, exp.Literal):
        return repr(node.this) if node.is_string else str(node.this)
    if isinstance(node, exp.Identifier):
        return node.this.upper()
    parts = [node.key]
    for name, value in node.args.items():
        if value is None or value is False or value == []:
            continue
        if isinstance(value, exp.Expr):
            parts.append(f"{name}={_key(value, dialect)}")
        elif isinstance(value, list):
            items = ",".join(_key(v, dialect) if isinstance(v, exp.Expr) else str(v) for v in value)
            parts.append(f"{name}=[{items}]")
        else:  # function names of anonymous functions, units, ...: not case-sensitive
            parts.append(f"{name}={str(value).upper()}")
    return "(" + " ".join(parts) + ")"


def _unwrap(node: exp.Expr) -> exp.Expr:
    while isinstance(node, exp.Paren):
        node = node.this
    return node


def _flatten(node: exp.Expr | None, kind: type[exp.Expr]) -> list[exp.Expr]:
    """The operands of a chain of ``kind`` (AND or OR), left to right; a loop, not recursion:
    a chain of thousands of predicates is a tree thousands deep."""
    if node is None:
        return []
    out: list[exp.Expr] = []
    stack = [node]
    while stack:
        current = _unwrap(stack.pop())
        if isinstance(current, kind):
            stack.append(current.expression)
            stack.append(current.this)
        else:
            out.append(current)
    return out


def _conjuncts(node: exp.Expr | None) -> list[exp.Expr]:
    return _flatten(node, exp.And)


def _disjuncts(node: exp.Expr) -> list[exp.Expr]:
    return _flatten(node, exp.Or)


def _equality_values(node: exp.Expr, dialect: str) -> tuple[str, list[str]] | None:
    """(column key, values) for ``col = v`` or ``col IN (v, ...)``; None for anything else."""
    node = _unwrap(node)
    if isinstance(node, exp.EQ):
        left, right = node.this, node.expression
        if isinstance(right, exp.Column) and not isinstance(left, exp.Column):
            left, right = right, left
        if isinstance(left, exp.Column) and isinstance(right, exp.Literal):
            return _key(left, dialect), [_key(right, dialect)]
        return None
    if isinstance(node, exp.In) and not node.args.get("query") and not node.args.get("unnest"):
        values = node.expressions
        if isinstance(node.this, exp.Column) and all(isinstance(v, exp.Literal) for v in values):
            return _key(node.this, dialect), [_key(v, dialect) for v in values]
    return None


def _predicate_key(node: exp.Expr, dialect: str) -> str:
    node = _unwrap(node)
    members = _equality_values(node, dialect)
    if members is None and isinstance(node, exp.Or):
        parts = [_equality_values(d, dialect) for d in _disjuncts(node)]
        columns = {p[0] for p in parts if p is not None}
        if all(p is not None for p in parts) and len(columns) == 1:
            members = (columns.pop(), [v for p in parts if p is not None for v in p[1]])
        else:
            inner = sorted(
                " AND ".join(sorted(_predicate_key(c, dialect) for c in _conjuncts(d)))
                for d in _disjuncts(node)
            )
            return "(" + ") OR (".join(inner) + ")"
    if members is not None:
        column, values = members
        unique = sorted(set(values))
        if len(unique) == 1:
            return f"{column} = {unique[0]}"
        return f"{column} IN ({', '.join(unique)})"
    if isinstance(node, exp.EQ | exp.NEQ | exp.NullSafeEQ):
        operands = sorted((_key(node.this, dialect), _key(node.expression, dialect)))
        return f"{operands[0]} {node.key} {operands[1]}"
    flipped = _FLIPPED.get(type(node))
    if flipped is not None:
        left, right = node.this, node.expression
        if isinstance(left, exp.Literal) and not isinstance(right, exp.Literal):
            return _key(flipped(this=right, expression=left), dialect)
        return _key(node, dialect)
    if isinstance(node, exp.Not):
        return "NOT " + _predicate_key(node.this, dialect)
    return _key(node, dialect)


def _predicates(node: exp.Expr | None, dialect: str) -> list[_Item]:
    items: list[_Item] = []
    for conjunct in _conjuncts(node):
        if isinstance(conjunct, exp.Between):
            # Shared, not copied (copying is a third of the time): the tree is read-only now.
            low = exp.GTE(this=conjunct.this, expression=conjunct.args["low"])
            high = exp.LTE(this=conjunct.this, expression=conjunct.args["high"])
            items.append(_Item(_predicate_key(low, dialect), low))
            items.append(_Item(_predicate_key(high, dialect), high))
        else:
            items.append(_Item(_predicate_key(conjunct, dialect), conjunct))
    return items


def query_shape(sql: str, dialect: str, *, which: str = "actual") -> QueryShape:
    """Parse and normalise one query; ``StructureError`` when it is not one SELECT."""
    try:
        return _query_shape(sql, dialect, which)
    except RecursionError as exc:  # expressions nested thousands deep
        raise StructureError(which, "nested too deeply") from exc


def _query_shape(sql: str, dialect: str, which: str) -> QueryShape:
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except SqlglotError as exc:
        raise StructureError(which, str(exc).splitlines()[0]) from exc
    if len(statements) != 1:
        raise StructureError(which, f"{len(statements)} statements")
    tree = statements[0]
    shape = QueryShape(dialect=dialect)
    if not isinstance(tree, exp.Select) or tree.args.get("with_") or tree.args.get("with"):
        if not isinstance(tree, exp.Query):
            raise StructureError(which, f"not a SELECT ({tree.key.upper()})")
        for node in tree.walk():
            if isinstance(node, exp.Column) and isinstance(node.this, exp.Identifier):
                node.this.set("this", node.name.upper())
                node.this.set("quoted", False)
            elif isinstance(node, exp.Literal):
                _normalise_literal(node)
        shape.whole = _key(tree, dialect)
        return shape
    _expand_output_references(tree)
    _normalise_tree(tree, shape)
    for source, join in _sources(tree):
        shape.tables.append(_Item(_table_key(source, dialect), source))
        if join is None:
            continue
        on = join.args.get("on")
        side = (join.side or "").upper()
        if side in ("LEFT", "RIGHT", "FULL"):
            key = f"{side} JOIN {_table_key(source, dialect)}"
            shape.joins.append(_Item(key, join))
            for item in _predicates(on, dialect):
                shape.joins.append(_Item(f"{key} ON {item.key}", item.node))
        else:  # an inner join's condition is a WHERE predicate by another name
            shape.where.extend(_predicates(on, dialect))
    for expression in tree.expressions:
        node = expression.this if isinstance(expression, exp.Alias) else expression
        shape.select.append(_Item(_key(node, dialect), node))
    shape.where.extend(_predicates(tree.args.get("where") and tree.args["where"].this, dialect))
    group = tree.args.get("group")
    if group is not None:
        shape.group = [_Item(_key(g, dialect), g) for g in group.expressions]
    having = tree.args.get("having")
    shape.having = _predicates(having.this if having is not None else None, dialect)
    order = tree.args.get("order")
    if order is not None:
        for ordered in order.expressions:
            direction = " DESC" if ordered.args.get("desc") else ""
            shape.order.append(_Item(_key(ordered.this, dialect) + direction, ordered))
    limit = tree.args.get("limit")
    if limit is not None:
        value = limit.args.get("expression") or limit.this
        shape.limit = _key(value, dialect) if value is not None else None
    shape.distinct = bool(tree.args.get("distinct"))
    return shape


# Comparing


def _shown(item: _Item, shape: QueryShape) -> str:
    """The item as the user wrote it (table names back to the query's own aliases)."""
    node = item.node
    single = len(shape.tables) == 1
    # Columns are given their aliases back for the rendering, then restored: cheaper
    # than copying the tree (shapes are cached and shared, so nothing may stay changed).
    saved: list[tuple[exp.Column, Any]] = []
    for column in node.find_all(exp.Column):
        alias = shape.aliases.get(column.table)
        saved.append((column, column.args.get("table")))
        if single and (alias is None or alias.upper() == column.table):
            column.set("table", None)  # one table, no alias: shown unqualified
        elif alias:
            column.set("table", exp.to_identifier(alias))
    try:
        text = node.sql(dialect=shape.dialect)
    finally:
        for column, table in saved:
            column.set("table", table)
    return text if len(text) <= 200 else text[:197] + "..."


def _compare_bags(
    clause: str, expected: list[_Item], actual: list[_Item], want: QueryShape, got: QueryShape
) -> ClauseDifference | None:
    expected_keys = Counter(i.key for i in expected)
    actual_keys = Counter(i.key for i in actual)
    if expected_keys == actual_keys:
        return None
    missing_keys = expected_keys - actual_keys
    extra_keys = actual_keys - expected_keys
    missing = tuple(_shown(i, want) for i in expected if missing_keys.pop(i.key, 0))
    extra = tuple(_shown(i, got) for i in actual if extra_keys.pop(i.key, 0))
    return ClauseDifference(clause, missing=missing, extra=extra)


def _order_text(items: list[_Item], shape: QueryShape) -> str:
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
                "DISTINCT", expected=str(expected.distinct), actual=str(actual.distinct)
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
    return [d for d in differences if d is not None]
