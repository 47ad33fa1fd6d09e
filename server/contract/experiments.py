"""Experiments (``/api/v1/experiments``): customers, apps, templates, experiments, matrix."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from server.contract.common import ContractModel, Page, Timestamp
from server.contract.vocabulary import ExperimentStatus, ReferenceType

__all__ = [
    "PALETTE",
    "AppCreate",
    "AppResponse",
    "AppUpdate",
    "Color",
    "CustomerCreate",
    "CustomerResponse",
    "CustomerUpdate",
    "ExperimentBrief",
    "ExperimentColumn",
    "ExperimentCreate",
    "ExperimentPage",
    "ExperimentResponse",
    "ExperimentStatus",
    "ExperimentUpdate",
    "LinkTemplatesRequest",
    "MatrixResponse",
    "MatrixRow",
    "ReferenceType",
    "TemplateCreate",
    "TemplateResponse",
    "TemplateUpdate",
]


# Experiment colours when none is given: ``PALETTE[id % 10]``.
PALETTE = (
    "#FF6B6B",
    "#4ECDC4",
    "#45B7D1",
    "#96CEB4",
    "#FFEAA7",
    "#DDA0DD",
    "#98D8C8",
    "#F7DC6F",
    "#BB8FCE",
    "#85C1E9",
)

NAME_MAX = 100
CONTACT_MAX = 200
DESCRIPTION_MAX = 2000

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=NAME_MAX)]
Contact = Annotated[str, StringConstraints(max_length=CONTACT_MAX)]
Description = Annotated[str, StringConstraints(max_length=DESCRIPTION_MAX)]
# ``#RRGGBB``; stored upper-cased like the palette.
Color = Annotated[
    str,
    StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$"),
    AfterValidator(str.upper),
]
TemplateIds = Annotated[list[Annotated[int, Field(ge=1)]], Field(min_length=1, max_length=10_000)]


class _PartialUpdate(BaseModel):
    """Only the fields sent change; ``null`` clears an optional field, required ones refuse it."""

    not_nullable: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _refuse_null(cls, value: object, info: ValidationInfo) -> object:
        if value is None and info.field_name in cls.not_nullable:
            raise ValueError("不能为空 (may not be null)")
        return value


# Customers


class CustomerCreate(BaseModel):
    name: Name
    contact: Contact | None = None
    description: Description | None = None


class CustomerUpdate(_PartialUpdate):
    not_nullable = frozenset({"name"})

    name: Name | None = None
    contact: Contact | None = None
    description: Description | None = None


class CustomerResponse(ContractModel):
    id: int
    name: str
    contact: str | None = None
    description: str | None = None
    created_at: Timestamp
    updated_at: Timestamp | None = None


# Apps


class AppCreate(BaseModel):
    customer_id: int
    name: Name
    description: Description | None = None


class AppUpdate(_PartialUpdate):
    not_nullable = frozenset({"name"})

    name: Name | None = None
    description: Description | None = None


class AppResponse(ContractModel):
    id: int
    customer_id: int
    name: str
    description: str | None = None
    created_at: Timestamp
    updated_at: Timestamp | None = None


# Templates


class TemplateCreate(BaseModel):
    app_id: int
    name: Name
    description: Description | None = None


class TemplateUpdate(_PartialUpdate):
    not_nullable = frozenset({"name"})

    name: Name | None = None
    description: Description | None = None


class TemplateResponse(ContractModel):
    id: int
    app_id: int
    name: str
    description: str | None = None
    created_at: Timestamp
    updated_at: Timestamp | None = None


# Experiments


class ExperimentCreate(BaseModel):
    template_ids: TemplateIds
    name: Name
    reference_type: ReferenceType = ReferenceType.NEW
    color: Color | None = Field(default=None, description="#RRGGBB; the palette colour if omitted")


class ExperimentUpdate(_PartialUpdate):
    """``color: null`` goes back to the experiment's palette colour."""

    not_nullable = frozenset({"name", "status", "reference_type"})

    name: Name | None = None
    status: ExperimentStatus | None = None
    reference_type: ReferenceType | None = None
    color: Color | None = None


class ExperimentResponse(ContractModel):
    id: int
    name: str
    status: ExperimentStatus
    reference_type: ReferenceType
    color: str
    created_at: Timestamp
    created_by: int
    updated_at: Timestamp | None = None
    template_ids: list[int] = Field(default_factory=list, description="Linked templates by id")
    template_names: list[str] = Field(
        default_factory=list,
        description='"Customer/App/Template" for each of template_ids, in the same order',
    )


ExperimentPage = Page[ExperimentResponse]


class LinkTemplatesRequest(BaseModel):
    template_ids: TemplateIds


class ExperimentBrief(ContractModel):
    id: int
    name: str
    status: ExperimentStatus
    color: str


class MatrixRow(BaseModel):
    customer_id: int
    customer_name: str
    app_id: int
    app_name: str
    template_id: int
    template_name: str
    experiments: dict[str, ExperimentBrief] = Field(
        description="The template's experiments, keyed by experiment id as a string"
    )


class ExperimentColumn(ExperimentBrief):
    """A matrix column: the experiment, and the newest AutoTest batch tagged with it."""

    latest_batch_id: str | None = None
    latest_batch_time: Timestamp | None = None
    latest_pass_rate: float | None = Field(
        default=None, description="pass / finished asks of that batch (null: none finished)"
    )


class MatrixResponse(BaseModel):
    rows: list[MatrixRow] = Field(
        description="One row per template, by customer name, app name, template name"
    )
    experiments: list[ExperimentColumn] = Field(description="Every experiment by id: the columns")
