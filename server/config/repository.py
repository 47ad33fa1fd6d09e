"""All queries on the config rows (one ``config_entries`` row per field)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from server.db.models.autotest import ConfigEntry
from server.db.repository import RepositoryBase

__all__ = ["ConfigRepository"]


class ConfigRepository(RepositoryBase[ConfigEntry]):
    model = ConfigEntry

    async def values(self) -> dict[str, Any]:
        """Every stored field (a missing row means "default")."""
        rows = await self.session.execute(select(ConfigEntry.key, ConfigEntry.value))
        return {key: value for key, value in rows}

    async def save(self, values: dict[str, Any]) -> None:
        """Upsert the given fields and commit."""
        await self.stage(values)
        await self.session.commit()

    async def stage(self, values: dict[str, Any]) -> None:
        """Upsert the given fields in the caller's transaction (not committed)."""
        if not values:
            return
        existing = {
            entry.key: entry
            for entry in (
                await self.session.execute(
                    select(ConfigEntry).where(ConfigEntry.key.in_(list(values)))
                )
            ).scalars()
        }
        for key, value in values.items():
            entry = existing.get(key)
            if entry is None:
                self.session.add(ConfigEntry(key=key, value=value))
            else:
                entry.value = value
