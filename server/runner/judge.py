"""The judge: PASS / FAIL from the expected keywords and conditions (CONTRACT-NOTES "Judging").

The SQL is normalised (upper case, CR/LF/TAB to spaces, runs of whitespace
collapsed); every keyword must occur in it; every condition must occur once quotes
are removed on both sides. A FAIL message reads ``缺关键字: A,B; 缺条件: C``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from server.contract.vocabulary import ResultValue
from server.runner.validation import (
    ComparisonError,
    UnsafeSql,
    ValidationDatabase,
    ValidationUnavailable,
)

__all__ = ["Verdict", "judge_answer", "judge_sql", "normalise_sql", "split_expectations"]


_SEPARATORS = re.compile(r"[,，;；\r\n]+")
_WHITESPACE = re.compile(r"\s+")
_QUOTES = re.compile(r"['\"]")


@dataclass(frozen=True, slots=True)
class Verdict:
    result: ResultValue
    message: str = ""


def normalise_sql(sql: str) -> str:
    return _WHITESPACE.sub(" ", sql.upper().replace("\t", " ")).strip()


def split_expectations(text: str | None) -> list[str]:
    """Comma/semicolon/newline separated items (ASCII or full-width), trimmed, upper-cased."""
    if not text:
        return []
    seen: dict[str, None] = {}
    for item in _SEPARATORS.split(text):
        item = normalise_sql(item)
        if item:
            seen.setdefault(item, None)
    return list(seen)


def _unquote(text: str) -> str:
    return _WHITESPACE.sub(" ", _QUOTES.sub("", text)).strip()


def judge_sql(sql: str, *, keywords: str | None, conditions: str | None) -> Verdict:
    """PASS when every keyword and every condition occurs in the SQL."""
    normalised = normalise_sql(sql)
    missing_keywords = [k for k in split_expectations(keywords) if k not in normalised]
    unquoted = _unquote(normalised)
    missing_conditions = [
        c for c in split_expectations(conditions) if _unquote(c) and _unquote(c) not in unquoted
    ]
    parts = []
    if missing_keywords:
        parts.append("缺关键字: " + ",".join(missing_keywords))
    if missing_conditions:
        parts.append("缺条件: " + ",".join(missing_conditions))
    if parts:
        return Verdict(ResultValue.FAIL, "; ".join(parts))
    return Verdict(ResultValue.PASS, "")


async def judge_answer(
    sql: str,
    *,
    keywords: str | None,
    conditions: str | None,
    expected_sql: str | None,
    validation: ValidationDatabase | None,
) -> Verdict:
    """The keyword/condition verdict, plus execution comparison when it is configured."""
    verdict = judge_sql(sql, keywords=keywords, conditions=conditions)
    if not expected_sql or not expected_sql.strip() or validation is None:
        return verdict
    try:
        difference = await validation.compare(expected_sql, sql)
    except UnsafeSql as exc:
        difference = f"SQL 未执行: {exc}"
    except ComparisonError as exc:
        if exc.which == "expected":
            return Verdict(ResultValue.ERROR, f"期望 SQL 在验证数据库执行失败: {exc.reason}")
        difference = f"SQL 执行失败: {exc.reason}"
    except ValidationUnavailable as exc:
        return Verdict(ResultValue.ERROR, f"验证数据库不可用: {exc}")
    if not difference:
        return verdict
    message = f"{verdict.message}; {difference}" if verdict.message else difference
    return Verdict(ResultValue.FAIL, message)
