"""Writes ``judge_pairs.jsonl``: labelled (expected SQL, bot SQL) pairs over the demo catalogue.

Each pair is labelled by hand-written rule: ``equivalent`` is true for rewrites that
mean the same query (other aliases, column order, BETWEEN vs two comparisons, IN vs
OR chains, commuted and turned-round comparisons, implicit vs explicit inner joins, a
filter on the company name instead of its code, MySQL's ``LIMIT o, n``, a CTE renamed
or written as a derived table, UNION branches swapped, a year as ``LIKE '2023%'``,
formatting and comments), false for near misses that differ in one predicate, one
column, one limit or offset, one order, one join, one grouping, or a date written in
another format (the warehouse keeps dates as ``VARCHAR(8)`` text, ``'20231231'``, so
``'2023-12-31'`` selects no row). Every near miss gives other rows on the seeded
warehouse (``tests/warehouse.py``), so neither the structure check, nor execution,
nor a verdict using them may PASS one. ``keywords``/``conditions`` are what the case
generator would expect.
The file is committed; rerun this only to change the set:

    python -m tests.data.make_judge_pairs
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from server.demo_bot.catalogue import Entity, Indicator, Table, sample_catalogue

OUT = Path(__file__).with_name("judge_pairs.jsonl")


@dataclass(frozen=True)
class Pair:
    kind: str
    equivalent: bool
    expected_sql: str
    actual_sql: str
    keywords: str
    conditions: str


@dataclass(frozen=True)
class Subject:
    table: Table
    indicator: Indicator
    entity: Entity
    other: Entity
    other_indicator: Indicator


Maker = Callable[[Subject], Iterator[Pair]]


def _latest(s: Subject) -> Iterator[Pair]:
    t, i, e = s.table, s.indicator, s.entity
    code, name, date = t.entity_code_column, t.entity_name_column, t.date_column
    expected = (
        f"SELECT a.{name} AS `证券简称`, a.{i.code} AS `{i.name}` FROM {t.name} a "
        f"WHERE a.{code} = '{e.code}' ORDER BY a.{date} DESC LIMIT 1"
    )
    kw, cond = f"{e.code},{i.code}", "ORDER BY,LIMIT 1"

    def pair(kind: str, equivalent: bool, sql: str) -> Pair:
        return Pair(kind, equivalent, expected, sql, kw, cond)

    yield pair(
        "rewrite: other alias, no output aliases",
        True,
        f"SELECT v.{name}, v.{i.code} FROM {t.name} v WHERE v.{code} = '{e.code}' "
        f"ORDER BY v.{date} DESC LIMIT 1",
    )
    yield pair(
        "rewrite: no alias, lower case, commuted equality",
        True,
        f"select {name.lower()}, {i.code.lower()} from {t.name} where '{e.code}' = "
        f"{code.lower()} order by {date.lower()} desc limit 1",
    )
    yield pair(
        "rewrite: IN with one value, columns swapped, comment",
        True,
        f"SELECT a.{i.code}, a.{name} -- latest value\nFROM {t.name} a "
        f"WHERE a.{code} IN ('{e.code}') ORDER BY a.{date} DESC LIMIT 1",
    )
    yield pair(
        "rewrite: filter on the company name instead of its code",
        True,
        f"SELECT a.{name}, a.{i.code} FROM {t.name} a WHERE a.{name} = '{e.name}' "
        f"ORDER BY a.{date} DESC LIMIT 1",
    )
    yield pair(
        "near miss: limit",
        False,
        f"SELECT a.{name}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"ORDER BY a.{date} DESC LIMIT 10",
    )
    yield pair(
        "near miss: order direction",
        False,
        f"SELECT a.{name}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"ORDER BY a.{date} LIMIT 1",
    )
    yield pair(
        "near miss: other company",
        False,
        f"SELECT a.{name}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{s.other.code}' "
        f"ORDER BY a.{date} DESC LIMIT 1",
    )
    yield pair(
        "near miss: one column",
        False,
        f"SELECT a.{name}, a.{s.other_indicator.code} FROM {t.name} a "
        f"WHERE a.{code} = '{e.code}' ORDER BY a.{date} DESC LIMIT 1",
    )
    yield pair(
        "near miss: no company filter",
        False,
        f"SELECT a.{name}, a.{i.code} FROM {t.name} a ORDER BY a.{date} DESC LIMIT 1",
    )


def _year(s: Subject) -> Iterator[Pair]:
    t, i, e = s.table, s.indicator, s.entity
    code, date = t.entity_code_column, t.date_column
    expected = (
        f"SELECT a.{date}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"AND a.{date} BETWEEN '20230101' AND '20231231' ORDER BY a.{date}"
    )
    kw, cond = f"{e.code},{i.code}", "2023"

    def pair(kind: str, equivalent: bool, sql: str) -> Pair:
        return Pair(kind, equivalent, expected, sql, kw, cond)

    yield pair(
        "rewrite: BETWEEN as two comparisons",
        True,
        f"SELECT a.{date}, a.{i.code} FROM {t.name} a WHERE a.{date} >= '20230101' "
        f"AND a.{date} <= '20231231' AND a.{code} = '{e.code}' ORDER BY a.{date} ASC",
    )
    yield pair(
        "rewrite: comparisons with the literal first",
        True,
        f"SELECT t.{i.code}, t.{date} FROM {t.name} t WHERE '20230101' <= t.{date} "
        f"AND '20231231' >= t.{date} AND t.{code} = '{e.code}' ORDER BY t.{date}",
    )
    yield pair(
        "rewrite: parenthesised predicates, extra whitespace",
        True,
        f"SELECT  a.{date} ,  a.{i.code}\n  FROM {t.name}  a\n WHERE (a.{code} = '{e.code}') "
        f"AND (a.{date} BETWEEN '20230101' AND '20231231')\n ORDER BY a.{date}",
    )
    yield pair(
        "near miss: other year",
        False,
        f"SELECT a.{date}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"AND a.{date} BETWEEN '20240101' AND '20241231' ORDER BY a.{date}",
    )
    yield pair(
        "near miss: open-ended range",
        False,
        f"SELECT a.{date}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"AND a.{date} >= '20230101' ORDER BY a.{date}",
    )
    yield pair(
        "near miss: one column",
        False,
        f"SELECT a.{date}, a.{s.other_indicator.code} FROM {t.name} a "
        f"WHERE a.{code} = '{e.code}' AND a.{date} BETWEEN '20230101' AND '20231231' "
        f"ORDER BY a.{date}",
    )
    yield pair(
        "near miss: extra column",
        False,
        f"SELECT a.{date}, a.{i.code}, a.{s.other_indicator.code} FROM {t.name} a "
        f"WHERE a.{code} = '{e.code}' AND a.{date} BETWEEN '20230101' AND '20231231' "
        f"ORDER BY a.{date}",
    )


def _several(s: Subject) -> Iterator[Pair]:
    t, i, e, o = s.table, s.indicator, s.entity, s.other
    code, name, date = t.entity_code_column, t.entity_name_column, t.date_column
    expected = (
        f"SELECT a.{name}, a.{i.code} FROM {t.name} a "
        f"WHERE a.{code} IN ('{e.code}', '{o.code}') AND a.{date} = '20231231'"
    )
    kw, cond = f"{e.code},{o.code},{i.code}", "20231231"

    def pair(kind: str, equivalent: bool, sql: str) -> Pair:
        return Pair(kind, equivalent, expected, sql, kw, cond)

    yield pair(
        "rewrite: OR chain instead of IN",
        True,
        f"SELECT a.{name}, a.{i.code} FROM {t.name} a WHERE (a.{code} = '{o.code}' "
        f"OR a.{code} = '{e.code}') AND a.{date} = '20231231'",
    )
    yield pair(
        "rewrite: IN list in another order",
        True,
        f"SELECT x.{i.code}, x.{name} FROM {t.name} x WHERE x.{date} = '20231231' "
        f"AND x.{code} IN ('{o.code}', '{e.code}')",
    )
    yield pair(
        "near miss: one company dropped",
        False,
        f"SELECT a.{name}, a.{i.code} FROM {t.name} a WHERE a.{code} IN ('{e.code}') "
        f"AND a.{date} = '20231231'",
    )
    yield pair(
        "near miss: other date",
        False,
        f"SELECT a.{name}, a.{i.code} FROM {t.name} a "
        f"WHERE a.{code} IN ('{e.code}', '{o.code}') AND a.{date} = '20230630'",
    )
    yield pair(
        "near miss: AND instead of OR",
        False,
        f"SELECT a.{name}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"AND a.{code} = '{o.code}' AND a.{date} = '20231231'",
    )


def _grouped(s: Subject) -> Iterator[Pair]:
    t, i = s.table, s.indicator
    code, date = t.entity_code_column, t.date_column
    expected = (
        f"SELECT a.{code}, AVG(a.{i.code}) AS avg_value FROM {t.name} a "
        f"WHERE a.{date} >= '20230601' GROUP BY a.{code} HAVING AVG(a.{i.code}) > 50"
    )
    kw, cond = f"{i.code},GROUP BY", "HAVING"

    def pair(kind: str, equivalent: bool, sql: str) -> Pair:
        return Pair(kind, equivalent, expected, sql, kw, cond)

    yield pair(
        "rewrite: other aliases",
        True,
        f"SELECT g.{code}, AVG(g.{i.code}) FROM {t.name} g WHERE g.{date} >= '20230601' "
        f"GROUP BY g.{code} HAVING AVG(g.{i.code}) > 50",
    )
    yield pair(
        "rewrite: comparisons turned round",
        True,
        f"SELECT {code}, avg({i.code}) AS v FROM {t.name} WHERE '20230601' <= {date} "
        f"GROUP BY {code} HAVING 50 < AVG({i.code})",
    )
    yield pair(
        "near miss: having threshold",
        False,
        f"SELECT a.{code}, AVG(a.{i.code}) FROM {t.name} a WHERE a.{date} >= '20230601' "
        f"GROUP BY a.{code} HAVING AVG(a.{i.code}) > 100",
    )
    yield pair(
        "near miss: SUM instead of AVG",
        False,
        f"SELECT a.{code}, SUM(a.{i.code}) FROM {t.name} a WHERE a.{date} >= '20230601' "
        f"GROUP BY a.{code} HAVING AVG(a.{i.code}) > 50",
    )
    yield pair(
        "near miss: no date filter",
        False,
        f"SELECT a.{code}, AVG(a.{i.code}) FROM {t.name} a "
        f"GROUP BY a.{code} HAVING AVG(a.{i.code}) > 50",
    )


def _joined(s: Subject) -> Iterator[Pair]:
    e = s.entity
    expected = (
        "SELECT v.S_INFO_NAME, v.PE, p.S_DQ_CLOSE FROM a_share_eod_valuation v "
        "JOIN a_share_eod_prices p ON v.S_INFO_WINDCODE = p.S_INFO_WINDCODE "
        "AND v.TRADE_DT = p.TRADE_DT "
        f"WHERE v.S_INFO_WINDCODE = '{e.code}' AND v.TRADE_DT = '20231231'"
    )
    kw, cond = f"{e.code},PE,S_DQ_CLOSE", "JOIN"

    def pair(kind: str, equivalent: bool, sql: str) -> Pair:
        return Pair(kind, equivalent, expected, sql, kw, cond)

    yield pair(
        "rewrite: implicit join",
        True,
        "SELECT v.S_INFO_NAME, v.PE, p.S_DQ_CLOSE FROM a_share_eod_valuation v, "
        "a_share_eod_prices p WHERE p.S_INFO_WINDCODE = v.S_INFO_WINDCODE "
        f"AND p.TRADE_DT = v.TRADE_DT AND v.S_INFO_WINDCODE = '{e.code}' "
        "AND v.TRADE_DT = '20231231'",
    )
    yield pair(
        "rewrite: INNER JOIN, conditions swapped",
        True,
        "SELECT p.S_DQ_CLOSE, v.PE, v.S_INFO_NAME FROM a_share_eod_valuation v "
        "INNER JOIN a_share_eod_prices p ON v.TRADE_DT = p.TRADE_DT "
        f"AND p.S_INFO_WINDCODE = v.S_INFO_WINDCODE WHERE '{e.code}' = v.S_INFO_WINDCODE "
        "AND v.TRADE_DT = '20231231'",
    )
    yield pair(
        "near miss: join without the date",
        False,
        "SELECT v.S_INFO_NAME, v.PE, p.S_DQ_CLOSE FROM a_share_eod_valuation v "
        "JOIN a_share_eod_prices p ON v.S_INFO_WINDCODE = p.S_INFO_WINDCODE "
        f"WHERE v.S_INFO_WINDCODE = '{e.code}' AND v.TRADE_DT = '20231231'",
    )
    yield pair(
        "near miss: other joined table",
        False,
        "SELECT v.S_INFO_NAME, v.PE, p.S_DQ_CLOSE FROM a_share_eod_valuation v "
        "JOIN a_share_eod_prices p ON v.S_INFO_WINDCODE = p.S_INFO_WINDCODE "
        "AND v.TRADE_DT = p.TRADE_DT "
        f"WHERE v.S_INFO_WINDCODE = '{s.other.code}' AND v.TRADE_DT = '20231231'",
    )
    yield pair(
        "near miss: left join",
        False,
        "SELECT v.S_INFO_NAME, v.PE, p.S_DQ_CLOSE FROM a_share_eod_valuation v "
        "LEFT JOIN a_share_eod_prices p ON v.S_INFO_WINDCODE = p.S_INFO_WINDCODE "
        f"AND v.TRADE_DT = p.TRADE_DT AND p.S_DQ_CLOSE > 1000 "
        f"WHERE v.S_INFO_WINDCODE = '{e.code}' AND v.TRADE_DT = '20231231'",
    )


def _offset(s: Subject) -> Iterator[Pair]:
    t, i, e = s.table, s.indicator, s.entity
    code, date = t.entity_code_column, t.date_column
    expected = (
        f"SELECT a.{date}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"ORDER BY a.{date} DESC LIMIT 1 OFFSET 1"
    )
    kw, cond = f"{e.code},{i.code}", "ORDER BY,OFFSET 1"

    def pair(kind: str, equivalent: bool, sql: str) -> Pair:
        return Pair(kind, equivalent, expected, sql, kw, cond)

    yield pair(
        "rewrite: MySQL LIMIT offset, count",
        True,
        f"SELECT v.{i.code}, v.{date} FROM {t.name} v WHERE v.{code} = '{e.code}' "
        f"ORDER BY v.{date} DESC LIMIT 1, 1",
    )
    yield pair(
        "rewrite: no alias, lower case",
        True,
        f"select {date.lower()}, {i.code.lower()} from {t.name} where {code.lower()} = "
        f"'{e.code}' order by {date.lower()} desc limit 1 offset 1",
    )
    yield pair(
        "near miss: offset dropped",
        False,
        f"SELECT a.{date}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"ORDER BY a.{date} DESC LIMIT 1",
    )
    yield pair(
        "near miss: other offset",
        False,
        f"SELECT a.{date}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"ORDER BY a.{date} DESC LIMIT 2, 1",
    )
    yield pair(
        "near miss: LIMIT and OFFSET swapped",
        False,
        f"SELECT a.{date}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"ORDER BY a.{date} DESC LIMIT 2 OFFSET 1",
    )


def _dates(s: Subject) -> Iterator[Pair]:
    t, i, e = s.table, s.indicator, s.entity
    code, date = t.entity_code_column, t.date_column
    expected = (
        f"SELECT a.{date}, a.{i.code} FROM {t.name} a WHERE a.{code} = '{e.code}' "
        f"AND a.{date} BETWEEN '20230101' AND '20231231'"
    )
    kw, cond = f"{e.code},{i.code}", "2023"

    def pair(kind: str, equivalent: bool, sql: str) -> Pair:
        return Pair(kind, equivalent, expected, sql, kw, cond)

    where = f"WHERE a.{code} = '{e.code}' AND"
    head = f"SELECT a.{date}, a.{i.code} FROM {t.name} a {where}"
    yield pair("rewrite: a year as LIKE on the date text", True, f"{head} a.{date} LIKE '2023%'")
    yield pair(
        "rewrite: a year as the first four characters",
        True,
        f"{head} SUBSTR(a.{date}, 1, 4) = '2023'",
    )
    yield pair(
        "near miss: dashed dates on a text date column",
        False,
        f"{head} a.{date} BETWEEN '2023-01-01' AND '2023-12-31'",
    )
    yield pair(
        "near miss: slashed dates on a text date column",
        False,
        f"{head} a.{date} >= '2023/01/01' AND a.{date} <= '2023/12/31'",
    )
    yield pair(
        "near miss: six-digit dates",
        False,
        f"{head} a.{date} BETWEEN '202301' AND '202312'",
    )
    yield pair(
        "near miss: one date instead of the year",
        False,
        f"{head} a.{date} = '20231231'",
    )
    yield pair(
        "near miss: year end as a dashed date",
        False,
        f"{head} a.{date} >= '20230101' AND a.{date} <= '2023-12-31'",
    )


def _cte(s: Subject) -> Iterator[Pair]:
    t, i = s.table, s.indicator
    code, date = t.entity_code_column, t.date_column
    latest = f"SELECT {code}, MAX({date}) AS dt FROM {t.name} GROUP BY {code}"
    expected = (
        f"WITH latest AS ({latest}) SELECT a.{code}, a.{i.code} FROM {t.name} a "
        f"JOIN latest l ON a.{code} = l.{code} AND a.{date} = l.dt WHERE a.{i.code} > 50"
    )
    kw, cond = f"{i.code},MAX", "WITH"

    def pair(kind: str, equivalent: bool, sql: str) -> Pair:
        return Pair(kind, equivalent, expected, sql, kw, cond)

    yield pair(
        "rewrite: CTE renamed, lower case, conditions turned round",
        True,
        f"with last_day as ({latest.lower()})\nselect x.{i.code.lower()}, x.{code.lower()} "
        f"from {t.name} x inner join last_day d on d.dt = x.{date.lower()} "
        f"and d.{code.lower()} = x.{code.lower()} where 50 < x.{i.code.lower()}",
    )
    yield pair(
        "rewrite: derived table instead of the CTE",
        True,
        f"SELECT a.{code}, a.{i.code} FROM {t.name} a JOIN ({latest}) l "
        f"ON a.{code} = l.{code} AND a.{date} = l.dt WHERE a.{i.code} > 50",
    )
    yield pair(
        "near miss: MIN instead of MAX in the CTE",
        False,
        expected.replace(f"MAX({date})", f"MIN({date})"),
    )
    yield pair(
        "near miss: threshold",
        False,
        expected.replace(f"a.{i.code} > 50", f"a.{i.code} > 80"),
    )
    yield pair(
        "near miss: join without the date",
        False,
        expected.replace(f" AND a.{date} = l.dt", ""),
    )


def _turned(s: Subject) -> Iterator[Pair]:
    t, i, o = s.table, s.indicator, s.other_indicator
    code, date = t.entity_code_column, t.date_column
    expected = (
        f"SELECT a.{code}, a.{date} FROM {t.name} a "
        f"WHERE a.{i.code} < a.{o.code} AND a.{i.code} >= 40"
    )
    # The warehouse's indicator values grow with their position in the table: either
    # every row has a.i < a.o or none has, so the wrong way round selects other rows.
    indicators = [x.code for x in sample_catalogue().indicators if x.table == t.name]
    if indicators.index(i.code) > indicators.index(o.code):
        expected = expected.replace(f"a.{i.code} < a.{o.code}", f"a.{o.code} < a.{i.code}")
    small, large = (
        (i.code, o.code)
        if indicators.index(i.code) < indicators.index(o.code)
        else (o.code, i.code)
    )
    kw, cond = f"{i.code},{o.code}", ">="

    def pair(kind: str, equivalent: bool, sql: str) -> Pair:
        return Pair(kind, equivalent, expected, sql, kw, cond)

    yield pair(
        "rewrite: both comparisons turned round",
        True,
        f"SELECT b.{date}, b.{code} FROM {t.name} b WHERE b.{large} > b.{small} "
        f"AND 40 <= b.{i.code}",
    )
    yield pair(
        "rewrite: one comparison turned round",
        True,
        f"SELECT {code}, {date} FROM {t.name} WHERE {small} < {large} AND 40 <= {i.code}",
    )
    yield pair(
        "near miss: column comparison the wrong way round",
        False,
        f"SELECT a.{code}, a.{date} FROM {t.name} a WHERE a.{small} > a.{large} "
        f"AND a.{i.code} >= 40",
    )
    yield pair(
        "near miss: threshold comparison the wrong way round",
        False,
        f"SELECT a.{code}, a.{date} FROM {t.name} a WHERE a.{small} < a.{large} "
        f"AND 40 >= a.{i.code}",
    )
    yield pair(
        "near miss: other threshold",
        False,
        f"SELECT a.{code}, a.{date} FROM {t.name} a WHERE a.{large} > a.{small} "
        f"AND a.{i.code} >= 60",
    )


def _union(s: Subject) -> Iterator[Pair]:
    t, i, e, o = s.table, s.indicator, s.entity, s.other
    code, date = t.entity_code_column, t.date_column

    def branch(entity: Entity, alias: str = "a", day: str = "20231231", col: str = "") -> str:
        column = col or i.code
        return (
            f"SELECT {alias}.{code}, {alias}.{column} FROM {t.name} {alias} "
            f"WHERE {alias}.{code} = '{entity.code}' AND {alias}.{date} = '{day}'"
        )

    expected = f"{branch(e)} UNION ALL {branch(o)}"
    kw, cond = f"{e.code},{o.code},{i.code}", "UNION"

    def pair(kind: str, equivalent: bool, sql: str) -> Pair:
        return Pair(kind, equivalent, expected, sql, kw, cond)

    yield pair(
        "rewrite: UNION branches swapped, other aliases",
        True,
        f"{branch(o, 'x')}\nUNION ALL\n{branch(e, 'y')}",
    )
    yield pair(
        "rewrite: IN instead of a UNION",
        True,
        f"SELECT a.{code}, a.{i.code} FROM {t.name} a WHERE a.{code} IN ('{e.code}', "
        f"'{o.code}') AND a.{date} = '20231231'",
    )
    yield pair(
        "near miss: one branch on another date",
        False,
        f"{branch(e)} UNION ALL {branch(o, day='20230630')}",
    )
    yield pair(
        "near miss: one branch with another column",
        False,
        f"{branch(e)} UNION ALL {branch(o, col=s.other_indicator.code)}",
    )


MAKERS: tuple[tuple[Maker, int], ...] = (
    (_latest, 6),
    (_year, 6),
    (_several, 5),
    (_grouped, 5),
    (_joined, 3),
    (_offset, 4),
    (_dates, 4),
    (_cte, 3),
    (_turned, 3),
    (_union, 2),
)


def pairs() -> list[Pair]:
    catalogue = sample_catalogue()
    rng = random.Random(16)
    out: list[Pair] = []
    for maker, subjects in MAKERS:
        for _ in range(subjects):
            indicator = rng.choice(catalogue.indicators)
            table = catalogue.table(indicator.table)
            siblings = [i for i in catalogue.indicators if i.table == table.name and i != indicator]
            entity, other = rng.sample(catalogue.entities, 2)
            subject = Subject(table, indicator, entity, other, rng.choice(siblings))
            out.extend(maker(subject))
    return out


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for number, pair in enumerate(pairs(), start=1):
            record = {"id": number, **pair.__dict__}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{OUT}: {number} pairs")


if __name__ == "__main__":
    main()
