"""Who runs which batch: the queries of run leases.

A RUNNING batch has an ``owner`` (one server process) and a ``lease_expires`` time that
the owner's heartbeat pushes forward. It is an orphan when its owner is gone: the lease
expired, or (PostgreSQL) the owner's notice connection, named after it, is no longer
there (a process killed outright drops its connections at once). Another process claims
orphans with ``FOR UPDATE SKIP LOCKED`` and carries them on.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import ColumnElement, or_, select, text, update

from server.contract.vocabulary import BatchStatus
from server.db.models.autotest import Batch
from server.db.repository import RepositoryBase, affected_rows

__all__ = ["APPLICATION_PREFIX", "LeaseRepository"]

# A process's notice connection is named ``helix:<owner>`` (PostgreSQL application_name).
APPLICATION_PREFIX = "helix:"
_LIVE_OWNERS = text(
    "SELECT application_name FROM pg_stat_activity "
    "WHERE datname = current_database() AND application_name LIKE :prefix"
)


def _orphaned(now: datetime, live: Collection[str]) -> ColumnElement[bool]:
    return or_(
        Batch.owner.is_(None),
        Batch.lease_expires.is_(None),
        Batch.lease_expires < now,
        Batch.owner.not_in(list(live)),
    )


class LeaseRepository(RepositoryBase[Batch]):
    model = Batch

    async def live_owners(self) -> set[str]:
        """Owners whose process is connected (PostgreSQL only)."""
        rows = await self.session.execute(_LIVE_OWNERS, {"prefix": APPLICATION_PREFIX + "%"})
        return {name.removeprefix(APPLICATION_PREFIX) for (name,) in rows}

    async def renew(
        self, owner: str, batch_ids: Collection[str], *, lease_expires: datetime
    ) -> set[str]:
        """Push the leases of the batches ``owner`` runs forward; the ones it still holds."""
        if not batch_ids:
            return set()
        stmt = (
            update(Batch)
            .where(
                Batch.id.in_(list(batch_ids)),
                Batch.owner == owner,
                Batch.status == BatchStatus.RUNNING,
            )
            .values(lease_expires=lease_expires)
            .returning(Batch.id)
        )
        held = set((await self.session.execute(stmt)).scalars())
        await self.session.commit()
        return held

    async def claim_orphans(
        self,
        owner: str,
        *,
        now: datetime,
        lease_expires: datetime,
        live: Collection[str],
        limit: int = 20,
    ) -> list[str]:
        """Take over RUNNING batches nobody runs any more; their ids (committed).

        ``SKIP LOCKED``: a batch another process is claiming, or whose owner is storing
        results right now, is left for the next round.
        """
        stmt = (
            select(Batch.id)
            .where(Batch.status == BatchStatus.RUNNING, _orphaned(now, live))
            .order_by(Batch.start_time)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        ids = list((await self.session.execute(stmt)).scalars())
        if ids:
            await self.session.execute(
                update(Batch)
                .where(Batch.id.in_(ids))
                .values(owner=owner, lease_expires=lease_expires)
            )
        await self.session.commit()
        return ids

    async def release(self, owner: str, batch_ids: Collection[str]) -> int:
        """Let go of batches ``owner`` still holds, for another process to take over."""
        if not batch_ids:
            return 0
        stmt = (
            update(Batch)
            .where(
                Batch.id.in_(list(batch_ids)),
                Batch.owner == owner,
                Batch.status == BatchStatus.RUNNING,
            )
            .values(owner=None, lease_expires=None)
        )
        released = affected_rows(await self.session.execute(stmt))
        await self.session.commit()
        return released

    async def interrupt_orphans(self, *, now: datetime, live: Collection[str]) -> int:
        """Orphans nobody will take over end INTERRUPTED (committed); how many."""
        stmt = (
            update(Batch)
            .where(Batch.status == BatchStatus.RUNNING, _orphaned(now, live))
            .values(status=BatchStatus.INTERRUPTED, end_time=now, lease_expires=None)
        )
        count = affected_rows(await self.session.execute(stmt))
        await self.session.commit()
        return count
