"""All queries on cases."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, delete, func, insert, or_, select, text, update

from server.db.models.autotest import BatchResult, Case
from server.db.models.base import table_of, utcnow
from server.db.repository import RepositoryBase, affected_rows

__all__ = ["NEVER_RUN", "CaseFilter", "CaseRepository"]

# ``last_result`` filter value for cases no batch has finished yet.
NEVER_RUN = "NONE"

# Bound parameters per statement stay far below SQLite's and asyncpg's limits (32766/32767).
_IN_CHUNK = 2000
_INSERT_CHUNK = 5000
# Read every stored question instead of probing when the table is at most this big.
_SCAN_FACTOR = 4
_SCAN_MIN = 50_000
# After a bulk insert this big, refresh PostgreSQL's statistics (plans made for an empty
# table would scan it sequentially for every lookup).
_ANALYZE_AFTER = 1000


def _newest_ask(column: Any) -> Any:
    """``column`` of the case's newest finished ask, as a correlated scalar subquery."""
    return (
        select(column)
        .where(BatchResult.case_id == Case.id, BatchResult.result.is_not(None))
        .order_by(BatchResult.finished_at.desc(), BatchResult.id.desc())
        .limit(1)
        .scalar_subquery()
    )


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """List/export filters: search text over question, keywords and category; state; category;
    the newest finished ask's result (``NEVER_RUN``: none)."""

    q: str | None = None
    is_active: bool | None = None
    category: str | None = None
    last_result: str | None = None

    def clauses(self) -> list[ColumnElement[bool]]:
        clauses: list[ColumnElement[bool]] = []
        if self.q:
            clauses.append(
                or_(
                    Case.question.icontains(self.q, autoescape=True),
                    Case.expected_keywords.icontains(self.q, autoescape=True),
                    Case.category.icontains(self.q, autoescape=True),
                )
            )
        if self.is_active is not None:
            clauses.append(Case.is_active.is_(self.is_active))
        if self.category is not None:
            clauses.append(Case.category == self.category)
        if self.last_result == NEVER_RUN:
            clauses.append(_newest_ask(BatchResult.result).is_(None))
        elif self.last_result is not None:
            clauses.append(_newest_ask(BatchResult.result) == self.last_result)
        return clauses


# A case as ``CaseResponse`` shows it.
_PAGE_COLUMNS = (
    Case.id,
    Case.question,
    Case.expected_keywords,
    Case.expected_conditions,
    Case.expected_sql,
    Case.category,
    Case.is_active,
    Case.created_at,
    Case.updated_at,
)


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class CaseRepository(RepositoryBase[Case]):
    model = Case

    async def get_by_question(self, question: str) -> Case | None:
        stmt = select(Case).where(Case.question == question)
        return await self.get_one_or_none(stmt)

    def _filtered(self, stmt: Select[Any], where: CaseFilter) -> Select[Any]:
        clauses = where.clauses()
        return stmt.where(*clauses) if clauses else stmt

    async def page(self, where: CaseFilter, *, offset: int, limit: int) -> list[Case]:
        stmt = self._filtered(select(Case), where).order_by(Case.id).offset(offset).limit(limit)
        return await self.get_all(stmt)

    async def page_with_last(self, where: CaseFilter, *, offset: int, limit: int) -> list[Row[Any]]:
        """A page of cases, each with its newest finished ask's result (``last_result``) and
        time (``last_run_at``): plain rows, not ORM objects (the list is read most often)."""
        stmt = self._filtered(
            select(
                *_PAGE_COLUMNS,
                _newest_ask(BatchResult.result).label("last_result"),
                _newest_ask(BatchResult.finished_at).label("last_run_at"),
            ),
            where,
        )
        return list(await self.session.execute(stmt.order_by(Case.id).offset(offset).limit(limit)))

    async def count(self, where: CaseFilter) -> int:
        stmt = self._filtered(select(func.count(Case.id)), where)
        return (await self.session.execute(stmt)).scalar_one()

    async def export_values(
        self, where: CaseFilter, fields: Sequence[str]
    ) -> list[tuple[Any, ...]]:
        """Plain tuples (no ORM objects: exports can be large), ordered by id."""
        columns = [getattr(Case, name) for name in fields]
        stmt = self._filtered(select(*columns), where).order_by(Case.id)
        return [tuple(row) for row in (await self.session.execute(stmt)).all()]

    async def existing_questions(self, questions: Sequence[str]) -> set[str]:
        """Which of ``questions`` are stored already."""
        if not questions:
            return set()
        stored = await self.count(CaseFilter())
        if stored == 0:
            return set()
        if stored <= max(_SCAN_FACTOR * len(questions), _SCAN_MIN):
            # One scan of the column beats thousands of index probes, and has no
            # parameters: PostgreSQL can't reuse a plan made when the table was empty.
            wanted = set(questions)
            rows = await self.session.stream_scalars(select(Case.question))
            return {q async for q in rows if q in wanted}
        found: set[str] = set()
        for chunk in _chunks(questions, _IN_CHUNK):
            stmt = select(Case.question).where(Case.question.in_(chunk))
            found.update((await self.session.execute(stmt)).scalars())
        return found

    async def insert_many(self, records: Sequence[dict[str, Any]]) -> None:
        """Bulk insert (executemany), no ORM objects; the caller commits."""
        now = utcnow()
        table = table_of(Case)
        for chunk in _chunks(records, _INSERT_CHUNK):
            await self.session.execute(
                insert(table), [{**r, "created_at": now, "updated_at": None} for r in chunk]
            )

    async def set_active(self, case_ids: Sequence[int], *, is_active: bool) -> int:
        """Set ``is_active`` on the given cases; the number of cases that exist among them."""
        matched = 0
        now = utcnow()
        for chunk in _chunks(sorted(set(case_ids)), _IN_CHUNK):
            stmt = (
                update(Case)
                .where(Case.id.in_(chunk))
                .values(is_active=is_active, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            matched += affected_rows(await self.session.execute(stmt))
        return matched

    async def delete_many(self, case_ids: Sequence[int]) -> int:
        deleted = 0
        for chunk in _chunks(sorted(set(case_ids)), _IN_CHUNK):
            stmt = (
                delete(Case).where(Case.id.in_(chunk)).execution_options(synchronize_session=False)
            )
            deleted += affected_rows(await self.session.execute(stmt))
        return deleted

    async def delete_all(self) -> int:
        stmt = delete(Case).execution_options(synchronize_session=False)
        return affected_rows(await self.session.execute(stmt))

    async def refresh_statistics(self, inserted: int) -> None:
        """``ANALYZE cases`` on PostgreSQL after a large bulk insert; nothing on SQLite."""
        if inserted >= _ANALYZE_AFTER and self.session.get_bind().dialect.name == "postgresql":
            await self.session.execute(text("ANALYZE cases"))
            await self.session.commit()
