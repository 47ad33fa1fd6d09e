"""The token diff behind the diff pane, and the batch comparison behind the compare view."""

from __future__ import annotations

from typing import Any

from helix_desktop.state.comparison import compare_results
from helix_desktop.ui.run.sql_diff import diff_sql, missing_terms
from server.contract.autotest import ResultDetail


def test_diff_ignores_case_and_whitespace_and_marks_changed_tokens() -> None:
    expected = "SELECT name, pe FROM t WHERE code = '600901.SH' ORDER BY dt DESC LIMIT 1"
    actual = "select NAME,\n  pe from t where code = '600901.sz' order by dt desc"
    diff = diff_sql(expected, actual)
    assert [expected[a:b] for a, b in diff.removed] == ["'600901.SH'", "LIMIT 1"]
    assert [actual[a:b] for a, b in diff.added] == ["'600901.sz'"]
    assert diff_sql("SELECT `证券简称` FROM t", "select `证券简称`  from T").same


def test_missing_terms_are_found_case_and_quote_insensitively() -> None:
    sql = "SELECT * FROM t WHERE name = '星河科技' ORDER BY dt LIMIT 1"
    assert missing_terms(["星河科技", "600901.SH", "order by", "name = 星河科技"], sql) == {
        "600901.SH"
    }


def _detail(case_id: int, result: str) -> ResultDetail:
    data: dict[str, Any] = {"case_id": case_id, "question": f"q{case_id}", "result": result}
    return ResultDetail(message="", position=case_id, **data)


def test_compare_classifies_every_case() -> None:
    base = [_detail(1, "PASS"), _detail(2, "FAIL"), _detail(3, "ERROR"), _detail(4, "PASS")]
    other = [_detail(1, "FAIL"), _detail(2, "PASS"), _detail(4, "PASS"), _detail(5, "ERROR")]
    comparison = compare_results("a", base, "b", other)
    assert [(c.case_id, c.kind) for c in comparison.changes] == [
        (1, "PASS -> FAIL"),
        (2, "FAIL -> PASS"),
        (5, "new"),
        (3, "missing"),
    ]
    assert comparison.counts["unchanged"] == 1
    assert sum(comparison.counts.values()) == 5
