"""The judge: its policy (in ``/config``), the per-check outcomes of a result, ``POST /judge``."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

__all__ = [
    "CHECK_NAMES",
    "CheckName",
    "CheckResult",
    "Checks",
    "JudgeCombine",
    "JudgeRequest",
    "JudgeResponse",
    "SqlDialect",
    "ValidationStatus",
]

CheckName = Literal["keywords", "conditions", "structure", "execution"]
CHECK_NAMES: tuple[CheckName, ...] = ("keywords", "conditions", "structure", "execution")
CheckOutcome = Literal["PASS", "FAIL", "ERROR"]
# How the checks that ran make one verdict:
# ``all``: every check must pass;
# ``sql_either``: keywords and conditions must pass, and of the two checks against the
# expected SQL (structure, execution) one passing is enough: an equivalent rewrite
# that the structural check cannot see through still passes on its results.
JudgeCombine = Literal["all", "sql_either"]
# sqlglot dialects the bot's SQL may be read in (MySQL: most ChatBI warehouses speak it).
SqlDialect = Literal[
    "mysql",
    "postgres",
    "sqlite",
    "hive",
    "spark",
    "presto",
    "trino",
    "clickhouse",
    "doris",
    "starrocks",
    "oracle",
    "tsql",
    "duckdb",
    "bigquery",
    "snowflake",
]
SqlText = Annotated[str, Field(max_length=100_000)]


class CheckResult(BaseModel):
    """One check that ran on a result, and how it came out."""

    check: CheckName
    result: CheckOutcome
    message: str = ""


# Stored results from before checks were recorded have none (NULL): an empty list.
Checks = Annotated[
    list[CheckResult],
    BeforeValidator(lambda value: value or []),
    Field(description="The judge's checks that ran, and how each came out"),
]


class JudgeRequest(BaseModel):
    """Judge one SQL without a bot; ``checks`` (default: the configured ones) limits what runs."""

    model_config = ConfigDict(extra="forbid")

    sql: SqlText = Field(min_length=1)
    expected_keywords: SqlText | None = None
    expected_conditions: SqlText | None = None
    expected_sql: SqlText | None = None
    checks: list[CheckName] | None = None


class JudgeResponse(BaseModel):
    result: CheckOutcome
    message: str
    checks: list[CheckResult]


class ValidationStatus(BaseModel):
    """``GET /judge/validation``: the configured validation database, as the judge sees it."""

    configured: bool
    ok: bool
    backend: str | None = None
    broad_privileges: bool = Field(
        default=False, description="Superuser (PostgreSQL) or FILE/SUPER/ALL (MySQL) account"
    )
    warning: str | None = None
    error: str | None = None
