"""``GET /config`` / ``POST /config``: the shared AutoTest config (how a run reaches the bot)."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from server.contract.common import strip_text
from server.contract.judge import CHECK_NAMES, CheckName, JudgeCombine, SqlDialect

__all__ = [
    "BODY_PLACEHOLDERS",
    "DEFAULT_BODY_TEMPLATE",
    "DEFAULT_BOT_URL",
    "DEFAULT_SQL_PATHS",
    "DEFAULT_TEST_QUESTION",
    "NULLABLE_FIELDS",
    "TEST_RAW_ANSWER_LIMIT",
    "ConfigResponse",
    "ConfigTestRequest",
    "ConfigTestResponse",
    "ConfigUpdate",
    "placeholders_in",
]

DEFAULT_BOT_URL = "http://127.0.0.1:8050/brain/faq/session/ask"
DEFAULT_BODY_TEMPLATE: dict[str, Any] = {
    "robot_id": "helix-demo",
    "user_input": "{question}",
    "chatId": "{chat_id}",
    "incremental": False,
}
DEFAULT_SQL_PATHS = ["content.visual.sql", "visual.sql", "data.sql", "sql"]
# A question every ChatBI bot of the sample catalogue (and the demo bot) can answer.
DEFAULT_TEST_QUESTION = "星河科技最新的市盈率是多少"
# ``raw_answer`` of a test is cut to this many characters (enough to see the shape).
TEST_RAW_ANSWER_LIMIT = 16 * 1024
BODY_PLACEHOLDERS = frozenset({"question", "chat_id", "case_id"})

# Fields whose ``null`` means "not configured"; ``null`` for any other field is a 422.
NULLABLE_FIELDS = frozenset({"validation_db_url", "metadata_db_url"})

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# RFC 9110 token characters: what a header name may consist of.
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_SQL_PATH = re.compile(r"^[^.\s]+(\.[^.\s]+)*$")
_DB_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+]*://")


def placeholders_in(value: Any) -> set[str]:
    """Every ``{name}`` placeholder used in the string values of a JSON value."""
    found: set[str] = set()
    if isinstance(value, str):
        found.update(_PLACEHOLDER.findall(value))
    elif isinstance(value, dict):
        for item in value.values():
            found |= placeholders_in(item)
    elif isinstance(value, list):
        for item in value:
            found |= placeholders_in(item)
    return found


def _check_url(value: str) -> str:
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("应为 http:// 或 https:// 开头的 URL (must be an http(s) URL)")
    return value


def _check_headers(value: dict[str, str]) -> dict[str, str]:
    for name, text in value.items():
        if not _HEADER_NAME.match(name):
            raise ValueError(f"无效的请求头名称 (invalid header name): {name!r}")
        if "\r" in text or "\n" in text:
            raise ValueError(f"请求头的值不能含换行 (header value has a line break): {name}")
        if not text.isascii():
            # HTTP sends header values as ASCII: anything else cannot be sent at all.
            raise ValueError(f"请求头的值只能含 ASCII 字符 (header value must be ASCII): {name}")
    return value


def _check_header_name(value: str) -> str:
    if not _HEADER_NAME.match(value):
        raise ValueError(f"无效的请求头名称 (invalid header name): {value!r}")
    return value


def _check_body_template(value: dict[str, Any]) -> dict[str, Any]:
    unknown = placeholders_in(value) - BODY_PLACEHOLDERS
    if unknown:
        names = ", ".join("{" + n + "}" for n in sorted(unknown))
        raise ValueError(
            f"未知占位符 (unknown placeholder): {names}; "
            "可用 (allowed): {question}, {chat_id}, {case_id}"
        )
    return value


def _check_sql_paths(value: list[str]) -> list[str]:
    for path in value:
        if not _SQL_PATH.match(path):
            raise ValueError(f"无效的 JSON 路径 (invalid dot path): {path!r}")
    return value


def _check_db_url(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    if not _DB_URL.match(value):
        raise ValueError(
            "应为 SQLAlchemy 数据库 URL (must be a database URL such as sqlite:///...)"
        )
    return value


def _check_token(value: str) -> str:
    if "\r" in value or "\n" in value:
        raise ValueError("令牌不能含换行 (token has a line break)")
    if not value.isascii():
        raise ValueError("令牌只能含 ASCII 字符 (token must be ASCII)")
    return value.strip()


def _check_query(value: str) -> str:
    if not value.strip():
        raise ValueError("查询不能为空 (query must not be empty)")
    return value


Token = Annotated[str, AfterValidator(_check_token)]
BotUrl = Annotated[str, AfterValidator(_check_url)]
Headers = Annotated[dict[str, str], AfterValidator(_check_headers)]
HeaderName = Annotated[str, AfterValidator(_check_header_name)]
BodyTemplate = Annotated[dict[str, Any], AfterValidator(_check_body_template)]
SqlPaths = Annotated[list[str], Field(min_length=1), AfterValidator(_check_sql_paths)]
DatabaseUrl = Annotated[str | None, AfterValidator(_check_db_url)]
Query = Annotated[str, AfterValidator(_check_query)]
MaxWorkers = Annotated[int, Field(ge=1, le=64)]
ConnectTimeout = Annotated[float, Field(gt=0, le=60)]
FirstByteTimeout = Annotated[float, Field(gt=0, le=600)]
TotalTimeout = Annotated[float, Field(gt=0, le=3600)]
MaxRetries = Annotated[int, Field(ge=0, le=10)]
RetryBackoff = Annotated[float, Field(ge=0, le=60)]
BotMethod = Literal["POST", "GET"]
TokenMode = Literal["raw", "bearer", "header"]
ResponseMode = Literal["auto", "sse", "json"]
MetadataSource = Literal["sample", "database", "workbook"]
JudgeChecks = Annotated[list[CheckName], AfterValidator(lambda v: list(dict.fromkeys(v)))]
# Relative: 1e-6 compares numbers to six significant digits.
NumericTolerance = Annotated[float, Field(ge=0, le=0.5)]


class ConfigResponse(BaseModel):
    """The whole config; every field has a default so a new server works offline."""

    model_config = ConfigDict(from_attributes=True)

    user_token: Token = ""
    max_workers: MaxWorkers = 5
    headers: Headers = Field(default_factory=dict)
    bot_url: BotUrl = DEFAULT_BOT_URL
    bot_method: BotMethod = "POST"
    body_template: BodyTemplate = Field(default_factory=lambda: dict(DEFAULT_BODY_TEMPLATE))
    token_mode: TokenMode = "raw"
    token_header: HeaderName = "Authorization"
    response_mode: ResponseMode = "auto"
    sql_paths: SqlPaths = Field(default_factory=lambda: list(DEFAULT_SQL_PATHS))
    connect_timeout: ConnectTimeout = 5.0
    first_byte_timeout: FirstByteTimeout = 30.0
    total_timeout: TotalTimeout = 120.0
    max_retries: MaxRetries = 2
    retry_backoff: RetryBackoff = 0.5
    validation_db_url: DatabaseUrl = None
    metadata_source: MetadataSource = "sample"
    metadata_db_url: DatabaseUrl = None
    indicator_query: Query = "SELECT name, code, table_name, category FROM indicators"
    entity_query: Query = "SELECT name, code FROM entities"
    # The judge policy (nothing here reaches the bot): which checks apply, how they
    # combine, the SQL dialect, and how execution results are compared.
    judge_checks: JudgeChecks = Field(default_factory=lambda: list(CHECK_NAMES))
    judge_combine: JudgeCombine = JudgeCombine.SQL_EITHER
    judge_dialect: SqlDialect = SqlDialect.MYSQL
    judge_numeric_tolerance: NumericTolerance = 1e-6
    judge_column_order: bool = Field(
        default=False, description="True: execution results must have the same column order"
    )

    def __repr_args__(self) -> Any:
        # The token is a secret: keep it out of reprs that may end up in a log.
        for name, value in super().__repr_args__():
            yield name, ("***" if name == "user_token" and value else value)


class ConfigUpdate(BaseModel):
    """Any subset of the config; fields not sent keep their value, ``null`` clears the URLs."""

    model_config = ConfigDict(extra="forbid")

    user_token: Token | None = None
    max_workers: MaxWorkers | None = None
    headers: Headers | None = None
    bot_url: BotUrl | None = None
    bot_method: BotMethod | None = None
    body_template: BodyTemplate | None = None
    token_mode: TokenMode | None = None
    token_header: HeaderName | None = None
    response_mode: ResponseMode | None = None
    sql_paths: SqlPaths | None = None
    connect_timeout: ConnectTimeout | None = None
    first_byte_timeout: FirstByteTimeout | None = None
    total_timeout: TotalTimeout | None = None
    max_retries: MaxRetries | None = None
    retry_backoff: RetryBackoff | None = None
    validation_db_url: DatabaseUrl = None
    metadata_source: MetadataSource | None = None
    metadata_db_url: DatabaseUrl = None
    indicator_query: Query | None = None
    entity_query: Query | None = None
    judge_checks: JudgeChecks | None = None
    judge_combine: JudgeCombine | None = None
    judge_dialect: SqlDialect | None = None
    judge_numeric_tolerance: NumericTolerance | None = None
    judge_column_order: bool | None = None

    def __repr_args__(self) -> Any:
        for name, value in super().__repr_args__():
            yield name, ("***" if name == "user_token" and value else value)

    @field_validator("*", mode="after")
    @classmethod
    def _no_null(cls, value: Any, info: ValidationInfo) -> Any:
        if value is None and info.field_name not in NULLABLE_FIELDS:
            raise ValueError("不能为 null (must not be null)")
        return value

    def changes(self) -> dict[str, Any]:
        """The fields the caller sent, with their new values."""
        return {name: getattr(self, name) for name in self.model_fields_set}


class ConfigTestRequest(BaseModel):
    """``POST /config/test``: ask the configured bot one question (the saved config)."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(default=DEFAULT_TEST_QUESTION, min_length=1, max_length=2000)
    overrides: ConfigUpdate | None = Field(
        default=None,
        description="Unsaved changes to try (same fields as POST /config); nothing is saved",
    )

    @field_validator("question", mode="after")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = strip_text(value)
        if not value:
            raise ValueError("问题不能为空 (question must not be blank)")
        return value


class ConfigTestResponse(BaseModel):
    """What the bot answered: ``ok`` when SQL was found; ``error`` says why not."""

    ok: bool
    question: str
    sql: str | None = None
    raw_answer: str = Field(
        default="", description=f"The answer as received, cut to {TEST_RAW_ANSWER_LIMIT} chars"
    )
    raw_truncated: bool = False
    duration: float = Field(description="Seconds, all attempts included")
    status_code: int | None = Field(
        default=None, description="HTTP status of the last attempt (null: no response)"
    )
    error: str | None = None
    attempts: int = 1
    bot_url: str
