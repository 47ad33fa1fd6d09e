"""Case rules: unique questions, full and partial updates, bulk state, import and export."""

from __future__ import annotations

import asyncio

from sqlalchemy.exc import IntegrityError

from server.cases import columns
from server.cases.repository import CaseFilter, CaseRepository
from server.contract.autotest import (
    CaseCreate,
    CasePatch,
    CaseResponse,
    CaseUpdate,
    ImportResponse,
)
from server.contract.vocabulary import ResultValue
from server.db.models.autotest import Case
from server.db.models.base import utcnow
from server.errors import BadRequest, Conflict, NotFound
from server.i18n import Language
from server.spreadsheets import UnreadableFile, UnsupportedFileType, read_table, write_xlsx

__all__ = [
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

_EXPORT_WIDTHS = (50, 40, 30, 50, 16, 8)


def _duplicate(question: str) -> Conflict:
    shown = question if len(question) <= 80 else question[:80] + "…"
    return Conflict(f"问题已存在: {shown}", f"A case with this question already exists: {shown}")


async def get_case(repo: CaseRepository, *, case_id: int) -> Case:
    case = await repo.get(case_id)
    if case is None:
        raise NotFound(f"用例不存在: {case_id}", f"Case not found: {case_id}")
    return case


async def list_cases(
    repo: CaseRepository, *, where: CaseFilter, skip: int, limit: int
) -> tuple[list[CaseResponse], int]:
    """A page of cases with their last result, and the filtered total."""
    page = await repo.page_with_last(where, offset=skip, limit=limit)
    items = [
        # model_copy does not validate: the stored string becomes the enum here.
        CaseResponse.model_validate(case).model_copy(
            update={
                "last_result": ResultValue(result) if result else None,
                "last_run_at": finished,
            }
        )
        for case, result, finished in page
    ]
    return items, await repo.count(where)


async def _commit_unique(repo: CaseRepository, question: str) -> None:
    try:
        await repo.commit()
    except IntegrityError as exc:  # a concurrent writer took the question first
        await repo.rollback()
        raise _duplicate(question) from exc


async def create_case(repo: CaseRepository, *, data: CaseCreate) -> Case:
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


async def replace_case(repo: CaseRepository, *, case_id: int, data: CaseUpdate) -> Case:
    case = await get_case(repo, case_id=case_id)
    return await _apply(repo, case, data.model_dump())


async def patch_case(repo: CaseRepository, *, case_id: int, changes: CasePatch) -> Case:
    case = await get_case(repo, case_id=case_id)
    values = changes.model_dump(include=changes.model_fields_set)
    if "expected_keywords" in values and values["expected_keywords"] is None:
        values["expected_keywords"] = ""
    return await _apply(repo, case, values)


async def set_active(repo: CaseRepository, *, case_ids: list[int], is_active: bool) -> int:
    updated = await repo.set_active(case_ids, is_active=is_active)
    await repo.commit()
    return updated


async def delete_case(repo: CaseRepository, *, case_id: int) -> None:
    case = await get_case(repo, case_id=case_id)
    await repo.delete(case)
    await repo.commit()


async def delete_cases(repo: CaseRepository, *, case_ids: list[int]) -> int:
    deleted = await repo.delete_many(case_ids)
    await repo.commit()
    return deleted


def _import_message(result: ImportResponse, language: Language) -> str:
    if language == "en":
        return (
            f"Imported {result.imported} case(s); skipped {result.skipped} "
            f"({result.skipped_blank} blank, {result.skipped_duplicate} duplicate)"
        )
    return (
        f"成功导入 {result.imported} 条用例，跳过 {result.skipped} 条"
        f"（空问题 {result.skipped_blank} 条，重复 {result.skipped_duplicate} 条）"
    )


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
            f"无法读取文件 {filename}: 文件已损坏或格式与扩展名不符（{exc}）",
            f"Unreadable file {filename}: damaged, or not what its extension says ({exc})",
        ) from exc
    return columns.parse_cases(table)


async def import_cases(
    repo: CaseRepository, *, filename: str, data: bytes, language: Language
) -> ImportResponse:
    """All or nothing: every row is checked before one transaction inserts the new ones."""
    # Parsing 100k rows takes a moment: keep the event loop free meanwhile.
    parsed = await asyncio.to_thread(_parse, filename, data)
    questions = [r["question"] for r in parsed.records]
    existing = await repo.existing_questions(questions)
    fresh = [r for r in parsed.records if r["question"] not in existing]
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
    skipped_duplicate = parsed.skipped_duplicate + len(parsed.records) - len(fresh)
    result = ImportResponse(
        imported=len(fresh),
        skipped=parsed.skipped_blank + skipped_duplicate,
        skipped_blank=parsed.skipped_blank,
        skipped_duplicate=skipped_duplicate,
        total_rows=parsed.total_rows,
        message="",
    )
    result.message = _import_message(result, language)
    return result


async def export_cases(repo: CaseRepository, *, where: CaseFilter, language: Language) -> bytes:
    """The filtered cases as ``.xlsx`` with headers that import accepts."""
    values = await repo.export_values(where, columns.EXPORT_FIELDS)
    headers = columns.export_headers(language)
    rows = (columns.export_row(v, language) for v in values)
    title = "cases" if language == "en" else "用例"
    return await asyncio.to_thread(write_xlsx, title, headers, rows, widths=_EXPORT_WIDTHS)
