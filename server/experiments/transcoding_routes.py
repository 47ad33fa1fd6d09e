"""``/api/v1/experiments``: VoidView's later parts (notes, versions, groups, metrics).

Paths: ``/{id}/templates/{tid}/notes``, ``/{id}/templates/{tid}/versions``,
``/versions/{vid}``, ``/{id}/groups``, ``/groups/{gid}``, ``/groups/{gid}/metrics``.
None has the segment count of an experiments route with the same method, so the
order of the two routers does not matter.
"""

from __future__ import annotations

from fastapi import APIRouter

from server.auth.deps import CurrentUser
from server.contract.common import MessageResponse
from server.contract.transcoding import (
    GroupCreate,
    GroupResponse,
    GroupUpdate,
    MetricsResponse,
    MetricsWrite,
    NotesResponse,
    NotesUpdate,
    NotesUpdated,
    VersionCreate,
    VersionResponse,
    VersionUpdate,
)
from server.deps import LanguageDep, SessionDep
from server.experiments import transcoding_service as service
from server.i18n import Language, Text
from server.responses import MISSING, errors

__all__ = ["router"]

router = APIRouter(prefix="/api/v1/experiments", tags=["experiments"])

# 409: a parent deleted by a concurrent writer while this one was saving.
WRITE = MISSING | errors(409)


def _message(language: Language, zh: str, en: str) -> str:
    return Text(zh, en).render(language)


# Notes per experiment-template link


@router.get(
    "/{experiment_id}/templates/{template_id}/notes",
    response_model=NotesResponse,
    responses=MISSING,
)
async def get_notes(
    experiment_id: int, template_id: int, _: CurrentUser, session: SessionDep
) -> NotesResponse:
    """The link's notes (``""`` until written); 404 when the template is not linked."""
    notes = await service.get_notes(session, experiment_id=experiment_id, template_id=template_id)
    return NotesResponse(notes=notes)


@router.put(
    "/{experiment_id}/templates/{template_id}/notes",
    response_model=NotesUpdated,
    responses=WRITE,
)
async def put_notes(
    experiment_id: int,
    template_id: int,
    body: NotesUpdate,
    _: CurrentUser,
    session: SessionDep,
    language: LanguageDep,
) -> NotesUpdated:
    notes = await service.set_notes(
        session,
        experiment_id=experiment_id,
        template_id=template_id,
        notes=body.notes,
    )
    return NotesUpdated(message=_message(language, "更新成功", "Updated"), notes=notes)


# Template versions per link


@router.get(
    "/{experiment_id}/templates/{template_id}/versions",
    response_model=list[VersionResponse],
    responses=MISSING,
)
async def list_versions(
    experiment_id: int, template_id: int, _: CurrentUser, session: SessionDep
) -> list[VersionResponse]:
    """The link's versions in ``order_index`` order."""
    versions = await service.list_versions(
        session, experiment_id=experiment_id, template_id=template_id
    )
    return [VersionResponse.model_validate(v) for v in versions]


@router.post(
    "/{experiment_id}/templates/{template_id}/versions",
    response_model=VersionResponse,
    status_code=201,
    responses=WRITE,
)
async def create_version(
    experiment_id: int,
    template_id: int,
    body: VersionCreate,
    _: CurrentUser,
    session: SessionDep,
) -> VersionResponse:
    """A new version after the link's last one."""
    version = await service.create_version(
        session,
        experiment_id=experiment_id,
        template_id=template_id,
        data=body,
    )
    return VersionResponse.model_validate(version)


@router.put("/versions/{version_id}", response_model=VersionResponse, responses=WRITE)
async def update_version(
    version_id: int, body: VersionUpdate, _: CurrentUser, session: SessionDep
) -> VersionResponse:
    """Changes only what is sent (name, notes, template_content)."""
    version = await service.update_version(session, version_id=version_id, changes=body)
    return VersionResponse.model_validate(version)


@router.delete("/versions/{version_id}", response_model=MessageResponse, responses=MISSING)
async def delete_version(
    version_id: int, _: CurrentUser, session: SessionDep, language: LanguageDep
) -> MessageResponse:
    await service.delete_version(session, version_id=version_id)
    return MessageResponse(message=_message(language, "删除成功", "Deleted"))


# Groups


@router.get("/{experiment_id}/groups", response_model=list[GroupResponse], responses=MISSING)
async def list_groups(
    experiment_id: int, _: CurrentUser, session: SessionDep
) -> list[GroupResponse]:
    """The experiment's groups in ``order_index`` order."""
    groups = await service.list_groups(session, experiment_id=experiment_id)
    return [GroupResponse.model_validate(g) for g in groups]


@router.post(
    "/{experiment_id}/groups", response_model=GroupResponse, status_code=201, responses=WRITE
)
async def create_group(
    experiment_id: int, body: GroupCreate, _: CurrentUser, session: SessionDep
) -> GroupResponse:
    """A new group, status ``pending``; after the last one unless ``order_index`` is given."""
    group = await service.create_group(session, experiment_id=experiment_id, data=body)
    return GroupResponse.model_validate(group)


@router.put("/groups/{group_id}", response_model=GroupResponse, responses=WRITE)
async def update_group(
    group_id: int, body: GroupUpdate, _: CurrentUser, session: SessionDep
) -> GroupResponse:
    """Changes only what is sent; ``null`` clears an optional field."""
    group = await service.update_group(session, group_id=group_id, changes=body)
    return GroupResponse.model_validate(group)


@router.delete("/groups/{group_id}", response_model=MessageResponse, responses=MISSING)
async def delete_group(
    group_id: int, _: CurrentUser, session: SessionDep, language: LanguageDep
) -> MessageResponse:
    """Deletes the group and its metrics."""
    await service.delete_group(session, group_id=group_id)
    return MessageResponse(message=_message(language, "删除成功", "Deleted"))


# Objective metrics per group


@router.get("/groups/{group_id}/metrics", response_model=MetricsResponse, responses=MISSING)
async def get_metrics(group_id: int, _: CurrentUser, session: SessionDep) -> MetricsResponse:
    """404 until the group's metrics are first written."""
    metrics = await service.get_metrics(session, group_id=group_id)
    return MetricsResponse.model_validate(metrics)


@router.post("/groups/{group_id}/metrics", response_model=MetricsResponse, responses=WRITE)
async def write_metrics(
    group_id: int, body: MetricsWrite, _: CurrentUser, session: SessionDep
) -> MetricsResponse:
    """Creates the metrics or changes only the fields sent (VMAF 0..100, SSIM 0..1, ...)."""
    metrics = await service.write_metrics(session, group_id=group_id, data=body)
    return MetricsResponse.model_validate(metrics)
