"""Config rules: defaults for missing fields, partial updates, the token kept out of logs."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server.bot_hosts import BotHostPolicy, BotHostRefused
from server.config.repository import ConfigRepository
from server.config.secrets import mask_config, refuse_moved_secrets, unmask_config
from server.contract.config import (
    TEST_RAW_ANSWER_LIMIT,
    ConfigResponse,
    ConfigTestRequest,
    ConfigTestResponse,
    ConfigUpdate,
)
from server.data_sources import DataSourcePolicy
from server.errors import BadRequest, Forbidden
from server.runs.runner.adapter import BotAdapter, BotClients, ChatIds

__all__ = [
    "config_from_stored",
    "get_config",
    "masked",
    "stage_update",
    "stored_fields",
    "test_connection",
    "update_config",
]

log = logging.getLogger(__name__)


def config_from_stored(stored: dict[str, Any]) -> ConfigResponse:
    """Stored fields over the defaults; a stored value that no longer validates falls back."""
    known = {k: v for k, v in stored.items() if k in ConfigResponse.model_fields}
    try:
        return ConfigResponse.model_validate(known)
    except ValidationError as exc:
        bad = {str(error["loc"][0]) for error in exc.errors() if error.get("loc")}
        # Field names only: a value could be the token.
        log.warning("config fields with invalid stored values use their defaults: %s", sorted(bad))
        return ConfigResponse.model_validate({k: v for k, v in known.items() if k not in bad})


async def get_config(session: AsyncSession) -> ConfigResponse:
    repo = ConfigRepository.from_session(session)
    return config_from_stored(await repo.values())


def masked(config: ConfigResponse) -> ConfigResponse:
    """The config as a tester sees it: secrets masked."""
    return ConfigResponse.model_validate(mask_config(config.model_dump()))


async def _changed_values(session: AsyncSession, changes: ConfigUpdate) -> dict[str, Any]:
    """The fields sent, validated against the whole config they make, as stored.

    A masked secret sent back unchanged (what a tester saw) keeps the stored value.
    """
    current = (await get_config(session)).model_dump()
    values = ConfigResponse.model_validate(
        {**current, **unmask_config(changes.changes(), current)}
    ).model_dump(mode="json")
    return {name: values[name] for name in changes.model_fields_set}


async def stage_update(session: AsyncSession, changes: ConfigUpdate) -> None:
    """Another domain's change to the config, stored when that domain commits."""
    await ConfigRepository.from_session(session).stage(await _changed_values(session, changes))


async def stored_fields(session: AsyncSession, names: Sequence[str]) -> dict[str, Any]:
    """These fields as stored (unvalidated: the caller judges them), defaults where unset."""
    stored = await ConfigRepository.from_session(session).values()
    return {
        name: stored.get(
            name, ConfigResponse.model_fields[name].get_default(call_default_factory=True)
        )
        for name in names
    }


# What a database URL can reach (and, with a FAIL message, read back): root's call.
ROOT_ONLY_FIELDS = ("validation_db_url", "metadata_db_url")


async def _check_database_urls(
    session: AsyncSession, changes: ConfigUpdate, *, is_root: bool, sources: DataSourcePolicy
) -> None:
    """Only root changes a database URL (others may send it back unchanged), and no URL
    reaches the app's own data."""
    sent = [name for name in ROOT_ONLY_FIELDS if name in changes.model_fields_set]
    if not sent:
        return
    current = await get_config(session)
    # What a tester saw (a masked URL) and sends back unchanged is no change.
    unmasked = unmask_config({name: getattr(changes, name) for name in sent}, current.model_dump())
    for name in sent:
        value = unmasked[name]
        if not is_root and value != getattr(current, name):
            raise Forbidden(
                f"权限不足：仅管理员可修改 {name}", f"Forbidden: only root may change {name}"
            )
        sources.check(value, field=name)


async def update_config(
    session: AsyncSession, *, changes: ConfigUpdate, is_root: bool, sources: DataSourcePolicy
) -> ConfigResponse:
    await _check_database_urls(session, changes, is_root=is_root, sources=sources)
    repo = ConfigRepository.from_session(session)
    sent = await _changed_values(session, changes)
    if not is_root:
        current = (await get_config(session)).model_dump(mode="json")
        refuse_moved_secrets(typed=changes.changes(), current=current, final={**current, **sent})
    try:
        await repo.save(sent)
    except IntegrityError:
        # A concurrent first save of the same field: its row exists now, so update it.
        await repo.rollback()
        await repo.save(sent)
    log.info("config updated: %s", sorted(sent))
    return await get_config(session)


async def test_connection(
    session: AsyncSession,
    *,
    request: ConfigTestRequest,
    bot_hosts: BotHostPolicy,
    clients: BotClients,
    chat_ids: ChatIds,
    is_root: bool,
) -> ConfigTestResponse:
    """Ask the bot one question as a run would (saved config plus unsaved ``overrides``)."""
    config = await get_config(session)
    if request.overrides is not None:
        current = config.model_dump()
        typed = request.overrides.changes()
        config = ConfigResponse.model_validate({**current, **unmask_config(typed, current)})
        if not is_root:
            refuse_moved_secrets(typed=typed, current=current, final=config.model_dump())
    try:
        bot_hosts.check(config.bot_url)
    except BotHostRefused as exc:
        raise BadRequest(exc.text.zh, exc.text.en) from exc
    adapter = BotAdapter(config, chat_ids=chat_ids)
    client = clients.acquire()
    started = time.perf_counter()
    try:
        answer = await adapter.ask(client, question=request.question, case_id=0)
    finally:
        clients.release(client)
    duration = time.perf_counter() - started
    # The URL only: the host, never the token, goes to the log.
    log.info("config test: %s -> %s", config.bot_url, "ok" if answer.sql else "no SQL")
    return ConfigTestResponse(
        ok=answer.sql is not None,
        question=request.question,
        sql=answer.sql,
        raw_answer=answer.raw[:TEST_RAW_ANSWER_LIMIT],
        raw_truncated=len(answer.raw) > TEST_RAW_ANSWER_LIMIT,
        duration=round(duration, 3),
        status_code=answer.status_code,
        error=answer.error,
        attempts=answer.attempts,
        bot_url=config.bot_url,
    )
