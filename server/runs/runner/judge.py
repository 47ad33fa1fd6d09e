"""The judge: PASS / FAIL / ERROR from the checks that apply to a case (CONTRACT-NOTES "Judging").

Checks, each run only when the policy enables it and the case gives what it needs:

- ``keywords``: every expected keyword occurs as whole tokens of the SQL, or inside a
  string literal (``server/contract/keywords.py``); never in a comment or as part of a longer name;
- ``conditions``: every expected condition occurs in the normalised SQL, quotes removed;
- ``structure``: the SQL has the expected SQL's clauses once both are normalised
  (``sql_structure``);
- ``execution``: both queries give the same rows on the validation database.

A case with no expectation at all is ERROR, never PASS. The policy's ``combine``
says how the checks make one verdict (``all``, or ``sql_either``: an execution PASS
excuses a structure FAIL; a structure PASS counts only when execution did not run, so
it never hides an execution FAIL or ERROR). Every result records each check that ran.
"""

from __future__ import annotations

import asyncio
import functools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from server.contract.judge import CHECK_NAMES, CheckName, CheckResult, JudgeCombine
from server.contract.keywords import missing_keywords, tokenise
from server.contract.vocabulary import ResultValue
from server.i18n import Language, Text
from server.runs.runner.sql_structure import (
    QueryShape,
    StructureError,
    compare_structure,
    describe_differences,
    query_shape,
)
from server.runs.runner.validation import ValidationDatabase, tolerance_digits

__all__ = [
    "JudgePolicy",
    "Verdict",
    "judge_answer",
    "judge_sql",
    "normalise_sql",
    "split_expectations",
]

_LARGE_SQL = 5_000  # characters: judged in a worker thread
_SEPARATORS = re.compile(r"[,，;；\r\n]+")
_WHITESPACE = re.compile(r"\s+")
_QUOTES = re.compile(r"['\"]")

_MISSING_KEYWORDS = Text("缺关键字: ", "missing keywords: ")
_MISSING_CONDITIONS = Text("缺条件: ", "missing conditions: ")
_NO_EXPECTATION = Text("用例没有任何预期", "the case has no expectation")
_NO_CHECK = Text(
    "没有适用的检查 (已启用: {enabled})", "no enabled check applies (enabled: {enabled})"
)
_ACTUAL_UNPARSED = Text("SQL 无法解析: {reason}", "SQL cannot be parsed: {reason}")
_EXPECTED_UNPARSED = Text(
    "期望 SQL 无法解析: {reason}", "the expected SQL cannot be parsed: {reason}"
)
_TOO_DEEP = Text("SQL 嵌套过深，无法比较结构", "SQL nested too deeply to compare its structure")
_UNAVAILABLE = Text("验证数据库不可用: {reason}", "validation database unavailable: {reason}")


@dataclass(frozen=True, slots=True)
class JudgePolicy:
    """Which checks apply and how they combine (the ``judge_*`` fields of the config)."""

    checks: frozenset[CheckName] = frozenset(CHECK_NAMES)
    combine: str = JudgeCombine.SQL_EITHER
    dialect: str = "mysql"
    numeric_tolerance: float = 1e-6
    column_order: bool = False

    @classmethod
    def from_config(cls, config: Any, checks: list[CheckName] | None = None) -> JudgePolicy:
        """The policy of a ``ConfigResponse``; ``checks`` narrows the enabled checks."""
        return cls(
            checks=frozenset(checks if checks is not None else config.judge_checks),
            combine=config.judge_combine,
            dialect=config.judge_dialect,
            numeric_tolerance=config.judge_numeric_tolerance,
            column_order=config.judge_column_order,
        )


@dataclass(frozen=True, slots=True)
class Verdict:
    result: ResultValue
    message: str = ""
    checks: tuple[CheckResult, ...] = ()


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


@lru_cache(maxsize=4096)
def _shape(sql: str, dialect: str, which: str) -> QueryShape:
    # Cached: a run asks each case's expected SQL again and again (repeats, reruns).
    return query_shape(sql, dialect, which=which)


def _keywords_check(
    sql: str, keywords: list[str], policy: JudgePolicy, language: Language
) -> CheckResult:
    missing = missing_keywords(tokenise(sql, policy.dialect), keywords, policy.dialect)
    if missing:
        return CheckResult(
            check=CheckName.KEYWORDS,
            result=ResultValue.FAIL,
            message=_MISSING_KEYWORDS.render(language) + ",".join(missing),
        )
    return CheckResult(check=CheckName.KEYWORDS, result=ResultValue.PASS)


def _conditions_check(sql: str, conditions: list[str], language: Language) -> CheckResult:
    unquoted = _unquote(normalise_sql(sql))
    missing = [c for c in conditions if _unquote(c) and _unquote(c) not in unquoted]
    if missing:
        return CheckResult(
            check=CheckName.CONDITIONS,
            result=ResultValue.FAIL,
            message=_MISSING_CONDITIONS.render(language) + ",".join(missing),
        )
    return CheckResult(check=CheckName.CONDITIONS, result=ResultValue.PASS)


def _structure_check(
    sql: str, expected_sql: str, policy: JudgePolicy, language: Language
) -> CheckResult:
    try:
        expected = _shape(expected_sql.strip(), policy.dialect, "expected")
    except StructureError as exc:
        message = _EXPECTED_UNPARSED.render(language).format(reason=exc.reason)
        return CheckResult(check=CheckName.STRUCTURE, result=ResultValue.ERROR, message=message)
    try:
        actual = _shape(sql.strip(), policy.dialect, "actual")
    except StructureError as exc:
        message = _ACTUAL_UNPARSED.render(language).format(reason=exc.reason)
        return CheckResult(check=CheckName.STRUCTURE, result=ResultValue.FAIL, message=message)
    try:
        differences = compare_structure(expected, actual)
        message = describe_differences(differences, language)
    except RecursionError:  # nested too deeply to show: cannot be judged
        message = _TOO_DEEP.render(language)
        return CheckResult(check=CheckName.STRUCTURE, result=ResultValue.ERROR, message=message)
    if differences:
        return CheckResult(check=CheckName.STRUCTURE, result=ResultValue.FAIL, message=message)
    return CheckResult(check=CheckName.STRUCTURE, result=ResultValue.PASS)


def _combine(checks: list[CheckResult], policy: JudgePolicy) -> Verdict:
    deciding = list(checks)
    if policy.combine == JudgeCombine.SQL_EITHER:
        # Rows are the evidence: an execution that ran decides, and its PASS excuses a
        # structure that differs. A structure PASS stands in only for an execution that
        # did not run; it never hides other rows or rows that could not be compared.
        same_rows = any(
            c.check == CheckName.EXECUTION and c.result == ResultValue.PASS for c in checks
        )
        if same_rows:
            deciding = [c for c in checks if c.check != CheckName.STRUCTURE]
    failed = [c for c in deciding if c.result == ResultValue.FAIL]
    if failed:
        return Verdict(ResultValue.FAIL, "; ".join(c.message for c in failed), tuple(checks))
    errors = [c for c in deciding if c.result == ResultValue.ERROR]
    if errors:
        return Verdict(ResultValue.ERROR, "; ".join(c.message for c in errors), tuple(checks))
    return Verdict(ResultValue.PASS, "", tuple(checks))


def _static_checks(
    sql: str,
    *,
    keywords: str | None,
    conditions: str | None,
    expected_sql: str | None,
    policy: JudgePolicy,
    language: Language,
) -> list[CheckResult] | Verdict:
    """The checks that need no database, or the ERROR verdict of a case expecting nothing."""
    wanted_keywords = split_expectations(keywords)
    wanted_conditions = split_expectations(conditions)
    if not (wanted_keywords or wanted_conditions or expected_sql):
        return Verdict(ResultValue.ERROR, _NO_EXPECTATION.render(language))
    checks: list[CheckResult] = []
    if wanted_keywords and CheckName.KEYWORDS in policy.checks:
        checks.append(_keywords_check(sql, wanted_keywords, policy, language))
    if wanted_conditions and CheckName.CONDITIONS in policy.checks:
        checks.append(_conditions_check(sql, wanted_conditions, language))
    if expected_sql and CheckName.STRUCTURE in policy.checks:
        checks.append(_structure_check(sql, expected_sql, policy, language))
    return checks


def _verdict(checks: list[CheckResult], policy: JudgePolicy, language: Language) -> Verdict:
    if not checks:  # expectations exist, but the policy enables no check that uses them
        enabled = ", ".join(c for c in CHECK_NAMES if c in policy.checks) or "-"
        return Verdict(ResultValue.ERROR, _NO_CHECK.render(language).format(enabled=enabled))
    return _combine(checks, policy)


def _expected(expected_sql: str | None) -> str | None:
    return expected_sql.strip() if expected_sql and expected_sql.strip() else None


def judge_sql(
    sql: str,
    *,
    keywords: str | None,
    conditions: str | None,
    expected_sql: str | None = None,
    policy: JudgePolicy | None = None,
    language: Language = "zh",
) -> Verdict:
    """The verdict of the checks that need no database (keywords, conditions, structure)."""
    policy = policy or JudgePolicy()
    checks = _static_checks(
        sql,
        keywords=keywords,
        conditions=conditions,
        expected_sql=_expected(expected_sql),
        policy=policy,
        language=language,
    )
    return checks if isinstance(checks, Verdict) else _verdict(checks, policy, language)


async def judge_answer(
    sql: str,
    *,
    keywords: str | None,
    conditions: str | None,
    expected_sql: str | None,
    validation: ValidationDatabase | None,
    validation_error: str | None = None,
    policy: JudgePolicy | None = None,
    language: Language = "zh",
) -> Verdict:
    """Every check that applies, execution on the validation database included."""
    policy = policy or JudgePolicy()
    expected = _expected(expected_sql)
    static = functools.partial(
        _static_checks,
        sql,
        keywords=keywords,
        conditions=conditions,
        expected_sql=expected,
        policy=policy,
        language=language,
    )
    # Typical SQL takes a millisecond; a huge one could hold the event loop for seconds.
    large = len(sql) + len(expected or "") > _LARGE_SQL
    checks = await asyncio.to_thread(static) if large else static()
    if isinstance(checks, Verdict):
        return checks
    if expected and CheckName.EXECUTION in policy.checks:
        if validation is not None:
            comparison = await validation.compare(
                expected,
                sql,
                column_order=policy.column_order,
                digits=tolerance_digits(policy.numeric_tolerance),
                language=language,
            )
            checks.append(
                CheckResult(
                    check=CheckName.EXECUTION, result=comparison.result, message=comparison.message
                )
            )
        elif validation_error:
            message = _UNAVAILABLE.render(language).format(reason=validation_error)
            checks.append(
                CheckResult(check=CheckName.EXECUTION, result=ResultValue.ERROR, message=message)
            )
    return _verdict(checks, policy, language)
