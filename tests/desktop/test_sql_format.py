"""``pretty_sql``: one clause per line; text that does not parse is shown as it came."""

from __future__ import annotations

from helix_desktop.ui.run.sql_format import pretty_sql


def test_one_line_sql_is_laid_out_by_clause() -> None:
    text = "select c.name, f.revenue from financials f join companies c on c.code=f.code where c.code='600519' order by f.year desc limit 1"  # noqa: E501
    pretty = pretty_sql(text)
    lines = pretty.splitlines()
    assert lines[0] == "SELECT"
    assert "FROM financials AS f" in lines
    assert "WHERE" in lines and "LIMIT 1" in lines
    assert "'600519'" in pretty  # literals untouched


def test_what_does_not_parse_is_shown_unchanged() -> None:
    for text in (
        "",
        "   ",
        "SELECT FROM WHERE (",
        "no sql here, just words ))",
        "SELECT 1; SELECT 2",
    ):
        assert pretty_sql(text) == text
