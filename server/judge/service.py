"""Judging one SQL on request, and checking the configured validation database."""

from __future__ import annotations

import logging

from sqlalchemy.ext.asyncio import AsyncSession

from server.config.service import get_config
from server.contract.judge import CheckName, JudgeRequest, JudgeResponse, ValidationStatus
from server.data_sources import DataSourcePolicy
from server.errors import BadRequest
from server.i18n import Language, Text
from server.runs.runner.judge import JudgePolicy, judge_answer
from server.runs.runner.validation import ValidationDatabase, ValidationUnavailable

__all__ = ["judge", "open_validation", "validation_status"]

log = logging.getLogger(__name__)

_BROAD = Text(
    "验证数据库账号权限过大 (超级用户或 FILE/SUPER 权限): 请改用只读账号。"
    "机器人的 SQL 仍会被解析检查并在只读事务中执行。",
    "The validation database account has broad privileges (superuser, FILE or SUPER): "
    "use a read-only role. The bot's SQL is still parsed, checked and run read-only.",
)


def open_validation(
    url: str | None, sources: DataSourcePolicy, language: Language
) -> tuple[ValidationDatabase | None, str | None]:
    """The validation database, or why it cannot be used: never the app's own data (as
    the run engine checks at use: a stored URL may predate the check)."""
    if not url:
        return None, None
    try:
        sources.check(url, field="validation_db_url")
        return ValidationDatabase(url), None
    except BadRequest as exc:
        return None, exc.text.render(language)
    except (ValidationUnavailable, ValueError) as exc:
        return None, str(exc)


async def judge(
    session: AsyncSession,
    *,
    request: JudgeRequest,
    sources: DataSourcePolicy,
    language: Language,
) -> JudgeResponse:
    """The verdict the configured judge gives ``request.sql`` (``checks`` narrows the checks)."""
    config = await get_config(session)
    policy = JudgePolicy.from_config(config, request.checks)
    validation: ValidationDatabase | None = None
    validation_error: str | None = None
    if CheckName.EXECUTION in policy.checks and request.expected_sql:
        validation, validation_error = open_validation(config.validation_db_url, sources, language)
    try:
        verdict = await judge_answer(
            request.sql,
            keywords=request.expected_keywords,
            conditions=request.expected_conditions,
            expected_sql=request.expected_sql,
            validation=validation,
            validation_error=validation_error,
            policy=policy,
            language=language,
        )
    finally:
        if validation is not None:
            await validation.close()
    return JudgeResponse(
        result=verdict.result, message=verdict.message, checks=list(verdict.checks)
    )


async def validation_status(
    session: AsyncSession, *, sources: DataSourcePolicy, language: Language
) -> ValidationStatus:
    """Whether the validation database answers, and whether its account can do too much."""
    config = await get_config(session)
    if not config.validation_db_url:
        return ValidationStatus(configured=False, ok=False)
    validation, error = open_validation(config.validation_db_url, sources, language)
    if validation is None:
        return ValidationStatus(configured=True, ok=False, error=error)
    try:
        broad = await validation.broad_privileges()
    except ValidationUnavailable as exc:
        return ValidationStatus(
            configured=True, ok=False, backend=validation.backend, error=str(exc)
        )
    finally:
        await validation.close()
    return ValidationStatus(
        configured=True,
        ok=True,
        backend=validation.backend,
        broad_privileges=broad,
        warning=_BROAD.render(language) if broad else None,
    )
