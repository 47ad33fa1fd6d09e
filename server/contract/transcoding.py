"""VoidView's later additions under ``/api/v1/experiments``: notes, versions, groups, metrics."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field, StringConstraints

from server.contract.common import ContractModel, Timestamp
from server.contract.experiments import Name, _PartialUpdate
from server.contract.vocabulary import GroupStatus

__all__ = [
    "GroupCreate",
    "GroupResponse",
    "GroupUpdate",
    "MetricsResponse",
    "MetricsWrite",
    "NotesResponse",
    "NotesUpdate",
    "NotesUpdated",
    "VersionCreate",
    "VersionResponse",
    "VersionUpdate",
]


NOTES_MAX = 20_000
CONTENT_MAX = 200_000
URL_MAX = 2000

Notes = Annotated[str, StringConstraints(max_length=NOTES_MAX)]
Content = Annotated[str, StringConstraints(max_length=CONTENT_MAX)]
Url = Annotated[str, StringConstraints(strip_whitespace=True, max_length=URL_MAX)]
Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
OrderIndex = Annotated[int, Field(ge=0, le=1_000_000)]
# A JSON object of encoder settings (e.g. ``{"crf": 23, "preset": "slow"}``); kept as sent.
TranscodeParams = Annotated[dict[str, Any], Field(max_length=200)]


# Notes per experiment-template link


class NotesResponse(BaseModel):
    notes: str


class NotesUpdate(BaseModel):
    notes: Notes


class NotesUpdated(BaseModel):
    message: str
    notes: str


# Template versions per link


class VersionCreate(BaseModel):
    name: Name
    notes: Notes | None = None
    template_content: Content | None = None


class VersionUpdate(_PartialUpdate):
    not_nullable = frozenset({"name"})

    name: Name | None = None
    notes: Notes | None = None
    template_content: Content | None = None


class VersionResponse(ContractModel):
    id: int
    experiment_id: int
    template_id: int
    name: str
    notes: str | None = None
    template_content: str | None = None
    order_index: int
    created_at: Timestamp
    updated_at: Timestamp | None = None


# Groups: the encoder variants compared in an experiment


class GroupCreate(BaseModel):
    name: Name
    encoder_version: Short | None = None
    transcode_params: TranscodeParams | None = None
    input_url: Url | None = None
    output_url: Url | None = None
    order_index: OrderIndex | None = Field(default=None, description="After the last if omitted")


class GroupUpdate(_PartialUpdate):
    not_nullable = frozenset({"name", "status", "order_index"})

    name: Name | None = None
    encoder_version: Short | None = None
    transcode_params: TranscodeParams | None = None
    input_url: Url | None = None
    output_url: Url | None = None
    order_index: OrderIndex | None = None
    status: GroupStatus | None = None


class GroupResponse(ContractModel):
    id: int
    experiment_id: int
    name: str
    encoder_version: str | None = None
    transcode_params: dict[str, Any] | None = None
    input_url: str | None = None
    output_url: str | None = None
    order_index: int
    status: GroupStatus
    created_at: Timestamp
    updated_at: Timestamp | None = None


# Objective metrics per group


class MetricsWrite(BaseModel):
    """Creates the group's metrics, or changes only the fields sent."""

    bitrate: Annotated[float, Field(ge=0, le=1e9, allow_inf_nan=False)] | None = Field(
        default=None, description="kbit/s"
    )
    vmaf: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = None
    psnr: Annotated[float, Field(ge=0, le=1000, allow_inf_nan=False)] | None = Field(
        default=None, description="dB"
    )
    ssim: Annotated[float, Field(ge=0, le=1, allow_inf_nan=False)] | None = None
    machine_type: Short | None = None
    concurrent_streams: Annotated[int, Field(ge=0, le=1_000_000)] | None = None
    cpu_usage: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = Field(
        default=None, description="percent"
    )
    gpu_usage: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = Field(
        default=None, description="percent"
    )
    detailed_report_url: Url | None = None


class MetricsResponse(ContractModel):
    id: int
    group_id: int
    bitrate: float | None = None
    vmaf: float | None = None
    psnr: float | None = None
    ssim: float | None = None
    machine_type: str | None = None
    concurrent_streams: int | None = None
    cpu_usage: float | None = None
    gpu_usage: float | None = None
    detailed_report_url: str | None = None
    created_at: Timestamp
    updated_at: Timestamp | None = None
