"""The token diff behind the diff pane, and the batch comparison behind the compare view."""

from __future__ import annotations

from datetime import UTC, datetime

from helix_desktop.state.comparison import comparison_of
from helix_desktop.ui.run.sql_diff import diff_sql, missing_terms
from server.contract.autotest import ReportResponse
from server.contract.compare import CompareItem, CompareResponse
from server.runs.runner.judge import judge_sql


def test_diff_ignores_case_and_whitespace_and_marks_changed_tokens() -> None:
    expected = "SELECT name, pe FROM t WHERE code = '600901.SH' ORDER BY dt DESC LIMIT 1"
    actual = "select NAME,\n  pe from t where code = '600901.sz' order by dt desc"
    diff = diff_sql(expected, actual)
    assert [expected[a:b] for a, b in diff.removed] == ["'600901.SH'", "LIMIT 1"]
    assert [actual[a:b] for a, b in diff.added] == ["'600901.sz'"]
    assert diff_sql("SELECT `证券简称` FROM t", "select `证券简称`  from T").same


def test_missing_terms_are_found_case_and_quote_insensitively() -> None:
    sql = "SELECT * FROM t WHERE name = '星河科技' ORDER BY dt LIMIT 1"
    keywords, conditions = ["星河科技", "600901.SH", "order by"], ["name = 星河科技"]
    assert missing_terms(keywords, conditions, sql) == {"600901.SH"}


def test_missing_keywords_are_the_ones_the_judge_misses() -> None:
    sql = (
        "SELECT a.PE_TTM AS selected_pe -- PE and ROE are in this comment\n"
        "FROM v a WHERE a.S_INFO_WINDCODE = '600901.SH' ORDER BY a.TRADE_DT DESC LIMIT 1"
    )
    keywords = ["PE", "ROE", "SELECTED", "PE_TTM", "600901", "order by", "LIMIT 1"]
    # The judge's verdict on the same SQL and keywords names the same ones.
    verdict = judge_sql(sql, keywords=",".join(keywords), conditions=None)
    assert verdict.message == "缺关键字: PE,ROE,SELECTED"
    assert missing_terms(keywords, [], sql) == {"PE", "ROE", "SELECTED"}
    # Conditions keep their looser rule: text of the SQL, case and quotes ignored.
    assert missing_terms([], ["pe_ttm as SELECTED_PE", "TRADE_DT DESC LIMIT 2"], sql) == {
        "TRADE_DT DESC LIMIT 2"
    }


def _report(batch_id: str) -> ReportResponse:
    return ReportResponse(
        id=batch_id,
        start_time=datetime(2026, 1, 1, tzinfo=UTC),
        status="COMPLETED",
        total_count=4,
        pass_count=0,
        fail_count=0,
        error_count=0,
        completed_count=4,
        pass_rate=0.0,
    )


def _item(case_id: int, before: str | None, after: str | None) -> CompareItem:
    return CompareItem(
        case_id=case_id,
        question=f"q{case_id}",
        result_a=before,  # type: ignore[arg-type]
        result_b=after,  # type: ignore[arg-type]
        sql_a="SELECT 1" if before else None,
        sql_b="SELECT 2" if after else None,
        transition=f"{before or 'NONE'}->{after or 'NONE'}",
        changed=before != after,
        sql_changed=True,
    )


def test_comparison_names_and_orders_every_change() -> None:
    flaky = _item(6, "PASS", "FLAKY").model_copy(
        update={"passed_a": 3, "asks_a": 3, "passed_b": 1, "asks_b": 3}
    )
    items = [
        flaky,
        _item(5, None, "ERROR"),
        _item(3, "ERROR", None),
        _item(2, "FAIL", "PASS"),
        _item(1, "PASS", "FAIL"),
        _item(4, "PASS", "PASS"),
    ]
    answer = CompareResponse(
        a=_report("a"),
        b=_report("b"),
        same_target=True,
        transitions={},
        changed=5,
        unchanged=1,
        sql_changed=6,
        items=items,
    )
    comparison = comparison_of(answer)
    assert (comparison.base_id, comparison.other_id, comparison.sql_changed) == ("a", "b", 6)
    assert [(c.case_id, c.kind) for c in comparison.changes] == [
        (1, "PASS -> FAIL"),
        (6, "PASS -> FLAKY"),
        (2, "FAIL -> PASS"),
        (5, "new"),
        (3, "missing"),
    ]
    assert comparison.changes[0].sql_before == "SELECT 1"
    # Asked more than once: k of N passed next to the verdict; once: the result alone.
    assert (comparison.changes[1].before_text, comparison.changes[1].after_text) == (
        "PASS 3/3",
        "FLAKY 1/3",
    )
    assert (comparison.changes[0].before_text, comparison.changes[3].before_text) == ("PASS", "—")
    assert comparison.counts["unchanged"] == 1
    assert sum(comparison.counts.values()) == 6
