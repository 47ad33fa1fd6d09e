"""All queries of runs: picking cases, storing a batch and its planned rows, recording results."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, case, func, insert, select, update

from server.contract.stability import CaseStability
from server.contract.vocabulary import BatchStatus, ResultValue
from server.db.models.autotest import Batch, BatchResult, Case
from server.db.models.base import table_of
from server.db.repository import RepositoryBase, affected_rows

__all__ = ["RESULT_COLUMNS", "RunRepository"]

# SQLite allows at most 32,766 bound parameters per statement; stay well below.
_IN_CHUNK = 5_000
# Plain rows, not ORM objects: a run plans and replays thousands of them.
_CASE_COLUMNS = (
    Case.id,
    Case.question,
    Case.expected_keywords,
    Case.expected_conditions,
    Case.expected_sql,
    Case.category,
)
_PLAN_COLUMNS = (
    BatchResult.id,
    BatchResult.case_id,
    BatchResult.question,
    BatchResult.expected_keywords,
    BatchResult.expected_conditions,
    BatchResult.expected_sql,
    BatchResult.category,
    BatchResult.repeat_index,
)
# What a finished case writes into its planned row.
RESULT_COLUMNS = (
    "result",
    "message",
    "checks",
    "actual_sql",
    "duration",
    "raw_answer",
    "started_at",
    "finished_at",
    "seq",
    "timeline",
)
_RESULTS = table_of(BatchResult)
_STORE_RESULT = (
    update(_RESULTS)
    .where(_RESULTS.c.id == bindparam("row_id"))
    .values({name: bindparam(f"v_{name}") for name in RESULT_COLUMNS})
)


def _bind(values: dict[str, Any]) -> dict[str, Any]:
    return {"row_id": values["id"], **{f"v_{n}": values[n] for n in RESULT_COLUMNS}}


_REPLAY_COLUMNS = (
    *_PLAN_COLUMNS,
    BatchResult.result,
    BatchResult.actual_sql,
    BatchResult.message,
    BatchResult.checks,
    BatchResult.duration,
    BatchResult.seq,
    BatchResult.timeline,
)


class RunRepository(RepositoryBase[Batch]):
    model = Batch

    # Cases to run

    async def active_cases(self) -> list[Row[Any]]:
        """Active cases (id and what a run snapshots), by id."""
        stmt = select(*_CASE_COLUMNS).where(Case.is_active.is_(True)).order_by(Case.id)
        return list(await self.session.execute(stmt))

    async def cases_by_ids(self, ids: Sequence[int]) -> list[Row[Any]]:
        found: list[Row[Any]] = []
        for start in range(0, len(ids), _IN_CHUNK):
            chunk = list(ids[start : start + _IN_CHUNK])
            found.extend(
                await self.session.execute(select(*_CASE_COLUMNS).where(Case.id.in_(chunk)))
            )
        return found

    # Batches

    async def get_batch(self, batch_id: str) -> Batch | None:
        return await self.session.get(Batch, batch_id)

    async def running_batches(self) -> list[Batch]:
        stmt = select(Batch).where(Batch.status == BatchStatus.RUNNING).order_by(Batch.start_time)
        return await self.get_all(stmt)

    async def create_batch(self, batch: Batch, rows: list[dict[str, Any]]) -> None:
        """Store the batch with one planned (result-less) row per case, in one transaction."""
        self.session.add(batch)
        await self.session.flush()
        if rows:
            await self.session.execute(insert(BatchResult), rows)
        await self.session.commit()

    async def restart_batch(
        self, batch_id: str, *, max_workers: int, owner: str, lease_expires: datetime
    ) -> bool:
        """RUNNING again, leased to ``owner``; False when it is RUNNING already (committed)."""
        stmt = (
            update(Batch)
            .where(Batch.id == batch_id, Batch.status != BatchStatus.RUNNING)
            .values(
                status=BatchStatus.RUNNING,
                end_time=None,
                max_workers=max_workers,
                owner=owner,
                lease_expires=lease_expires,
            )
        )
        restarted = affected_rows(await self.session.execute(stmt)) > 0
        await self.session.commit()
        return restarted

    async def finish_batch(
        self, batch_id: str, *, status: str, end_time: datetime, owner: str | None = None
    ) -> bool:
        """End a RUNNING batch (only if ``owner`` still holds it, when given); False if not."""
        stmt = (
            update(Batch)
            .where(Batch.id == batch_id, Batch.status == BatchStatus.RUNNING)
            .values(status=status, end_time=end_time, lease_expires=None)
        )
        if owner is not None:
            stmt = stmt.where(Batch.owner == owner)
        return affected_rows(await self.session.execute(stmt)) > 0

    async def set_counts(
        self, batch_id: str, *, owner: str, passed: int, failed: int, errored: int
    ) -> bool:
        """Store the counters of a batch ``owner`` still runs; False when it lost it.

        The UPDATE locks the batch row until commit: a process taking the batch over
        waits for (or skips) it, so results are stored by one owner only.
        """
        stmt = (
            update(Batch)
            .where(
                Batch.id == batch_id,
                Batch.owner == owner,
                Batch.status == BatchStatus.RUNNING,
            )
            .values(pass_count=passed, fail_count=failed, error_count=errored)
        )
        return affected_rows(await self.session.execute(stmt)) > 0

    async def notify(self, channel: str, payload: str) -> None:
        """PostgreSQL ``NOTIFY``, delivered to every listener when this transaction commits."""
        await self.session.execute(select(func.pg_notify(channel, payload)))

    # Results

    async def plan(self, batch_id: str, *, unfinished_only: bool = False) -> list[Row[Any]]:
        """The planned rows of a batch (row id, case id, snapshot) in plan order."""
        stmt = select(*_PLAN_COLUMNS).where(BatchResult.batch_id == batch_id)
        if unfinished_only:
            stmt = stmt.where(BatchResult.result.is_(None))
        return list(await self.session.execute(stmt.order_by(BatchResult.position)))

    async def replay(self, batch_id: str) -> list[Row[Any]]:
        """Every row of a batch with its result (if any), in plan order; no raw answers."""
        stmt = (
            select(*_REPLAY_COLUMNS)
            .where(BatchResult.batch_id == batch_id)
            .order_by(BatchResult.position)
        )
        return list(await self.session.execute(stmt))

    async def results_by_seq(self, batch_id: str, first: int, last: int) -> list[Row[Any]]:
        """Finished rows of a batch with ``first <= seq <= last``, by ``seq``."""
        stmt = (
            select(*_REPLAY_COLUMNS)
            .where(BatchResult.batch_id == batch_id, BatchResult.seq.between(first, last))
            .order_by(BatchResult.seq)
        )
        return list(await self.session.execute(stmt))

    async def failed_results(self, batch_id: str) -> list[Row[Any]]:
        stmt = (
            select(*_PLAN_COLUMNS)
            .where(
                BatchResult.batch_id == batch_id,
                BatchResult.result.in_((ResultValue.FAIL, ResultValue.ERROR)),
            )
            .order_by(BatchResult.position)
        )
        return list(await self.session.execute(stmt))

    async def stability(self, batch_id: str) -> list[CaseStability]:
        """Per case of a batch, in plan order: asks passed of asks finished."""
        passed = func.sum(case((BatchResult.result == ResultValue.PASS, 1), else_=0))
        stmt = (
            select(BatchResult.case_id, passed, func.count(BatchResult.result))
            .where(BatchResult.batch_id == batch_id)
            .group_by(BatchResult.case_id)
            .order_by(func.min(BatchResult.position))
        )
        return [
            CaseStability(
                case_id=case_id,
                passed=int(ok or 0),
                total=int(total),
                flaky=0 < int(ok or 0) < int(total),
            )
            for case_id, ok, total in await self.session.execute(stmt)
        ]

    async def max_seq(self, batch_id: str) -> int:
        stmt = select(func.max(BatchResult.seq)).where(BatchResult.batch_id == batch_id)
        return int((await self.session.execute(stmt)).scalar_one() or 0)

    async def store_results(self, values: list[dict[str, Any]]) -> None:
        """Record finished cases: one UPDATE by primary key per row, sent as one batch.

        ``values`` carry ``id`` and the result columns. A Core statement (not the ORM's
        bulk update) keeps the writer cheap at hundreds of results per second.
        """
        if values:
            await self.session.execute(_STORE_RESULT, [_bind(v) for v in values])
