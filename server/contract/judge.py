"""The judge: its policy (in ``/config``), the per-check outcomes of a result, ``POST /judge``."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from server.contract.vocabulary import ResultValue

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


class CheckName(StrEnum):
    """A check of the judge, in the order they run."""

    KEYWORDS = "keywords"
    CONDITIONS = "conditions"
    STRUCTURE = "structure"
    EXECUTION = "execution"


CHECK_NAMES: tuple[CheckName, ...] = tuple(CheckName)


class JudgeCombine(StrEnum):
    """How the checks that ran make one verdict.

    ``all``: every check must pass; ``sql_either``: keywords and conditions must pass,
    and an execution PASS excuses a structure FAIL (an equivalent rewrite the structural
    check cannot see through still passes on its results). A structure PASS counts only
    when execution did not run: it never hides an execution FAIL or ERROR.
    """

    ALL = "all"
    SQL_EITHER = "sql_either"


class SqlDialect(StrEnum):
    """sqlglot dialects the bot's SQL may be read in (most ChatBI warehouses speak MySQL)."""

    MYSQL = "mysql"
    POSTGRES = "postgres"
    SQLITE = "sqlite"
    HIVE = "hive"
    SPARK = "spark"
    PRESTO = "presto"
    TRINO = "trino"
    CLICKHOUSE = "clickhouse"
    DORIS = "doris"
    STARROCKS = "starrocks"
    ORACLE = "oracle"
    TSQL = "tsql"
    DUCKDB = "duckdb"
    BIGQUERY = "bigquery"
    SNOWFLAKE = "snowflake"


SqlText = Annotated[str, Field(max_length=100_000)]


class CheckResult(BaseModel):
    """One check that ran on a result, and how it came out."""

    check: CheckName
    result: ResultValue
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
    result: ResultValue
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
