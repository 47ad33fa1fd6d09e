"""Execution comparison: run the expected and the bot's SQL on a validation database.

The bot's SQL is untrusted: only one statement parsed as a SELECT/WITH query whose
functions are on a safe list is run (``sql_safety``), on a read-only connection
(SQLite opened with ``mode=ro`` and ``query_only``; PostgreSQL and MySQL/MariaDB in
a ``READ ONLY`` transaction), with a statement timeout and a row cap. Results are
compared as multisets of rows (numbers within a tolerance, column order ignored unless
asked), in order only when the expected SQL has a top-level ``ORDER BY``. A result
over the row cap is never a PASS.

What is read back is capped in bytes too (one row, and all rows together), since a
safe function can still build huge values (``printf('%1000000000d', 1)``,
``repeat('x', 500000000)``, a doubling recursive CTE). SQLite, which runs inside this
process, is given ``SQLITE_LIMIT_LENGTH``; PostgreSQL measures each row on the server
and sends NULLs instead of a row over the cap; MySQL/MariaDB rows are bounded by the
server's ``max_allowed_packet`` and counted as they stream. Over a cap: ERROR.

The validation URL should use a read-only role; a superuser's URL still works (the
checks above hold for it too) but is reported in the log.
"""

from __future__ import annotations

import asyncio
import logging
import math
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as dtime
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy.engine import make_url

from server.contract.vocabulary import ResultValue
from server.i18n import Language, Text
from server.runs.runner.sql_safety import UnsafeSql, check_single_select, has_top_level_order_by

__all__ = [
    "RESULT_BYTES_CAP",
    "ROW_BYTES_CAP",
    "ROW_CAP",
    "STATEMENT_TIMEOUT",
    "Comparison",
    "ComparisonError",
    "ResultTooLarge",
    "UnsafeSql",
    "ValidationDatabase",
    "ValidationUnavailable",
    "compare_rows",
]

log = logging.getLogger(__name__)

ROW_CAP = 10_000
ROW_BYTES_CAP = 1024 * 1024
RESULT_BYTES_CAP = 32 * 1024 * 1024
_BATCH = 64
_SQLITE_SLACK = 16
STATEMENT_TIMEOUT = 15.0
_PG_SUPERUSER = "SELECT current_setting('is_superuser')"
_BROAD_LOG = (
    "the validation database URL's account has broad privileges (superuser, FILE or SUPER): "
    "use a read-only role; the bot's SQL is still parsed, checked and run read-only"
)
_SQLGLOT_DIALECT = {"sqlite": "sqlite", "postgresql": "postgres", "mysql": "mysql"}


class ValidationUnavailable(RuntimeError):
    """The validation database could not be reached or used."""


class ResultTooLarge(RuntimeError):
    """A row, or the rows together, passed a byte cap: the result cannot be compared."""

    def __init__(self, text: Text, cap: int) -> None:
        super().__init__(text.en.format(cap=cap))
        self.text = text
        self.cap = cap

    def render(self, language: Language) -> str:
        return self.text.render(language).format(cap=self.cap)


def _row_bytes(row: Sequence[Any]) -> int:
    size = 0
    for value in row:
        if isinstance(value, str):
            size += len(value.encode("utf-8", "surrogatepass"))
        elif isinstance(value, bytes | bytearray | memoryview):
            size += len(value)
        else:
            size += 8
    return size


class ComparisonError(RuntimeError):
    """A query failed on the validation database (``which`` says whose)."""

    def __init__(self, which: str, reason: str) -> None:
        super().__init__(reason)
        self.which = which
        self.reason = reason


def _value(value: Any, digits: int) -> Any:
    """A comparable, hashable form: numbers to ``digits`` significant digits, dates as text."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return value if abs(value) < 10**digits else float(f"{value:.{digits}g}")
    if isinstance(value, float | Decimal):
        number = float(value)
        if math.isnan(number) or math.isinf(number):
            return str(number)
        rounded = float(f"{number:.{digits}g}")
        return int(rounded) if rounded.is_integer() and abs(rounded) < 2**53 else rounded
    if isinstance(value, datetime | date | dtime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


@dataclass(frozen=True, slots=True)
class Rows:
    rows: list[tuple[Any, ...]]
    truncated: bool


@dataclass(frozen=True, slots=True)
class Comparison:
    """The execution check's outcome: PASS, FAIL or ERROR with a message."""

    result: ResultValue
    message: str = ""


_COLUMNS = Text(
    "执行结果不一致: 期望 {e} 列, 实际 {a} 列", "results differ: expected {e} columns, got {a}"
)
_ROWS = Text(
    "执行结果不一致: 期望 {e} 行, 实际 {a} 行", "results differ: expected {e} rows, got {a}"
)
_MISSING_ROWS = Text("缺少 {n} 行 (如 {row})", "{n} rows missing (e.g. {row})")
_EXTRA_ROWS = Text("多出 {n} 行 (如 {row})", "{n} extra rows (e.g. {row})")
_ORDER = Text("执行结果顺序不一致: 第 {n} 行起不同", "results in a different order from row {n}")
_OVER_CAP_BOTH = Text(
    "结果过大无法比较 (超过 {cap} 行)", "result too large to compare (over {cap} rows)"
)
_OVER_CAP_ONE = Text(
    "执行结果不一致: 期望 {e} 行, 实际 {a} 行",
    "results differ: expected {e} rows, got {a}",
)
_NOT_RUN = Text("SQL 未执行: {reason}", "SQL not run: {reason}")
_ACTUAL_FAILED = Text("SQL 执行失败: {reason}", "SQL failed: {reason}")
_EXPECTED_FAILED = Text(
    "期望 SQL 在验证数据库执行失败: {reason}",
    "the expected SQL failed on the validation database: {reason}",
)
_ROW_TOO_LARGE = Text(
    "结果过大无法比较 (一行超过 {cap} 字节)", "result too large to compare (a row over {cap} bytes)"
)
_RESULT_TOO_LARGE = Text(
    "结果过大无法比较 (超过 {cap} 字节)", "result too large to compare (over {cap} bytes)"
)
_UNAVAILABLE = Text("验证数据库不可用: {reason}", "validation database unavailable: {reason}")
_TIMEOUT = Text("执行超时", "timed out")


def _describe(row: tuple[Any, ...]) -> str:
    text = "(" + ", ".join(repr(v) for v in row) + ")"
    return text if len(text) <= 120 else text[:117] + "...)"


def _column_signature(rows: list[tuple[Any, ...]], index: int) -> tuple[str, ...]:
    return tuple(sorted(repr(row[index]) for row in rows))


def _align_columns(
    expected: list[tuple[Any, ...]], actual: list[tuple[Any, ...]]
) -> list[tuple[Any, ...]]:
    """``actual`` with its columns in the expected order, when its columns hold the same values."""
    width = len(expected[0])
    wanted = [_column_signature(expected, i) for i in range(width)]
    available = {j: _column_signature(actual, j) for j in range(width)}
    order: list[int] = []
    for signature in wanted:
        match = next((j for j, s in available.items() if s == signature), None)
        if match is None:
            return actual
        order.append(match)
        del available[match]
    if order == list(range(width)):
        return actual
    return [tuple(row[j] for j in order) for row in actual]


def compare_rows(
    expected: list[tuple[Any, ...]],
    actual: list[tuple[Any, ...]],
    *,
    ordered: bool,
    column_order: bool = False,
    digits: int = 9,
    language: Language = "zh",
) -> str:
    """``""`` when the results match, else how they differ (rows already normalised)."""
    if expected and actual and len(expected[0]) != len(actual[0]):
        return _COLUMNS.render(language).format(e=len(expected[0]), a=len(actual[0]))
    if not column_order and expected and actual:
        actual = _align_columns(expected, actual)
    want, got = Counter(expected), Counter(actual)
    if want != got:
        missing = list((want - got).elements())
        extra = list((got - want).elements())
        parts = [_ROWS.render(language).format(e=len(expected), a=len(actual))]
        if missing:
            parts.append(
                _MISSING_ROWS.render(language).format(n=len(missing), row=_describe(missing[0]))
            )
        if extra:
            parts.append(_EXTRA_ROWS.render(language).format(n=len(extra), row=_describe(extra[0])))
        return ", ".join(parts)
    if ordered and expected != actual:
        first = next(i for i, (a, b) in enumerate(zip(expected, actual, strict=True)) if a != b)
        return _ORDER.render(language).format(n=first + 1)
    return ""


def _reason(error: ComparisonError, language: Language) -> str:
    return _TIMEOUT.render(language) if error.reason == _TIMEOUT.zh else error.reason


def tolerance_digits(tolerance: float) -> int:
    """Significant digits that a relative numeric tolerance leaves (1e-6 -> 6)."""
    if tolerance <= 0:
        return 15
    return max(1, min(15, round(-math.log10(tolerance))))


class ValidationDatabase:
    """A read-only target for execution comparison (SQLite, PostgreSQL or MySQL/MariaDB)."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = STATEMENT_TIMEOUT,
        row_cap: int = ROW_CAP,
        row_bytes: int = ROW_BYTES_CAP,
        result_bytes: int = RESULT_BYTES_CAP,
    ) -> None:
        self.timeout = timeout
        self.row_cap = row_cap
        self.row_bytes = row_bytes
        self.result_bytes = result_bytes
        parsed = make_url(url)
        backend = parsed.get_backend_name()
        self.backend = "mysql" if backend == "mariadb" else backend
        self._pool: Any = None
        self._pool_lock = asyncio.Lock()
        self._role_checked = False
        if self.backend == "sqlite":
            if not parsed.database or parsed.database == ":memory:":
                raise ValidationUnavailable("SQLite 验证数据库需要文件路径 (needs a file path)")
            self._sqlite_path = Path(parsed.database)
        elif self.backend == "postgresql":
            self._dsn = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        elif self.backend == "mysql":
            self._mysql_host = parsed.host or "127.0.0.1"
            self._mysql_port = parsed.port or 3306
            self._mysql_user = parsed.username or "root"
            self._mysql_password = parsed.password or ""
            self._mysql_database = parsed.database or None
        else:
            raise ValidationUnavailable(
                "验证数据库仅支持 SQLite、PostgreSQL 和 MySQL/MariaDB "
                f"(unsupported: {self.backend})"
            )

    @property
    def dialect(self) -> str:
        """The sqlglot dialect of this database."""
        return _SQLGLOT_DIALECT[self.backend]

    async def compare(
        self,
        expected_sql: str,
        actual_sql: str,
        *,
        column_order: bool = False,
        digits: int = 9,
        language: Language = "zh",
    ) -> Comparison:
        """Run both queries and compare their rows (PASS, FAIL or ERROR, never a silent skip)."""
        expected = await self._side(expected_sql, "expected", language)
        if isinstance(expected, Comparison):
            return expected
        actual = await self._side(actual_sql, "actual", language)
        if isinstance(actual, Comparison):
            return actual
        if expected.truncated and actual.truncated:
            return Comparison(
                ResultValue.ERROR, _OVER_CAP_BOTH.render(language).format(cap=self.row_cap)
            )
        if expected.truncated or actual.truncated:
            # The counts differ already: the side within the cap has fewer rows.
            over = f"> {self.row_cap}"
            e = over if expected.truncated else str(len(expected.rows))
            a = over if actual.truncated else str(len(actual.rows))
            return Comparison(ResultValue.FAIL, _OVER_CAP_ONE.render(language).format(e=e, a=a))
        ordered = has_top_level_order_by(expected_sql, self.dialect)
        normalise = [
            [tuple(_value(v, digits) for v in row) for row in side.rows]
            for side in (expected, actual)
        ]
        difference = compare_rows(
            normalise[0],
            normalise[1],
            ordered=ordered,
            column_order=column_order,
            digits=digits,
            language=language,
        )
        return (
            Comparison(ResultValue.FAIL, difference) if difference else Comparison(ResultValue.PASS)
        )

    async def _side(self, sql: str, which: str, language: Language) -> Rows | Comparison:
        """One query's rows, or why it gives none: the bot's fault is a FAIL, else an ERROR."""
        expected = which == "expected"
        try:
            return await self.fetch(check_single_select(sql, self.backend), which)
        except ValidationUnavailable as exc:
            return Comparison(ResultValue.ERROR, _UNAVAILABLE.render(language).format(reason=exc))
        except ResultTooLarge as exc:
            return Comparison(ResultValue.ERROR, exc.render(language))
        except (UnsafeSql, ComparisonError) as exc:
            unsafe = isinstance(exc, UnsafeSql)
            reason = str(exc) if isinstance(exc, UnsafeSql) else _reason(exc, language)
            if expected:
                return Comparison(
                    ResultValue.ERROR, _EXPECTED_FAILED.render(language).format(reason=reason)
                )
            text = _NOT_RUN if unsafe else _ACTUAL_FAILED
            return Comparison(ResultValue.FAIL, text.render(language).format(reason=reason))

    async def fetch(self, sql: str, which: str = "expected") -> Rows:
        """At most ``row_cap`` rows of one query, plus whether there were more."""
        if self.backend == "sqlite":
            return await asyncio.to_thread(self._fetch_sqlite, sql, which)
        if self.backend == "mysql":
            return await asyncio.to_thread(self._fetch_mysql, sql, which)
        return await self._fetch_postgres(sql, which)

    def _rows(self, rows: list[tuple[Any, ...]]) -> Rows:
        return Rows(rows=rows[: self.row_cap], truncated=len(rows) > self.row_cap)

    def _count(self, row_size: int, total: int) -> int:
        """``total`` plus one row of ``row_size`` bytes; ``ResultTooLarge`` past a cap."""
        if row_size > self.row_bytes:
            raise ResultTooLarge(_ROW_TOO_LARGE, self.row_bytes)
        total += row_size
        if total > self.result_bytes:
            raise ResultTooLarge(_RESULT_TOO_LARGE, self.result_bytes)
        return total

    def _collect(self, fetchmany: Callable[[int], Sequence[Sequence[Any]]]) -> Rows:
        """Rows up to one over the row cap, in batches, counting their bytes."""
        rows: list[tuple[Any, ...]] = []
        total = 0
        while len(rows) <= self.row_cap:
            batch = fetchmany(min(_BATCH, self.row_cap + 1 - len(rows)))
            if not batch:
                break
            for row in batch:
                total = self._count(_row_bytes(row), total)
                rows.append(tuple(row))
        return self._rows(rows)

    def _fetch_sqlite(self, sql: str, which: str) -> Rows:
        if not self._sqlite_path.exists():
            raise ValidationUnavailable(f"验证数据库文件不存在: {self._sqlite_path}")
        uri = f"file:{quote(str(self._sqlite_path))}?mode=ro"
        try:
            connection = sqlite3.connect(uri, uri=True, timeout=self.timeout)
        except sqlite3.Error as exc:
            raise ValidationUnavailable(f"无法打开验证数据库: {exc}") from exc
        deadline = time.monotonic() + self.timeout
        try:
            connection.execute("PRAGMA query_only = ON")
            # In this process no string, blob or row may grow far past the row cap. Some
            # functions give NULL rather than an error past the limit, so it sits above
            # the cap: a value over the cap but within the limit is still seen (ERROR).
            connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, self.row_bytes * _SQLITE_SLACK)
            connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
            try:
                cursor = connection.execute(sql)
                return self._collect(cursor.fetchmany)
            except sqlite3.Error as exc:
                if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_TOOBIG:
                    raise ResultTooLarge(_ROW_TOO_LARGE, self.row_bytes) from exc
                reason = _TIMEOUT.zh if time.monotonic() > deadline else str(exc)
                raise ComparisonError(which, reason) from exc
        finally:
            connection.close()

    def _mysql_connect(self) -> Any:
        import pymysql
        import pymysql.cursors

        return pymysql.connect(
            host=self._mysql_host,
            port=self._mysql_port,
            user=self._mysql_user,
            password=self._mysql_password,
            database=self._mysql_database,
            connect_timeout=max(1, int(self.timeout)),
            read_timeout=int(self.timeout) + 5,
            charset="utf8mb4",
            autocommit=False,
            # Unbuffered: only the rows up to the cap are held in memory.
            cursorclass=pymysql.cursors.SSCursor,
        )

    def _fetch_mysql(self, sql: str, which: str) -> Rows:
        import pymysql

        try:
            connection = self._mysql_connect()
        except pymysql.MySQLError as exc:
            raise ValidationUnavailable(f"无法连接验证数据库: {exc}") from exc
        try:
            with connection.cursor() as cursor:
                self._mysql_session(cursor)
                try:
                    cursor.execute(sql)
                    # Unbuffered: a row is at most max_allowed_packet; count as they come.
                    rows = self._collect(cursor.fetchmany)
                except pymysql.MySQLError as exc:
                    code = exc.args[0] if exc.args else 0
                    # 1969 (MariaDB) / 3024 (MySQL): the statement time limit was hit.
                    reason = _TIMEOUT.zh if code in (1969, 3024) else str(exc.args[-1])
                    raise ComparisonError(which, reason) from exc
            connection.rollback()
        except pymysql.err.OperationalError as exc:
            raise ValidationUnavailable(f"验证数据库连接失败: {exc}") from exc
        finally:
            connection.close()
        return rows

    def _mysql_session(self, cursor: Any) -> None:
        import pymysql

        if not self._role_checked:
            self._role_checked = True
            if self._mysql_broad(cursor):
                log.warning(_BROAD_LOG)
        try:  # MariaDB: seconds
            cursor.execute(f"SET SESSION max_statement_time = {float(self.timeout)}")
        except pymysql.MySQLError:  # MySQL: milliseconds
            cursor.execute(f"SET SESSION max_execution_time = {int(self.timeout * 1000)}")
        cursor.execute("START TRANSACTION READ ONLY")

    @staticmethod
    def _mysql_broad(cursor: Any) -> bool:
        cursor.execute("SHOW GRANTS")
        grants = " ".join(str(row[0]).upper() for row in cursor.fetchall())
        return any(p in grants for p in ("ALL PRIVILEGES ON *.*", " FILE", "SUPER"))

    def _mysql_broad_now(self) -> bool:
        import pymysql

        try:
            connection = self._mysql_connect()
        except pymysql.MySQLError as exc:
            raise ValidationUnavailable(f"无法连接验证数据库: {exc}") from exc
        try:
            with connection.cursor() as cursor:
                return self._mysql_broad(cursor)
        finally:
            connection.close()

    async def broad_privileges(self) -> bool:
        """Whether the URL's account can do more than read (the settings page warns)."""
        if self.backend == "postgresql":
            pool = await self._postgres_pool()
            async with pool.acquire() as connection:
                return bool(await connection.fetchval(_PG_SUPERUSER) == "on")
        if self.backend == "mysql":
            return await asyncio.to_thread(self._mysql_broad_now)
        return False

    async def _postgres_pool(self) -> Any:
        import asyncpg

        async with self._pool_lock:
            if self._pool is None:
                try:
                    self._pool = await asyncpg.create_pool(
                        self._dsn, min_size=0, max_size=4, timeout=self.timeout
                    )
                    async with self._pool.acquire() as connection:
                        if await connection.fetchval(_PG_SUPERUSER) == "on":
                            log.warning(_BROAD_LOG)
                except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
                    raise ValidationUnavailable(f"无法连接验证数据库: {exc}") from exc
            return self._pool

    async def _fetch_postgres(self, sql: str, which: str) -> Rows:
        import asyncpg

        pool = await self._postgres_pool()
        try:
            async with pool.acquire() as connection:
                # Rolled back, never committed: even a function that writes inside a
                # READ ONLY transaction (large objects) leaves nothing behind.
                transaction = connection.transaction(readonly=True)
                await transaction.start()
                try:
                    await connection.execute(
                        f"SET LOCAL statement_timeout = {int(self.timeout * 1000)}"
                    )
                    # A prepared statement holds exactly one statement.
                    width = len((await connection.prepare(sql)).get_attributes())
                    cursor = await connection.cursor(self._postgres_sized(sql, width))
                    rows = await self._postgres_rows(cursor, width)
                except asyncpg.QueryCanceledError as exc:
                    raise ComparisonError(which, _TIMEOUT.zh) from exc
                except asyncpg.PostgresError as exc:
                    raise ComparisonError(which, str(exc).splitlines()[0]) from exc
                finally:
                    await transaction.rollback()
        except (OSError, asyncpg.InterfaceError) as exc:
            raise ValidationUnavailable(f"验证数据库连接失败: {exc}") from exc
        return rows

    def _postgres_sized(self, sql: str, width: int) -> str:
        """The query with each row's size (as text) appended, measured on the server,
        and its values replaced by NULLs when the row is over the cap: a huge value
        never crosses the wire."""
        if width == 0:
            return sql
        names = ", ".join(f'"c{i}"' for i in range(width))
        values = ", ".join(
            f'CASE WHEN s.helix_size <= {int(self.row_bytes)} THEN s."c{i}" END'
            for i in range(width)
        )
        # Newlines: the query may end in a -- comment.
        return (
            f"SELECT {values}, s.helix_size FROM (SELECT q.*, octet_length(q::text) "
            f"AS helix_size FROM (\n{sql}\n) AS q({names})) AS s"
        )

    async def _postgres_rows(self, cursor: Any, width: int) -> Rows:
        rows: list[tuple[Any, ...]] = []
        total = 0
        while len(rows) <= self.row_cap:
            batch = await cursor.fetch(min(_BATCH, self.row_cap + 1 - len(rows)))
            if not batch:
                break
            for record in batch:
                values = tuple(record.values())
                if width:
                    total = self._count(int(values[-1] or 0), total)
                    values = values[:-1]
                rows.append(values)
        return self._rows(rows)

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None
