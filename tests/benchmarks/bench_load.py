"""Load: 50 concurrent clients on a team server, one process vs ``--workers 2``, PostgreSQL.

Each client loops over a mix of requests for ``--duration`` seconds: ``GET /cases?limit=100``
(half of them), the experiment matrix (200 templates x 50 experiments, a quarter) and
``POST /cases`` (a quarter). Prints requests/s, p50 and p99 (all and per kind) and the
server's CPU time per request (every process of it). Target: p99 under 300 ms with
2 workers on a 2-core machine. ``helix server`` runs as a real process on a fresh
database each time.

    python -m tests.benchmarks.bench_load --postgres postgresql://postgres@127.0.0.1:5432/test
        [--clients 50] [--duration 60] [--workers 1,2]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx
from sqlalchemy import insert

from helix_desktop.local_backend import free_port
from server.db import Database
from server.db.models.autotest import Case
from server.db.models.base import utcnow
from tests.benchmarks.bench_matrix import build_data
from tests.postgres import drop_postgres_database, fresh_postgres_database
from tests.processes import backend_process, wait_healthy

PASSWORD = "bench-pass-1"
CASES = 1_000
MIX = ["cases"] * 2 + ["matrix", "create"]
WARM_UP = 3.0


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children that are still running."""
    total = 0.0
    ticks = os.sysconf("SC_CLK_TCK")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if entry.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


async def _seed(database_url: str) -> None:
    database = Database(database_url)
    try:
        await build_data(database, customers=20, templates=200, experiments=50)
        async with database.session() as session:
            now = utcnow()
            await session.execute(
                insert(Case),
                [
                    {
                        "question": f"云帆电子的市净率是多少 #{n}",
                        "expected_keywords": "000987.SZ,PB",
                        "category": f"分类{n % 10}",
                        "is_active": True,
                        "created_at": now,
                    }
                    for n in range(CASES)
                ],
            )
            await session.commit()
    finally:
        await database.dispose()


async def _client(
    base: str,
    token: str,
    deadline: float,
    measure_from: float,
    numbers: itertools.count[int],
    timings: dict[str, list[float]],
    errors: list[str],
) -> None:
    async with httpx.AsyncClient(
        base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30
    ) as client:
        for kind in itertools.cycle(MIX):
            started = time.perf_counter()
            if started >= deadline:
                return
            if kind == "cases":
                response = await client.get("/cases", params={"limit": 100})
            elif kind == "matrix":
                response = await client.get("/api/v1/experiments/matrix")
            else:
                question = f"负载测试问题 {next(numbers)} 的市盈率"
                response = await client.post("/cases", json={"question": question})
            elapsed = time.perf_counter() - started
            if response.status_code >= 400:
                errors.append(f"{kind} {response.status_code}")
            elif started >= measure_from:
                timings[kind].append(elapsed)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


async def run_load(postgres: str, workers: int, clients: int, duration: float) -> None:
    database_url = await fresh_postgres_database(postgres, "helix_bench_load_")
    try:
        with tempfile.TemporaryDirectory(prefix="helix-bench-") as tmp:
            port = free_port()
            env = {**os.environ, "HELIX_INITIAL_ROOT_PASSWORD": PASSWORD}
            argv = ["server", "--port", str(port), "--data-dir", tmp, "--log-level", "warning",
                    "--database-url", database_url, "--workers", str(workers)]  # fmt: skip
            with backend_process(argv, env) as server:
                base = f"http://127.0.0.1:{port}"
                await wait_healthy(f"{base}/health", server)
                await asyncio.sleep(2 if workers > 1 else 0)  # every worker up
                await _seed(database_url)
                async with httpx.AsyncClient(base_url=base, timeout=30) as client:
                    login = await client.post(
                        "/api/v1/auth/login", json={"username": "root", "password": PASSWORD}
                    )
                    token = login.json()["access_token"]
                timings: dict[str, list[float]] = defaultdict(list)
                errors: list[str] = []
                numbers = itertools.count()
                began = time.perf_counter()
                measure_from = began + WARM_UP
                deadline = measure_from + duration
                cpu_before = 0.0
                warm = asyncio.create_task(asyncio.sleep(WARM_UP))
                tasks = [
                    asyncio.create_task(
                        _client(base, token, deadline, measure_from, numbers, timings, errors)
                    )
                    for _ in range(clients)
                ]
                await warm
                cpu_before = _cpu_seconds(server.pid)
                await asyncio.gather(*tasks)
                cpu = _cpu_seconds(server.pid) - cpu_before
    finally:
        await drop_postgres_database(database_url)

    every = [t for values in timings.values() for t in values]
    print(
        f"--workers {workers}: {clients} clients for {duration:g} s: {len(every) / duration:.0f} "
        f"requests/s, p50 {_percentile(every, 0.5) * 1000:.0f} ms, "
        f"p99 {_percentile(every, 0.99) * 1000:.0f} ms; server CPU "
        f"{cpu / max(1, len(every)) * 1000:.1f} ms per request; errors {len(errors)}"
    )
    for kind, values in sorted(timings.items()):
        p50, p99 = _percentile(values, 0.5) * 1000, _percentile(values, 0.99) * 1000
        rate = len(values) / duration
        print(f"    {kind:<7} {rate:6.0f}/s  p50 {p50:5.0f} ms  p99 {p99:5.0f} ms")
    if errors:
        print(f"    first errors: {errors[:5]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--postgres",
        default=os.environ.get("HELIX_TEST_POSTGRES_URL"),
        help="PostgreSQL URL (env HELIX_TEST_POSTGRES_URL): fresh databases there",
    )
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--workers", default="1,2", help="worker counts to compare")
    args = parser.parse_args()
    if not args.postgres:
        print("bench_load needs PostgreSQL: --postgres URL (or HELIX_TEST_POSTGRES_URL)")
        return
    for workers in (int(w) for w in args.workers.split(",")):
        asyncio.run(run_load(args.postgres, workers, args.clients, args.duration))


if __name__ == "__main__":
    main()
