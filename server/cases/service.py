"""Case rules: unique questions, full and partial updates, bulk state, import and export."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server.cases import columns
from server.cases.repository import CaseFilter, CaseRepository
from server.contract.autotest import (
    CaseCreate,
    CasePatch,
    CaseResponse,
    CaseUpdate,
    ImportResponse,
)
from server.db.models.autotest import Case
from server.db.models.base import utcnow
from server.errors import BadRequest, Conflict, NotFound, PayloadTooLarge
from server.i18n import Language
from server.spreadsheets import (
    SpreadsheetTooLarge,
    UnreadableFile,
    UnsupportedFileType,
    read_table,
    write_xlsx,
)

__all__ = [
    "clear_all",
    "create_case",
    "delete_case",
    "delete_cases",
    "export_cases",
    "get_case",
    "import_cases",
    "list_cases",
    "patch_case",
    "replace_case",
    "set_active",
]

_EXPORT_WIDTHS = (9, 50, 40, 30, 50, 16, 8)


def _duplicate(question: str) -> Conflict:
    shown = question if len(question) <= 80 else question[:80] + "…"
    return Conflict(f"问题已存在: {shown}", f"A case with this question already exists: {shown}")


async def get_case(session: AsyncSession, *, case_id: int) -> Case:
    repo = CaseRepository.from_session(session)
    case = await repo.get(case_id)
    if case is None:
        raise NotFound(f"用例不存在: {case_id}", f"Case not found: {case_id}")
    return case


async def list_cases(
    session: AsyncSession, *, where: CaseFilter, skip: int, limit: int
) -> tuple[list[CaseResponse], int]:
    """A page of cases with their last result, and the filtered total."""
    repo = CaseRepository.from_session(session)
    page = await repo.page_with_last(where, offset=skip, limit=limit)
    items = [CaseResponse.model_validate(row._mapping) for row in page]
    return items, await repo.count(where)


async def _commit_unique(repo: CaseRepository, question: str) -> None:
    try:
        await repo.commit()
    except IntegrityError as exc:  # a concurrent writer took the question first
        await repo.rollback()
        raise _duplicate(question) from exc


async def create_case(session: AsyncSession, *, data: CaseCreate) -> Case:
    repo = CaseRepository.from_session(session)
    if await repo.get_by_question(data.question) is not None:
        raise _duplicate(data.question)
    case = Case(**data.model_dump(), created_at=utcnow())
    repo.add(case)
    await _commit_unique(repo, data.question)
    return case


async def _apply(repo: CaseRepository, case: Case, values: dict[str, object]) -> Case:
    question = values.get("question")
    if isinstance(question, str) and question != case.question:
        other = await repo.get_by_question(question)
        if other is not None and other.id != case.id:
            raise _duplicate(question)
    for name, value in values.items():
        setattr(case, name, value)
    case.updated_at = utcnow()
    await _commit_unique(repo, case.question)
    return case


async def replace_case(session: AsyncSession, *, case_id: int, data: CaseUpdate) -> Case:
    repo = CaseRepository.from_session(session)
    case = await get_case(session, case_id=case_id)
    return await _apply(repo, case, data.model_dump())


async def patch_case(session: AsyncSession, *, case_id: int, changes: CasePatch) -> Case:
    repo = CaseRepository.from_session(session)
    case = await get_case(session, case_id=case_id)
    values = changes.model_dump(include=changes.model_fields_set)
    if "expected_keywords" in values and values["expected_keywords"] is None:
        values["expected_keywords"] = ""
    return await _apply(repo, case, values)


async def set_active(session: AsyncSession, *, case_ids: list[int], is_active: bool) -> int:
    repo = CaseRepository.from_session(session)
    updated = await repo.set_active(case_ids, is_active=is_active)
    await repo.commit()
    return updated


async def delete_case(session: AsyncSession, *, case_id: int) -> None:
    repo = CaseRepository.from_session(session)
    case = await get_case(session, case_id=case_id)
    await repo.delete(case)
    await repo.commit()


async def delete_cases(session: AsyncSession, *, case_ids: list[int]) -> int:
    repo = CaseRepository.from_session(session)
    deleted = await repo.delete_many(case_ids)
    await repo.commit()
    return deleted


async def clear_all(session: AsyncSession) -> int:
    repo = CaseRepository.from_session(session)
    deleted = await repo.delete_all()
    await repo.commit()
    return deleted


def _import_message(result: ImportResponse, language: Language) -> str:
    if language == "en":
        verb = "Would import" if result.dry_run else "Imported"
        return (
            f"{verb} {result.imported} case(s); skipped {result.skipped} "
            f"({result.skipped_blank} blank, {result.skipped_duplicate} duplicate)"
        )
    verb = "可导入" if result.dry_run else "成功导入"
    return (
        f"{verb} {result.imported} 条用例，跳过 {result.skipped} 条"
        f"（空问题 {result.skipped_blank} 条，重复 {result.skipped_duplicate} 条）"
    )


def _import_warnings(result: ImportResponse, language: Language) -> list[str]:
    warnings: list[str] = []
    if result.unmapped_columns:
        names = ", ".join(result.unmapped_columns)[:300]
        warnings.append(
            f"Columns not recognised, their data is not imported: {names}"
            if language == "en"
            else f"未识别的列（其数据不会导入）: {names}"
        )
    if result.without_expectations:
        n = result.without_expectations
        warnings.append(
            f"{n} case(s) have no expectation (keywords, conditions or SQL): "
            "they are judged ERROR until given one"
            if language == "en"
            else f"{n} 条用例没有任何预期（关键字、条件或 SQL），运行时判为 ERROR"
        )
    return warnings


def _parse(filename: str, data: bytes) -> columns.ParsedCases:
    try:
        table = read_table(filename, data)
    except UnsupportedFileType as exc:
        raise BadRequest(
            f"不支持的文件类型: {filename}（仅支持 .xlsx 和 .csv）",
            f"Unsupported file type: {filename} (only .xlsx and .csv)",
        ) from exc
    except UnreadableFile as exc:
        raise BadRequest(
            f"无法读取文件 {filename}: 文件已损坏或格式与扩展名不符（{exc.text.zh}）",
            f"Unreadable file {filename}: damaged, or not what its extension says ({exc.text.en})",
        ) from exc
    except SpreadsheetTooLarge as exc:
        raise PayloadTooLarge(exc.text.zh, exc.text.en) from exc
    return columns.parse_cases(table)


async def import_cases(
    session: AsyncSession,
    *,
    filename: str,
    data: bytes,
    language: Language,
    dry_run: bool = False,
) -> ImportResponse:
    """All or nothing: every row is checked before one transaction inserts the new ones.

    ``dry_run``: the same answer (column mapping, counts, warnings), nothing written.
    """
    repo = CaseRepository.from_session(session)
    # Parsing 100k rows takes a moment: keep the event loop free meanwhile.
    parsed = await asyncio.to_thread(_parse, filename, data)
    questions = [r["question"] for r in parsed.records]
    existing = await repo.existing_questions(questions)
    fresh = [r for r in parsed.records if r["question"] not in existing]
    if dry_run:
        return _import_result(parsed, fresh, language, dry_run=True)
    try:
        await repo.insert_many(fresh)
        await repo.commit()
    except IntegrityError as exc:
        await repo.rollback()
        raise Conflict(
            "导入期间用例被同时修改，未导入任何用例，请重试",
            "Cases changed while importing; nothing was imported, please retry",
        ) from exc
    await repo.refresh_statistics(len(fresh))
    return _import_result(parsed, fresh, language, dry_run=False)


def _import_result(
    parsed: columns.ParsedCases,
    fresh: list[dict[str, Any]],
    language: Language,
    *,
    dry_run: bool,
) -> ImportResponse:
    skipped_duplicate = parsed.skipped_duplicate + len(parsed.records) - len(fresh)
    result = ImportResponse(
        imported=len(fresh),
        skipped=parsed.skipped_blank + skipped_duplicate,
        skipped_blank=parsed.skipped_blank,
        skipped_duplicate=skipped_duplicate,
        total_rows=parsed.total_rows,
        message="",
        columns=parsed.mapping,
        unmapped_columns=parsed.unmapped,
        without_expectations=sum(not columns.has_expectation(r) for r in fresh),
        dry_run=dry_run,
    )
    result.warnings = _import_warnings(result, language)
    result.message = "; ".join([_import_message(result, language), *result.warnings])
    return result


async def export_cases(session: AsyncSession, *, where: CaseFilter, language: Language) -> bytes:
    """The filtered cases as ``.xlsx`` with headers that import accepts."""
    repo = CaseRepository.from_session(session)
    values = await repo.export_values(where, columns.EXPORT_FIELDS)
    headers = columns.export_headers(language)
    rows = (columns.export_row(v, language) for v in values)
    title = "cases" if language == "en" else "用例"
    return await asyncio.to_thread(write_xlsx, title, headers, rows, widths=_EXPORT_WIDTHS)
