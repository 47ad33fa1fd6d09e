"""Case generator: question templates, metadata preview, generate, metadata upload."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from server.contract.common import ContractModel, Timestamp

__all__ = [
    "GenerateRequest",
    "GenerateResponse",
    "MetadataSourceInfo",
    "MetadataSourceKind",
    "MetadataUploadResponse",
    "PreviewResponse",
    "QuestionTemplateCreate",
    "QuestionTemplateResponse",
    "QuestionTemplateUpdate",
    "SampleQuestion",
]

MetadataSourceKind = Literal["sample", "database", "workbook"]

# The separators case expectations use: , ， ; ； and newlines.
_SEPARATORS = re.compile(r"[,，;；\r\n]+")


def _condition_list(value: object) -> object:
    """Accept a list of conditions or one string of them separated like case expectations."""
    if value is None:
        return []
    if isinstance(value, str):
        value = _SEPARATORS.split(value)
    if isinstance(value, list):
        # Non-strings pass through untouched for the item type to refuse (422).
        return [
            v.strip() if isinstance(v, str) else v
            for v in value
            if not isinstance(v, str) or v.strip()
        ]
    return value


ConditionList = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=200)]],
    BeforeValidator(_condition_list),
    Field(max_length=20),
]


class QuestionTemplateCreate(BaseModel):
    """A template: text with ``{company}`` and ``{indicator}``, expected conditions, enabled."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "text": "{company}最新的{indicator}",
                    "expected_conditions": ["ORDER BY", "LIMIT 1"],
                    "enabled": True,
                }
            ]
        }
    )

    text: str = Field(min_length=1, max_length=500)
    expected_conditions: ConditionList = Field(
        default_factory=list,
        description='A list, or one string separated by "," / ";" / newlines.',
    )
    enabled: bool = True


class QuestionTemplateUpdate(BaseModel):
    """Partial update (PATCH): only the fields sent change."""

    text: str | None = Field(default=None, min_length=1, max_length=500)
    expected_conditions: ConditionList | None = None
    enabled: bool | None = None


class QuestionTemplateResponse(ContractModel):
    id: int
    text: str
    expected_conditions: list[str]
    enabled: bool
    created_at: Timestamp
    updated_at: Timestamp | None = None


class GenerateRequest(BaseModel):
    """Optional JSON body of ``POST /generate/cases``; fields sent here override the query."""

    count: int | None = Field(default=None, ge=1, le=10)
    seed: int | None = None
    categories: list[str] | None = None
    indicators: list[str] | None = Field(
        default=None, description="Indicator names or codes to generate for (default: all)."
    )


class GenerateResponse(BaseModel):
    generated: int
    skipped: int = Field(
        description="Questions asked for but not added: duplicates, or too few entities."
    )
    message: str
    requested: int = Field(description="count x the number of indicators used.")
    indicator_count: int
    source: MetadataSourceKind


class MetadataSourceInfo(BaseModel):
    kind: MetadataSourceKind
    description: str = Field(description="What the source is; passwords in URLs are masked.")


class SampleQuestion(BaseModel):
    question: str
    expected_keywords: str
    expected_conditions: str | None
    category: str | None


class PreviewResponse(BaseModel):
    indicator_count: int
    company_count: int
    sample_indicators: list[str]
    sample_companies: list[str]
    source: MetadataSourceInfo
    categories: list[str]
    templates: list[QuestionTemplateResponse]
    sample_questions: list[SampleQuestion]


class MetadataUploadResponse(BaseModel):
    indicators: int
    entities: int
    skipped: int = Field(description="Blank or duplicate rows left out.")
    filename: str
    message: str
    active: bool = Field(description='Whether the config now reads "workbook" metadata.')
