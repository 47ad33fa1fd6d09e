"""The structure check never says PASS for queries that may select other rows (issue 16).

Each pair below is judged by the structure check alone; the near misses are ones an
earlier version passed (OFFSET ignored, loose date literals, dates normalised against
text columns), the rewrites are ones it failed (joins, CTEs, UNIONs, subqueries).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from server.runs.runner.judge import JudgePolicy, judge_answer, judge_sql
from server.runs.runner.sql_structure import compare_structure, query_shape
from server.runs.runner.validation import ValidationDatabase

STRUCTURE = JudgePolicy(checks=frozenset({"structure"}))
V = "a_share_eod_valuation"
P = "a_share_eod_prices"


def structure(actual: str, expected: str) -> tuple[str, str]:
    verdict = judge_sql(
        actual, keywords=None, conditions=None, expected_sql=expected, policy=STRUCTURE
    )
    return verdict.result, verdict.message


@pytest.mark.parametrize(
    ("expected", "actual", "message"),
    [
        (
            f"SELECT PE FROM {V} ORDER BY TRADE_DT DESC LIMIT 1",
            f"SELECT PE FROM {V} ORDER BY TRADE_DT DESC LIMIT 1 OFFSET 1",
            "LIMIT: 期望 1, 实际 1 OFFSET 1",
        ),
        (
            f"SELECT PE FROM {V} ORDER BY TRADE_DT DESC LIMIT 1",
            f"SELECT PE FROM {V} ORDER BY TRADE_DT DESC LIMIT 1, 1",
            "LIMIT: 期望 1, 实际 1 OFFSET 1",
        ),
        (
            f"SELECT PE FROM {V} ORDER BY TRADE_DT DESC LIMIT 2, 1",
            f"SELECT PE FROM {V} ORDER BY TRADE_DT DESC LIMIT 1 OFFSET 1",
            "LIMIT: 期望 1 OFFSET 2, 实际 1 OFFSET 1",
        ),
        (
            f"SELECT PE FROM {V} WHERE TRADE_DT >= '20230101'",
            f"SELECT PE FROM {V} WHERE TRADE_DT >= '202311'",
            "WHERE 缺少: TRADE_DT >= '20230101', 多出: TRADE_DT >= '202311'",
        ),
        (
            f"SELECT PE FROM {V} WHERE S_INFO_WINDCODE = '6009001'",
            f"SELECT PE FROM {V} WHERE S_INFO_WINDCODE = '600901'",
            "WHERE 缺少: S_INFO_WINDCODE = '6009001', 多出: S_INFO_WINDCODE = '600901'",
        ),
        # TRADE_DT is VARCHAR(8) in the warehouse: '2023-12-31' matches no row there.
        (
            f"SELECT PE FROM {V} WHERE TRADE_DT = '20231231'",
            f"SELECT PE FROM {V} WHERE TRADE_DT = '2023-12-31'",
            "WHERE 缺少: TRADE_DT = '20231231', 多出: TRADE_DT = '2023-12-31'",
        ),
        (
            f"SELECT PE FROM {V} WHERE TRADE_DT BETWEEN '20230101' AND '20231231'",
            f"SELECT PE FROM {V} WHERE TRADE_DT BETWEEN '2023/01/01' AND '2023/12/31'",
            "WHERE 缺少: TRADE_DT >= '20230101', TRADE_DT <= '20231231', "
            "多出: TRADE_DT >= '2023/01/01', TRADE_DT <= '2023/12/31'",
        ),
        # Even cast to dates, an impossible date is not a date.
        (
            f"SELECT PE FROM {V} WHERE d < DATE '2023-03-01'",
            f"SELECT PE FROM {V} WHERE d < CAST('20230230' AS DATE)",
            "WHERE 缺少: D < CAST('2023-03-01' AS DATE), 多出: D < CAST('20230230' AS DATE)",
        ),
    ],
)
def test_offsets_and_doubtful_dates_are_never_the_same(
    expected: str, actual: str, message: str
) -> None:
    assert structure(actual, expected) == ("FAIL", message)


def test_dates_are_normalised_only_where_they_are_dates() -> None:
    expected = f"SELECT PE FROM {V} WHERE d >= DATE '2023-01-05' AND d < CAST('20231231' AS DATE)"
    for same in (
        f"SELECT PE FROM {V} WHERE d >= CAST('20230105' AS DATE) AND d < DATE '2023/12/31'",
        f"SELECT PE FROM {V} WHERE DATE('2023-1-5') <= d AND DATE('2023/12/31') > d",
    ):
        assert structure(same, expected) == ("PASS", ""), same
    # Given a schema, a literal compared with a DATE column is a date too, a VARCHAR one not.
    schema = {V: {"TRADE_DT": "VARCHAR(8)", "ANN_DT": "DATE", "PE": "DECIMAL(18,4)"}}

    def same(a: str, b: str) -> bool:
        shapes = [query_shape(q, "mysql", schema=schema) for q in (a, b)]
        return not compare_structure(*shapes)

    assert same(
        f"SELECT PE FROM {V} WHERE ANN_DT BETWEEN '20230101' AND '20231231'",
        f"SELECT PE FROM {V} WHERE ann_dt >= '2023-01-01' AND '2023/12/31' >= ann_dt",
    )
    assert same(
        f"SELECT PE FROM {V} WHERE ANN_DT IN ('20230101', '20230630')",
        f"SELECT PE FROM {V} WHERE ANN_DT = '2023-06-30' OR ANN_DT = '2023-01-01'",
    )
    assert not same(
        f"SELECT PE FROM {V} WHERE TRADE_DT = '20231231'",
        f"SELECT PE FROM {V} WHERE TRADE_DT = '2023-12-31'",
    )
    assert not same(  # '.' separates a date's parts in MySQL, not in PostgreSQL
        f"SELECT PE FROM {V} WHERE ANN_DT = '20231231'",
        f"SELECT PE FROM {V} WHERE ANN_DT = '2023.12.31'",
    )


def test_comparisons_turned_round_either_way() -> None:
    expected = (
        f"SELECT v.PE FROM {V} v JOIN {P} p ON v.S_INFO_WINDCODE = p.S_INFO_WINDCODE "
        "WHERE v.PE > 5 AND p.S_DQ_CLOSE >= v.PE AND v.PB < p.S_DQ_CLOSE"
    )
    same = (
        f"SELECT x.PE FROM {P} y, {V} x WHERE 5 < x.PE AND x.PE <= y.S_DQ_CLOSE "
        "AND y.S_DQ_CLOSE > x.PB AND y.S_INFO_WINDCODE = x.S_INFO_WINDCODE"
    )
    assert structure(same, expected) == ("PASS", "")
    wrong_way = same.replace("x.PE <= y.S_DQ_CLOSE", "x.PE >= y.S_DQ_CLOSE")
    assert structure(wrong_way, expected) == (
        "FAIL",
        "WHERE 缺少: p.S_DQ_CLOSE >= v.PE, 多出: x.PE >= y.S_DQ_CLOSE",
    )


def test_unqualified_columns_of_joins_are_qualified_only_when_certain() -> None:
    expected = (
        f"SELECT v.PE, p.S_DQ_CLOSE FROM {V} v JOIN {P} p "
        "ON v.S_INFO_WINDCODE = p.S_INFO_WINDCODE WHERE v.PE > 10"
    )
    unqualified = (
        f"SELECT PE, S_DQ_CLOSE FROM {V} v JOIN {P} p "
        "ON v.S_INFO_WINDCODE = p.S_INFO_WINDCODE WHERE PE > 10"
    )
    # Without a schema, PE could be a column of either table: not the same.
    assert structure(unqualified, expected)[0] == "FAIL"
    schema = {
        V: {"S_INFO_WINDCODE": "VARCHAR(20)", "PE": "DECIMAL"},
        P: {"S_INFO_WINDCODE": "VARCHAR(20)", "S_DQ_CLOSE": "DECIMAL"},
    }
    shapes = [query_shape(q, "mysql", schema=schema) for q in (expected, unqualified)]
    assert compare_structure(*shapes) == []
    # A column both tables have stays ambiguous, so unqualified it is not the same.
    both = unqualified.replace("WHERE PE > 10", "WHERE PE > 10 AND S_INFO_WINDCODE = 'A'")
    wanted = expected + " AND v.S_INFO_WINDCODE = 'A'"
    shapes = [query_shape(q, "mysql", schema=schema) for q in (wanted, both)]
    assert compare_structure(*shapes)


def test_ctes_unions_and_subqueries_compare_by_structure() -> None:
    cte = (
        f"WITH latest AS (SELECT S_INFO_WINDCODE, MAX(TRADE_DT) AS dt FROM {V} "
        "GROUP BY S_INFO_WINDCODE) SELECT v.S_INFO_WINDCODE, v.PE FROM "
        f"{V} v JOIN latest l ON v.S_INFO_WINDCODE = l.S_INFO_WINDCODE AND v.TRADE_DT = l.dt "
        "WHERE v.PE > 10"
    )
    same_cte = (
        f"with M as (select s_info_windcode, max(trade_dt) as DT from {V}  group by 1)\n"
        f"select a.pe, a.s_info_windcode from {V} a inner join m b "
        "on b.dt = a.trade_dt and a.s_info_windcode = b.s_info_windcode where 10 < a.pe"
    )
    derived = (
        f"SELECT v.S_INFO_WINDCODE, v.PE FROM {V} v JOIN (SELECT S_INFO_WINDCODE, "
        f"MAX(TRADE_DT) AS dt FROM {V} GROUP BY S_INFO_WINDCODE) q "
        "ON v.S_INFO_WINDCODE = q.S_INFO_WINDCODE AND v.TRADE_DT = q.dt WHERE v.PE > 10"
    )
    assert structure(same_cte, cte) == ("PASS", "")
    assert structure(derived, cte) == ("PASS", "")
    inner_differs = cte.replace("MAX(TRADE_DT)", "MIN(TRADE_DT)")
    assert structure(inner_differs, cte)[0] == "FAIL"

    union = f"SELECT PE FROM {V} WHERE PE > 10 UNION SELECT S_DQ_CLOSE FROM {P} WHERE 1 = 1"
    swapped = f"select s_dq_close from {P} where 1=1 union select pe from {V} where 10 < pe"
    assert structure(swapped, union) == ("PASS", "")
    assert structure(swapped.replace("union", "union all"), union) == ("FAIL", "SQL: 结构不同")
    except_ = union.replace("UNION", "EXCEPT")
    assert structure(swapped.replace("union", "except"), except_)[0] == "FAIL"

    nested = (
        f"SELECT v.PE FROM {V} v WHERE v.S_INFO_WINDCODE IN "
        f"(SELECT p.S_INFO_WINDCODE FROM {P} p WHERE p.S_DQ_CLOSE > 100) "
        f"AND EXISTS (SELECT 1 FROM {P} p2 WHERE p2.S_INFO_WINDCODE = v.S_INFO_WINDCODE)"
    )
    renamed = (
        f"select a.pe from {V} a where exists (select 1 from {P} z "
        "where a.s_info_windcode = z.s_info_windcode) and a.s_info_windcode in "
        f"(select  s_info_windcode from {P} where 100 < s_dq_close)"
    )
    assert structure(
        renamed.replace("(select  s_info", "(select  w.s_info").replace(
            f"{P} where 100 < s_dq", f"{P} w where 100 < w.s_dq"
        ),
        nested,
    ) == ("PASS", "")
    assert structure(renamed.replace("100 <", "1000 <"), nested)[0] == "FAIL"
    uncorrelated = renamed.replace("a.s_info_windcode = z", "z.pe = z")
    assert structure(uncorrelated, nested)[0] == "FAIL"
    # Unqualified in a subquery, a column may be the outer query's: the same only when a
    # schema says which table has it.
    assert structure(renamed, nested) == (
        "FAIL",
        "WHERE 缺少: v.S_INFO_WINDCODE IN (SELECT p.S_INFO_WINDCODE FROM a_share_eod_prices AS p "
        "WHERE p.S_DQ_CLOSE > 100), 多出: a.S_INFO_WINDCODE IN (SELECT S_INFO_WINDCODE FROM "
        "a_share_eod_prices WHERE 100 < S_DQ_CLOSE)",
    )
    schema = {V: {"S_INFO_WINDCODE": "", "PE": ""}, P: {"S_INFO_WINDCODE": "", "S_DQ_CLOSE": ""}}
    shapes = [query_shape(q, "mysql", schema=schema) for q in (nested, renamed)]
    assert compare_structure(*shapes) == []


def test_clauses_it_does_not_model_are_compared_as_written() -> None:
    expected = f"SELECT v.PE FROM {V} v JOIN {P} p USING (S_INFO_WINDCODE)"
    cross = f"SELECT v.PE FROM {V} v JOIN {P} p"
    assert structure(cross, expected)[0] == "FAIL"
    assert structure(f"SELECT v.PE FROM {V} v NATURAL JOIN {P} p", expected)[0] == "FAIL"
    grouped = f"SELECT S_INFO_WINDCODE, SUM(PE) FROM {V} GROUP BY S_INFO_WINDCODE"
    rollup = grouped + " WITH ROLLUP"
    assert structure(rollup, grouped)[0] == "FAIL"
    assert structure(f"SELECT DISTINCT PE FROM {V}", f"SELECT PE FROM {V}")[0] == "FAIL"
    # Numbers: one spelling each, but an integer is not a decimal (5 / 2 is 2 on PostgreSQL).
    assert structure(f"SELECT PE / 2 FROM {V}", f"SELECT PE / 2.0 FROM {V}")[0] == "FAIL"
    tenth = f"SELECT PE FROM {V} WHERE PB > .1"
    assert structure(tenth.replace(".1", "0.10"), tenth) == ("PASS", "")
    assert structure(tenth.replace(".1", "0.1000000000000000001"), tenth)[0] == "FAIL"
    partition = f"SELECT PE FROM {V} PARTITION (p2023)"
    assert structure(partition, f"SELECT PE FROM {V}")[0] == "FAIL"
    # In GROUP BY and HAVING a column wins over an output alias of the same name.
    by_code = f"SELECT S_INFO_WINDCODE AS PE, SUM(PE) FROM {V} GROUP BY S_INFO_WINDCODE"
    by_pe = f"SELECT S_INFO_WINDCODE AS PE, SUM(PE) FROM {V} GROUP BY PE"
    assert structure(by_pe, by_code)[0] == "FAIL"
    by_alias = f"SELECT S_INFO_WINDCODE AS code, SUM(PE) FROM {V} GROUP BY code"
    assert structure(by_alias, by_code) == ("PASS", "")
    first = f"SELECT PE FROM {V} LIMIT 1"
    assert structure(first + " OFFSET 0", first) == ("PASS", "")


async def test_a_structure_pass_never_hides_an_execution_fail_or_error(tmp_path: Path) -> None:
    from tests.warehouse import _seed_sqlite

    db = ValidationDatabase(_seed_sqlite(tmp_path / "w.db"), row_cap=3)
    # Dates as MySQL casts them, so the structure check (MySQL dialect) sees one query;
    # SQLite has no DATE type and casts '2023-12-31' to the number 2023: no rows.
    code = "S_INFO_WINDCODE = '600901.SH'"
    expected = f"SELECT PE FROM {V} WHERE {code} AND TRADE_DT = CAST('20231231' AS DATE)"
    dashed = f"SELECT PE FROM {V} WHERE {code} AND TRADE_DT = CAST('2023-12-31' AS DATE)"
    # Both sides over the row cap: the rows cannot be compared.
    everything = f"SELECT PE FROM {V}"
    try:
        for actual, want, execution in (
            (dashed, "FAIL", "FAIL"),
            (everything, "ERROR", "ERROR"),
        ):
            for combine in ("sql_either", "all"):
                verdict = await judge_answer(
                    actual,
                    keywords=None,
                    conditions=None,
                    expected_sql=expected if actual is dashed else everything,
                    validation=db,
                    policy=JudgePolicy(combine=combine),
                )
                checks = [(c.check, c.result) for c in verdict.checks]
                assert checks == [("structure", "PASS"), ("execution", execution)], verdict
                assert verdict.result == want, (combine, verdict)
                assert verdict.message == verdict.checks[1].message
        # Without an execution check, the structure check alone decides.
        verdict = await judge_answer(
            dashed, keywords=None, conditions=None, expected_sql=expected, validation=None
        )
        assert verdict.result == "PASS"
    finally:
        await db.close()
