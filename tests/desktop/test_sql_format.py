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


def test_a_bots_mysql_sql_with_backquoted_names_is_laid_out() -> None:
    sql = (
        "SELECT a.PE AS `市盈率` FROM a_share_eod_valuation a "
        "WHERE a.S_INFO_WINDCODE = '600901.SH' ORDER BY a.TRADE_DT DESC LIMIT 1"
    )
    lines = pretty_sql(sql).splitlines()
    assert lines[0] == "SELECT"
    assert "a.PE AS `市盈率`" in lines[1]
    assert any(line.startswith("WHERE") for line in lines)
    assert lines[-1] == "LIMIT 1"
