"""What the demo bot answers: SQL for a question about the sample catalogue, as bot events.

The SQL names the company (name and code), the indicator (name as alias, code as
column) and the conditions the generator's question templates expect
(``最新`` -> ``ORDER BY ... DESC LIMIT 1``, ``2023年`` -> a condition with ``2023``,
``最近一年...走势`` -> ordered by date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from server.demo_bot.catalogue import Catalogue, Entity, Indicator

__all__ = ["Answer", "answer_content", "compose_answer", "pretty_sql"]

_YEAR = re.compile(r"(20\d\d)\s*年")
_CLAUSES = ("FROM", "WHERE", "GROUP BY", "ORDER BY", "LIMIT")


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer: the SQL plus the text the bot shows around it."""

    sql: str
    title: str
    table: str
    table_display: str
    thoughts: tuple[str, ...]
    conclusion: str


def _longest_match(question: str, names: list[str]) -> str | None:
    hits = [name for name in names if name in question]
    return max(hits, key=len) if hits else None


def _find(question: str, catalogue: Catalogue) -> tuple[Entity | None, Indicator | None]:
    entities = {e.name: e for e in catalogue.entities}
    indicators = {i.name: i for i in catalogue.indicators}
    entity_name = _longest_match(question, list(entities))
    indicator_name = _longest_match(question, list(indicators))
    return (
        entities.get(entity_name) if entity_name else None,
        indicators.get(indicator_name) if indicator_name else None,
    )


def pretty_sql(sql: str) -> str:
    """The ``finalSql`` form: one clause per line, its body indented."""
    pattern = "|".join(re.escape(c) for c in _CLAUSES)
    parts = re.split(rf"\s+(?=(?:{pattern})\b)", sql)
    lines: list[str] = []
    for part in parts:
        keyword = next((c for c in ("SELECT", *_CLAUSES) if part.startswith(c)), "")
        body = part[len(keyword) :].strip()
        if keyword == "SELECT":
            body = body.replace(", ", ",\n    ")
        lines.append(keyword)
        lines.append("    " + body)
    return "\n".join(lines)


def compose_answer(question: str, catalogue: Catalogue, *, wrong: bool = False) -> Answer:
    """The SQL the demo bot gives for a question; ``wrong`` drops the company code."""
    entity, indicator = _find(question, catalogue)
    if indicator is None:
        table = catalogue.tables[0]
        sql = f"SELECT * FROM {table.name} LIMIT 10"
        return Answer(
            sql=sql,
            title="查询结果",
            table=table.name,
            table_display=table.display_name,
            thoughts=("## 思考\n- 未识别到具体指标，返回示例数据。",),
            conclusion="未能准确理解问题，以下是示例数据。",
        )
    table = catalogue.table(indicator.table)
    a = "a"
    columns = [f"{a}.{table.entity_name_column} AS `证券简称`"]
    if entity is not None and not wrong:
        columns.append(f"{a}.{table.entity_code_column} AS `证券代码`")
    columns.append(f"{a}.{indicator.code} AS `{indicator.name}`")
    where: list[str] = []
    if entity is not None:
        if not wrong:
            where.append(f"{a}.{table.entity_code_column} = '{entity.code}'")
        where.append(f"{a}.{table.entity_name_column} = '{entity.name}'")
    date = f"{a}.{table.date_column}"
    tail = f" ORDER BY {date} DESC LIMIT 1"
    period = "最新一期"
    year = _YEAR.search(question)
    if year:
        where.append(f"{date} BETWEEN '{year.group(1)}0101' AND '{year.group(1)}1231'")
        tail = f" ORDER BY {date}"
        period = f"{year.group(1)}年"
    elif "最近一年" in question or "走势" in question:
        where.append(f"{date} >= DATE_FORMAT(DATE_SUB(CURDATE(), INTERVAL 1 YEAR), '%Y%m%d')")
        tail = f" ORDER BY {date}"
        period = "最近一年"
    sql = f"SELECT {', '.join(columns)} FROM {table.name} {a}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += tail
    subject = entity.name if entity else "全部公司"
    thoughts = [
        f"## 思考\n- **指标映射**：“{indicator.name}”对应 `{table.name}` 表的 "
        f"`{indicator.code}` 字段；",
    ]
    if entity is not None:
        thoughts.append(
            f"“{entity.name}”对应 `{table.entity_code_column}` = '{entity.code}'。\n"
            f"- **时间分析**：{period}。"
        )
    return Answer(
        sql=sql,
        title=f"{subject}{period}的{indicator.name}",
        table=table.name,
        table_display=table.display_name,
        thoughts=tuple(thoughts),
        conclusion=f"您想了解**{subject}**{period}的**{indicator.name}**。",
    )


def answer_content(answer: Answer, question: str, *, answer_id: int) -> dict[str, Any]:
    """The ``content`` object of the ``ANSWER`` event, shaped like the real bot's."""
    return {
        "id": answer_id,
        "askId": answer_id + 1,
        "dsl": {
            "data": {"total": 0, "data": [], "meta": [], "pageSize": 10},
            "errorCode": 0,
            "title": answer.title,
            "type": "DATA_TABLE",
        },
        "visual": {
            "session_id": 0,
            "sql": answer.sql,
            "finalSql": pretty_sql(answer.sql),
            "displayType": "DATA_TABLE",
            "title": answer.title,
            "finalQuestion": question,
            "dimensions": [],
            "metrics": [],
        },
        "dataTables": [{"tableName": answer.table, "tableDisplayName": answer.table_display}],
        "status": 0,
        "predictQuestions": [],
        "trace": [],
    }
