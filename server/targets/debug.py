"""``POST /templates/debug``: one question to a target, sent and judged as a run would."""

from __future__ import annotations

import logging
import time
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from server.config import service as config_service
from server.config.secrets import refuse_moved_secrets, unmask_config
from server.contract.config import TEST_RAW_ANSWER_LIMIT, ConfigResponse
from server.contract.target_tools import (
    DebugEvent,
    DebugVerdict,
    TargetDebugRequest,
    TargetDebugResponse,
)
from server.contract.targets import TargetCreate
from server.contract.vocabulary import ResultValue
from server.data_sources import DataSourcePolicy
from server.errors import NotFound, Unprocessable
from server.judge.service import open_validation
from server.runs.runner.adapter import BotAdapter, BotAnswer, BotClients, ChatIds
from server.runs.runner.extract import parse_part
from server.runs.runner.judge import JudgePolicy, Verdict, judge_answer
from server.runs.runner.sse import SSEDecoder
from server.runs.runner.validation import ValidationDatabase
from server.targets import service
from server.targets.repository import TargetRepository

__all__ = ["debug_target"]

log = logging.getLogger(__name__)

# Events listed in the answer (a long stream is cut; the raw answer has the rest).
MAX_EVENTS = 500


async def _config(
    session: AsyncSession, template: dict[str, Any], *, sees_secrets: bool
) -> ConfigResponse:
    """The shared config with the bot settings of the template (over a saved target's);
    a saved target's masked secrets never go to a URL the template changed."""
    fields = dict(template)
    target_id = fields.pop("id", None)
    current: dict[str, Any] = {}
    base: dict[str, Any] = {"name": "debug", "code": "debug"}
    if target_id is not None:
        if (
            not isinstance(target_id, int)
            or isinstance(target_id, bool)
            or not 1 <= target_id < 2**31
        ):
            raise Unprocessable("template.id 应为正整数", "template.id must be a positive integer")
        target = await TargetRepository.from_session(session).get(target_id)
        if target is None:
            raise NotFound(f"目标不存在: {target_id}", f"Target not found: {target_id}")
        current = await service.bot_settings(session, target)
        base = service.wire_fields(target, current)
    for name in ("id", "is_default", "bot_url", "created_at", "updated_at"):
        fields.pop(name, None)
    try:
        checked = TargetCreate.model_validate({**base, **fields})
    except ValidationError as exc:
        raise service.rejected(exc, zh="template: ", en="template: ") from exc
    settings = unmask_config(service.settings_from_fields(checked, current), current)
    if not sees_secrets:
        typed = service.typed_secrets(checked, fields)
        refuse_moved_secrets(typed=typed, current=current, final=settings)
    shared = await config_service.get_config(session)
    return ConfigResponse.model_validate({**shared.model_dump(), **settings})


def _events(raw: str) -> list[DebugEvent]:
    if "data:" not in raw:
        return []
    decoder = SSEDecoder()
    events = decoder.feed(raw.encode("utf-8")) + decoder.close()
    return [
        DebugEvent(event=e.event, data=e.data if e.data.strip() == "[DONE]" else parse_part(e.data))
        for e in events[:MAX_EVENTS]
    ]


async def _verdict(
    answer: BotAnswer,
    config: ConfigResponse,
    request: TargetDebugRequest,
    sources: DataSourcePolicy,
) -> Verdict:
    # As the run engine decides: no SQL is an ERROR; otherwise the configured judge's
    # verdict, on a validation database that is never the app's own.
    if answer.error is not None or answer.sql is None:
        return Verdict(ResultValue.ERROR, answer.error or "回答中没有 SQL")
    validation: ValidationDatabase | None = None
    validation_error: str | None = None
    if request.expected_sql:
        validation, validation_error = open_validation(config.validation_db_url, sources, "zh")
    try:
        return await judge_answer(
            answer.sql,
            keywords=request.expected_keywords,
            conditions=request.expected_conditions,
            expected_sql=request.expected_sql,
            validation=validation,
            validation_error=validation_error,
            policy=JudgePolicy.from_config(config),
        )
    finally:
        if validation is not None:
            await validation.close()


async def debug_target(
    session: AsyncSession,
    *,
    request: TargetDebugRequest,
    clients: BotClients,
    chat_ids: ChatIds,
    sources: DataSourcePolicy,
    sees_secrets: bool,
) -> TargetDebugResponse:
    config = await _config(session, request.template, sees_secrets=sees_secrets)
    question = request.variables.question
    adapter = BotAdapter(config, chat_ids=chat_ids)
    client = clients.acquire()
    started = time.perf_counter()
    try:
        answer = await adapter.ask(client, question=question, case_id=request.variables.case_id)
    finally:
        clients.release(client)
    duration = time.perf_counter() - started
    verdict = await _verdict(answer, config, request, sources)
    # The URL only: never the token.
    log.info("target debug: %s -> %s", config.bot_url, verdict.result)
    return TargetDebugResponse(
        ok=answer.sql is not None,
        question=question,
        bot_url=config.bot_url,
        status_code=answer.status_code,
        duration=round(duration, 3),
        attempts=answer.attempts,
        error=answer.error,
        raw_answer=answer.raw[:TEST_RAW_ANSWER_LIMIT],
        raw_truncated=len(answer.raw) > TEST_RAW_ANSWER_LIMIT,
        events=_events(answer.raw),
        sql=answer.sql,
        verdict=DebugVerdict(result=verdict.result, message=verdict.message),
    )
