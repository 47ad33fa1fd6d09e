"""AutoTest cases, import and reports (root paths ``/cases``, ``/reports``)."""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator

from server.contract.common import ContractModel, Timestamp, strip_text
from server.contract.judge import Checks
from server.contract.stability import AskTimeline, CaseStability, LatencySummary
from server.contract.vocabulary import BatchStatus, ResultValue

__all__ = [
    "CATEGORY_MAX",
    "QUESTION_MAX",
    "TEXT_MAX",
    "BatchReportResponse",
    "BatchStatus",
    "BatchStatusRequest",
    "BatchStatusResponse",
    "CaseCreate",
    "CaseDeleteRequest",
    "CaseDeleteResponse",
    "CasePatch",
    "CaseResponse",
    "CaseUpdate",
    "ClearAllResponse",
    "ImportResponse",
    "ReportResponse",
    "ResultDetail",
    "ResultValue",
]

QUESTION_MAX = 4000
TEXT_MAX = 100_000
CATEGORY_MAX = 200


def _question(value: str) -> str:
    value = strip_text(value)
    if not value:
        raise ValueError("问题不能为空 / question must not be blank")
    return value


def _optional_text(value: str | None) -> str | None:
    """Blank optional text is stored as null, so "no expectation" has one spelling."""
    if value is None:
        return None
    value = strip_text(value)
    return value or None


class CaseResponse(ContractModel):
    id: int
    question: str
    expected_keywords: str
    expected_conditions: str | None = None
    expected_sql: str | None = None
    category: str | None = None
    is_active: bool
    created_at: Timestamp
    updated_at: Timestamp | None = None
    last_result: ResultValue | None = Field(
        default=None, description="The newest finished ask's result (only in GET /cases)"
    )
    last_run_at: Timestamp | None = Field(
        default=None, description="When that ask finished (only in GET /cases)"
    )


class CaseCreate(BaseModel):
    question: str = Field(min_length=1, max_length=QUESTION_MAX)
    expected_keywords: str = Field(
        default="", max_length=TEXT_MAX, description="Comma-separated keywords"
    )
    expected_conditions: str | None = Field(default=None, max_length=TEXT_MAX)
    expected_sql: str | None = Field(default=None, max_length=TEXT_MAX)
    category: str | None = Field(default=None, max_length=CATEGORY_MAX)
    is_active: bool = True

    @field_validator("question")
    @classmethod
    def _strip_question(cls, value: str) -> str:
        return _question(value)

    @field_validator("expected_keywords", mode="before")
    @classmethod
    def _keywords(cls, value: object) -> object:
        return "" if value is None else value

    @field_validator("expected_conditions", "expected_sql", "category")
    @classmethod
    def _blank_is_null(cls, value: str | None) -> str | None:
        return _optional_text(value)


class CaseUpdate(CaseCreate):
    """Full replacement (``PUT``): fields not sent take their defaults."""


class CasePatch(BaseModel):
    """Partial update (``PATCH``): only the fields sent change."""

    question: str | None = Field(default=None, min_length=1, max_length=QUESTION_MAX)
    expected_keywords: str | None = Field(default=None, max_length=TEXT_MAX)
    expected_conditions: str | None = Field(default=None, max_length=TEXT_MAX)
    expected_sql: str | None = Field(default=None, max_length=TEXT_MAX)
    category: str | None = Field(default=None, max_length=CATEGORY_MAX)
    is_active: bool | None = None

    @field_validator("question")
    @classmethod
    def _strip_question(cls, value: str | None) -> str | None:
        if value is None:
            raise ValueError("问题不能为空 / question must not be null")
        return _question(value)

    @field_validator("is_active")
    @classmethod
    def _active_not_null(cls, value: bool | None) -> bool:
        if value is None:
            raise ValueError("is_active 不能为 null / is_active must not be null")
        return value

    @field_validator("expected_conditions", "expected_sql", "category")
    @classmethod
    def _blank_is_null(cls, value: str | None) -> str | None:
        return _optional_text(value)


class BatchStatusRequest(BaseModel):
    case_ids: list[int] = Field(max_length=100_000)
    is_active: bool


class BatchStatusResponse(BaseModel):
    updated: int = Field(description="Number of existing cases among case_ids")
    is_active: bool


class CaseDeleteRequest(BaseModel):
    case_ids: list[int] = Field(max_length=100_000)


class CaseDeleteResponse(BaseModel):
    deleted: int = Field(description="Number of cases deleted (unknown ids are ignored)")


class ClearAllResponse(CaseDeleteResponse):
    message: str


class ImportResponse(BaseModel):
    imported: int
    skipped: int = Field(description="skipped_blank + skipped_duplicate")
    skipped_blank: int = Field(description="Rows with a blank question")
    skipped_duplicate: int = Field(
        description="Rows whose question exists already (in the database or earlier in the file)"
    )
    total_rows: int = Field(description="Data rows read (entirely empty rows are not counted)")
    message: str
    columns: dict[str, str] = Field(
        default_factory=dict, description="Case field -> the file's header it was read from"
    )
    unmapped_columns: list[str] = Field(
        default_factory=list, description="Headers that match no case field (their data is ignored)"
    )
    without_expectations: int = Field(
        default=0,
        description="Rows imported (or, in a dry run, to import) with no keyword, condition "
        "or expected SQL: such cases are judged ERROR until given one",
    )
    dry_run: bool = Field(default=False, description="True: nothing was written")
    warnings: list[str] = Field(default_factory=list)


class ReportResponse(ContractModel):
    """Summary of one batch (a run); counts come from its stored results."""

    id: str
    start_time: Timestamp
    end_time: Timestamp | None = None
    status: BatchStatus
    total_count: int = Field(description="Cases planned")
    pass_count: int
    fail_count: int
    error_count: int
    completed_count: int = Field(description="Cases finished: pass + fail + error")
    pass_rate: float = Field(description="pass_count / completed_count (0 when none finished)")
    duration_seconds: float | None = Field(
        default=None, description="end_time - start_time; time so far while RUNNING"
    )
    rerun_of: str | None = Field(default=None, description="Batch whose failures this re-runs")
    max_workers: int | None = None
    created_by: int | None = None
    target_id: int | None = Field(default=None, description="The bot target asked (null: deleted)")
    target_name: str | None = Field(default=None, description="Its name when the batch ran")
    group_id: str | None = Field(
        default=None, description="Shared by the batches of one run against several targets"
    )
    repeat: int = Field(default=1, description="Asks per case; the counts count asks")
    experiment_id: int | None = Field(default=None, description="Tag: the experiment measured")
    template_ids: list[int] | None = Field(default=None, description="Tag: its templates")


class BatchReportResponse(ReportResponse):
    """``GET /reports/{batch_id}``: the summary plus stability and latency figures."""

    case_count: int = Field(description="Distinct cases")
    flaky_count: int = Field(description="Cases that both passed and did not pass")
    latency: LatencySummary = Field(description="Percentiles and the slowest asks")
    stability: list[CaseStability] = Field(
        description="Per case, in plan order: asks passed of asks finished"
    )


class ResultDetail(ContractModel):
    """One finished case of a batch, as the case was when it ran."""

    case_id: int
    question: str
    actual_sql: str | None = None
    expected_sql: str | None = None
    result: ResultValue
    message: str
    checks: Checks = Field(default_factory=list)
    duration: float | None = Field(default=None, description="Seconds")
    expected_keywords: str = ""
    expected_conditions: str | None = None
    category: str | None = None
    position: int = Field(description="Order of the case in the batch's plan (0-based)")
    seq: int | None = Field(default=None, description="Completion order (1-based)")
    started_at: Timestamp | None = None
    finished_at: Timestamp | None = None
    raw_answer: str | None = Field(default=None, description="Only with ?include_raw=true")
    repeat_index: int = Field(default=0, description="Which ask of the case (0 .. repeat-1)")
    timeline: AskTimeline | None = None
