"""Target rules: the original wire fields <-> our bot settings, the default target, secrets.

A target's bot settings are the ``BOT_FIELDS`` of ``ConfigResponse``. The default
target's live in the config rows (``/config`` edits the same data); every other
target's in its own row. A run asks a target with the shared config (workers,
validation database) and the target's bot settings over it.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server.config import service as config_service
from server.config.secrets import mask_config, refuse_moved_secrets, unmask_config
from server.contract.config import ConfigResponse, ConfigUpdate
from server.contract.targets import BOT_FIELDS, TargetCreate, TargetResponse, TargetUpdate
from server.db.models.base import utcnow
from server.db.models.targets import BotTarget
from server.errors import (
    BadRequest,
    Conflict,
    HelixError,
    NotFound,
    Unprocessable,
    validation_detail,
)
from server.targets.repository import TargetRepository

__all__ = [
    "bot_settings",
    "create_target",
    "delete_target",
    "get_target",
    "list_targets",
    "rejected",
    "run_config",
    "settings_from_fields",
    "target_response",
    "targets_for_run",
    "typed_secrets",
    "update_target",
    "wire_fields",
]

log = logging.getLogger(__name__)


def _join_url(base_url: str, endpoint: str) -> str:
    endpoint = endpoint.strip()
    if not endpoint:
        return base_url
    if endpoint.startswith("?"):
        return base_url + endpoint
    return base_url.rstrip("/") + "/" + endpoint.lstrip("/")


def _split_url(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    endpoint = parts.path + (f"?{parts.query}" if parts.query else "")
    return f"{parts.scheme}://{parts.netloc}", endpoint


def settings_from_fields(fields: TargetCreate, previous: dict[str, Any]) -> dict[str, Any]:
    """Our bot settings for the original fields (``previous``: what ``none`` leaves as it was)."""
    token = fields.auth_config.get("token", "").strip()
    token_mode = previous.get("token_mode", "raw")
    token_header = previous.get("token_header", "Authorization")
    if fields.auth_type == "none":
        token = ""
    elif fields.auth_type == "header":
        token_mode, token_header = "header", fields.auth_config["header"]
    else:
        token_mode = fields.auth_type
    values = {
        "user_token": token,
        "headers": fields.headers,
        "bot_url": _join_url(fields.base_url, fields.endpoint),
        "bot_method": fields.method,
        "body_template": fields.body_template,
        "token_mode": token_mode,
        "token_header": token_header,
        "response_mode": fields.response_mode,
        "sql_paths": fields.sql_paths,
        "connect_timeout": fields.connect_timeout,
        "first_byte_timeout": fields.first_byte_timeout,
        "total_timeout": fields.timeout,
        "max_retries": fields.max_retries,
        "retry_backoff": fields.retry_backoff,
    }
    # Through ConfigResponse: the same rules as /config (e.g. the joined URL).
    checked = ConfigResponse.model_validate(values).model_dump(mode="json")
    return {name: checked[name] for name in BOT_FIELDS}


def typed_secrets(fields: TargetCreate, sent: Mapping[str, Any]) -> dict[str, Any]:
    """The token and headers as the caller sent them (masks included), when sent."""
    typed: dict[str, Any] = {}
    if "auth_config" in sent:
        typed["user_token"] = fields.auth_config.get("token", "").strip()
    if "headers" in sent:
        typed["headers"] = fields.headers
    return typed


def wire_fields(target: BotTarget, settings: dict[str, Any]) -> dict[str, Any]:
    """The original wire fields (headers and body as JSON, not yet text)."""
    base_url, endpoint = _split_url(settings["bot_url"])
    token = settings["user_token"]
    auth_config: dict[str, str] = {}
    if token:
        auth_type = settings["token_mode"]
        auth_config["token"] = token
        if auth_type == "header":
            auth_config["header"] = settings["token_header"]
    else:
        auth_type = "none"
    return {
        "name": target.name,
        "code": target.code,
        "description": target.description,
        "base_url": base_url,
        "endpoint": endpoint,
        "method": settings["bot_method"],
        "headers": settings["headers"],
        "body_type": "json",
        "body_template": settings["body_template"],
        "auth_type": auth_type,
        "auth_config": auth_config,
        "timeout": settings["total_timeout"],
        "response_mode": settings["response_mode"],
        "sql_paths": settings["sql_paths"],
        "connect_timeout": settings["connect_timeout"],
        "first_byte_timeout": settings["first_byte_timeout"],
        "max_retries": settings["max_retries"],
        "retry_backoff": settings["retry_backoff"],
    }


def target_response(
    target: BotTarget, settings: dict[str, Any], *, secrets: bool
) -> TargetResponse:
    shown = settings if secrets else mask_config(settings)
    fields = wire_fields(target, shown)
    fields["headers"] = json.dumps(fields["headers"], ensure_ascii=False)
    fields["body_template"] = json.dumps(fields["body_template"], ensure_ascii=False, indent=2)
    return TargetResponse(
        id=target.id,
        is_default=target.is_default,
        bot_url=shown["bot_url"],
        created_at=target.created_at,
        updated_at=target.updated_at,
        **fields,
    )


async def bot_settings(session: AsyncSession, target: BotTarget) -> dict[str, Any]:
    """The target's bot settings, complete (stored values over the defaults)."""
    if target.is_default:
        config = await config_service.get_config(session)
        return config.model_dump(mode="json", include=set(BOT_FIELDS))
    stored = {k: v for k, v in (target.settings or {}).items() if k in BOT_FIELDS}
    # As for /config: a stored value that no longer validates falls back to its default.
    config = config_service.config_from_stored(stored)
    return config.model_dump(mode="json", include=set(BOT_FIELDS))


async def run_config(
    session: AsyncSession, target: BotTarget, shared: ConfigResponse
) -> ConfigResponse:
    """What a run against this target uses: the shared config with the target's bot settings."""
    settings = await bot_settings(session, target)
    return ConfigResponse.model_validate({**shared.model_dump(), **settings})


def _not_found(target_id: int) -> NotFound:
    return NotFound(f"目标不存在: {target_id}", f"Target not found: {target_id}")


async def _get(repo: TargetRepository, target_id: int) -> BotTarget:
    target = await repo.get(target_id)
    if target is None:
        raise _not_found(target_id)
    return target


async def list_targets(
    session: AsyncSession, *, skip: int, limit: int, secrets: bool
) -> tuple[list[TargetResponse], int]:
    repo = TargetRepository.from_session(session)
    targets = await repo.page(offset=skip, limit=limit)
    items = [target_response(t, await bot_settings(session, t), secrets=secrets) for t in targets]
    return items, await repo.count()


async def get_target(session: AsyncSession, *, target_id: int, secrets: bool) -> TargetResponse:
    target = await _get(TargetRepository.from_session(session), target_id)
    return target_response(target, await bot_settings(session, target), secrets=secrets)


async def _check_code(repo: TargetRepository, code: str, *, own_id: int | None) -> None:
    clash = await repo.by_code(code)
    if clash is not None and clash.id != own_id:
        raise Conflict(f"目标编码已存在: {code}", f"Target code already exists: {code}")


def rejected(
    exc: ValidationError, *, zh: str = "", en: str = "", error: type[HelixError] = Unprocessable
) -> HelixError:
    """A clear 4xx (422 unless told) naming the fields a ``ValidationError`` complains about."""
    errors = [dict(e) for e in exc.errors()]
    return error(zh + validation_detail(errors, "zh"), en + validation_detail(errors, "en"))


def _validated(values: dict[str, Any]) -> TargetCreate:
    """The merged fields of an update, checked like a create (422 naming the field)."""
    try:
        return TargetCreate.model_validate(values)
    except ValidationError as exc:
        raise rejected(exc) from exc


async def create_target(
    session: AsyncSession, *, body: TargetCreate, secrets: bool
) -> TargetResponse:
    repo = TargetRepository.from_session(session)
    await _check_code(repo, body.code, own_id=None)
    settings = settings_from_fields(body, {})
    if body.copy_of is not None:
        # A duplicate: the secrets a tester saw masked are the original's.
        source = await _get(repo, body.copy_of)
        original = await bot_settings(session, source)
        typed = dict(settings)
        settings = unmask_config(settings, original)
        if not secrets:
            refuse_moved_secrets(typed=typed, current=original, final=settings)
    target = BotTarget(
        name=body.name,
        code=body.code,
        description=body.description,
        is_default=False,
        settings=settings,
        created_at=utcnow(),
    )
    repo.add(target)
    await _commit(repo, body.code)
    await repo.refresh(target)
    log.info("target %s created: %s", target.id, target.code)
    return target_response(target, settings, secrets=secrets)


async def _commit(repo: TargetRepository, code: str) -> None:
    try:
        await repo.commit()
    except IntegrityError as exc:  # a concurrent create took the code first
        await repo.rollback()
        raise Conflict(f"目标编码已存在: {code}", f"Target code already exists: {code}") from exc


async def update_target(
    session: AsyncSession, *, target_id: int, body: TargetUpdate, secrets: bool
) -> TargetResponse:
    """Any subset of the fields; a masked secret sent back unchanged keeps its value."""
    repo = TargetRepository.from_session(session)
    target = await _get(repo, target_id)
    current = await bot_settings(session, target)
    sent = body.changes()
    merged = _validated({**wire_fields(target, current), **sent})
    await _check_code(repo, merged.code, own_id=target.id)
    settings = unmask_config(settings_from_fields(merged, current), current)
    if not secrets:
        refuse_moved_secrets(typed=typed_secrets(merged, sent), current=current, final=settings)
    target.name, target.code, target.description = merged.name, merged.code, merged.description
    target.updated_at = utcnow()
    if target.is_default:
        changed = {k: v for k, v in settings.items() if current.get(k) != v}
        if changed:
            # The default target is /config's bot: saved where /config keeps it, in this commit.
            await config_service.stage_update(session, ConfigUpdate(**changed))
    else:
        target.settings = settings
    await _commit(repo, merged.code)
    await repo.refresh(target)
    log.info("target %s updated", target.id)
    return target_response(target, settings, secrets=secrets)


async def delete_target(session: AsyncSession, *, target_id: int) -> None:
    repo = TargetRepository.from_session(session)
    target = await _get(repo, target_id)
    if target.is_default:
        raise Conflict(
            "默认目标不能删除 (它就是 /config 的机器人)",
            "The default target cannot be deleted (it is the bot of /config)",
        )
    await repo.delete(target)
    await repo.commit()
    log.info("target %s deleted", target_id)


async def targets_for_run(
    session: AsyncSession, *, target_id: int | None, target_ids: list[int]
) -> list[BotTarget]:
    """The targets a run asks, in the order given (none named: the default target)."""
    repo = TargetRepository.from_session(session)
    if target_id is not None and target_ids:
        raise BadRequest(
            "target_id 和 target_ids 不能同时指定", "Give either target_id or target_ids, not both"
        )
    wanted = list(dict.fromkeys(target_ids)) if target_ids else []
    if target_id is not None:
        wanted = [target_id]
    if not wanted:
        default = await repo.default()
        if default is None:  # pragma: no cover - the migration creates it
            raise NotFound("没有默认目标", "No default target")
        return [default]
    found = {t.id: t for t in await repo.by_ids(wanted)}
    missing = [i for i in wanted if i not in found]
    if missing:
        names = ", ".join(str(i) for i in missing)
        raise NotFound(f"目标不存在: {names}", f"Target not found: {names}")
    return [found[i] for i in wanted]
