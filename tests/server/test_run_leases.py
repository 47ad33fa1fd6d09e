"""Run leases on PostgreSQL: who is alive, claiming orphans (SKIP LOCKED), fencing, takeover;
notices."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, text

from server.app import create_app
from server.contract.vocabulary import BatchStatus
from server.db import Database
from server.db.listen import NoticeListener
from server.db.models.autotest import Batch
from server.db.models.base import utcnow
from server.runs.leases import APPLICATION_PREFIX, LeaseRepository
from server.runs.repository import RunRepository
from server.runs.runner.adapter import ChatIds
from server.runs.runner.notices import CHANNEL, Notice
from server.settings import Settings
from tests.conftest import POSTGRES_URL, ROOT_PASSWORD, bearer, login
from tests.e2e.run_client import wait_for
from tests.postgres import drop_postgres_database, fresh_postgres_database


@pytest.fixture
async def database() -> AsyncIterator[Database]:
    if not POSTGRES_URL:
        pytest.skip("needs HELIX_TEST_POSTGRES_URL")
    url = await fresh_postgres_database(POSTGRES_URL, "helix_leases_")
    db = Database(url)
    try:
        await db.migrate()
        yield db
    finally:
        await db.dispose()
        await drop_postgres_database(url)


async def _batch(database: Database, owner: str | None, *, expires_in: float = 10) -> str:
    batch = Batch(
        id=str(uuid.uuid4()),
        status=BatchStatus.RUNNING,
        start_time=utcnow(),
        owner=owner,
        lease_expires=utcnow() + timedelta(seconds=expires_in),
    )
    async with database.session() as session:
        session.add(batch)
        await session.commit()
    return batch.id


def _listener(database: Database, owner: str) -> NoticeListener:
    return NoticeListener(
        database.url, channel=CHANNEL, name=APPLICATION_PREFIX + owner, slots=ChatIds.SLOTS
    )


@pytest.mark.postgres
async def test_orphans_are_claimed_once_and_live_owners_kept(database: Database) -> None:
    alive, gone = uuid.uuid4().hex, uuid.uuid4().hex
    listener = _listener(database, alive)
    await listener.connect()
    try:
        kept = await _batch(database, alive)
        orphan = await _batch(database, gone)  # lease valid, owner not connected
        expired = await _batch(database, alive, expires_in=-1)  # connected, lease run out
        async with database.session() as session:
            leases = LeaseRepository.from_session(session)
            live = await leases.live_owners()
            assert alive in live and gone not in live
            now = utcnow()
            claimed = await leases.claim_orphans(
                "me", now=now, lease_expires=now + timedelta(seconds=10), live=live
            )
            assert sorted(claimed) == sorted([orphan, expired])
            # Claimed: no longer orphans (for anyone else either).
            again = await leases.claim_orphans(
                "other", now=now, lease_expires=now + timedelta(seconds=10), live=live | {"me"}
            )
            assert again == []
            owners = {i: o for i, o in await session.execute(select(Batch.id, Batch.owner))}
        assert owners == {kept: alive, orphan: "me", expired: "me"}
    finally:
        await listener.close()


@pytest.mark.postgres
async def test_a_batch_being_written_is_skipped_not_waited_for(database: Database) -> None:
    batch_id = await _batch(database, "gone", expires_in=-1)
    async with database.session() as writing, database.session() as claiming:
        # The owner's writer holds the batch row (its fenced counters' UPDATE).
        assert await RunRepository.from_session(writing).set_counts(
            batch_id, owner="gone", passed=1, failed=0, errored=0
        )
        now = utcnow()
        leases = LeaseRepository.from_session(claiming)
        assert await leases.claim_orphans("me", now=now, lease_expires=now, live=set()) == []
        await writing.commit()
        assert await leases.claim_orphans("me", now=now, lease_expires=now, live=set()) == [
            batch_id
        ]
    # The old owner is fenced out now.
    async with database.session() as session:
        repo = RunRepository.from_session(session)
        assert not await repo.set_counts(batch_id, owner="gone", passed=2, failed=0, errored=0)
        assert not await repo.finish_batch(
            batch_id, status=BatchStatus.COMPLETED, end_time=utcnow(), owner="gone"
        )


@pytest.mark.postgres
async def test_start_interrupts_only_when_nobody_can_take_over(database: Database) -> None:
    alive = uuid.uuid4().hex
    listener = _listener(database, alive)
    await listener.connect()
    try:
        mine = await _batch(database, alive)
        dead = await _batch(database, "dead")
        async with database.session() as session:
            leases = LeaseRepository.from_session(session)
            count = await leases.interrupt_orphans(now=utcnow(), live=await leases.live_owners())
            statuses = {i: s for i, s in await session.execute(select(Batch.id, Batch.status))}
        assert count == 1
        assert statuses == {mine: BatchStatus.RUNNING, dead: BatchStatus.INTERRUPTED}
    finally:
        await listener.close()


@pytest.mark.postgres
async def test_notices_arrive_after_commit_and_slots_differ(database: Database) -> None:
    first, second = _listener(database, "one"), _listener(database, "two")
    await first.connect()
    await second.connect()
    try:
        assert first.slot != second.slot
        notice = Notice(origin="one", batch_id="b", first_seq=3, last_seq=7, running=(1, 2))
        async with database.session() as session:
            repo = RunRepository.from_session(session)
            await repo.notify(CHANNEL, notice.encode())
            await repo.rollback()  # never sent
            await repo.notify(CHANNEL, notice.encode())
            await repo.commit()
        payload = await second.queue.get()
        assert Notice.decode(payload) == notice
        assert second.queue.empty()
    finally:
        await first.close()
        await second.close()


def test_notice_round_trip_and_cap() -> None:
    small = Notice(origin="o", batch_id="b", running=(1, 2), finished=(3,), ended=True)
    assert Notice.decode(small.encode()) == small
    many = Notice(origin="o", batch_id="b", running=tuple(range(1000)), stopped=True)
    decoded = Notice.decode(many.encode())
    assert decoded.stopped and decoded.first_seq is None
    assert decoded.running == () and decoded.in_flight_unknown
    assert len(many.encode()) < 8000


def test_chat_ids_of_two_slots_never_meet() -> None:
    a, b = ChatIds(0), ChatIds(1)
    ids_a = {a() for _ in range(10_000)}
    ids_b = {b() for _ in range(10_000)}
    assert not ids_a & ids_b
    assert {i % ChatIds.SLOTS for i in ids_b} == {1}
    assert max(ids_a | ids_b) < 2**53  # exact in JSON numbers everywhere


async def _orphan(
    database: Database, *, questions: list[str], target_name: str | None = None
) -> str:
    """A RUNNING batch of a process that is gone, with one result stored already."""
    batch = Batch(
        id=str(uuid.uuid4()),
        status=BatchStatus.RUNNING,
        start_time=utcnow(),
        total_count=len(questions),
        pass_count=1,
        max_workers=2,
        target_name=target_name,
        owner="gone",
        lease_expires=utcnow() + timedelta(seconds=60),
    )
    rows = [
        {
            "batch_id": batch.id,
            "position": n,
            "case_id": 100 + n,
            "question": q,
            "expected_keywords": "000987.SZ",
            "message": "",
            **({"result": "PASS", "seq": 1, "actual_sql": "SELECT 1"} if n == 0 else {}),
        }
        for n, q in enumerate(questions)
    ]
    async with database.session() as session:
        await RunRepository.from_session(session).create_batch(batch, rows)
    return batch.id


@pytest.mark.postgres
async def test_a_live_process_carries_orphans_on(
    database: Database, tmp_path: Path, demo_bot: str
) -> None:
    # Another process is alive: the app's start leaves orphans to be taken over.
    other = _listener(database, "other")
    await other.connect()
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database.url,
        secret_key="test-secret-key-0123456789abcdef0123456789",
        initial_root_password=ROOT_PASSWORD,
        lease_heartbeat_seconds=0.2,
    )
    app = create_app(settings)
    try:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
                token = (await login(client, "root", ROOT_PASSWORD))["access_token"]
                response = await client.post(
                    "/config", json={"bot_url": demo_bot}, headers=bearer(token)
                )
                assert response.status_code == 200, response.text
            questions = [f"云帆电子的市净率 #{n}" for n in range(5)]
            carried = await _orphan(database, questions=questions)
            lost_target = await _orphan(database, questions=questions, target_name="deleted")

            async def ended() -> bool:
                async with database.session() as session:
                    rows = await session.execute(
                        select(Batch.status).where(Batch.id.in_([carried, lost_target]))
                    )
                    return BatchStatus.RUNNING not in {status for (status,) in rows}

            await wait_for(ended, timeout=30)
    finally:
        await other.close()
    async with database.session() as session:
        repo = RunRepository.from_session(session)
        done = await repo.get_batch(carried)
        assert done is not None and done.status == BatchStatus.COMPLETED
        assert done.pass_count == 5
        assert sorted(r.seq for r in await repo.replay(carried)) == [1, 2, 3, 4, 5]
        # A batch whose target is gone cannot be carried on: it ends INTERRUPTED.
        cut = await repo.get_batch(lost_target)
        assert cut is not None and cut.status == BatchStatus.INTERRUPTED
        assert cut.pass_count == 1


@pytest.mark.postgres
async def test_a_lost_notice_connection_comes_back(database: Database, tmp_path: Path) -> None:
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database.url,
        secret_key="test-secret-key-0123456789abcdef0123456789",
        lease_heartbeat_seconds=0.2,
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        owner = app.state.engine.owner
        subscription = app.state.engine.hub.subscribe("some-batch")

        async def live() -> set[str]:
            async with database.session() as session:
                return await LeaseRepository.from_session(session).live_owners()

        assert owner in await live()
        async with database.session() as session:
            await session.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE application_name = :name"
                ),
                {"name": APPLICATION_PREFIX + owner},
            )

        async def back() -> bool:
            return owner in await live() and subscription.overflowed

        # Reconnected at a heartbeat; followers were cut off (they replay on reconnect).
        await wait_for(back, timeout=10)
        assert (await subscription.queue.get()).type == "overflow"


async def test_cases_in_flight_elsewhere_are_known_here(tmp_path: Path) -> None:
    """A follower on a process that does not run the batch is told what is in flight."""
    import asyncio

    from server.runs.relay import NoticeRelay
    from server.runs.runner.engine import RunEngine

    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'helix.db'}")
    engine = RunEngine(database)
    relay = NoticeRelay(database, engine, asyncio.Queue())
    try:
        await relay.relay(Notice(origin="a", batch_id="b", running=(1, 2, 3)))
        # Asked and answered within one write (4), answered (1), asked (5).
        await relay.relay(Notice(origin="a", batch_id="b", running=(4, 5), finished=(1, 4)))
        assert engine.in_flight("b") == [2, 3, 5]
        await relay.relay(Notice(origin="a", batch_id="b", in_flight_unknown=True, running=()))
        assert engine.in_flight("b") == []
        await relay.relay(Notice(origin="a", batch_id="b", running=(6,)))
        await relay.relay(Notice(origin="a", batch_id="b", ended=True))
        assert engine.in_flight("b") == [] and "b" not in engine.remote_in_flight
        # This process's own notices change nothing: it knows its runs.
        await relay.relay(Notice(origin=engine.owner, batch_id="c", running=(7,)))
        assert engine.in_flight("c") == []
    finally:
        await database.dispose()
