"""Config rules: defaults for missing fields, partial updates, the token kept out of logs."""

from __future__ import annotations

import logging
import time
from typing import Any

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError

from server.bot_hosts import BotHostPolicy, BotHostRefused
from server.config.repository import ConfigRepository
from server.contract.config import (
    TEST_RAW_ANSWER_LIMIT,
    ConfigResponse,
    ConfigTestRequest,
    ConfigTestResponse,
    ConfigUpdate,
)
from server.data_sources import DataSourcePolicy
from server.errors import BadRequest, Forbidden
from server.runner.adapter import BotAdapter, BotClients, ChatIds

__all__ = ["get_config", "test_connection", "update_config"]

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


# What a database URL can reach (and, with a FAIL message, read back): root's call.
ROOT_ONLY_FIELDS = ("validation_db_url", "metadata_db_url")


async def update_config(
    repo: ConfigRepository, *, changes: ConfigUpdate, is_root: bool, sources: DataSourcePolicy
) -> ConfigResponse:
    current = await get_config(repo)
    for name in ROOT_ONLY_FIELDS:
        if name not in changes.model_fields_set:
            continue
        value = getattr(changes, name)
        if not is_root and value != getattr(current, name):
            raise Forbidden(
                f"权限不足：仅管理员可修改 {name}", f"Forbidden: only root may change {name}"
            )
        sources.check(value, field=name)
    values = ConfigResponse.model_validate(
        {**current.model_dump(), **changes.changes()}
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


async def test_connection(
    repo: ConfigRepository,
    *,
    request: ConfigTestRequest,
    bot_hosts: BotHostPolicy,
    clients: BotClients,
    chat_ids: ChatIds,
) -> ConfigTestResponse:
    """Ask the bot one question as a run would (saved config plus unsaved ``overrides``)."""
    config = await get_config(repo)
    if request.overrides is not None:
        config = ConfigResponse.model_validate(
            {**config.model_dump(), **request.overrides.changes()}
        )
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
