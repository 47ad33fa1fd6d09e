"""Rules for per-link notes and versions, groups and metrics: parents must exist (404)."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server.contract.transcoding import (
    GroupCreate,
    GroupUpdate,
    MetricsWrite,
    VersionCreate,
    VersionUpdate,
)
from server.contract.vocabulary import GroupStatus
from server.db.models import utcnow
from server.db.models.transcoding import ExperimentGroup, GroupMetrics, LinkNotes, TemplateVersion
from server.errors import Conflict, NotFound
from server.experiments.transcoding_repository import TranscodingRepository

__all__ = [
    "create_group",
    "create_version",
    "delete_group",
    "delete_version",
    "get_metrics",
    "get_notes",
    "list_groups",
    "list_versions",
    "set_notes",
    "update_group",
    "update_version",
    "write_metrics",
]

_CHANGED_MEANWHILE = Conflict("数据已被同时修改，请重试", "The data changed meanwhile; try again")


async def _commit(repo: TranscodingRepository) -> None:
    """Commit; a parent deleted by a concurrent writer is the same 404 a later call would get."""
    try:
        await repo.commit()
    except IntegrityError as exc:
        await repo.rollback()
        raise _CHANGED_MEANWHILE from exc


async def _require_experiment(repo: TranscodingRepository, experiment_id: int) -> None:
    if not await repo.experiment_exists(experiment_id):
        raise NotFound(f"实验不存在: {experiment_id}", f"Experiment not found: {experiment_id}")


async def _require_link(repo: TranscodingRepository, experiment_id: int, template_id: int) -> None:
    await _require_experiment(repo, experiment_id)
    if not await repo.link_exists(experiment_id, template_id):
        raise NotFound(
            f"实验 {experiment_id} 未关联模板 {template_id}",
            f"Experiment {experiment_id} is not linked to template {template_id}",
        )


# Notes


async def get_notes(session: AsyncSession, *, experiment_id: int, template_id: int) -> str:
    repo = TranscodingRepository.from_session(session)
    await _require_link(repo, experiment_id, template_id)
    row = await repo.get_notes(experiment_id, template_id)
    return row.notes if row is not None else ""


async def set_notes(
    session: AsyncSession, *, experiment_id: int, template_id: int, notes: str
) -> str:
    repo = TranscodingRepository.from_session(session)
    await _require_link(repo, experiment_id, template_id)
    row = await repo.get_notes(experiment_id, template_id)
    if row is None:
        row = LinkNotes(experiment_id=experiment_id, template_id=template_id)
        repo.add(row)
    row.notes = notes
    row.updated_at = utcnow()
    await _commit(repo)
    return notes


# Versions


async def list_versions(
    session: AsyncSession, *, experiment_id: int, template_id: int
) -> list[TemplateVersion]:
    repo = TranscodingRepository.from_session(session)
    await _require_link(repo, experiment_id, template_id)
    return await repo.list_versions(experiment_id, template_id)


async def create_version(
    session: AsyncSession, *, experiment_id: int, template_id: int, data: VersionCreate
) -> TemplateVersion:
    repo = TranscodingRepository.from_session(session)
    await _require_link(repo, experiment_id, template_id)
    version = TemplateVersion(
        experiment_id=experiment_id,
        template_id=template_id,
        name=data.name,
        notes=data.notes,
        template_content=data.template_content,
        order_index=await repo.next_version_index(experiment_id, template_id),
        created_at=utcnow(),
    )
    repo.add(version)
    await _commit(repo)
    return version


async def _get_version(repo: TranscodingRepository, version_id: int) -> TemplateVersion:
    version = await repo.get_version(version_id)
    if version is None:
        raise NotFound(f"版本不存在: {version_id}", f"Version not found: {version_id}")
    return version


async def update_version(
    session: AsyncSession, *, version_id: int, changes: VersionUpdate
) -> TemplateVersion:
    repo = TranscodingRepository.from_session(session)
    version = await _get_version(repo, version_id)
    fields = changes.model_fields_set
    if "name" in fields and changes.name is not None:
        version.name = changes.name
    if "notes" in fields:
        version.notes = changes.notes
    if "template_content" in fields:
        version.template_content = changes.template_content
    version.updated_at = utcnow()
    await _commit(repo)
    return version


async def delete_version(session: AsyncSession, *, version_id: int) -> None:
    repo = TranscodingRepository.from_session(session)
    await repo.delete(await _get_version(repo, version_id))
    await repo.commit()


# Groups


async def list_groups(session: AsyncSession, *, experiment_id: int) -> list[ExperimentGroup]:
    repo = TranscodingRepository.from_session(session)
    await _require_experiment(repo, experiment_id)
    return await repo.list_groups(experiment_id)


async def create_group(
    session: AsyncSession, *, experiment_id: int, data: GroupCreate
) -> ExperimentGroup:
    repo = TranscodingRepository.from_session(session)
    await _require_experiment(repo, experiment_id)
    order_index = data.order_index
    if order_index is None:
        order_index = await repo.next_group_index(experiment_id)
    group = ExperimentGroup(
        experiment_id=experiment_id,
        name=data.name,
        encoder_version=data.encoder_version,
        transcode_params=data.transcode_params,
        input_url=data.input_url,
        output_url=data.output_url,
        order_index=order_index,
        status=GroupStatus.PENDING,
        created_at=utcnow(),
    )
    repo.add(group)
    await _commit(repo)
    return group


async def _get_group(repo: TranscodingRepository, group_id: int) -> ExperimentGroup:
    group = await repo.get(group_id)
    if group is None:
        raise NotFound(f"实验组不存在: {group_id}", f"Group not found: {group_id}")
    return group


async def update_group(
    session: AsyncSession, *, group_id: int, changes: GroupUpdate
) -> ExperimentGroup:
    repo = TranscodingRepository.from_session(session)
    group = await _get_group(repo, group_id)
    for name in changes.model_fields_set:
        value = getattr(changes, name)
        if value is not None or name not in GroupUpdate.not_nullable:
            setattr(group, name, value)
    group.updated_at = utcnow()
    await _commit(repo)
    return group


async def delete_group(session: AsyncSession, *, group_id: int) -> None:
    """The group's metrics go with it (``ON DELETE CASCADE``)."""
    repo = TranscodingRepository.from_session(session)
    await repo.delete(await _get_group(repo, group_id))
    await repo.commit()


# Metrics


async def get_metrics(session: AsyncSession, *, group_id: int) -> GroupMetrics:
    repo = TranscodingRepository.from_session(session)
    await _get_group(repo, group_id)
    metrics = await repo.get_metrics(group_id)
    if metrics is None:
        raise NotFound(f"实验组 {group_id} 尚无客观指标", f"Group {group_id} has no metrics yet")
    return metrics


async def write_metrics(
    session: AsyncSession, *, group_id: int, data: MetricsWrite
) -> GroupMetrics:
    """Create the group's metrics, or change only the fields sent."""
    repo = TranscodingRepository.from_session(session)
    await _get_group(repo, group_id)
    metrics = await repo.get_metrics(group_id)
    now = utcnow()
    if metrics is None:
        metrics = GroupMetrics(group_id=group_id, created_at=now)
        repo.add(metrics)
    else:
        metrics.updated_at = now
    for name in data.model_fields_set:
        setattr(metrics, name, getattr(data, name))
    await _commit(repo)
    return metrics
