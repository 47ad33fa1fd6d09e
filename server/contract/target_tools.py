"""``POST /tools/parse-curl`` and ``POST /templates/debug``: setting a target up and trying it."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from server.contract.config import DEFAULT_TEST_QUESTION
from server.contract.runs import ResultValue
from server.contract.targets import TargetCreate

__all__ = [
    "CURL_COMMAND_MAX",
    "DebugEvent",
    "DebugVariables",
    "DebugVerdict",
    "ParseCurlRequest",
    "ParseCurlResponse",
    "TargetDebugRequest",
    "TargetDebugResponse",
]

CURL_COMMAND_MAX = 200_000


class ParseCurlRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    curl_command: str = Field(min_length=1, max_length=CURL_COMMAND_MAX)
    sample_question: str | None = Field(
        default=None,
        max_length=2000,
        description="The question the copied request asked: replaced by {question}",
    )


class ParseCurlResponse(BaseModel):
    method: str
    url: str
    headers: dict[str, str]
    body: Any = Field(description="The body as JSON when it is JSON, else as text; null: none")
    shell: Literal["bash", "cmd"] = Field(description="How the command was quoted")
    target: TargetCreate = Field(
        description="A target sending this request, {question} and {chat_id} in its body"
    )
    warnings: list[str] = Field(default_factory=list)


class DebugVariables(BaseModel):
    model_config = ConfigDict(extra="ignore")

    question: str = Field(default=DEFAULT_TEST_QUESTION, min_length=1, max_length=2000)
    case_id: int = Field(default=0, ge=0, le=2**31 - 1)

    @field_validator("question", mode="after")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("问题不能为空 (question must not be blank)")
        return value.strip()


class TargetDebugRequest(BaseModel):
    """A target (saved: ``id``; unsaved: its fields; both: the fields over the saved ones)."""

    model_config = ConfigDict(extra="forbid")

    template: dict[str, Any] = Field(
        description="Target fields as for POST /templates; with id, over that target's"
    )
    variables: DebugVariables = Field(default_factory=DebugVariables)
    expected_keywords: str = Field(default="", max_length=10_000)
    expected_conditions: str | None = Field(default=None, max_length=10_000)
    expected_sql: str | None = Field(default=None, max_length=100_000)


class DebugEvent(BaseModel):
    event: str
    data: Any


class DebugVerdict(BaseModel):
    result: ResultValue
    message: str = ""


class TargetDebugResponse(BaseModel):
    """What one request got, as a run would see it."""

    ok: bool = Field(description="SQL was found in the answer")
    question: str
    bot_url: str
    status_code: int | None = None
    duration: float = Field(description="Seconds, all attempts included")
    attempts: int = 1
    error: str | None = None
    raw_answer: str = ""
    raw_truncated: bool = False
    events: list[DebugEvent] = Field(
        default_factory=list, description="The SSE events of the answer (empty for JSON)"
    )
    sql: str | None = None
    verdict: DebugVerdict = Field(description="The judge's view of the answer")
