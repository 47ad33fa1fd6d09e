"""Flakiness and latency: a batch's percentiles and stability, a case's history, flaky cases."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from server.contract.autotest import BatchReportResponse, ReportResponse
from server.contract.stability import (
    BatchTag,
    CaseHistoryEntry,
    FlakyCase,
    HistogramBin,
    LatencyPercentiles,
    LatencySummary,
    SlowCase,
)
from server.contract.vocabulary import ResultValue
from server.errors import BadRequest, NotFound
from server.experiments.repository import ExperimentRepository
from server.reports.repository import ReportRepository
from server.reports.service import get_report
from server.runs.repository import RunRepository
from server.targets import service as targets_service

__all__ = [
    "SLOWEST",
    "case_history",
    "checked_tag",
    "flaky_cases",
    "full_report",
    "percentiles",
    "tag_batch",
]

# How many of the slowest asks a report names; bins of the duration histogram.
SLOWEST = 10
HISTOGRAM_BINS = 20


def percentiles(values: Sequence[float]) -> LatencyPercentiles:
    """Nearest-rank p50/p90/p99 (each is a value that was measured), in seconds."""
    if not values:
        return LatencyPercentiles()
    ordered = sorted(values)

    def rank(p: float) -> float:
        return round(ordered[max(math.ceil(p / 100 * len(ordered)) - 1, 0)], 4)

    return LatencyPercentiles(p50=rank(50), p90=rank(90), p99=rank(99), count=len(ordered))


def histogram(values: Sequence[float], bins: int = HISTOGRAM_BINS) -> list[HistogramBin]:
    """Equal bins from 0 to the largest value (which falls in the last bin)."""
    top = max(values, default=0.0)
    if top <= 0:
        return []
    width = top / bins
    counts = [0] * bins
    for value in values:
        # value * bins / top, not value / width: values on a bin's edge stay in that bin.
        counts[min(int(value * bins / top), bins - 1)] += 1
    return [
        HistogramBin(start=round(i * width, 4), end=round((i + 1) * width, 4), count=n)
        for i, n in enumerate(counts)
    ]


def _seconds(timeline: dict[str, Any] | None, name: str) -> float | None:
    value = (timeline or {}).get(name)
    return value / 1000.0 if isinstance(value, int | float) else None


def latency_summary(rows: Sequence[Any]) -> LatencySummary:
    ttfb = [v for r in rows if (v := _seconds(r.timeline, "headers_ms")) is not None]
    to_sql = [v for r in rows if (v := _seconds(r.timeline, "answer_ms")) is not None]
    total = [r.duration for r in rows if r.duration is not None]
    slowest = sorted((r for r in rows if r.duration is not None), key=lambda r: -r.duration)
    return LatencySummary(
        ttfb=percentiles(ttfb),
        time_to_sql=percentiles(to_sql),
        total=percentiles(total),
        slowest=[
            SlowCase(
                case_id=r.case_id,
                repeat_index=r.repeat_index,
                question=r.question,
                result=r.result,
                duration=r.duration,
                ttfb=_seconds(r.timeline, "headers_ms"),
                time_to_sql=_seconds(r.timeline, "answer_ms"),
            )
            for r in slowest[:SLOWEST]
        ],
        histogram=histogram(total),
    )


async def full_report(session: AsyncSession, *, batch_id: str) -> BatchReportResponse:
    """``GET /reports/{batch_id}``: the summary plus stability and latency figures."""
    repo = ReportRepository.from_session(session)
    report = await get_report(session, batch_id=batch_id)
    stability = await RunRepository.from_session(session).stability(batch_id)
    return BatchReportResponse(
        **report.model_dump(),
        case_count=len(stability),
        flaky_count=sum(1 for s in stability if s.flaky),
        latency=latency_summary(await repo.latencies(batch_id)),
        stability=stability,
    )


async def case_history(
    session: AsyncSession, *, case_id: int, limit: int
) -> list[CaseHistoryEntry]:
    """Newest first; 404 for a case that neither exists nor ever ran."""
    repo = ReportRepository.from_session(session)
    rows = await repo.case_history(case_id, limit=limit)
    if not rows and not await repo.case_exists(case_id):
        raise NotFound(f"用例不存在: {case_id}", f"Case not found: {case_id}")
    return [CaseHistoryEntry.model_validate(row) for row in rows]


def _passed(result: str) -> bool:
    return result == ResultValue.PASS


async def flaky_cases(
    session: AsyncSession, *, batches: int, target_id: int | None = None
) -> list[FlakyCase]:
    """Cases whose verdict flipped within the last ``batches`` batches that ran them.

    Verdicts are compared within one target only (two bots that disagree are not one flaky
    bot); ``target_id`` keeps that target's batches. Asks of one repeated batch count too.
    """
    if target_id is not None:
        await targets_service.get_target(session, target_id=target_id, secrets=False)  # 404
    repo = ReportRepository.from_session(session)
    found: list[FlakyCase] = []
    current: list[Any] = []

    def close() -> None:
        if not current:
            return
        flips = sum(1 for a, b in pairwise(current) if _passed(a.result) != _passed(b.result))
        if flips:
            last = current[-1]
            found.append(
                FlakyCase(
                    case_id=last.case_id,
                    question=last.question,
                    flips=flips,
                    asks=len(current),
                    passed=sum(1 for r in current if _passed(r.result)),
                    batches=len({r.batch_id for r in current}),
                    last_result=last.result,
                    last_batch_id=last.batch_id,
                    target_id=last.target_id,
                    target=last.target_name,
                )
            )
        current.clear()

    def history(row: Any) -> tuple[int, int | None, str | None]:
        return row.case_id, row.target_id, row.target_name

    async for row in repo.recent_asks(batches, target_id=target_id):
        if current and history(current[-1]) != history(row):
            close()
        current.append(row)
    close()
    found.sort(key=lambda f: (-f.flips, f.case_id, f.target_id or 0, f.target or ""))
    return found


async def checked_tag(
    experiments: ExperimentRepository, *, experiment_id: int | None, template_ids: list[int] | None
) -> tuple[int | None, list[int] | None]:
    """The tag to store: the experiment must exist, the templates must be linked to it.

    No templates given: all of the experiment's templates. No experiment: no tag.
    """
    if experiment_id is None:
        if template_ids:
            raise BadRequest("指定模板时必须指定实验", "template_ids need an experiment_id")
        return None, None
    if await experiments.get_experiment(experiment_id) is None:
        raise NotFound(f"实验不存在: {experiment_id}", f"Experiment not found: {experiment_id}")
    linked = await experiments.linked_template_ids(experiment_id)
    if template_ids is None:
        return experiment_id, sorted(linked)
    wanted = list(dict.fromkeys(template_ids))
    stray = [t for t in wanted if t not in linked]
    if stray:
        names = ", ".join(str(t) for t in stray[:20])
        raise BadRequest(
            f"模板不属于实验 {experiment_id}: {names}",
            f"Templates not linked to experiment {experiment_id}: {names}",
        )
    return experiment_id, wanted


async def tag_batch(session: AsyncSession, *, batch_id: str, tag: BatchTag) -> ReportResponse:
    """Tag a batch with the experiment (and templates) it measured, or clear the tag."""
    repo = ReportRepository.from_session(session)
    await get_report(session, batch_id=batch_id)  # 404 for an unknown batch
    experiment_id, template_ids = await checked_tag(
        ExperimentRepository.from_session(session),
        experiment_id=tag.experiment_id,
        template_ids=tag.template_ids,
    )
    await repo.tag_batch(batch_id, experiment_id=experiment_id, template_ids=template_ids)
    await repo.commit()
    session.expire_all()
    return await get_report(session, batch_id=batch_id)
