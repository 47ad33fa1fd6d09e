"""A team server past one process: two ``helix server`` processes on one PostgreSQL database.

A run started on A is followed live on B; A killed mid-run (SIGKILL), B carries the
batch on and every case is stored and reported exactly once; ``max_workers`` holds
across both; ``--workers 2`` serves too, and SQLite refuses it.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections import Counter
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.cli import ONE_PROCESS
from server.settings import Settings
from tests.conftest import POSTGRES_URL, RunningDemoBot, bearer
from tests.e2e.run_client import add_cases, batch_rows, configure, follow, start_run, wait_for
from tests.e2e.servers import ServerProcess
from tests.postgres import drop_postgres_database, fresh_postgres_database

pytestmark = pytest.mark.e2e

# Short leases: a takeover within a second or two, not the default's seconds.
FAST_LEASES = {"HELIX_LEASE_SECONDS": "4", "HELIX_LEASE_HEARTBEAT_SECONDS": "0.3"}
CASES = 40


@pytest.fixture
async def team_settings(tmp_path: Path) -> AsyncIterator[Settings]:
    """Settings on a fresh PostgreSQL database (skipped without one)."""
    if not POSTGRES_URL:
        pytest.skip("needs HELIX_TEST_POSTGRES_URL")
    url = await fresh_postgres_database(POSTGRES_URL, "helix_replicas_")
    try:
        yield Settings(data_dir=tmp_path / "data", database_url=url)
    finally:
        await drop_postgres_database(url)


@pytest.fixture
async def servers(team_settings: Settings, tmp_path: Path) -> AsyncIterator[list[ServerProcess]]:
    """Two server processes (not started) on the one database, each with its data dir."""
    pair = [
        ServerProcess(
            team_settings.resolved_database_url(), tmp_path / f"data-{name}", env=FAST_LEASES
        )
        for name in "ab"
    ]
    yield pair
    for server in pair:
        server.stop()


async def _cases(settings: Settings) -> list[int]:
    return await add_cases(
        settings,
        [
            {"question": f"云帆电子的市净率 #{n}", "expected_keywords": "000987.SZ,PB"}
            for n in range(CASES)
        ],
    )


async def _run(
    settings: Settings, url: str, token: str, bot: RunningDemoBot, *, max_workers: int = 4
) -> tuple[list[int], str]:
    """The test's cases, the bot configured through ``url`` and a run started there:
    the case ids and the batch id."""
    ids = await _cases(settings)
    async with httpx.AsyncClient(base_url=url, headers=bearer(token)) as client:
        await configure(client, bot_url=bot.ask_url, max_workers=max_workers)
        return ids, (await start_run(client))["batch_id"]


def _updates(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [m for m in messages if m["type"] == "update"]


@pytest.mark.postgres
async def test_run_on_a_followed_live_on_b(
    servers: list[ServerProcess],
    team_settings: Settings,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=60)
    a, b = servers
    token_a, token_b = await asyncio.gather(a.start(), b.start())
    ids, batch_id = await _run(team_settings, a.url, token_a, bot)
    running_on_b: list[int] = []

    async def seen(message: dict[str, Any]) -> None:
        if message["type"] == "running":
            running_on_b.append(message["case_id"])

    messages = await follow(b.ws_url, token_b, batch_id, on_message=seen)

    assert [m["type"] for m in messages[:2]] == ["init", "batch_status"]
    assert messages[-1]["type"] == "done"
    assert messages[-1]["status"] == "COMPLETED"
    assert messages[-1]["pass_count"] == CASES
    updates = _updates(messages)
    assert sorted(m["case_id"] for m in updates) == sorted(ids)  # each case once
    assert sorted(m["result"]["seq"] for m in updates) == list(range(1, CASES + 1))
    # B heard of cases going in flight on A (it followed from the start).
    assert running_on_b
    stats = bot.stats()
    assert stats["requests"] == CASES
    assert stats["duplicate_chat_ids"] == 0
    # B did not run A's batch as well: at most max_workers asks at a time, all told.
    assert stats["max_in_flight"] <= 4
    async with httpx.AsyncClient(base_url=b.url, headers=bearer(token_b)) as client:
        assert (await client.get("/run/active-batches")).json() == []


@pytest.mark.postgres
async def test_a_killed_mid_run_b_finishes_every_case_once(
    servers: list[ServerProcess],
    team_settings: Settings,
    tmp_path: Path,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=150)
    a, b = servers
    # C only follows: it hears A's notices, then B's.
    c = ServerProcess(team_settings.resolved_database_url(), tmp_path / "data-c", env=FAST_LEASES)
    servers.append(c)
    token_a, token_b, token_c = await asyncio.gather(a.start(), b.start(), c.start())
    ids, batch_id = await _run(team_settings, a.url, token_a, bot)
    follower = asyncio.create_task(follow(b.ws_url, token_b, batch_id, timeout=90))
    bystander = asyncio.create_task(follow(c.ws_url, token_c, batch_id, timeout=90))

    async def some_results() -> bool:
        _, rows = await batch_rows(team_settings, batch_id)
        return sum(r.result is not None for r in rows) >= 8

    await wait_for(some_results)
    a.kill()
    _, before = await batch_rows(team_settings, batch_id)
    kept = {(r.case_id, r.result, r.seq, r.actual_sql) for r in before if r.result is not None}
    assert 8 <= len(kept) < CASES

    messages = await follower
    assert messages[-1]["type"] == "done"
    assert messages[-1]["status"] == "COMPLETED"
    assert messages[-1]["pass_count"] == CASES
    updates = _updates(messages)
    # Every case reported once on B: those A stored, then those B asked.
    assert sorted(m["case_id"] for m in updates) == sorted(ids)
    seen_by_c = await bystander
    assert seen_by_c[-1]["type"] == "done"
    assert seen_by_c[-1]["status"] == "COMPLETED"
    assert sorted(m["case_id"] for m in _updates(seen_by_c)) == sorted(ids)

    batch, rows = await batch_rows(team_settings, batch_id)
    assert batch.status == "COMPLETED"
    assert batch.pass_count == CASES
    assert all(r.result == "PASS" for r in rows)
    # What A stored stands as it was; nothing was judged twice.
    assert {(r.case_id, r.result, r.seq, r.actual_sql) for r in rows} >= kept
    assert sorted(r.seq for r in rows) == list(range(1, CASES + 1))
    stats = bot.stats()
    # Asks A had in flight or not yet stored when it died were asked again: at most
    # max_workers in flight, and as many answered within the writer's last interval.
    assert CASES <= stats["requests"] <= CASES + 2 * 4
    assert stats["duplicate_chat_ids"] == 0


@pytest.mark.postgres
async def test_workers_two_serve_every_follower(
    team_settings: Settings,
    tmp_path: Path,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=30)
    server = ServerProcess(
        team_settings.resolved_database_url(), tmp_path / "data", args=["--workers", "2"]
    )
    try:
        token = await server.start()
        ids, batch_id = await _run(team_settings, server.url, token, bot)
        # Followers land on either process; each gets every case exactly once.
        followers = await asyncio.gather(
            *(follow(server.ws_url, token, batch_id) for _ in range(6))
        )
    finally:
        server.stop()
    for messages in followers:
        assert messages[-1]["status"] == "COMPLETED"
        counts = Counter(m["case_id"] for m in _updates(messages))
        assert sorted(counts) == sorted(ids)
        assert set(counts.values()) == {1}
    assert bot.stats()["max_in_flight"] <= 4


def test_sqlite_refuses_workers(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "server.cli",
            "server",
            "--data-dir",
            str(tmp_path),
            "--workers",
            "2",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert ONE_PROCESS.format(workers=2, backend="SQLite") in result.stderr


@pytest.mark.postgres
async def test_stop_on_b_stops_the_run_on_a(
    servers: list[ServerProcess],
    team_settings: Settings,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=150)
    a, b = servers
    token_a, token_b = await asyncio.gather(a.start(), b.start())
    _, batch_id = await _run(team_settings, a.url, token_a, bot, max_workers=2)
    follower = asyncio.create_task(follow(a.ws_url, token_a, batch_id))

    async def some_results() -> bool:
        _, rows = await batch_rows(team_settings, batch_id)
        return sum(r.result is not None for r in rows) >= 4

    await wait_for(some_results)
    async with httpx.AsyncClient(base_url=b.url, headers=bearer(token_b)) as client:
        response = await client.post("/run/stop", params={"batch_id": batch_id})
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "STOPPED"

    # A's follower hears the end; A lets go and stores nothing more.
    messages = await follower
    assert messages[-1]["type"] == "done"
    assert messages[-1]["status"] == "STOPPED"
    batch, rows = await batch_rows(team_settings, batch_id)
    assert batch.status == "STOPPED"
    stored = sum(r.result is not None for r in rows)
    assert stored == batch.pass_count < CASES
    asked = bot.stats()["requests"]
    await asyncio.sleep(1.0)
    assert bot.stats()["requests"] == asked
    _, rows = await batch_rows(team_settings, batch_id)
    assert sum(r.result is not None for r in rows) == stored


@pytest.mark.postgres
async def test_a_shut_down_mid_run_hands_the_batch_to_b(
    servers: list[ServerProcess],
    team_settings: Settings,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=100)
    a, b = servers
    token_a, token_b = await asyncio.gather(a.start(), b.start())
    ids, batch_id = await _run(team_settings, a.url, token_a, bot)
    follower = asyncio.create_task(follow(b.ws_url, token_b, batch_id, timeout=90))

    async def some_results() -> bool:
        _, rows = await batch_rows(team_settings, batch_id)
        return sum(r.result is not None for r in rows) >= 8

    await wait_for(some_results)
    a.stop()  # SIGTERM: a graceful shutdown, with B alive

    messages = await follower
    assert messages[-1]["status"] == "COMPLETED"
    assert sorted(m["case_id"] for m in _updates(messages)) == sorted(ids)
    batch, rows = await batch_rows(team_settings, batch_id)
    assert batch.status == "COMPLETED"
    assert batch.pass_count == CASES
    assert sorted(r.seq for r in rows) == list(range(1, CASES + 1))
    assert bot.stats()["duplicate_chat_ids"] == 0
