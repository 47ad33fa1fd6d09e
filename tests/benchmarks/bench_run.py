"""Run throughput: 2,000 cases against ``helix demo-bot --latency-ms 200`` with max_workers 50.

Ideal wall time = 2000 x 0.2 s / 50 = 8 s; target: actual / ideal <= 1.10, with a
WebSocket client receiving every update. Also prints the server's CPU time per case and
the batch's latency percentiles from the answers' timelines (always recorded).
The bot and the server run as real processes (``helix demo-bot``, ``helix server``).

    python -m tests.benchmarks.bench_run [--cases 2000] [--workers 50] [--latency-ms 200]
        [--postgres postgresql://postgres@127.0.0.1:5432/test]   (a fresh database there)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import tempfile
import time
from pathlib import Path

import httpx
from httpx_ws import WebSocketDisconnect, aconnect_ws

from helix_desktop.local_backend import free_port
from server.db import Database
from server.db.models.autotest import Case
from server.demo_bot.catalogue import sample_catalogue
from server.settings import normalise_database_url
from tests.postgres import drop_postgres_database, fresh_postgres_database
from tests.processes import backend_process, wait_healthy

PASSWORD = "bench-pass-1"


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


async def _store_cases(database_url: str, count: int) -> None:
    catalogue = sample_catalogue()
    database = Database(database_url)
    try:
        async with database.session() as session:
            for n in range(count):
                entity = catalogue.entities[n % len(catalogue.entities)]
                indicator = catalogue.indicators[n % len(catalogue.indicators)]
                session.add(
                    Case(
                        question=f"{entity.name}的{indicator.name}是多少 #{n}",
                        expected_keywords=f"{entity.name},{entity.code},{indicator.name},{indicator.code}",
                        is_active=True,
                    )
                )
            await session.commit()
    finally:
        await database.dispose()


async def bench(cases: int, workers: int, latency_ms: float, postgres: str | None) -> None:
    database_url = await fresh_postgres_database(postgres, "helix_bench_run_") if postgres else None
    try:
        await _bench(cases, workers, latency_ms, database_url)
    finally:
        if database_url:
            await drop_postgres_database(database_url)


async def _bench(cases: int, workers: int, latency_ms: float, database_url: str | None) -> None:
    with tempfile.TemporaryDirectory(prefix="helix-bench-") as tmp, contextlib.ExitStack() as stack:
        bot_port, server_port = free_port(), free_port()
        bot = stack.enter_context(
            backend_process(
                ["demo-bot", "--port", str(bot_port),
                 "--latency-ms", str(latency_ms), "--log-level", "warning"]
            )
        )  # fmt: skip
        env = {**os.environ, "HELIX_INITIAL_ROOT_PASSWORD": PASSWORD}
        server = stack.enter_context(
            backend_process(
                ["server", "--port", str(server_port), "--data-dir", tmp, "--log-level", "warning",
                 *(["--database-url", database_url] if database_url else [])],
                env,
            )
        )  # fmt: skip
        base = f"http://127.0.0.1:{server_port}"
        await wait_healthy(f"http://127.0.0.1:{bot_port}/health", bot)
        await wait_healthy(f"{base}/health", server)
        await _store_cases(
            normalise_database_url(database_url)
            if database_url
            else f"sqlite+aiosqlite:///{Path(tmp) / 'helix.db'}",
            cases,
        )
        async with httpx.AsyncClient(base_url=base, timeout=60) as client:
            login = await client.post(
                "/api/v1/auth/login", json={"username": "root", "password": PASSWORD}
            )
            token = login.json()["access_token"]
            client.headers["Authorization"] = f"Bearer {token}"
            config = {
                "bot_url": f"http://127.0.0.1:{bot_port}/brain/faq/session/ask",
                "max_workers": workers,
            }
            assert (await client.post("/config", json=config)).status_code == 200

            cpu_before = _cpu_seconds(server.pid)
            bot_cpu_before = _cpu_seconds(bot.pid)
            began = time.perf_counter()
            response = await client.post("/run", json={"case_ids": []})
            answered = time.perf_counter() - began
            assert response.status_code == 200, response.text
            batch_id = response.json()["batch_id"]
            updates: set[tuple[int, int]] = set()
            duplicates = 0
            counts: dict[str, int] = {}
            durations: list[float] = []
            done: dict | None = None
            async with (
                httpx.AsyncClient() as ws_client,
                aconnect_ws(f"ws://127.0.0.1:{server_port}/run/ws/{batch_id}?token={token}",
                            ws_client) as ws,
            ):  # fmt: skip
                while True:
                    try:
                        message = json.loads(await ws.receive_text())
                    except WebSocketDisconnect:
                        break
                    if message["type"] == "update":
                        key = (message["case_id"], message["result"]["repeat_index"])
                        if key in updates:
                            duplicates += 1
                        updates.add(key)
                        result = message["result"]["result"]
                        counts[result] = counts.get(result, 0) + 1
                        durations.append(message["result"]["duration"])
                    elif message["type"] == "done":
                        done = message
            wall = time.perf_counter() - began
            cpu = _cpu_seconds(server.pid) - cpu_before
            bot_cpu = _cpu_seconds(bot.pid) - bot_cpu_before
            report = (await client.get(f"/reports/{batch_id}")).json()

    ideal = cases * (latency_ms / 1000) / workers
    assert done is not None
    print(f"database:               {'PostgreSQL' if database_url else 'SQLite'}")
    print(f"cases:                  {cases} (max_workers {workers}, bot latency {latency_ms:g} ms)")
    print(f"results:                {counts}  batch status {done['status']}")
    durations.sort()
    mean = sum(durations) / len(durations)
    p95 = durations[int(len(durations) * 0.95)]
    print(f"POST /run answered in:  {answered * 1000:.0f} ms (batch and {cases} rows stored)")
    print(f"case duration:          mean {mean * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    print(f"ideal wall time:        {ideal:.2f} s")
    print(f"actual wall time:       {wall:.2f} s  (POST /run to WebSocket done)")
    if ideal > 0:
        print(f"ratio actual/ideal:     {wall / ideal:.3f}  (target <= 1.10)")
    print(f"throughput:             {cases / wall:.0f} cases/s")
    print(
        f"WebSocket updates:      {len(updates)} of {cases}, duplicates {duplicates}: "
        f"{'all received' if len(updates) == cases and not duplicates else 'MISSING'}"
    )
    print(f"server CPU per case:    {cpu / cases * 1000:.2f} ms  ({cpu:.2f} s total)")
    print(f"demo bot CPU per case:  {bot_cpu / cases * 1000:.2f} ms")
    for name in ("ttfb", "time_to_sql", "total"):
        figures = report["latency"][name]
        print(
            f"{name + ':':<24}p50 {figures['p50'] * 1000:.0f} ms, p90 {figures['p90'] * 1000:.0f} "
            f"ms, p99 {figures['p99'] * 1000:.0f} ms  (from {figures['count']} timelines)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=50)
    parser.add_argument("--latency-ms", type=float, default=200)
    parser.add_argument("--postgres", help="PostgreSQL URL: run on a fresh database there")
    args = parser.parse_args()
    asyncio.run(bench(args.cases, args.workers, args.latency_ms, args.postgres))


if __name__ == "__main__":
    main()
