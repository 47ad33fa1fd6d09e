"""A query parsed and cut into normalised clauses (``query_shape``), for ``sql_structure``.

Both queries are parsed (sqlglot) and normalised: table aliases resolved to table
names, unqualified columns qualified when the query reads one table (or, given a
schema, when exactly one of the joined tables has the column), output aliases
ignored, identifiers upper-cased, ``BETWEEN`` as two comparisons, ``IN`` lists and
``OR`` chains of equalities on one column as one sorted ``IN``, operands of
commutative comparisons in one order, ``>``/``>=`` as ``<``/``<=`` with the operands
turned round, and inner-join conditions counted with the WHERE predicates. CTEs and
derived tables are keyed by their own normalised structure (their names and aliases
ignored), and so are subqueries and the branches of UNION / INTERSECT.

Date literals are put in one format (``'20230101'`` = ``'2023/01/01'`` =
``'2023-01-01'``) only where they are known to be dates: cast to a date
(``DATE '...'``, ``CAST('...' AS DATE)``) or compared with a column the schema types
as a date. Compared with a text column they select different rows, so elsewhere
they are left as written: when unsure, two queries are not the same.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import SqlglotError

__all__ = ["QueryShape", "Schema", "ShapeItem", "StructureError", "query_shape"]

# Full dates only: 8 digits, or year, month and day with one separator (checked as a
# date). Not '.': PostgreSQL reads '2023.123' as a day of the year, not a month.
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SEPARATED_DATE = re.compile(r"^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$")
_DATE_TYPES = (
    exp.DataType.Type.DATE,
    exp.DataType.Type.DATE32,
    exp.DataType.Type.DATETIME,
    exp.DataType.Type.TIMESTAMP,
    exp.DataType.Type.TIMESTAMPTZ,
    exp.DataType.Type.TIMESTAMPLTZ,
)
_COMPARISONS = (exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Between, exp.In)
# Clauses of a SELECT compared one by one; any other clause is compared as written.
_KNOWN_ARGS = frozenset(
    {
        "with_",
        "expressions",
        "distinct",
        "from_",
        "joins",
        "where",
        "group",
        "having",
        "order",
        "limit",
        "offset",
        "hint",  # optimizer hints do not change the rows
    }
)
Schema = Mapping[str, Mapping[str, str]]


class StructureError(ValueError):
    """A query could not be parsed as one SELECT (``which``: ``expected`` or ``actual``)."""

    def __init__(self, which: str, reason: str) -> None:
        super().__init__(reason)
        self.which = which
        self.reason = reason


class _Opaque(Exception):
    """A construct compared as written rather than clause by clause (a recursive CTE)."""


@dataclass(slots=True)
class ShapeItem:
    """One normalised part of a clause: its comparison key and the node to show."""

    key: str
    node: exp.Expr
    half: str | None = None  # "low" / "high": one comparison of a BETWEEN
    shown: str | None = None  # the node as written, once rendered (``sql_structure``)

    def display_node(self) -> exp.Expr:
        """The node to show: a BETWEEN's half as its own comparison."""
        node = self.node
        if self.half is None:
            return node
        # Built only when shown; the operands are shared, not copied (the tree is read-only).
        if self.half == "low":
            return exp.GTE(this=node.this, expression=node.args["low"])
        return exp.LTE(this=node.this, expression=node.args["high"])


@dataclass(slots=True)
class QueryShape:
    """A query cut into normalised clauses."""

    dialect: str
    # id of a qualified column -> its qualifier as written, to show it as written
    written: dict[int, exp.Expr | None] = field(default_factory=dict)
    tables: list[ShapeItem] = field(default_factory=list)
    select: list[ShapeItem] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)  # output names, for nested queries
    where: list[ShapeItem] = field(default_factory=list)
    joins: list[ShapeItem] = field(default_factory=list)
    group: list[ShapeItem] = field(default_factory=list)
    having: list[ShapeItem] = field(default_factory=list)
    order: list[ShapeItem] = field(default_factory=list)
    limit: str | None = None
    distinct: str | None = None
    other: list[ShapeItem] = field(default_factory=list)  # any other clause, as written
    whole: str | None = None  # set for queries compared as a whole (UNION, ...)


@dataclass(slots=True)
class _Context:
    """What every scope of one query shares."""

    dialect: str
    schema: dict[str, dict[str, str]] | None
    written: dict[int, exp.Expr | None]  # the top shape's (``QueryShape.written``)
    ctes: dict[str, str] = field(default_factory=dict)  # CTE name -> its source key

    def with_ctes(self, ctes: dict[str, str]) -> _Context:
        return _Context(self.dialect, self.schema, self.written, {**self.ctes, **ctes})


@dataclass(slots=True)
class _Scope:
    """The sources one SELECT reads, and the scope around it (correlated subqueries)."""

    tables: dict[str, str]  # alias or table name -> table key
    keys: set[str]
    outer: _Scope | None = None

    def resolve(self, qualifier: str) -> str | None:
        scope: _Scope | None = self
        while scope is not None:
            found = scope.tables.get(qualifier)
            if found is not None:
                return found
            scope = scope.outer
        return None


def _normalise_date(text: str) -> str:
    match = _COMPACT_DATE.match(text)
    if match:
        year, month, day = match.groups()
    else:
        match = _SEPARATED_DATE.match(text)
        if not match:
            return text
        year, _, month, day = match.groups()
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:  # not a date ('20231345'): left as written
        return text


def _normalise_number(node: exp.Literal) -> None:
    """One spelling per number, exactly (no float rounding), and an integer stays an
    integer: ``5 / 2`` and ``5.0 / 2`` differ on PostgreSQL. ``1e2`` is left as written."""
    text = str(node.this)
    if text.isdigit():
        node.set("this", str(int(text)))
        return
    if "e" in text.lower():
        return
    try:
        number = Decimal(text)
    except InvalidOperation:
        return
    if number.is_finite():
        canonical = format(number.normalize(), "f")
        node.set("this", canonical if "." in canonical else canonical + ".0")


def _date_literal(node: exp.Expr | None) -> None:
    if isinstance(node, exp.Literal) and node.is_string:
        node.set("this", _normalise_date(node.this))


def _is_date_type(type_text: str | None) -> bool:
    return bool(type_text) and type_text.upper().startswith(("DATE", "TIMESTAMP"))  # type: ignore[union-attr]


_TABLE_NAME_ARGS = frozenset({"this", "db", "catalog", "alias", "hints"})  # hints: USE INDEX


def _table_key(table: exp.Expr, dialect: str) -> str:
    if isinstance(table, exp.Table) and isinstance(table.this, exp.Identifier):
        args = table.args
        parts = [p.upper() for p in (table.catalog, table.db, table.name) if p]
        key = ".".join(parts)
        # PARTITION (...), TABLESAMPLE, ...: other rows, so part of the table's key.
        extra = [
            f"{name}={_arg_text(value, dialect)}"
            for name, value in args.items()
            if name not in _TABLE_NAME_ARGS and value is not None and value != []
        ]
        return f"{key} [{' '.join(extra)}]" if extra else key
    return table.sql(dialect=dialect).upper()


def _sources(select: exp.Select) -> list[tuple[exp.Expr, exp.Join | None]]:
    sources: list[tuple[exp.Expr, exp.Join | None]] = []
    source = select.args.get("from_")
    if source is not None:
        sources.append((source.this, None))
    for join in select.args.get("joins") or []:
        sources.append((join.this, join))
    return sources


def _arg_text(value: Any, dialect: str) -> str:
    """The key of any argument of a node: an expression, a list of them, or a flag."""
    if isinstance(value, exp.Expr):
        return _key(value, dialect)
    if isinstance(value, list):
        return "[" + ",".join(_arg_text(v, dialect) for v in value) + "]"
    return str(value).upper()


_JOIN_ARGS = frozenset({"this", "on", "side", "kind", "using", "hint"})


def _join_extras(join: exp.Join) -> bool:
    return any(
        value is not None and value is not False and value != []
        for name, value in join.args.items()
        if name not in _JOIN_ARGS
    )


def _input_names(select: exp.Select, context: _Context) -> set[str]:
    """Names of columns the query may read: those it names, and its tables' in the schema."""
    names = {
        c.name.upper()
        for part in (*select.expressions, select.args.get("where"), *select.args.get("joins", []))
        if part is not None
        for c in part.find_all(exp.Column)
    }
    if context.schema is not None:
        for source, _ in _sources(select):
            names.update(context.schema.get(_table_key(source, context.dialect), ()))
    return names


def _expand_output_references(select: exp.Select, context: _Context) -> None:
    """``ORDER BY 2``, ``GROUP BY 1`` and ``HAVING v > 1`` (``v`` an output alias) as the
    expressions they name, so that they compare equal to queries that spell them out.

    In GROUP BY and HAVING a table's column wins over an output alias of the same name
    (MySQL, PostgreSQL), so there an alias that may also be a column is left alone."""
    outputs = [e.this if isinstance(e, exp.Alias) else e for e in select.expressions]
    by_alias = {
        e.alias.upper(): e.this for e in select.expressions if isinstance(e, exp.Alias) and e.alias
    }
    inputs = _input_names(select, context) if by_alias else set()
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
                name = column.name.upper()
                if column.table or name not in by_alias:
                    continue
                if clause == "order" or name not in inputs:
                    replacements.append((column, by_alias[name]))
    for old, new in replacements:
        old.replace(new.copy())


def _source_key(source: exp.Expr, context: _Context) -> str:
    if isinstance(source, exp.Table) and isinstance(source.this, exp.Identifier):
        if not source.args.get("db") and source.name.upper() in context.ctes:
            return context.ctes[source.name.upper()]
        return _table_key(source, context.dialect)
    if isinstance(source, exp.Subquery) and isinstance(source.this, exp.Query):
        columns = _alias_columns(source)
        return f"(DERIVED {_nested_key(source.this, context, None)}{columns})"
    return _key(source, context.dialect)


def _alias_columns(node: exp.Expr) -> str:
    alias = node.args.get("alias")
    columns = alias.args.get("columns") if isinstance(alias, exp.TableAlias) else None
    return f" COLUMNS({','.join(c.name.upper() for c in columns)})" if columns else ""


def _scope_of(select: exp.Select, context: _Context, outer: _Scope | None) -> _Scope:
    tables: dict[str, str] = {}
    keys: set[str] = set()
    for source, _ in _sources(select):
        key = _source_key(source, context)
        source.meta["source_key"] = key
        keys.add(key)
        alias = source.alias_or_name if isinstance(source, exp.Table) else source.alias
        if alias:
            tables[alias.upper()] = key
        tables.setdefault(key, key)
    return _Scope(tables, keys, outer)


def _column_owner(name: str, scope: _Scope, context: _Context) -> str | None:
    """The table key of an unqualified column, when it is certain: the query's only
    source, or the one source that has it in the innermost scope that has it."""
    if scope.outer is None and len(scope.keys) == 1:
        return next(iter(scope.keys))  # one source and no outer query: nothing else to read
    schema = context.schema
    current: _Scope | None = scope
    while schema is not None and current is not None:
        if not all(k in schema for k in current.keys):
            return None  # a source of unknown columns could own it
        owners = [k for k in current.keys if name in schema[k]]
        if owners:
            return owners[0] if len(owners) == 1 else None
        current = current.outer
    return None


def _column_type(column: exp.Column, context: _Context) -> str | None:
    if context.schema is None or not column.table:
        return None
    return context.schema.get(column.table, {}).get(column.name)


def _normalise_scope(select: exp.Select, scope: _Scope, context: _Context) -> None:
    """Qualify columns, normalise literals and key nested queries, in place; the sources
    and the nested queries are not entered (they are scopes of their own)."""
    sources = {id(source) for source, _ in _sources(select)}
    comparisons: list[exp.Expr] = []
    stack: list[exp.Expr] = []
    for name, value in select.args.items():
        if name == "with_":
            continue
        if isinstance(value, exp.Expr):
            stack.append(value)
        elif isinstance(value, list):
            stack.extend(v for v in value if isinstance(v, exp.Expr))
    while stack:
        node = stack.pop()
        if id(node) in sources:
            continue
        if isinstance(node, exp.Query | exp.Subquery):
            inner = node.this if isinstance(node, exp.Subquery) else node
            if isinstance(inner, exp.Query):
                node.meta["shape"] = _nested_key(inner, context, scope) + _extra_args(
                    node, context.dialect
                )
                continue
        if isinstance(node, exp.Column):
            _qualify(node, scope, context)
            continue
        if isinstance(node, exp.Literal):
            if not node.is_string:
                _normalise_number(node)
            continue
        if isinstance(node, exp.Cast) and node.to.is_type(*_DATE_TYPES):
            _date_literal(node.this)
        elif (
            isinstance(node, exp.TsOrDsToDate)
            and not node.args.get("format")
            and isinstance(node.this, exp.Literal)
        ):  # MySQL's DATE('...') is CAST('...' AS DATE)
            _date_literal(node.this)
            node.replace(exp.Cast(this=node.this, to=exp.DataType.build("DATE")))
            continue
        elif isinstance(node, _COMPARISONS):
            comparisons.append(node)
        for value in node.args.values():
            if isinstance(value, exp.Expr):
                stack.append(value)
            elif isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, exp.Expr))
    if context.schema is not None:
        for node in comparisons:
            _normalise_dates_against_schema(node, context)


def _extra_args(node: exp.Expr, dialect: str) -> str:
    """A Subquery's own modifiers (``(SELECT ...) LIMIT 1``), other than its alias."""
    if not isinstance(node, exp.Subquery):
        return ""
    extra = [
        f"{name}={_key(value, dialect)}"
        for name, value in node.args.items()
        if name not in ("this", "alias") and isinstance(value, exp.Expr)
    ]
    return f"[{' '.join(extra)}]" if extra else ""


def _normalise_dates_against_schema(node: exp.Expr, context: _Context) -> None:
    """Date literals compared with a column the schema types as a date."""
    if isinstance(node, exp.Between):
        operands = [node.this, node.args.get("low"), node.args.get("high")]
        column, literals = node.this, operands[1:]
    elif isinstance(node, exp.In):
        column, literals = node.this, list(node.expressions)
    else:
        column, literals = node.this, [node.expression]
        if not isinstance(column, exp.Column):
            column, literals = node.expression, [node.this]
    if isinstance(column, exp.Column) and _is_date_type(_column_type(column, context)):
        for literal in literals:
            _date_literal(literal)


def _qualify(column: exp.Column, scope: _Scope, context: _Context) -> None:
    args = column.args
    written = args.get("table")
    context.written[id(column)] = written
    identifier = args["this"]
    if isinstance(identifier, exp.Identifier):  # strings set in place: cheaper than ``set``
        name = identifier.args["this"] = identifier.args["this"].upper()
        identifier.args["quoted"] = False
    else:
        name = column.name.upper()
    table = written.name if written is not None else ""
    resolved = scope.resolve(table.upper()) if table else _column_owner(name, scope, context)
    if resolved or table:
        column.set("table", exp.Identifier(this=resolved or table.upper()))
        if args.get("db") is not None:
            column.set("db", None)


def _key(node: exp.Expr, dialect: str) -> str:
    """A comparison key; much faster than generating SQL (keys are never shown)."""
    if isinstance(node, exp.Column):
        if node.args.get("db") is not None:  # db.table.column, not qualified by the scope
            return ".".join(p.upper() for p in (node.catalog, node.db, node.table, node.name) if p)
        return f"{node.table}.{node.name}" if node.table else node.name
    if isinstance(node, exp.Literal):
        return repr(node.this) if node.is_string else str(node.this)
    if isinstance(node, exp.Identifier):
        return node.this.upper()
    meta = node._meta
    if meta is not None and "shape" in meta:
        return meta["shape"]
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


def _less_key(kind: str, smaller: exp.Expr, larger: exp.Expr, dialect: str) -> str:
    """The key of ``smaller < larger`` (``kind``: ``lt`` or ``lte``), as ``_key`` writes it."""
    return f"({kind} this={_key(smaller, dialect)} expression={_key(larger, dialect)})"


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
    # ``a > b`` is ``b < a``: every ordering comparison is keyed as a "less than".
    if isinstance(node, exp.LT | exp.LTE):
        return _less_key(node.key, node.this, node.expression, dialect)
    if isinstance(node, exp.GT):
        return _less_key("lt", node.expression, node.this, dialect)
    if isinstance(node, exp.GTE):
        return _less_key("lte", node.expression, node.this, dialect)
    if isinstance(node, exp.Not):
        return "NOT " + _predicate_key(node.this, dialect)
    return _key(node, dialect)


def _predicates(node: exp.Expr | None, dialect: str) -> list[ShapeItem]:
    items: list[ShapeItem] = []
    for conjunct in _conjuncts(node):
        if isinstance(conjunct, exp.Between) and not conjunct.args.get("symmetric"):
            low, high, value = conjunct.args["low"], conjunct.args["high"], conjunct.this
            items.append(ShapeItem(_less_key("lte", low, value, dialect), conjunct, "low"))
            items.append(ShapeItem(_less_key("lte", value, high, dialect), conjunct, "high"))
        else:
            items.append(ShapeItem(_predicate_key(conjunct, dialect), conjunct))
    return items


def _with_context(query: exp.Query, context: _Context) -> _Context:
    """The context with the query's CTEs, each keyed by its own structure."""
    with_ = query.args.get("with_")
    if with_ is None:
        return context
    if with_.args.get("recursive"):
        raise _Opaque
    for cte in with_.expressions:
        # A CTE is a derived table with a name: keyed alike, so either spelling matches.
        key = f"(DERIVED {_nested_key(cte.this, context, None)}{_alias_columns(cte)})"
        context = context.with_ctes({cte.alias.upper(): key})
    return context


def _nested_key(query: exp.Expr, context: _Context, outer: _Scope | None) -> str:
    """The structure of a CTE, derived table, subquery or set-operation branch, as one key."""
    if isinstance(query, exp.Subquery):
        return _nested_key(query.this, context, outer) + _extra_args(query, context.dialect)
    if isinstance(query, exp.Select):
        shape = QueryShape(dialect=context.dialect, written=context.written)
        _fill_select(query, shape, context, outer)
        return _shape_key(shape)
    if isinstance(query, exp.SetOperation):
        return _set_operation_key(query, context, outer)
    return _key(query, context.dialect)


def _set_operation_key(query: exp.SetOperation, context: _Context, outer: _Scope | None) -> str:
    context = _with_context(query, context)
    kind = type(query)
    distinct = bool(query.args.get("distinct"))
    branches: list[str] = []
    stack: list[exp.Expr] = [query]
    while stack:  # a chain of the same operation is one operation over all its branches
        node = stack.pop()
        same = type(node) is kind and bool(node.args.get("distinct")) == distinct
        if same and (node is query or not _modifiers(node)):
            stack += [node.expression, node.this]
        else:
            branches.append(_nested_key(node, context, outer))
    if kind is not exp.Except:  # UNION and INTERSECT do not depend on the branches' order
        branches.sort()
    modifiers = []
    for name, value in _modifiers(query):
        for column in value.find_all(exp.Column):  # names of the output columns
            column.this.set("this", column.name.upper())
            column.this.set("quoted", False)
        for literal in value.find_all(exp.Literal):
            if not literal.is_string:
                _normalise_number(literal)
        modifiers.append(f"{name}={_key(value, context.dialect)}")
    head = f"{kind.__name__.upper()}{'' if distinct else ' ALL'}"
    for name, value in query.args.items():  # BY NAME, sides, ...: the expressions are modifiers
        if name in ("this", "expression", "distinct", "with_") or isinstance(value, exp.Expr):
            continue
        if value is not None and value is not False and value != []:
            head += f" {name.upper()}={_arg_text(value, context.dialect)}"
    return f"({head} [{' | '.join(branches)}] {' '.join(modifiers)})"


def _modifiers(query: exp.Expr) -> list[tuple[str, exp.Expr]]:
    return [
        (name, value)
        for name, value in query.args.items()
        if name not in ("this", "expression", "distinct", "with_") and isinstance(value, exp.Expr)
    ]


def _shape_key(shape: QueryShape) -> str:
    """One key for a whole nested shape; unlike the top level, the output columns keep
    their order and names (an outer query or a UNION uses them)."""
    outputs = ",".join(
        f"{i.key} AS {name}" for i, name in zip(shape.select, shape.outputs, strict=True)
    )
    return (
        f"(SELECT {outputs} DISTINCT {shape.distinct}"
        f" FROM {sorted(i.key for i in shape.tables)}"
        f" JOIN {sorted(i.key for i in shape.joins)}"
        f" WHERE {sorted(i.key for i in shape.where)}"
        f" GROUP {sorted(i.key for i in shape.group)}"
        f" HAVING {sorted(i.key for i in shape.having)}"
        f" ORDER {[i.key for i in shape.order]} LIMIT {shape.limit}"
        f" OTHER {sorted(i.key for i in shape.other)})"
    )


def _limit_key(select: exp.Query, dialect: str) -> str | None:
    limit = select.args.get("limit")
    offset = select.args.get("offset")
    text = None
    if isinstance(limit, exp.Fetch):
        options = limit.args.get("limit_options")
        if options is not None and (options.args.get("percent") or options.args.get("with_ties")):
            text = _key(limit, dialect)  # FETCH ... PERCENT / WITH TIES: compared as written
        elif limit.args.get("count") is not None:
            text = _key(limit.args["count"], dialect)
    elif limit is not None:
        count = limit.args.get("expression") or limit.this
        text = _key(count, dialect) if count is not None else None
        offset = offset or limit.args.get("offset")
    skip = offset.args.get("expression") if isinstance(offset, exp.Offset) else offset
    if skip is not None:
        skipped = _key(skip, dialect)
        if skipped != "0":
            return f"{text or ''} OFFSET {skipped}".strip()
    return text


def _fill_select(
    select: exp.Select, shape: QueryShape, context: _Context, outer: _Scope | None
) -> None:
    context = _with_context(select, context)
    dialect = context.dialect
    _expand_output_references(select, context)
    scope = _scope_of(select, context, outer)
    _normalise_scope(select, scope, context)
    for source, join in _sources(select):
        key = source.meta["source_key"]
        shape.tables.append(ShapeItem(key, source))
        if join is None:
            continue
        on = join.args.get("on")
        side = (join.side or "").upper()
        kind = (join.kind or "").upper()
        using = join.args.get("using")
        if not side and kind in ("", "INNER", "CROSS") and not using and not _join_extras(join):
            # An inner join's condition is a WHERE predicate by another name.
            shape.where.extend(_predicates(on, dialect))
            continue
        head = " ".join(p for p in (side, kind, "JOIN", key) if p)
        if using:
            head += f" USING ({', '.join(sorted(_key(u, dialect) for u in using))})"
        for name, value in join.args.items():  # NATURAL, ASOF's MATCH_CONDITION, ...
            if name not in _JOIN_ARGS and value is not None and value is not False and value != []:
                head += f" {name.upper()}={_arg_text(value, dialect)}"
        shape.joins.append(ShapeItem(head, join))
        for item in _predicates(on, dialect):
            shape.joins.append(ShapeItem(f"{head} ON {item.key}", item.node))
    for expression in select.expressions:
        node = expression.this if isinstance(expression, exp.Alias) else expression
        shape.select.append(ShapeItem(_key(node, dialect), node))
        shape.outputs.append(expression.alias_or_name.upper())
    shape.where.extend(_predicates(select.args.get("where") and select.args["where"].this, dialect))
    group = select.args.get("group")
    if group is not None:
        shape.group = [ShapeItem(_key(g, dialect), g) for g in group.expressions]
        for name, value in group.args.items():  # WITH ROLLUP, GROUPING SETS, ...
            if name != "expressions" and value:
                values = value if isinstance(value, list) else [value]
                keys = ",".join(
                    _key(v, dialect) if isinstance(v, exp.Expr) else str(v) for v in values
                )
                shape.group.append(ShapeItem(f"{name.upper()} {keys}", group))
    having = select.args.get("having")
    shape.having = _predicates(having.this if having is not None else None, dialect)
    order = select.args.get("order")
    if order is not None:
        for ordered in order.expressions:
            direction = " DESC" if ordered.args.get("desc") else ""
            nulls = " NULLS FIRST" if ordered.args.get("nulls_first") else ""
            shape.order.append(ShapeItem(_key(ordered.this, dialect) + direction + nulls, ordered))
    shape.limit = _limit_key(select, dialect)
    distinct = select.args.get("distinct")
    shape.distinct = _key(distinct, dialect) if distinct is not None else None
    for name, value in select.args.items():
        if name in _KNOWN_ARGS or value is None or value is False or value == []:
            continue
        values = value if isinstance(value, list) else [value]
        for v in values:
            key = _key(v, dialect) if isinstance(v, exp.Expr) else str(v).upper()
            node = v if isinstance(v, exp.Expr) else exp.Var(this=str(v))
            shape.other.append(ShapeItem(f"{name.upper()} {key}", node))


def query_shape(
    sql: str, dialect: str, *, which: str = "actual", schema: Schema | None = None
) -> QueryShape:
    """Parse and normalise one query; ``StructureError`` when it is not one SELECT.

    ``schema`` (table -> column -> type, any case) lets columns of joined tables be
    qualified and date literals compared with date columns be normalised."""
    known = (
        {t.upper(): {c.upper(): str(ty) for c, ty in cols.items()} for t, cols in schema.items()}
        if schema is not None
        else None
    )
    try:
        return _query_shape(sql, dialect, which, known)
    except RecursionError as exc:  # expressions nested thousands deep
        raise StructureError(which, "nested too deeply") from exc


@functools.lru_cache(maxsize=16)
def _dialect(name: str) -> Dialect:
    return Dialect.get_or_raise(name)


def _reparse(sql: str, dialect: str) -> exp.Expr:
    return next(s for s in _dialect(dialect).parse(sql) if s is not None)


def _opaque_key(tree: exp.Expr, dialect: str) -> str:
    """A query compared as written, only case and number formats ignored."""
    for node in tree.walk():
        if isinstance(node, exp.Column) and isinstance(node.this, exp.Identifier):
            node.this.set("this", node.name.upper())
            node.this.set("quoted", False)
        elif isinstance(node, exp.Literal) and not node.is_string:
            _normalise_number(node)
    return _key(tree, dialect)


def _query_shape(
    sql: str, dialect: str, which: str, schema: dict[str, dict[str, str]] | None
) -> QueryShape:
    try:
        statements = [s for s in _dialect(dialect).parse(sql) if s is not None]
    except SqlglotError as exc:
        raise StructureError(which, str(exc).splitlines()[0]) from exc
    if len(statements) != 1:
        raise StructureError(which, f"{len(statements)} statements")
    tree = statements[0]
    if not isinstance(tree, exp.Query):
        raise StructureError(which, f"not a SELECT ({tree.key.upper()})")
    shape = QueryShape(dialect=dialect)
    context = _Context(dialect, schema, shape.written)
    try:
        if isinstance(tree, exp.Select):
            _fill_select(tree, shape, context, None)
        else:
            shape.whole = _nested_key(tree, context, None)
    except _Opaque:
        shape = QueryShape(dialect=dialect)
        shape.whole = _opaque_key(_reparse(sql, dialect), dialect)
    return shape
