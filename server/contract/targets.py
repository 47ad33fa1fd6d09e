"""``/templates``: bot targets, with the original "interface template" field names.

A target is everything ``/config`` holds about reaching a bot and reading its
answer. The wire shape keeps the original names (``base_url`` + ``endpoint``,
``headers`` and ``body_template`` as JSON text, ``auth_type`` + ``auth_config``,
``timeout``) and adds ours (``response_mode``, ``sql_paths``, the finer timeouts,
retries). ``auth_type`` ``"bearer"`` sends ``Authorization: Bearer <token>``,
``"none"`` nothing, ``"raw"`` the token as the ``Authorization`` value and
``"header"`` the token in the header named ``auth_config["header"]``.
"""

from __future__ import annotations

import json
import re
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    field_validator,
    model_validator,
)

from server.contract.common import ContractModel, Timestamp
from server.contract.config import (
    DEFAULT_BODY_TEMPLATE,
    DEFAULT_SQL_PATHS,
    BodyTemplate,
    BotMethod,
    ConnectTimeout,
    FirstByteTimeout,
    HeaderName,
    Headers,
    MaxRetries,
    ResponseMode,
    RetryBackoff,
    SqlPaths,
    Token,
    TotalTimeout,
)

__all__ = [
    "BOT_FIELDS",
    "AuthType",
    "TargetCreate",
    "TargetResponse",
    "TargetUpdate",
]

# The ``ConfigResponse`` fields a target holds; the rest of /config is shared by all runs.
BOT_FIELDS = (
    "user_token",
    "headers",
    "bot_url",
    "bot_method",
    "body_template",
    "token_mode",
    "token_header",
    "response_mode",
    "sql_paths",
    "connect_timeout",
    "first_byte_timeout",
    "total_timeout",
    "max_retries",
    "retry_backoff",
)

AuthType = Literal["none", "bearer", "raw", "header"]
BodyType = Literal["json"]
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_TOKEN: TypeAdapter[str] = TypeAdapter(Token)
_HEADER_NAME: TypeAdapter[str] = TypeAdapter(HeaderName)


def _json_text(value: Any, *, what: str) -> Any:
    """``headers`` / ``body_template`` come as JSON text (original) or as JSON (ours)."""
    if not isinstance(value, str):
        return value
    if not value.strip():
        return {}
    try:
        return json.loads(value)
    except ValueError as exc:
        raise ValueError(f"{what} 不是有效的 JSON (invalid JSON): {exc}") from exc


class _TargetFields(BaseModel):
    """What a client sends; every field but ``name``/``code``/``base_url`` has a default."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    code: str = Field(min_length=1, max_length=100, description="Unique; letters, digits, _.-")
    description: str = Field(default="", max_length=2000)
    base_url: str = Field(min_length=1, max_length=2000, description="Scheme and host")
    endpoint: str = Field(default="", max_length=2000, description="Path (and query) after it")
    method: BotMethod = "POST"
    headers: Headers = Field(default_factory=dict, description="JSON object (or its text)")
    body_type: BodyType = "json"
    body_template: BodyTemplate = Field(
        default_factory=lambda: dict(DEFAULT_BODY_TEMPLATE),
        description="JSON object (or its text) with {question}, {chat_id}, {case_id}",
    )
    auth_type: AuthType = "none"
    auth_config: dict[str, str] = Field(
        default_factory=dict, description='{"token": ...} and, for "header", {"header": name}'
    )
    timeout: TotalTimeout = Field(default=120.0, description="Seconds for a whole answer")
    response_mode: ResponseMode = "auto"
    sql_paths: SqlPaths = Field(default_factory=lambda: list(DEFAULT_SQL_PATHS))
    connect_timeout: ConnectTimeout = 5.0
    first_byte_timeout: FirstByteTimeout = 30.0
    max_retries: MaxRetries = 2
    retry_backoff: RetryBackoff = 0.5

    def __repr_args__(self) -> Any:
        # The token and header values may be secrets: keep them out of reprs.
        for name, value in super().__repr_args__():
            yield name, ("***" if name in ("auth_config", "headers") and value else value)

    @field_validator("method", mode="before")
    @classmethod
    def _upper_method(cls, value: Any) -> Any:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("body_type", mode="before")
    @classmethod
    def _lower_body_type(cls, value: Any) -> Any:
        if isinstance(value, str) and value.strip().lower() in ("json", "raw", "application/json"):
            return "json"
        if isinstance(value, str):
            raise ValueError(f"只支持 JSON 请求体 (only JSON bodies are supported): {value!r}")
        return value

    @field_validator("headers", mode="before")
    @classmethod
    def _headers_text(cls, value: Any) -> Any:
        value = _json_text(value, what="headers")
        if isinstance(value, dict):
            return {k: v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}
        return value

    @field_validator("body_template", mode="before")
    @classmethod
    def _body_text(cls, value: Any) -> Any:
        value = _json_text(value, what="body_template")
        if not isinstance(value, dict):
            raise ValueError("body_template 应为 JSON 对象 (must be a JSON object)")
        return value

    @field_validator("code")
    @classmethod
    def _code_chars(cls, value: str) -> str:
        if not _CODE.match(value):
            raise ValueError("编码只能含字母、数字和 _.- (code: letters, digits, _ . - only)")
        return value

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("名称不能为空 (name must not be blank)")
        return value.strip()

    @field_validator("base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        value = value.strip()
        if not re.match(r"^https?://[^/\s]+", value):
            raise ValueError("应为 http:// 或 https:// 开头的 URL (must be an http(s) URL)")
        return value

    @model_validator(mode="after")
    def _auth(self) -> _TargetFields:
        config = self.auth_config
        unknown = set(config) - {"token", "header"}
        if unknown:
            raise ValueError(
                f"auth_config 只接受 token 和 header (unknown keys): {sorted(unknown)}"
            )
        token = _TOKEN.validate_python(config.get("token", ""))
        if self.auth_type != "none" and not token.strip():
            raise ValueError(f"auth_type {self.auth_type} 需要 auth_config.token (token required)")
        if self.auth_type == "header":
            header = config.get("header", "")
            if not header:
                raise ValueError("auth_type header 需要 auth_config.header (header name required)")
            _HEADER_NAME.validate_python(header)
        return self


class TargetCreate(_TargetFields):
    """``POST /templates``; ``copy_of``: masked secrets sent back are that target's (duplicate)."""

    copy_of: int | None = Field(default=None, ge=1, le=2**31 - 1)


class TargetUpdate(BaseModel):
    """``PUT /templates/{id}``: any subset; fields not sent keep their value."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    code: str | None = None
    description: str | None = None
    base_url: str | None = None
    endpoint: str | None = None
    method: str | None = None
    headers: Any = None
    body_type: str | None = None
    body_template: Any = None
    auth_type: AuthType | None = None
    auth_config: dict[str, str] | None = None
    timeout: float | None = None
    response_mode: ResponseMode | None = None
    sql_paths: list[str] | None = None
    connect_timeout: float | None = None
    first_byte_timeout: float | None = None
    max_retries: int | None = None
    retry_backoff: float | None = None

    def changes(self) -> dict[str, Any]:
        """The fields the caller sent (``null`` means "not sent")."""
        return {
            name: getattr(self, name)
            for name in self.model_fields_set
            if getattr(self, name) is not None
        }


class TargetResponse(ContractModel):
    """A target as stored; secrets are masked for testers."""

    id: int
    name: str
    code: str
    description: str = ""
    is_default: bool = False
    base_url: str
    endpoint: str
    bot_url: str = Field(description="base_url and endpoint joined: the URL a run asks")
    method: BotMethod
    headers: str = Field(description="JSON text")
    body_type: BodyType = "json"
    body_template: str = Field(description="JSON text")
    auth_type: AuthType
    auth_config: dict[str, str]
    timeout: float
    response_mode: ResponseMode
    sql_paths: list[str]
    connect_timeout: float
    first_byte_timeout: float
    max_retries: int
    retry_backoff: float
    created_at: Timestamp
    updated_at: Timestamp | None = None
