"""The judge (CONTRACT-NOTES "Judging") and execution comparison on real databases."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from server.runner.judge import Verdict, judge_answer, judge_sql, split_expectations
from server.runner.validation import (
    UnsafeSql,
    ValidationDatabase,
    check_single_select,
    has_top_level_order_by,
)

SQL = (
    "SELECT a.S_INFO_NAME AS `证券简称`, a.PE AS `市盈率`\r\nFROM a_share_eod_valuation a\n"
    "WHERE\ta.S_INFO_WINDCODE = '600901.SH'   ORDER BY a.TRADE_DT DESC LIMIT 1"
)


def test_pass_has_an_empty_message() -> None:
    verdict = judge_sql(
        SQL, keywords="星河科技,600901.sh, 市盈率，pe", conditions="ORDER BY；limit 1"
    )
    assert verdict == Verdict("FAIL", "缺关键字: 星河科技")
    verdict = judge_sql(
        SQL, keywords="600901.sh, 市盈率，pe\nfrom", conditions="order   by;LIMIT 1"
    )
    assert verdict == Verdict("PASS", "")


def test_fail_message_lists_missing_keywords_then_conditions() -> None:
    verdict = judge_sql(
        SQL, keywords="PE,ROE,星河科技", conditions='S_INFO_WINDCODE = "600901.SH",2023'
    )
    assert verdict == Verdict("FAIL", "缺关键字: ROE,星河科技; 缺条件: 2023")
    assert judge_sql(SQL, keywords="", conditions="2024") == Verdict("FAIL", "缺条件: 2024")
    assert judge_sql(SQL, keywords=None, conditions=None) == Verdict("PASS", "")


def test_conditions_ignore_quotes_and_whitespace() -> None:
    sql = "SELECT * FROM t WHERE name = \"星河\" AND d   BETWEEN '20230101' AND '20231231'"
    verdict = judge_sql(
        sql, keywords="", conditions="name = '星河'; d BETWEEN 20230101 AND 20231231"
    )
    assert verdict == Verdict("PASS", "")


def test_split_expectations() -> None:
    assert split_expectations(" a, b ，c;d；e\nf\r\n a ,, ") == ["A", "B", "C", "D", "E", "F"]
    assert split_expectations(None) == []
    assert split_expectations("order  by") == ["ORDER BY"]


def test_only_single_select_statements_run() -> None:
    assert check_single_select("select 1 from t;  ") == "select 1 from t"
    assert check_single_select("WITH q AS (SELECT 1) SELECT * FROM q").startswith("WITH")
    assert check_single_select("SELECT ';drop table x' AS s FROM t -- ; delete\n")
    for bad in (
        "SELECT 1; DROP TABLE t",
        "DELETE FROM t",
        "UPDATE t SET a = 1",
        "WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x",
        "PRAGMA table_info(t)",
        "ATTACH DATABASE 'x' AS y",
        "SELECT * FROM t FOR UPDATE",
    ):
        with pytest.raises(UnsafeSql):
            check_single_select(bad)


def test_top_level_order_by() -> None:
    assert has_top_level_order_by("SELECT a FROM t ORDER BY a")
    assert not has_top_level_order_by("SELECT a, ROW_NUMBER() OVER (ORDER BY b) FROM t")
    assert not has_top_level_order_by("SELECT a FROM (SELECT a FROM t ORDER BY a) s")
    assert not has_top_level_order_by("SELECT 'ORDER BY' FROM t")


@pytest.fixture
def sqlite_db(tmp_path: Path) -> str:
    path = tmp_path / "validation.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE v (name TEXT, code TEXT, pe REAL, dt TEXT)")
        conn.executemany(
            "INSERT INTO v VALUES (?, ?, ?, ?)",
            [
                ("星河科技", "600901.SH", 23.41, "20230101"),
                ("星河科技", "600901.SH", 21.5, "20240101"),
                ("云帆电子", "000987.SZ", 10.0, "20240101"),
            ],
        )
    return f"sqlite:///{path}"


POSTGRES_URL = os.environ.get("HELIX_TEST_POSTGRES_URL")


@pytest.fixture
async def postgres_db() -> AsyncIterator[str]:
    if not POSTGRES_URL:
        pytest.skip("HELIX_TEST_POSTGRES_URL not set")
    import asyncpg
    from sqlalchemy.engine import make_url

    base = make_url(POSTGRES_URL).set(drivername="postgresql")
    name = f"helix_v_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(base.render_as_string(hide_password=False))
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = base.set(database=name).render_as_string(hide_password=False)
    conn = await asyncpg.connect(url)
    await conn.execute("CREATE TABLE v (name TEXT, code TEXT, pe NUMERIC, dt TEXT)")
    await conn.executemany(
        "INSERT INTO v VALUES ($1, $2, $3, $4)",
        [
            ("星河科技", "600901.SH", 23.41, "20230101"),
            ("星河科技", "600901.SH", 21.5, "20240101"),
            ("云帆电子", "000987.SZ", 10.0, "20240101"),
        ],
    )
    await conn.close()
    yield url
    await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await admin.close()


async def _check_comparison(url: str) -> None:
    db = ValidationDatabase(url, timeout=2.0, row_cap=2)
    try:

        async def run(expected: str, actual: str) -> Verdict:
            return await judge_answer(
                actual, keywords="pe", conditions=None, expected_sql=expected, validation=db
            )

        same = "SELECT name, pe FROM v WHERE code = '600901.SH'"
        reordered = "SELECT name, pe FROM v WHERE code = '600901.SH' ORDER BY dt DESC"
        assert await run(same, reordered) == Verdict("PASS", "")
        ordered = "SELECT name, pe FROM v WHERE code = '600901.SH' ORDER BY dt"
        verdict = await run(ordered, reordered)
        assert verdict == Verdict("FAIL", "执行结果顺序不一致: 第 1 行起不同")
        verdict = await run(same, "SELECT name, pe FROM v WHERE dt = '20240101'")
        assert verdict.result == "FAIL"
        assert verdict.message.startswith("执行结果不一致: 期望 2 行, 实际 2 行, 缺少 1 行")
        assert "多出 1 行" in verdict.message
        verdict = await run(same, "SELECT name FROM v WHERE code = '600901.SH' AND pe > 0")
        assert verdict == Verdict("FAIL", "执行结果不一致: 期望 2 列, 实际 1 列")
        # Keyword failures and result differences are both reported.
        verdict = await judge_answer(
            "SELECT name, pe FROM v WHERE pe > 22",
            keywords="code",
            conditions=None,
            expected_sql=same,
            validation=db,
        )
        assert verdict.result == "FAIL"
        assert verdict.message.startswith("缺关键字: CODE; 执行结果不一致: 期望 2 行, 实际 1 行")
        # Untrusted SQL is not run.
        verdict = await run(same, "SELECT pe FROM v; DELETE FROM v")
        assert verdict.result == "FAIL"
        assert verdict.message.startswith("SQL 未执行: 含多条语句")
        verdict = await run(same, "SELECT pe FROM no_such_table")
        assert verdict.result == "FAIL"
        assert verdict.message.startswith("SQL 执行失败:")
        verdict = await run("SELECT broken FROM", same)
        assert verdict.result == "ERROR"
        assert verdict.message.startswith("期望 SQL 在验证数据库执行失败:")
        # Over the row cap: not compared, the keyword verdict stands.
        assert await run("SELECT * FROM v", "SELECT pe FROM v") == Verdict("PASS", "")
        # The table is intact: nothing could write.
        rows = await db.fetch("SELECT count(*) FROM v")
        assert rows.rows == [(3,)]
    finally:
        await db.close()


async def test_execution_comparison_on_sqlite(sqlite_db: str) -> None:
    await _check_comparison(sqlite_db)


async def test_sqlite_connection_is_read_only(sqlite_db: str) -> None:
    db = ValidationDatabase(sqlite_db, timeout=1.0)
    from server.runner.validation import ComparisonError

    with pytest.raises(ComparisonError, match=r"readonly|read-only|attempt to write"):
        await db.fetch("INSERT INTO v VALUES ('x', 'y', 1, '2')")
    slow = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"
    with pytest.raises(ComparisonError, match="执行超时"):
        await db.fetch(slow)


@pytest.mark.postgres
async def test_execution_comparison_on_postgres(postgres_db: str) -> None:
    await _check_comparison(postgres_db)
    db = ValidationDatabase(postgres_db, timeout=0.5)
    from server.runner.validation import ComparisonError

    try:
        with pytest.raises(ComparisonError, match="read-only"):
            await db.fetch("INSERT INTO v VALUES ('x', 'y', 1, '2')")
        with pytest.raises(ComparisonError, match="执行超时"):
            await db.fetch("SELECT pg_sleep(5)")
    finally:
        await db.close()


async def test_unreachable_validation_database_is_an_error(tmp_path: Path) -> None:
    db = ValidationDatabase(f"sqlite:///{tmp_path / 'missing.db'}")
    verdict = await judge_answer(
        "SELECT 1 FROM t", keywords="", conditions=None, expected_sql="SELECT 1", validation=db
    )
    assert verdict.result == "ERROR"
    assert verdict.message.startswith("验证数据库不可用: 验证数据库文件不存在")
