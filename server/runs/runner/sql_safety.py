"""What may run on a validation database: one statement, parsed as a SELECT/WITH query.

The bot's SQL is untrusted. It is parsed (sqlglot, in the database's dialect) and
refused unless it is exactly one query that reads: no data-changing statement
anywhere in it (a ``WITH x AS (DELETE ...)``), no ``SELECT ... INTO``, no row
locks, no system catalogue (``pg_catalog``, ``mysql``, ``sqlite_master``, ...)
and no function outside a safe list (``lo_import``, ``pg_read_file``,
``lo_export``, ``load_file``, ``dblink``, ``pg_sleep`` ... are refused). This holds
even when the validation URL is a superuser's; the database is still opened read-only
with a statement timeout, as a second line.
"""

from __future__ import annotations

import re

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError

__all__ = ["SAFE_FUNCTIONS", "UnsafeSql", "check_single_select", "has_top_level_order_by"]


class UnsafeSql(ValueError):
    """The SQL is not a single read-only query, so it is not run."""


# Functions sqlglot does not model (it parses them as "anonymous") that a ChatBI
# query may use and that only compute. sqlglot's own function classes (COUNT,
# DATE_FORMAT, COALESCE, ...) are computations and are allowed.
SAFE_FUNCTIONS = frozenset(
    {
        "abs", "ascii", "bit_length", "btrim", "cbrt", "ceil", "ceiling", "char_length",
        "character_length", "coalesce", "concat", "concat_ws", "curdate", "current_date",
        "curtime", "date", "date_add", "date_format", "date_part", "date_sub", "date_trunc",
        "datediff", "day", "dayname", "dayofmonth", "dayofweek", "dayofyear", "decode",
        "degrees", "elt", "exp", "extract", "field", "find_in_set", "floor", "format",
        "from_days", "from_unixtime", "greatest", "group_concat", "hour", "if", "ifnull",
        "initcap", "instr", "isnull", "julianday", "last_day", "lcase", "least", "left",
        "length", "ln", "locate", "log", "log10", "log2", "lower", "lpad", "ltrim",
        "make_date", "minute", "mod", "month", "monthname", "now", "nullif", "nvl", "octet_length",
        "percentile_cont", "percentile_disc", "pi", "position", "pow", "power", "printf",
        "quarter", "radians", "regexp_replace", "repeat", "replace", "reverse", "right",
        "round", "rpad", "rtrim", "second", "sign", "split_part", "sqrt", "std", "stddev",
        "stddev_pop", "stddev_samp", "str_to_date", "strftime", "string_agg", "strpos",
        "substr", "substring", "substring_index", "time", "time_format", "timestampdiff",
        "timestampadd", "to_char", "to_date", "to_days", "to_number", "to_timestamp", "trim",
        "trunc", "truncate", "ucase", "unix_timestamp", "upper", "var_pop", "var_samp",
        "variance", "week", "weekday", "weekofyear", "year", "yearweek",
    }
)  # fmt: skip

# Schemas and tables that describe the server itself (roles, password hashes, files).
_SYSTEM_SCHEMAS = frozenset(
    {"pg_catalog", "information_schema", "mysql", "performance_schema", "sys", "pg_toast"}
)
_SYSTEM_TABLE_PREFIXES = ("pg_", "sqlite_")

_WRITES = (
    exp.Insert,
    exp.Update,
    exp.Delete,
    exp.Merge,
    exp.Create,
    exp.Drop,
    exp.Alter,
    exp.Command,
    exp.Into,
    exp.Lock,
    exp.Set,
    exp.Pragma,
    exp.Use,
    exp.Transaction,
    exp.Commit,
    exp.Rollback,
)

# SQLite's printf() gives NULL, not an error, for a result over the length limit: a
# width or precision that large is refused before it runs.
_PRINTF_WIDTH_CAP = 10_000
_PRINTF_SPEC = re.compile(r"%[-+ 0#,!]*(\*|[0-9]*)(?:\.(\*|[0-9]*))?")


def _check_printf(node: exp.Func, name: str) -> None:
    pattern = node.expressions[0] if node.expressions else None
    if not isinstance(pattern, exp.Literal) or not pattern.is_string:
        raise UnsafeSql(f"{name}() 的格式须为字符串常量 ({name}() needs a literal format)")
    for width, precision in _PRINTF_SPEC.findall(pattern.this):
        for number in (width, precision):
            if number == "*" or (number and int(number) > _PRINTF_WIDTH_CAP):
                raise UnsafeSql(f"{name}() 宽度过大 (width over {_PRINTF_WIDTH_CAP}): {number}")


_DIALECTS = {"sqlite": "sqlite", "postgresql": "postgres", "mysql": "mysql", "mariadb": "mysql"}


def _parse(sql: str, dialect: str) -> exp.Expr:
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except SqlglotError as exc:
        raise UnsafeSql(f"无法解析 (cannot parse): {str(exc).splitlines()[0]}") from exc
    except RecursionError as exc:
        raise UnsafeSql("嵌套过深 (nested too deeply)") from exc
    if len(statements) != 1:
        raise UnsafeSql("含多条语句 (more than one statement)")
    return statements[0]


def _function_name(node: exp.Func) -> str | None:
    """The name of a function sqlglot does not model; ``None`` for its own classes."""
    if isinstance(node, exp.Anonymous | exp.AnonymousAggFunc):
        return str(node.name).lower()
    return None


def check_single_select(sql: str, backend: str) -> str:
    """The SQL (trailing ``;`` removed) if it is one read-only query; else ``UnsafeSql``.

    ``backend`` is the validation database's (``sqlite``, ``postgresql``, ``mysql``).
    """
    text = sql.strip().rstrip(";").strip()
    tree = _parse(text, _DIALECTS.get(backend, backend))
    if not isinstance(tree, exp.Query):
        raise UnsafeSql(f"不是 SELECT 查询 (not a SELECT query): {tree.key.upper()}")
    for node in tree.walk():
        if isinstance(node, _WRITES):
            raise UnsafeSql(f"含不允许的操作 (not allowed): {node.key.upper()}")
        if isinstance(node, exp.Func):
            name = _function_name(node)
            if name is not None and name not in SAFE_FUNCTIONS:
                raise UnsafeSql(f"函数不在允许列表中 (function not allowed): {name}")
            if name == "printf":
                _check_printf(node, name)
        elif isinstance(node, exp.Table):
            schema = (node.db or "").lower()
            name = (node.name or "").lower()
            if schema in _SYSTEM_SCHEMAS or name.startswith(_SYSTEM_TABLE_PREFIXES):
                raise UnsafeSql(f"不允许读取系统表 (system table): {node.sql()}")
        elif (
            isinstance(node, exp.Dot)
            and isinstance(node.this, exp.Identifier)
            and node.this.name.lower() in _SYSTEM_SCHEMAS
        ):
            # ``pg_catalog.pg_read_file(...)``: a schema-qualified function call.
            raise UnsafeSql(f"不允许调用系统函数 (system function): {node.sql()}")
    return text


def has_top_level_order_by(sql: str, dialect: str = "mysql") -> bool:
    """Whether the query's result order is defined (ORDER BY of the outermost query)."""
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except (SqlglotError, RecursionError):
        return False
    return tree.args.get("order") is not None
