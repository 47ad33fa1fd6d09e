"""The judge (CONTRACT-NOTES "Judging"): keywords as tokens, conditions, structure, policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.contract.judge import CheckResult
from server.runs.runner.judge import JudgePolicy, judge_answer, judge_sql, split_expectations
from server.runs.runner.sql_safety import UnsafeSql, check_single_select, has_top_level_order_by
from server.runs.runner.validation import ValidationDatabase

SQL = (
    "SELECT a.S_INFO_NAME AS `证券简称`, a.PE AS `市盈率`\r\nFROM a_share_eod_valuation a\n"
    "WHERE\ta.S_INFO_WINDCODE = '600901.SH'   ORDER BY a.TRADE_DT DESC LIMIT 1"
)


def test_pass_has_an_empty_message_and_records_each_check() -> None:
    verdict = judge_sql(
        SQL, keywords="星河科技,600901.sh, 市盈率，pe", conditions="ORDER BY；limit 1"
    )
    assert (verdict.result, verdict.message) == ("FAIL", "缺关键字: 星河科技")
    assert verdict.checks == (
        CheckResult(check="keywords", result="FAIL", message="缺关键字: 星河科技"),
        CheckResult(check="conditions", result="PASS", message=""),
    )
    verdict = judge_sql(
        SQL, keywords="600901.sh, 市盈率，pe\nfrom", conditions="order   by;LIMIT 1"
    )
    assert (verdict.result, verdict.message) == ("PASS", "")


def test_fail_message_lists_missing_keywords_then_conditions() -> None:
    verdict = judge_sql(
        SQL, keywords="PE,ROE,星河科技", conditions='S_INFO_WINDCODE = "600901.SH",2023'
    )
    assert verdict.message == "缺关键字: ROE,星河科技; 缺条件: 2023"
    assert judge_sql(SQL, keywords="", conditions="2024").message == "缺条件: 2024"
    english = judge_sql(SQL, keywords="ROE", conditions="2024", language="en")
    assert english.message == "missing keywords: ROE; missing conditions: 2024"


def test_keywords_are_whole_tokens_never_comments_or_parts_of_names() -> None:
    sql = (
        "SELECT a.PE_TTM AS selected_pe -- PE and ROE are in this comment\n"
        "/* GROUP BY LIMIT */ FROM a_share_eod_valuation a "
        "WHERE a.S_INFO_WINDCODE = '600901.SH' AND a.name = '星河科技有限公司' "
        "GROUP  BY a.S_INFO_NAME ORDER BY a.TRADE_DT DESC LIMIT 1"
    )

    def missing(keywords: str) -> str:
        return judge_sql(sql, keywords=keywords, conditions=None).message

    assert missing("PE") == "缺关键字: PE"  # only inside PE_TTM and a comment
    assert missing("ROE") == "缺关键字: ROE"  # only in a comment
    assert missing("SELECT, selected_pe") == ""
    assert missing("SELECTED") == "缺关键字: SELECTED"  # only the start of selected_pe
    assert missing("PE_TTM, a.pe_ttm") == ""
    assert missing("600901.SH, 600901, 星河科技") == ""  # inside string literals
    assert missing("group by, GROUP, order by, LIMIT 1, desc limit 1") == ""
    assert missing("LIMIT 10, BY LIMIT") == "缺关键字: LIMIT 10,BY LIMIT"
    assert missing(">=, S_INFO") == "缺关键字: >=,S_INFO"


def test_conditions_ignore_quotes_and_whitespace() -> None:
    sql = "SELECT * FROM t WHERE name = \"星河\" AND d   BETWEEN '20230101' AND '20231231'"
    verdict = judge_sql(
        sql, keywords="", conditions="name = '星河'; d BETWEEN 20230101 AND 20231231"
    )
    assert (verdict.result, verdict.message) == ("PASS", "")


def test_a_case_without_any_expectation_is_an_error() -> None:
    for keywords, conditions in ((None, None), ("", " "), (" , ;", "\n")):
        verdict = judge_sql(SQL, keywords=keywords, conditions=conditions, expected_sql="  ")
        assert (verdict.result, verdict.message) == ("ERROR", "用例没有任何预期")
    english = judge_sql(SQL, keywords=None, conditions=None, language="en")
    assert english.message == "the case has no expectation"


def test_policy_decides_which_checks_run() -> None:
    keywords_only = JudgePolicy(checks=frozenset({"keywords"}))
    verdict = judge_sql(SQL, keywords="PE", conditions="2099", policy=keywords_only)
    assert verdict.result == "PASS"
    assert [c.check for c in verdict.checks] == ["keywords"]
    # Expectations exist but no enabled check can use them: not judged, so not PASS.
    verdict = judge_sql(SQL, keywords=None, conditions="2099", policy=keywords_only)
    assert verdict.result == "ERROR"
    assert verdict.message == "没有适用的检查 (已启用: keywords)"


def test_structure_check_says_which_clause_differs() -> None:
    expected = (
        "SELECT a.S_INFO_NAME, a.PE FROM a_share_eod_valuation a "
        "WHERE a.S_INFO_WINDCODE = '600901.SH' AND a.TRADE_DT >= '20230101' "
        "ORDER BY a.TRADE_DT DESC LIMIT 1"
    )
    actual = (
        "select v.pe, v.s_info_name from a_share_eod_valuation v "
        "where '600901.SH' = v.s_info_windcode order by v.trade_dt desc limit 10"
    )
    verdict = judge_sql(actual, keywords=None, conditions=None, expected_sql=expected)
    assert verdict.result == "FAIL"
    assert verdict.message == "WHERE 缺少: a.TRADE_DT >= '20230101'; LIMIT: 期望 1, 实际 10"
    english = judge_sql(
        actual, keywords=None, conditions=None, expected_sql=expected, language="en"
    )
    assert english.message == (
        "WHERE missing: a.TRADE_DT >= '20230101'; LIMIT: expected 1, actual 10"
    )
    broken = judge_sql("SELECT FROM WHERE (", keywords=None, conditions=None, expected_sql=expected)
    assert broken.result == "FAIL"
    assert broken.message.startswith("SQL 无法解析:")
    bad_expectation = judge_sql(actual, keywords=None, conditions=None, expected_sql="SELEC x (")
    assert bad_expectation.result == "ERROR"
    assert bad_expectation.message.startswith("期望 SQL 无法解析:")


@pytest.mark.parametrize(
    "rewrite",
    [
        # alias names, column order, case, commuted equality, quotes style
        "SELECT t.pe AS x, t.S_INFO_NAME AS y FROM a_share_eod_valuation t WHERE t.TRADE_DT "
        "BETWEEN '20230101' AND \"20231231\" AND '600901.SH' = t.S_INFO_WINDCODE",
        # no alias at all; parentheses (date formats: tests/server/test_judge_structure.py)
        "SELECT S_INFO_NAME, PE FROM a_share_eod_valuation WHERE (S_INFO_WINDCODE = '600901.SH') "
        "AND TRADE_DT >= '20230101' AND TRADE_DT <= '20231231'",
        # comparisons written the other way round
        "SELECT S_INFO_NAME, PE FROM a_share_eod_valuation a WHERE a.S_INFO_WINDCODE IN "
        "('600901.SH') AND '20230101' <= a.TRADE_DT AND '20231231' >= a.TRADE_DT",
    ],
)
def test_structure_sees_through_equivalent_rewrites(rewrite: str) -> None:
    expected = (
        "SELECT a.S_INFO_NAME, a.PE FROM a_share_eod_valuation a WHERE a.S_INFO_WINDCODE = "
        "'600901.SH' AND a.TRADE_DT BETWEEN '20230101' AND '20231231'"
    )
    verdict = judge_sql(rewrite, keywords=None, conditions=None, expected_sql=expected)
    assert (verdict.result, verdict.message) == ("PASS", ""), verdict


def test_output_aliases_and_ordinals_mean_what_they_name() -> None:
    expected = (
        "SELECT code, AVG(pe) FROM t WHERE dt >= '20230101' GROUP BY code "
        "HAVING AVG(pe) > 50 ORDER BY AVG(pe) DESC, code"
    )
    for same in (
        "SELECT code AS c, avg(pe) AS v FROM t WHERE dt >= '20230101' GROUP BY c "
        "HAVING v > 50 ORDER BY v DESC, c",
        "SELECT code, AVG(pe) FROM t WHERE dt >= '20230101' GROUP BY 1 "
        "HAVING AVG(pe) > 50 ORDER BY 2 DESC, 1",
    ):
        verdict = judge_sql(same, keywords=None, conditions=None, expected_sql=expected)
        assert (verdict.result, verdict.message) == ("PASS", ""), same
    other = "SELECT code, AVG(pe) AS v FROM t WHERE dt >= '20230101' GROUP BY code ORDER BY v"
    verdict = judge_sql(other, keywords=None, conditions=None, expected_sql=expected)
    assert verdict.message == (
        "HAVING 缺少: AVG(PE) > 50; ORDER BY: 期望 AVG(PE) DESC, CODE, 实际 AVG(PE)"
    )


def test_in_list_and_or_chain_are_one_predicate() -> None:
    expected = "SELECT PE FROM t WHERE code IN ('A', 'B', 'C')"
    same = "SELECT PE FROM t WHERE code = 'C' OR code = 'A' OR code = 'B'"
    other = "SELECT PE FROM t WHERE code = 'C' OR code = 'A'"
    assert judge_sql(same, keywords=None, conditions=None, expected_sql=expected).result == "PASS"
    verdict = judge_sql(other, keywords=None, conditions=None, expected_sql=expected)
    assert verdict.message == "WHERE 缺少: CODE IN ('A', 'B', 'C'), 多出: CODE = 'C' OR CODE = 'A'"


def test_split_expectations() -> None:
    assert split_expectations(" a, b ，c;d；e\nf\r\n a ,, ") == ["A", "B", "C", "D", "E", "F"]
    assert split_expectations(None) == []
    assert split_expectations("order  by") == ["ORDER BY"]


def test_only_single_parsed_select_statements_run() -> None:
    assert check_single_select("select 1 from t;  ", "sqlite") == "select 1 from t"
    assert check_single_select("WITH q AS (SELECT 1) SELECT * FROM q", "postgresql")
    assert check_single_select("SELECT ';drop table x' AS s FROM t -- ; delete\n", "mysql")
    for bad in (
        "SELECT 1; DROP TABLE t",
        "DELETE FROM t",
        "UPDATE t SET a = 1",
        "WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x",
        "PRAGMA table_info(t)",
        "ATTACH DATABASE 'x' AS y",
        "SELECT * FROM t FOR UPDATE",
        "SELECT lo_import('/etc/passwd')",
        "SELECT * FROM sqlite_master",
    ):
        for backend in ("sqlite", "postgresql", "mysql"):
            with pytest.raises(UnsafeSql):
                check_single_select(bad, backend)
    # SQLite's printf() gives NULL past its length limit: huge widths are not run.
    assert check_single_select("SELECT printf('%10d|%.2f', a, b) FROM t", "sqlite")
    for arguments in ("'%1000000000d', 1", "'%.20000f', 1.5", "'%*d', 99999999, 1", "a, 1"):
        with pytest.raises(UnsafeSql, match="printf"):
            check_single_select(f"SELECT printf({arguments}) FROM t", "sqlite")


def test_top_level_order_by() -> None:
    assert has_top_level_order_by("SELECT a FROM t ORDER BY a")
    assert not has_top_level_order_by("SELECT a, ROW_NUMBER() OVER (ORDER BY b) FROM t")
    assert not has_top_level_order_by("SELECT a FROM (SELECT a FROM t ORDER BY a) s")
    assert not has_top_level_order_by("SELECT 'ORDER BY' FROM t")


async def test_unreachable_validation_database_is_an_error(tmp_path: Path) -> None:
    db = ValidationDatabase(f"sqlite:///{tmp_path / 'missing.db'}")
    verdict = await judge_answer(
        "SELECT 1 FROM t",
        keywords="",
        conditions=None,
        expected_sql="SELECT 1",
        validation=db,
        policy=JudgePolicy(checks=frozenset({"execution"})),
    )
    assert verdict.result == "ERROR"
    assert verdict.message.startswith("验证数据库不可用: 验证数据库文件不存在")


async def test_either_structure_or_execution_may_pass_a_rewrite(tmp_path: Path) -> None:
    from tests.warehouse import _seed_sqlite

    db = ValidationDatabase(_seed_sqlite(tmp_path / "w.db"))
    expected = "SELECT PE FROM a_share_eod_valuation WHERE S_INFO_WINDCODE = '600901.SH'"
    # Same rows, another shape: a name instead of the code.
    rewrite = "SELECT PE FROM a_share_eod_valuation WHERE S_INFO_NAME = '星河科技'"
    try:
        for combine, result in (("sql_either", "PASS"), ("all", "FAIL")):
            verdict = await judge_answer(
                rewrite,
                keywords="PE",
                conditions=None,
                expected_sql=expected,
                validation=db,
                policy=JudgePolicy(combine=combine),
            )
            assert verdict.result == result, (combine, verdict)
            assert [(c.check, c.result) for c in verdict.checks] == [
                ("keywords", "PASS"),
                ("structure", "FAIL"),
                ("execution", "PASS"),
            ]
        # A failing keyword still fails the case, whatever the SQL checks say.
        verdict = await judge_answer(
            rewrite,
            keywords="ROE",
            conditions=None,
            expected_sql=expected,
            validation=db,
            policy=JudgePolicy(combine="sql_either"),
        )
        assert (verdict.result, verdict.message) == ("FAIL", "缺关键字: ROE")
    finally:
        await db.close()
