"""Config rules: defaults for missing fields, partial updates, the token kept out of logs."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError

from server.config.repository import ConfigRepository
from server.contract.config import ConfigResponse, ConfigUpdate

__all__ = ["get_config", "update_config"]

log = logging.getLogger(__name__)


def _merge(stored: dict[str, Any]) -> ConfigResponse:
    """Stored fields over the defaults; a stored value that no longer validates falls back."""
    known = {k: v for k, v in stored.items() if k in ConfigResponse.model_fields}
    try:
        return ConfigResponse.model_validate(known)
    except ValidationError as exc:
        bad = {str(error["loc"][0]) for error in exc.errors() if error.get("loc")}
        # Field names only: a value could be the token.
        log.warning("config fields with invalid stored values use their defaults: %s", sorted(bad))
        return ConfigResponse.model_validate({k: v for k, v in known.items() if k not in bad})


async def get_config(repo: ConfigRepository) -> ConfigResponse:
    return _merge(await repo.values())


async def update_config(repo: ConfigRepository, *, changes: ConfigUpdate) -> ConfigResponse:
    values = ConfigResponse.model_validate(
        {**(await get_config(repo)).model_dump(), **changes.changes()}
    ).model_dump(mode="json")
    sent = {name: values[name] for name in changes.model_fields_set}
    try:
        await repo.save(sent)
    except IntegrityError:
        # A concurrent first save of the same field: its row exists now, so update it.
        await repo.session.rollback()
        await repo.save(sent)
    log.info("config updated: %s", sorted(sent))
    return await get_config(repo)
