"""Execution comparison on the seeded warehouse (SQLite, PostgreSQL, MariaDB), and its safety."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from server.runs.runner.judge import JudgePolicy, Verdict, judge_answer
from server.runs.runner.validation import ComparisonError, ValidationDatabase
from tests.warehouse import MYSQL_URL, POSTGRES_URL, _seed_sqlite, warehouse_url

__all__ = ["warehouse_url"]

EXPECTED = (
    "SELECT a.S_INFO_NAME AS `证券简称`, a.PE AS `市盈率` FROM a_share_eod_valuation a "
    "WHERE a.S_INFO_WINDCODE = '600901.SH' AND a.TRADE_DT >= '20230601' ORDER BY a.TRADE_DT"
)
EXECUTION_ONLY = JudgePolicy(checks=frozenset({"execution"}))


def _portable(sql: str, url: str) -> str:
    # Backticks are MySQL's; PostgreSQL and SQLite quote identifiers with double quotes.
    return sql if url.startswith("mysql") else sql.replace("`", '"')


async def _judge(
    db: ValidationDatabase, expected: str, actual: str, policy: JudgePolicy = EXECUTION_ONLY
) -> Verdict:
    return await judge_answer(
        actual,
        keywords=None,
        conditions=None,
        expected_sql=expected,
        validation=db,
        policy=policy,
    )


async def test_equivalent_rewrites_pass_and_near_misses_fail(warehouse_url: str) -> None:
    db = ValidationDatabase(warehouse_url, timeout=5.0)
    expected = _portable(EXPECTED, warehouse_url)
    try:
        for rewrite in (
            # Other aliases, column order swapped, BETWEEN instead of >=, IN instead of =.
            "SELECT v.PE, v.S_INFO_NAME FROM a_share_eod_valuation v WHERE v.S_INFO_WINDCODE "
            "IN ('600901.SH') AND v.TRADE_DT BETWEEN '20230601' AND '20991231' "
            "ORDER BY v.TRADE_DT",
            "select s_info_name, pe from a_share_eod_valuation where trade_dt > '20230531' "
            "and s_info_name = '星河科技' order by trade_dt asc",
        ):
            verdict = await _judge(db, expected, rewrite)
            assert verdict.result == "PASS", (rewrite, verdict)
            assert [c.check for c in verdict.checks] == ["execution"]
        # One predicate off: a row too many.
        verdict = await _judge(
            db,
            expected,
            "SELECT S_INFO_NAME, PE FROM a_share_eod_valuation WHERE S_INFO_WINDCODE = "
            "'600901.SH' ORDER BY TRADE_DT",
        )
        assert verdict.result == "FAIL"
        assert verdict.message.startswith("执行结果不一致: 期望 3 行, 实际 4 行")
        # Same rows, other order, while the expected SQL fixes the order.
        verdict = await _judge(
            db,
            expected,
            "SELECT S_INFO_NAME, PE FROM a_share_eod_valuation WHERE S_INFO_WINDCODE = "
            "'600901.SH' AND TRADE_DT >= '20230601' ORDER BY TRADE_DT DESC",
        )
        assert verdict == Verdict("FAIL", "执行结果顺序不一致: 第 1 行起不同", verdict.checks)
        # One column wrong (PB instead of PE).
        verdict = await _judge(
            db,
            expected,
            "SELECT S_INFO_NAME, PB FROM a_share_eod_valuation WHERE S_INFO_WINDCODE = "
            "'600901.SH' AND TRADE_DT >= '20230601' ORDER BY TRADE_DT",
        )
        assert verdict.result == "FAIL"
        assert "缺少 3 行" in verdict.message
        # The bot's SQL failing is its FAIL; the expected SQL failing cannot be judged.
        verdict = await _judge(db, expected, "SELECT PE FROM no_such_table")
        assert verdict.result == "FAIL"
        assert verdict.message.startswith("SQL 执行失败:")
        verdict = await _judge(db, "SELECT nothing FROM no_such_table", expected)
        assert verdict.result == "ERROR"
        assert verdict.message.startswith("期望 SQL 在验证数据库执行失败:")
    finally:
        await db.close()


async def test_numeric_tolerance_and_column_order_follow_the_policy(warehouse_url: str) -> None:
    db = ValidationDatabase(warehouse_url, timeout=5.0)
    expected = (
        "SELECT PE, S_INFO_NAME FROM a_share_eod_valuation WHERE S_INFO_WINDCODE = '600901.SH'"
    )
    nudged = (
        "SELECT PE + 0.0000001, S_INFO_NAME FROM a_share_eod_valuation "
        "WHERE S_INFO_WINDCODE = '600901.SH'"
    )
    swapped = (
        "SELECT S_INFO_NAME, PE FROM a_share_eod_valuation WHERE S_INFO_WINDCODE = '600901.SH'"
    )
    try:
        assert (await _judge(db, expected, nudged)).result == "PASS"
        strict = JudgePolicy(checks=frozenset({"execution"}), numeric_tolerance=1e-12)
        assert (await _judge(db, expected, nudged, strict)).result == "FAIL"
        assert (await _judge(db, expected, swapped)).result == "PASS"
        ordered_columns = JudgePolicy(checks=frozenset({"execution"}), column_order=True)
        assert (await _judge(db, expected, swapped, ordered_columns)).result == "FAIL"
    finally:
        await db.close()


async def test_over_the_row_cap_is_never_pass(warehouse_url: str) -> None:
    db = ValidationDatabase(warehouse_url, timeout=5.0, row_cap=5)
    single = (
        "SELECT PE FROM a_share_eod_valuation "
        "WHERE S_INFO_WINDCODE = '600901.SH' AND TRADE_DT = '20230101'"
    )
    everything = "SELECT PE FROM a_share_eod_valuation"
    try:
        # Over the cap against a single expected row: the counts differ, FAIL.
        verdict = await _judge(db, single, everything)
        assert verdict.result == "FAIL"
        assert verdict.message == "执行结果不一致: 期望 1 行, 实际 > 5 行"
        verdict = await _judge(db, everything, single)
        assert verdict.result == "FAIL"
        # Both over the cap: cannot be compared, ERROR.
        verdict = await _judge(db, everything, "SELECT PB FROM a_share_eod_valuation")
        assert verdict.result == "ERROR"
        assert verdict.message == "结果过大无法比较 (超过 5 行)"
        english = await judge_answer(
            everything,
            keywords=None,
            conditions=None,
            expected_sql=everything,
            validation=db,
            policy=EXECUTION_ONLY,
            language="en",
        )
        assert english.message == "result too large to compare (over 5 rows)"
    finally:
        await db.close()


HOSTILE = {
    "postgres": [
        "SELECT lo_import('/etc/passwd')",
        "SELECT lo_export(lo_create(0), '/tmp/helix_lo_export')",
        "SELECT lo_create(0)",
        "SELECT pg_read_file('/etc/passwd')",
        "SELECT * FROM pg_read_file('/etc/passwd')",
        "SELECT pg_catalog.pg_read_file('/etc/passwd')",
        "SELECT pg_ls_dir('.')",
        "SELECT rolname, rolpassword FROM pg_authid",
        "SELECT query_to_xml('DELETE FROM a_share_eod_valuation', true, true, '')",
        "SELECT set_config('default_transaction_read_only', 'off', false)",
        "SELECT 1; DELETE FROM a_share_eod_valuation",
        "WITH gone AS (DELETE FROM a_share_eod_valuation RETURNING *) SELECT * FROM gone",
        "SELECT * INTO stolen FROM a_share_eod_valuation",
        "SELECT * FROM a_share_eod_valuation FOR UPDATE",
        "COPY a_share_eod_valuation TO '/tmp/helix_copy'",
    ],
    "mysql": [
        "SELECT LOAD_FILE('/etc/passwd')",
        "SELECT * FROM a_share_eod_valuation INTO OUTFILE '/tmp/helix_outfile'",
        "SELECT user, password FROM mysql.user",
        "SELECT SLEEP(30)",
        "SELECT 1; DROP TABLE a_share_eod_valuation",
        "SELECT * FROM a_share_eod_valuation FOR UPDATE",
    ],
}


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_URL, reason="HELIX_TEST_POSTGRES_URL not set (.ci/run sets it)")
async def test_hostile_sql_is_refused_on_postgres_as_superuser(
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert POSTGRES_URL
    from tests.warehouse import _drop_postgres, _seed_postgres

    url, name = await _seed_postgres(POSTGRES_URL)  # the machine's postgres: a superuser
    db = ValidationDatabase(url, timeout=5.0)
    try:
        assert await db.broad_privileges()
        before = await _large_objects(url)
        with caplog.at_level(logging.WARNING, logger="server.runs.runner.validation"):
            for hostile in HOSTILE["postgres"]:
                verdict = await _judge(db, "SELECT 1", hostile)
                assert verdict.result == "FAIL", hostile
                assert verdict.message.startswith("SQL 未执行:"), (hostile, verdict.message)
        assert "broad privileges" in caplog.text
        assert await _large_objects(url) == before
        # The second line holds by itself: what slips past the parser writes nothing
        # (PostgreSQL lets lo_create run in a READ ONLY transaction; it is rolled back).
        await db.fetch("SELECT lo_create(0)")
        assert await _large_objects(url) == before
        with pytest.raises(ComparisonError, match="read-only"):
            await db.fetch("INSERT INTO a_share_eod_valuation (PE) VALUES (1)")
        rows = await db.fetch("SELECT count(*) FROM a_share_eod_valuation")
        assert rows.rows == [(60,)]
    finally:
        await db.close()
        await _drop_postgres(POSTGRES_URL, name)


async def _large_objects(url: str) -> int:
    import asyncpg

    connection = await asyncpg.connect(url)
    try:
        return int(await connection.fetchval("SELECT count(*) FROM pg_largeobject_metadata"))
    finally:
        await connection.close()


@pytest.mark.mysql
@pytest.mark.skipif(not MYSQL_URL, reason="HELIX_TEST_MYSQL_URL not set (.ci/run sets it)")
async def test_hostile_sql_is_refused_on_mariadb_as_root() -> None:
    assert MYSQL_URL
    from tests.warehouse import _drop_mysql, _seed_mysql

    url, name = _seed_mysql(MYSQL_URL)
    assert url.startswith("mysql://")
    db = ValidationDatabase(url, timeout=2.0)
    try:
        assert await db.broad_privileges()
        for hostile in HOSTILE["mysql"]:
            verdict = await _judge(db, "SELECT 1", hostile)
            assert verdict.result == "FAIL", hostile
            assert verdict.message.startswith("SQL 未执行:"), (hostile, verdict.message)
        # Read only and timed out even for what passes the parser.
        with pytest.raises(ComparisonError, match=r"READ ONLY|read only|read-only"):
            await db.fetch("INSERT INTO a_share_eod_valuation (PE) VALUES (1)")
        with pytest.raises(ComparisonError, match="执行超时"):
            await db.fetch(
                "SELECT count(*) FROM a_share_eod_valuation a, a_share_eod_valuation b, "
                "a_share_eod_valuation c, a_share_eod_valuation d, a_share_eod_valuation e"
            )
        rows = await db.fetch("SELECT count(*) FROM a_share_eod_valuation")
        assert rows.rows == [(60,)]
    finally:
        await db.close()
        _drop_mysql(MYSQL_URL, name)


async def test_sqlite_is_read_only_and_timed(tmp_path: Path) -> None:
    db = ValidationDatabase(_seed_sqlite(tmp_path / "w.db"), timeout=1.0)
    with pytest.raises(ComparisonError, match=r"readonly|read-only|attempt to write"):
        await db.fetch("INSERT INTO a_share_eod_valuation (PE) VALUES (1)")
    slow = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c"
    with pytest.raises(ComparisonError, match="执行超时"):
        await db.fetch(slow)
    assert not await db.broad_privileges()


def _wide(url: str, width: int) -> str:
    """One value of about ``width`` characters, built by functions on the safe list."""
    if url.startswith("sqlite"):
        # SQLite has no repeat(): ten x for each space of a padded number.
        return f"SELECT replace(printf('%{width // 10}d', 1), ' ', 'xxxxxxxxxx') AS v"
    return f"SELECT repeat('x', {width}) AS v"


async def test_results_are_capped_in_bytes_too(warehouse_url: str) -> None:
    """A safe function can build a value of any size (SQLite builds it inside this
    process): a row or a result over the byte caps is ERROR, never read whole."""
    db = ValidationDatabase(warehouse_url, timeout=5.0, row_bytes=1_000)
    names = "SELECT S_INFO_NAME, S_INFO_WINDCODE, TRADE_DT FROM a_share_eod_valuation"
    try:
        for expected, actual in (
            (_wide(warehouse_url, 10), _wide(warehouse_url, 5_000)),
            (_wide(warehouse_url, 5_000), _wide(warehouse_url, 10)),
        ):
            verdict = await _judge(db, expected, actual)
            assert verdict.result == "ERROR", verdict
            assert verdict.message == "结果过大无法比较 (一行超过 1000 字节)"
        english = await judge_answer(
            _wide(warehouse_url, 20_000),
            keywords=None,
            conditions=None,
            expected_sql=_wide(warehouse_url, 10),
            validation=db,
            policy=EXECUTION_ONLY,
            language="en",
        )
        assert english.result == "ERROR"
        assert english.message == "result too large to compare (a row over 1000 bytes)"
        # Every row small, all of them together over the cap.
        assert (await _judge(db, names, names)).result == "PASS"
        small_total = ValidationDatabase(warehouse_url, timeout=5.0, result_bytes=200)
        try:
            verdict = await _judge(small_total, names, names)
        finally:
            await small_total.close()
        assert verdict.result == "ERROR"
        assert verdict.message == "结果过大无法比较 (超过 200 字节)"
        # Within the caps, the comparison is as before.
        small = _wide(warehouse_url, 900)
        assert (await _judge(db, small, small)).result == "PASS"
        assert (await _judge(db, small, _wide(warehouse_url, 880))).result == "FAIL"
    finally:
        await db.close()
