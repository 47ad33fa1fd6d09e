"""All queries of the generator: templates, config rows it reads, cases, workbook metadata."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.models.autotest import Case, ConfigEntry
from server.db.models.base import table_of
from server.db.models.generator import (
    MetadataEntity,
    MetadataIndicator,
    MetadataUpload,
    QuestionTemplate,
)

__all__ = ["GeneratorRepository"]


class GeneratorRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # config rows (owned by the config domain; a missing row means "default")

    async def config_values(self, keys: Iterable[str]) -> dict[str, Any]:
        stmt = select(ConfigEntry.key, ConfigEntry.value).where(ConfigEntry.key.in_(list(keys)))
        return {key: value for key, value in (await self.session.execute(stmt)).all()}

    async def set_config_value(self, key: str, value: Any) -> None:
        await self.session.merge(ConfigEntry(key=key, value=value))

    # question templates

    async def list_templates(self, *, enabled_only: bool = False) -> list[QuestionTemplate]:
        stmt = select(QuestionTemplate).order_by(QuestionTemplate.id)
        if enabled_only:
            stmt = stmt.where(QuestionTemplate.enabled.is_(True))
        return list((await self.session.execute(stmt)).scalars())

    async def get_template(self, template_id: int) -> QuestionTemplate | None:
        return await self.session.get(QuestionTemplate, template_id)

    async def get_template_by_text(self, text: str) -> QuestionTemplate | None:
        stmt = select(QuestionTemplate).where(QuestionTemplate.text == text)
        return (await self.session.execute(stmt)).scalar_one_or_none()

    def add(self, template: QuestionTemplate) -> None:
        self.session.add(template)

    async def delete_template(self, template: QuestionTemplate) -> None:
        await self.session.delete(template)

    # cases

    async def existing_questions(self) -> set[str]:
        return set((await self.session.execute(select(Case.question))).scalars())

    async def insert_cases(self, rows: Sequence[dict[str, Any]]) -> None:
        """One Core bulk INSERT (executemany; the ORM path is ~5x slower) in this transaction."""
        if rows:
            await self.session.execute(insert(table_of(Case)), list(rows))

    # uploaded workbook metadata

    async def workbook_upload(self) -> MetadataUpload | None:
        stmt = select(MetadataUpload).order_by(MetadataUpload.id.desc()).limit(1)
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def workbook_indicators(self) -> list[tuple[str, str, str | None, str | None]]:
        stmt = select(
            MetadataIndicator.name,
            MetadataIndicator.code,
            MetadataIndicator.table_name,
            MetadataIndicator.category,
        ).order_by(MetadataIndicator.id)
        return [tuple(row) for row in (await self.session.execute(stmt)).all()]  # type: ignore[misc]

    async def workbook_entities(self) -> list[tuple[str, str]]:
        stmt = select(MetadataEntity.name, MetadataEntity.code).order_by(MetadataEntity.id)
        return [tuple(row) for row in (await self.session.execute(stmt)).all()]  # type: ignore[misc]

    async def replace_workbook(
        self,
        *,
        upload: MetadataUpload,
        indicators: Sequence[dict[str, Any]],
        entities: Sequence[dict[str, Any]],
    ) -> None:
        """Drop the previous workbook and store this one (in the caller's transaction)."""
        for model in (MetadataIndicator, MetadataEntity, MetadataUpload):
            await self.session.execute(delete(model))
        self.session.add(upload)
        await self.session.execute(insert(table_of(MetadataIndicator)), list(indicators))
        await self.session.execute(insert(table_of(MetadataEntity)), list(entities))

    async def commit(self) -> None:
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()

    async def refresh(self, template: QuestionTemplate) -> None:
        await self.session.refresh(template)
