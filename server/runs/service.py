"""Run rules: which cases a run gets, storing the batch first, stop, resume, replay data."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from server.config import service as config_service
from server.contract.config import ConfigResponse
from server.contract.runs import (
    ActiveBatch,
    CaseBrief,
    RunBatch,
    RunRequest,
    RunResponse,
    StopResponse,
)
from server.contract.stability import CaseStability
from server.contract.vocabulary import BatchStatus
from server.db.models.autotest import Batch
from server.db.models.base import utcnow
from server.db.models.targets import BotTarget
from server.errors import BadRequest, Conflict, NotFound, ServiceUnavailable
from server.experiments.repository import ExperimentRepository
from server.i18n import Language, Text
from server.reports.stability import checked_tag
from server.runs.repository import RunRepository
from server.runs.runner.engine import PlannedCase, RunEngine
from server.runs.runner.events import done_event, status_event
from server.runs.runner.notices import Notice
from server.targets import service as targets_service

__all__ = [
    "BatchSnapshot",
    "active_batches",
    "adopt_batch",
    "batch_snapshot",
    "resume_run",
    "start_run",
    "stop_run",
]

log = logging.getLogger(__name__)

RUN_STARTED = "Test run started"
RUN_RESUMED = "Test run resumed"
_SNAPSHOT_FIELDS = (
    "question",
    "expected_keywords",
    "expected_conditions",
    "expected_sql",
    "category",
)


@dataclass(frozen=True, slots=True)
class BatchSnapshot:
    """A batch as stored: its counters, its planned cases, its finished cases by ``seq``."""

    batch: Batch
    cases: list[CaseBrief]
    finished: list[Any]  # rows with the fields of a WebSocket ``update``
    stability: list[CaseStability]  # per case; only for a batch that is not running


def _snapshot(case_id: int, source: Any) -> dict[str, Any]:
    values = {name: getattr(source, name) for name in _SNAPSHOT_FIELDS}
    values["expected_keywords"] = values["expected_keywords"] or ""
    return {"case_id": case_id, **values}


async def _plan(
    repo: RunRepository, request: RunRequest
) -> tuple[list[dict[str, Any]], str | None]:
    if request.rerun_of:
        if request.case_ids:
            raise BadRequest(
                "case_ids 和 rerun_of 不能同时指定", "Give either case_ids or rerun_of, not both"
            )
        source = await repo.get_batch(request.rerun_of)
        if source is None:
            raise NotFound(
                f"批次不存在: {request.rerun_of}", f"Batch not found: {request.rerun_of}"
            )
        # One row per case, however many of its asks failed.
        failed = list({r.case_id: r for r in await repo.failed_results(source.id)}.values())
        if not failed:
            raise BadRequest(
                f"批次 {source.id} 没有失败或出错的用例",
                f"Batch {source.id} has no FAIL or ERROR case",
            )
        # A case edited since then runs as it is now; a deleted one as it was.
        current = {c.id: c for c in await repo.cases_by_ids([r.case_id for r in failed])}
        return [_snapshot(r.case_id, current.get(r.case_id) or r) for r in failed], source.id
    if request.case_ids:
        ids = list(dict.fromkeys(request.case_ids))
        found = {c.id: c for c in await repo.cases_by_ids(ids)}
        missing = [i for i in ids if i not in found]
        if missing:
            names = ", ".join(str(i) for i in missing[:20]) + (" ..." if len(missing) > 20 else "")
            raise NotFound(f"用例不存在: {names}", f"Cases not found: {names}")
        return [_snapshot(i, found[i]) for i in ids], None
    cases = await repo.active_cases()
    if not cases:
        raise BadRequest("没有可运行的用例: 没有启用的用例", "No case to run: no active case")
    return [_snapshot(c.id, c) for c in cases], None


def _planned(rows: list[Any]) -> list[PlannedCase]:
    """Plan order, round by round: every case's first ask before any case's second."""
    planned = [
        PlannedCase(
            row_id=r.id,
            case_id=r.case_id,
            question=r.question,
            expected_keywords=r.expected_keywords,
            expected_conditions=r.expected_conditions,
            expected_sql=r.expected_sql,
            category=r.category,
            repeat_index=r.repeat_index,
        )
        for r in rows
    ]
    planned.sort(key=lambda p: p.repeat_index)
    return planned


async def _run_targets(
    session: AsyncSession, repo: RunRepository, request: RunRequest, rerun_of: str | None
) -> list[BotTarget]:
    """The targets named; none named: a rerun asks its batch's target, anything else the default."""
    if rerun_of and request.target_id is None and not request.target_ids:
        source = await repo.get_batch(rerun_of)
        if source is not None and source.target_id is not None:
            return await targets_service.targets_for_run(
                session, target_id=source.target_id, target_ids=[]
            )
    return await targets_service.targets_for_run(
        session, target_id=request.target_id, target_ids=request.target_ids
    )


async def start_run(
    session: AsyncSession,
    engine: RunEngine,
    *,
    config: ConfigResponse,
    request: RunRequest,
    user_id: int | None,
) -> RunResponse:
    """Store one batch per target with its planned asks, start them, answer at once."""
    repo = RunRepository.from_session(session)
    experiment_id, template_ids = await checked_tag(
        ExperimentRepository.from_session(session),
        experiment_id=request.experiment_id,
        template_ids=request.template_ids,
    )
    plan, rerun_of = await _plan(repo, request)
    repeat = request.repeat
    if rerun_of and "repeat" not in request.model_fields_set:
        # A rerun asks each case as often as the batch it reruns, unless told otherwise.
        source = await repo.get_batch(rerun_of)
        repeat = source.repeat if source is not None else repeat
    chosen = await _run_targets(session, repo, request, rerun_of)
    group_id = str(uuid.uuid4()) if len(chosen) > 1 else None
    started: list[tuple[Batch, ConfigResponse]] = []
    for target in chosen:
        batch = Batch(
            id=str(uuid.uuid4()),
            status=BatchStatus.RUNNING,
            start_time=utcnow(),
            end_time=None,
            total_count=len(plan) * repeat,
            pass_count=0,
            fail_count=0,
            error_count=0,
            created_by=user_id,
            rerun_of=rerun_of,
            max_workers=config.max_workers,
            target_id=target.id,
            target_name=target.name,
            group_id=group_id,
            repeat=repeat,
            experiment_id=experiment_id,
            template_ids=template_ids,
            owner=engine.owner,
            lease_expires=engine.lease_expires(),
        )
        target_config = await targets_service.run_config(session, target, config)
        # Every ask of a case has its own row; a case's asks sit side by side in plan order.
        rows = [
            {
                "batch_id": batch.id,
                "position": position * repeat + repeat_index,
                "repeat_index": repeat_index,
                "message": "",
                **values,
            }
            for position, values in enumerate(plan)
            for repeat_index in range(repeat)
        ]
        await repo.create_batch(batch, rows)
        started.append((batch, target_config))
    for batch, target_config in started:
        _launch(engine, batch, target_config, await repo.plan(batch.id), next_seq=1)
    return RunResponse(
        message=RUN_STARTED,
        batch_id=started[0][0].id,
        cases=[CaseBrief(id=v["case_id"], question=v["question"]) for v in plan],
        group_id=group_id,
        batches=[
            RunBatch(batch_id=b.id, target_id=b.target_id, target_name=b.target_name)
            for b, _ in started
        ],
    )


def _launch(
    engine: RunEngine,
    batch: Batch,
    config: ConfigResponse,
    rows: list[Any],
    *,
    next_seq: int,
) -> None:
    try:
        engine.launch(
            batch_id=batch.id,
            config=config,
            cases=_planned(rows),
            total_count=batch.total_count,
            start_time=batch.start_time,
            counts=(batch.pass_count, batch.fail_count, batch.error_count),
            next_seq=next_seq,
            repeat=batch.repeat,
        )
    except RuntimeError as exc:
        if engine.is_running(batch.id):
            raise Conflict(
                f"批次正在运行: {batch.id}", f"Batch is already running: {batch.id}"
            ) from exc
        raise ServiceUnavailable("运行引擎不可用", "The run engine is not available") from exc


async def stop_run(
    session: AsyncSession, engine: RunEngine, *, batch_id: str, language: Language
) -> StopResponse:
    repo = RunRepository.from_session(session)
    batch = await repo.get_batch(batch_id)
    if batch is None:
        raise NotFound(f"批次不存在: {batch_id}", f"Batch not found: {batch_id}")
    stopped = Text("测试已停止", "Test run stopped").render(language)
    if await engine.stop(batch_id):
        return StopResponse(message=stopped, batch_id=batch_id, status=BatchStatus.STOPPED)
    if batch.status == BatchStatus.RUNNING and await _stop_elsewhere(repo, engine, batch):
        return StopResponse(message=stopped, batch_id=batch_id, status=BatchStatus.STOPPED)
    await repo.refresh(batch)
    finished = Text(
        f"批次已结束 (状态: {batch.status})", f"Batch already finished ({batch.status})"
    ).render(language)
    return StopResponse(message=finished, batch_id=batch_id, status=batch.status)


async def _stop_elsewhere(repo: RunRepository, engine: RunEngine, batch: Batch) -> bool:
    """Stop a batch this process does not run (another process does, or nobody).

    The batch row says STOPPED at once; its owner hears it (notice, or its next
    heartbeat), lets go, and stores nothing more. False when it ended meanwhile.
    """
    return await _end_not_running(repo, engine, batch, status=BatchStatus.STOPPED)


async def _end_not_running(
    repo: RunRepository,
    engine: RunEngine,
    batch: Batch,
    *,
    status: BatchStatus,
    owner: str | None = None,
) -> bool:
    """End a RUNNING batch that no worker here runs, and say so to every follower."""
    if not await repo.finish_batch(batch.id, status=status, end_time=utcnow(), owner=owner):
        return False
    if engine.notice_channel is not None:
        notice = Notice(origin=engine.owner, batch_id=batch.id, ended=True, stopped=True)
        await repo.notify(engine.notice_channel, notice.encode())
    await repo.commit()
    await repo.refresh(batch)
    stability = await repo.stability(batch.id)
    engine.hub.publish(batch.id, status_event(batch))
    engine.hub.publish(batch.id, done_event(batch, stability))
    return True


async def _batch_config(
    session: AsyncSession, batch: Batch, config: ConfigResponse
) -> ConfigResponse:
    """The config a batch runs with: its target's (batches from before targets: the default)."""
    if batch.target_id is None and batch.target_name is not None:
        raise Conflict(
            f"批次的目标已删除: {batch.target_name}",
            f"The target of this batch was deleted: {batch.target_name}",
        )
    [target] = await targets_service.targets_for_run(
        session, target_id=batch.target_id, target_ids=[]
    )
    return await targets_service.run_config(session, target, config)


async def resume_run(
    session: AsyncSession, engine: RunEngine, *, config: ConfigResponse, batch_id: str
) -> RunResponse:
    """Run the cases of an INTERRUPTED or STOPPED batch that have no result yet."""
    repo = RunRepository.from_session(session)
    batch = await repo.get_batch(batch_id)
    if batch is None:
        raise NotFound(f"批次不存在: {batch_id}", f"Batch not found: {batch_id}")
    running = Conflict(f"批次正在运行: {batch_id}", f"Batch is already running: {batch_id}")
    if engine.is_running(batch_id) or batch.status == BatchStatus.RUNNING:
        raise running
    if batch.status == BatchStatus.COMPLETED:
        raise Conflict(
            f"批次已完成，无需续跑: {batch_id}", f"Batch is already completed: {batch_id}"
        )
    rows = await repo.plan(batch_id, unfinished_only=True)
    if not rows:
        raise BadRequest(
            f"批次没有未完成的用例: {batch_id}", f"Batch has no unfinished case: {batch_id}"
        )
    target_config = await _batch_config(session, batch, config)
    next_seq = await repo.max_seq(batch_id) + 1
    if not await repo.restart_batch(
        batch_id,
        max_workers=config.max_workers,
        owner=engine.owner,
        lease_expires=engine.lease_expires(),
    ):
        raise running  # resumed by another request meanwhile
    batch.status, batch.end_time, batch.max_workers = BatchStatus.RUNNING, None, config.max_workers
    _launch(engine, batch, target_config, rows, next_seq=next_seq)
    return RunResponse(
        message=RUN_RESUMED,
        batch_id=batch_id,
        cases=_briefs(rows),
        group_id=batch.group_id,
        batches=[
            RunBatch(batch_id=batch.id, target_id=batch.target_id, target_name=batch.target_name)
        ],
    )


async def adopt_batch(session: AsyncSession, engine: RunEngine, *, batch_id: str) -> None:
    """Carry on a batch this process just took over: what has no result yet, with the
    batch's ``max_workers`` and the target's config as it is now."""
    repo = RunRepository.from_session(session)
    batch = await repo.get_batch(batch_id)
    if batch is None or batch.status != BatchStatus.RUNNING or batch.owner != engine.owner:
        return
    try:
        config = await _batch_config(session, batch, await config_service.get_config(session))
    except Conflict as exc:
        log.warning("batch %s cannot be carried on: %s", batch_id, exc.text.en)
        await _end_not_running(
            repo, engine, batch, status=BatchStatus.INTERRUPTED, owner=engine.owner
        )
        return
    rows = await repo.plan(batch_id, unfinished_only=True)
    next_seq = await repo.max_seq(batch_id) + 1
    config = config.model_copy(update={"max_workers": batch.max_workers})
    log.info("carrying on batch %s: %d ask(s) left", batch_id, len(rows))
    _launch(engine, batch, config, rows, next_seq=next_seq)


def _briefs(rows: list[Any]) -> list[CaseBrief]:
    """Each case once (a batch with repeats has a row per ask)."""
    seen = {r.case_id: r.question for r in rows}
    return [CaseBrief(id=case_id, question=question) for case_id, question in seen.items()]


async def active_batches(session: AsyncSession) -> list[ActiveBatch]:
    repo = RunRepository.from_session(session)
    return [
        ActiveBatch(
            batch_id=b.id,
            status=b.status,
            start_time=b.start_time,
            total_count=b.total_count,
            completed_count=b.pass_count + b.fail_count + b.error_count,
            pass_count=b.pass_count,
            fail_count=b.fail_count,
            error_count=b.error_count,
            max_workers=b.max_workers,
            rerun_of=b.rerun_of,
            created_by=b.created_by,
        )
        for b in await repo.running_batches()
    ]


async def batch_snapshot(session: AsyncSession, *, batch_id: str) -> BatchSnapshot | None:
    repo = RunRepository.from_session(session)
    batch = await repo.get_batch(batch_id)
    if batch is None:
        return None
    rows = await repo.replay(batch_id)
    finished = sorted((r for r in rows if r.result is not None), key=lambda r: r.seq or 0)
    return BatchSnapshot(
        batch=batch,
        cases=_briefs(rows),
        finished=finished,
        stability=await repo.stability(batch_id) if batch.status != BatchStatus.RUNNING else [],
    )
