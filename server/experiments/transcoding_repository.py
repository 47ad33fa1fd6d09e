"""All queries on per-link notes and versions, experiment groups and their metrics."""

from __future__ import annotations

from sqlalchemy import func, select

from server.db.models.experiments import Experiment, ExperimentTemplate
from server.db.models.transcoding import ExperimentGroup, GroupMetrics, LinkNotes, TemplateVersion
from server.db.repository import RepositoryBase

__all__ = ["TranscodingRepository"]


class TranscodingRepository(RepositoryBase[ExperimentGroup]):
    model = ExperimentGroup

    # Parents

    async def experiment_exists(self, experiment_id: int) -> bool:
        return await self.session.get(Experiment, experiment_id) is not None

    async def link_exists(self, experiment_id: int, template_id: int) -> bool:
        link = await self.session.get(ExperimentTemplate, (experiment_id, template_id))
        return link is not None

    # Notes

    async def get_notes(self, experiment_id: int, template_id: int) -> LinkNotes | None:
        return await self.session.get(LinkNotes, (experiment_id, template_id))

    # Versions

    async def get_version(self, version_id: int) -> TemplateVersion | None:
        return await self.session.get(TemplateVersion, version_id)

    async def list_versions(self, experiment_id: int, template_id: int) -> list[TemplateVersion]:
        stmt = (
            select(TemplateVersion)
            .where(
                TemplateVersion.experiment_id == experiment_id,
                TemplateVersion.template_id == template_id,
            )
            .order_by(TemplateVersion.order_index, TemplateVersion.id)
        )
        return await self.get_all(stmt)

    async def next_version_index(self, experiment_id: int, template_id: int) -> int:
        stmt = select(func.max(TemplateVersion.order_index)).where(
            TemplateVersion.experiment_id == experiment_id,
            TemplateVersion.template_id == template_id,
        )
        last = await self.get_one_or_none(stmt)
        return 0 if last is None else last + 1

    # Groups

    async def list_groups(self, experiment_id: int) -> list[ExperimentGroup]:
        stmt = (
            select(ExperimentGroup)
            .where(ExperimentGroup.experiment_id == experiment_id)
            .order_by(ExperimentGroup.order_index, ExperimentGroup.id)
        )
        return await self.get_all(stmt)

    async def next_group_index(self, experiment_id: int) -> int:
        stmt = select(func.max(ExperimentGroup.order_index)).where(
            ExperimentGroup.experiment_id == experiment_id
        )
        last = await self.get_one_or_none(stmt)
        return 0 if last is None else last + 1

    # Metrics

    async def get_metrics(self, group_id: int) -> GroupMetrics | None:
        stmt = select(GroupMetrics).where(GroupMetrics.group_id == group_id)
        return await self.get_one_or_none(stmt)
