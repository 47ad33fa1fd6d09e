"""Reports: batch summaries, finished results, the ``.xlsx`` export, deletion."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from server.contract.autotest import ReportResponse, ResultDetail
from server.contract.compare import CompareResponse
from server.contract.vocabulary import BatchStatus, ResultValue
from server.db.models.base import utcnow
from server.errors import Conflict, NotFound, Unprocessable
from server.i18n import Language
from server.reports.compare import compare_results
from server.reports.repository import BatchSummary, ReportRepository
from server.spreadsheets import PercentCell, SheetToWrite, write_workbook

__all__ = [
    "RESULT_VALUES",
    "compare_reports",
    "delete_report",
    "export_report",
    "get_report",
    "list_details",
    "list_reports",
    "parse_result_filter",
    "report_of",
]

RESULT_VALUES = tuple(ResultValue)

# The case id (not a row number) first: a row can be found again in the case list.
_EXPORT_HEADERS: dict[Language, tuple[str, ...]] = {
    "zh": (
        "用例ID",
        "分类",
        "问题",
        "预期关键字",
        "预期条件",
        "预期SQL",
        "实际SQL",
        "结果",
        "信息",
        "耗时(秒)",
    ),
    "en": (
        "Case ID",
        "Category",
        "Question",
        "Expected keywords",
        "Expected conditions",
        "Expected SQL",
        "Actual SQL",
        "Result",
        "Message",
        "Duration (s)",
    ),
}
_EXPORT_WIDTHS = (9, 14, 50, 30, 24, 50, 50, 8, 40, 10)
# With repeats a case has several rows: which ask each is.
_ASK_HEADER: dict[Language, str] = {"zh": "第几次", "en": "Ask"}

_SUMMARY_TITLE: dict[Language, str] = {"zh": "概要", "en": "summary"}
_SUMMARY_HEADERS: dict[Language, tuple[str, str]] = {"zh": ("项目", "值"), "en": ("Item", "Value")}
_SUMMARY_LABELS: dict[Language, tuple[str, ...]] = {
    "zh": (
        "批次ID",
        "测试目标",
        "发起人",
        "开始时间 (UTC)",
        "结束时间 (UTC)",
        "状态",
        "计划用例",
        "已完成",
        "通过",
        "失败",
        "错误",
        "通过率",
        "重复次数",
        "重跑自批次",
    ),
    "en": (
        "Batch ID",
        "Target",
        "Started by",
        "Start time (UTC)",
        "End time (UTC)",
        "Status",
        "Planned",
        "Completed",
        "Passed",
        "Failed",
        "Errors",
        "Pass rate",
        "Repeats",
        "Rerun of batch",
    ),
}


def report_of(summary: BatchSummary) -> ReportResponse:
    """The wire summary of a batch (also what the runner can send as ``batch_status``)."""
    batch, counts = summary.batch, summary.counts
    if batch.end_time is not None:
        duration: float | None = (batch.end_time - batch.start_time).total_seconds()
    elif batch.status == BatchStatus.RUNNING:
        duration = (utcnow() - batch.start_time).total_seconds()
    else:
        duration = None
    completed = counts.completed
    return ReportResponse(
        id=batch.id,
        start_time=batch.start_time,
        end_time=batch.end_time,
        status=batch.status,
        total_count=counts.total,
        pass_count=counts.passed,
        fail_count=counts.failed,
        error_count=counts.errored,
        completed_count=completed,
        pass_rate=round(counts.passed / completed, 4) if completed else 0.0,
        duration_seconds=round(max(duration, 0.0), 3) if duration is not None else None,
        rerun_of=batch.rerun_of,
        max_workers=batch.max_workers,
        created_by=batch.created_by,
        target_id=batch.target_id,
        target_name=batch.target_name,
        group_id=batch.group_id,
        repeat=batch.repeat,
        experiment_id=batch.experiment_id,
        template_ids=batch.template_ids,
    )


def _not_found(batch_id: str) -> NotFound:
    return NotFound(f"报告不存在: {batch_id}", f"Report not found: {batch_id}")


async def _summary(repo: ReportRepository, batch_id: str) -> BatchSummary:
    summary = await repo.summary(batch_id)
    if summary is None:
        raise _not_found(batch_id)
    return summary


async def list_reports(
    session: AsyncSession,
    *,
    skip: int,
    limit: int,
    status: str | None,
    group_id: str | None = None,
) -> tuple[list[ReportResponse], int]:
    repo = ReportRepository.from_session(session)
    summaries = await repo.summaries(offset=skip, limit=limit, status=status, group_id=group_id)
    total = await repo.count_batches(status=status, group_id=group_id)
    return [report_of(s) for s in summaries], total


async def get_report(session: AsyncSession, *, batch_id: str) -> ReportResponse:
    repo = ReportRepository.from_session(session)
    return report_of(await _summary(repo, batch_id))


def parse_result_filter(value: str | None) -> list[str] | None:
    """``"FAIL,ERROR"`` -> ``["FAIL", "ERROR"]``; 422 naming an unknown value."""
    if value is None or not value.strip():
        return None
    wanted: list[str] = []
    for piece in value.split(","):
        name = piece.strip().upper()
        if not name:
            continue
        if name not in RESULT_VALUES:
            raise Unprocessable(
                f"请求参数无效: result: 未知的结果值 {piece.strip()}（可选 PASS、FAIL、ERROR）",
                f"Invalid request: result: unknown value {piece.strip()!r} "
                "(expected PASS, FAIL, ERROR)",
            )
        if name not in wanted:
            wanted.append(name)
    return wanted or None


async def list_details(
    session: AsyncSession,
    *,
    batch_id: str,
    results: Sequence[str] | None,
    include_raw: bool,
    skip: int = 0,
    limit: int | None = None,
) -> list[ResultDetail]:
    """Finished results in plan order, as each case was when it ran."""
    repo = ReportRepository.from_session(session)
    if await repo.get_batch(batch_id) is None:
        raise _not_found(batch_id)
    rows = await repo.results(
        batch_id, results=results, include_raw=include_raw, offset=skip, limit=limit
    )
    return [ResultDetail.model_validate(row) for row in rows]


def _export_row(row: dict[str, Any], *, with_ask: bool) -> list[Any]:
    duration = row["duration"]
    ask = [row["repeat_index"] + 1] if with_ask else []
    return [
        row["case_id"],
        *ask,
        row["category"] or "",
        row["question"],
        row["expected_keywords"] or "",
        row["expected_conditions"] or "",
        row["expected_sql"] or "",
        row["actual_sql"] or "",
        row["result"],
        row["message"] or "",
        round(duration, 3) if duration is not None else None,
    ]


def _utc_text(moment: datetime | None) -> str:
    if moment is None:
        return ""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _summary_rows(report: ReportResponse, started_by: str, language: Language) -> list[list[Any]]:
    """The batch as label/value rows; the pass rate is a number shown as a percentage."""
    values: list[Any] = [
        report.id,
        report.target_name or "",
        started_by,
        _utc_text(report.start_time),
        _utc_text(report.end_time),
        str(report.status),
        report.total_count,
        report.completed_count,
        report.pass_count,
        report.fail_count,
        report.error_count,
        PercentCell(report.pass_rate),
        report.repeat,
        report.rerun_of or "",
    ]
    return [[label, value] for label, value in zip(_SUMMARY_LABELS[language], values, strict=True)]


async def export_report(
    session: AsyncSession, *, batch_id: str, results: Sequence[str] | None, language: Language
) -> bytes:
    """The finished results as ``.xlsx`` (headers in the caller's language), then a summary
    sheet: the batch, its target, who started it, when, the counts and the pass rate."""
    repo = ReportRepository.from_session(session)
    report = report_of(await _summary(repo, batch_id))
    started_by = await repo.username(report.created_by) if report.created_by is not None else None
    rows = await repo.results(batch_id, results=results)
    with_ask = report.repeat > 1
    headers = list(_EXPORT_HEADERS[language])
    widths = list(_EXPORT_WIDTHS)
    if with_ask:
        headers.insert(1, _ASK_HEADER[language])
        widths.insert(1, 7)
    sheets = [
        SheetToWrite(
            "report" if language == "en" else "测试报告",
            headers,
            [_export_row(r, with_ask=with_ask) for r in rows],
            widths,
        ),
        SheetToWrite(
            _SUMMARY_TITLE[language],
            _SUMMARY_HEADERS[language],
            _summary_rows(report, started_by or "", language),
            (18, 40),
            table=False,
        ),
    ]
    return await asyncio.to_thread(write_workbook, sheets)


async def delete_report(session: AsyncSession, *, batch_id: str) -> None:
    repo = ReportRepository.from_session(session)
    batch = await repo.get_batch(batch_id)
    if batch is None:
        raise _not_found(batch_id)
    if batch.status == BatchStatus.RUNNING:
        raise Conflict(
            f"批次正在运行，请先停止再删除: {batch_id}",
            f"The batch is still running; stop it before deleting: {batch_id}",
        )
    await repo.delete_batch(batch_id)
    await repo.commit()


async def compare_reports(session: AsyncSession, *, a: str, b: str) -> CompareResponse:
    """Batches ``a`` and ``b`` case by case over their asks (finished results only)."""
    repo = ReportRepository.from_session(session)
    report_a, report_b = report_of(await _summary(repo, a)), report_of(await _summary(repo, b))
    details_a = [ResultDetail.model_validate(row) for row in await repo.results(a)]
    details_b = [ResultDetail.model_validate(row) for row in await repo.results(b)]
    return compare_results(report_a, report_b, details_a, details_b)
