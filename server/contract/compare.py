"""``GET /reports/compare?a=&b=``: two batches case by case (two targets, or two points in time)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from server.contract.autotest import ReportResponse
from server.contract.runs import ResultValue

__all__ = ["CompareItem", "CompareResponse"]


class CompareItem(BaseModel):
    case_id: int
    question: str
    result_a: ResultValue | None = Field(description="null: not run (or not finished) in a")
    result_b: ResultValue | None
    sql_a: str | None = None
    sql_b: str | None = None
    message_a: str = ""
    message_b: str = ""
    duration_a: float | None = None
    duration_b: float | None = None
    transition: str = Field(description='"PASS->FAIL", "FAIL->FAIL", "NONE->PASS", ...')
    changed: bool = Field(description="The results differ")
    sql_changed: bool = Field(description="The SQLs differ (whitespace aside)")


class CompareResponse(BaseModel):
    a: ReportResponse
    b: ReportResponse
    same_target: bool = Field(description="Both batches asked the same target")
    transitions: dict[str, int] = Field(description="How many cases made each transition")
    changed: int = Field(description="Cases whose results differ")
    unchanged: int
    sql_changed: int
    items: list[CompareItem] = Field(description="Changed cases first, then plan order of a")
