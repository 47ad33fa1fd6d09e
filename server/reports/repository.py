"""All read-side queries on batches and their results (the runner reuses these to read).

Counts are computed from the stored results, the one source of truth: a
result row exists for every planned case, and ``result`` is set when it
finishes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Row, case, delete, func, select, update

from server.contract.vocabulary import ResultValue
from server.db.models.autotest import Batch, BatchResult, Case
from server.db.models.users import User
from server.db.repository import RepositoryBase

__all__ = ["DETAIL_COLUMNS", "BatchCounts", "BatchSummary", "ReportRepository"]

# Result columns a report shows (``raw_answer`` is added on request: it can be large).
DETAIL_COLUMNS = (
    "case_id",
    "question",
    "actual_sql",
    "expected_sql",
    "result",
    "message",
    "checks",
    "duration",
    "expected_keywords",
    "expected_conditions",
    "category",
    "position",
    "seq",
    "started_at",
    "finished_at",
    "repeat_index",
    "timeline",
)


@dataclass(frozen=True, slots=True)
class BatchCounts:
    total: int = 0
    passed: int = 0
    failed: int = 0
    errored: int = 0

    @property
    def completed(self) -> int:
        return self.passed + self.failed + self.errored


@dataclass(frozen=True, slots=True)
class BatchSummary:
    batch: Batch
    counts: BatchCounts


def _counts_query(batch_ids: Sequence[str]) -> Any:
    def tally(value: str) -> Any:
        return func.coalesce(func.sum(case((BatchResult.result == value, 1), else_=0)), 0)

    return (
        select(
            BatchResult.batch_id,
            func.count(BatchResult.id),
            tally(ResultValue.PASS),
            tally(ResultValue.FAIL),
            tally(ResultValue.ERROR),
        )
        .where(BatchResult.batch_id.in_(batch_ids))
        .group_by(BatchResult.batch_id)
    )


class ReportRepository(RepositoryBase[Batch]):
    model = Batch

    async def get_batch(self, batch_id: str) -> Batch | None:
        return await self.session.get(Batch, batch_id)

    async def page_batches(
        self, *, offset: int, limit: int, status: str | None = None, group_id: str | None = None
    ) -> list[Batch]:
        """Newest first."""
        stmt = select(Batch)
        if status is not None:
            stmt = stmt.where(Batch.status == status)
        if group_id is not None:
            stmt = stmt.where(Batch.group_id == group_id)
        stmt = stmt.order_by(Batch.start_time.desc(), Batch.id.desc()).offset(offset).limit(limit)
        return await self.get_all(stmt)

    async def count_batches(self, *, status: str | None = None, group_id: str | None = None) -> int:
        stmt = select(func.count(Batch.id))
        if status is not None:
            stmt = stmt.where(Batch.status == status)
        if group_id is not None:
            stmt = stmt.where(Batch.group_id == group_id)
        return (await self.session.execute(stmt)).scalar_one()

    async def counts(self, batch_ids: Sequence[str]) -> dict[str, BatchCounts]:
        """Planned and finished counts per batch, in one query."""
        if not batch_ids:
            return {}
        rows = (await self.session.execute(_counts_query(batch_ids))).all()
        found = {
            row[0]: BatchCounts(
                total=int(row[1]), passed=int(row[2]), failed=int(row[3]), errored=int(row[4])
            )
            for row in rows
        }
        return {batch_id: found.get(batch_id, BatchCounts()) for batch_id in batch_ids}

    async def summary(self, batch_id: str) -> BatchSummary | None:
        batch = await self.get_batch(batch_id)
        if batch is None:
            return None
        counts = await self.counts([batch_id])
        return BatchSummary(batch=batch, counts=counts[batch_id])

    async def summaries(
        self, *, offset: int, limit: int, status: str | None = None, group_id: str | None = None
    ) -> list[BatchSummary]:
        batches = await self.page_batches(
            offset=offset, limit=limit, status=status, group_id=group_id
        )
        counts = await self.counts([b.id for b in batches])
        return [BatchSummary(batch=b, counts=counts[b.id]) for b in batches]

    async def results(
        self,
        batch_id: str,
        *,
        finished_only: bool = True,
        results: Sequence[str] | None = None,
        order: Literal["position", "seq"] = "position",
        offset: int = 0,
        limit: int | None = None,
        include_raw: bool = False,
    ) -> list[dict[str, Any]]:
        """A batch's results as plain dicts, in plan order (or completion order)."""
        names = [*DETAIL_COLUMNS, "raw_answer"] if include_raw else list(DETAIL_COLUMNS)
        stmt = select(*(getattr(BatchResult, n) for n in names)).where(
            BatchResult.batch_id == batch_id
        )
        if finished_only:
            stmt = stmt.where(BatchResult.result.is_not(None))
        if results:
            stmt = stmt.where(BatchResult.result.in_(list(results)))
        if order == "seq":
            stmt = stmt.order_by(BatchResult.seq, BatchResult.position)
        else:
            stmt = stmt.order_by(BatchResult.position, BatchResult.id)
        stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [dict(row) for row in (await self.session.execute(stmt)).mappings()]

    async def latencies(self, batch_id: str) -> list[Row[Any]]:
        """What the latency figures of a batch need, per finished ask."""
        stmt = select(
            BatchResult.case_id,
            BatchResult.repeat_index,
            BatchResult.question,
            BatchResult.result,
            BatchResult.duration,
            BatchResult.timeline,
        ).where(BatchResult.batch_id == batch_id, BatchResult.result.is_not(None))
        return list(await self.session.execute(stmt))

    async def case_history(self, case_id: int, *, limit: int) -> list[dict[str, Any]]:
        """A case's finished asks across batches, newest first, with the target each asked."""
        stmt = (
            select(
                BatchResult.batch_id,
                BatchResult.finished_at.label("time"),
                Batch.target_name.label("target"),
                Batch.target_id,
                BatchResult.repeat_index,
                BatchResult.result,
                BatchResult.message,
                BatchResult.actual_sql,
                BatchResult.duration,
            )
            .join(Batch, Batch.id == BatchResult.batch_id)
            .where(BatchResult.case_id == case_id, BatchResult.result.is_not(None))
            .order_by(BatchResult.finished_at.desc(), BatchResult.id.desc())
            .limit(limit)
        )
        return [dict(row) for row in (await self.session.execute(stmt)).mappings()]

    async def username(self, user_id: int) -> str | None:
        """Who started a batch (``None`` once the account is gone)."""
        stmt = select(User.username).where(User.id == user_id)
        return (await self.session.execute(stmt)).scalar_one_or_none()

    async def case_exists(self, case_id: int) -> bool:
        return await self.session.get(Case, case_id) is not None

    async def recent_asks(self, batches: int, *, target_id: int | None) -> AsyncIterator[Any]:
        """Finished asks of each case and target in the last ``batches`` batches that ran it.

        A target is its id, or for a deleted one its kept name (both null: before targets).
        Ordered by case, target, then oldest batch first, then ask: verdicts in time order.
        """
        per_target = (BatchResult.case_id, Batch.target_id, Batch.target_name)
        rank = (
            func.dense_rank()
            .over(partition_by=per_target, order_by=(Batch.start_time.desc(), Batch.id.desc()))
            .label("batch_rank")
        )
        ranked = (
            select(
                BatchResult.case_id,
                BatchResult.batch_id,
                BatchResult.repeat_index,
                BatchResult.question,
                BatchResult.result,
                Batch.target_id,
                Batch.target_name,
                Batch.start_time,
                rank,
            )
            .join(Batch, Batch.id == BatchResult.batch_id)
            .where(BatchResult.result.is_not(None))
        )
        if target_id is not None:
            ranked = ranked.where(Batch.target_id == target_id)
        subquery = ranked.subquery()
        stmt = (
            select(
                subquery.c.case_id,
                subquery.c.batch_id,
                subquery.c.question,
                subquery.c.result,
                subquery.c.target_id,
                subquery.c.target_name,
            )
            .where(subquery.c.batch_rank <= batches)
            .order_by(
                subquery.c.case_id,
                subquery.c.target_id,
                subquery.c.target_name,
                subquery.c.start_time,
                subquery.c.batch_id,
                subquery.c.repeat_index,
            )
        )
        result = await self.session.stream(stmt)
        async for row in result:
            yield row

    async def tag_batch(
        self, batch_id: str, *, experiment_id: int | None, template_ids: list[int] | None
    ) -> None:
        stmt = (
            update(Batch)
            .where(Batch.id == batch_id)
            .values(experiment_id=experiment_id, template_ids=template_ids)
        )
        await self.session.execute(stmt)

    async def delete_batch(self, batch_id: str) -> None:
        # Explicit, not only ON DELETE CASCADE: SQLite enforces it only with foreign_keys=ON.
        await self.session.execute(delete(BatchResult).where(BatchResult.batch_id == batch_id))
        await self.session.execute(delete(Batch).where(Batch.id == batch_id))
