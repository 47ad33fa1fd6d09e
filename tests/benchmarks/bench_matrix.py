"""Median latency of ``GET /api/v1/experiments/matrix`` on a realistic data set.

200 customers, 400 apps, 1,000 templates, 300 experiments with 10 templates
each (3,000 links), served by the real app over ``httpx.ASGITransport``.

    python -m tests.benchmarks.bench_matrix [--runs 50] [--database-url URL]

SQLite in a temporary directory by default; ``--database-url`` (or
``HELIX_BENCH_DATABASE_URL``) points it at an empty PostgreSQL database instead.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

import httpx
from sqlalchemy import insert

from server.app import create_app
from server.db import Database
from server.db.models import utcnow
from server.db.models.experiments import App, Customer, Experiment, ExperimentTemplate, Template
from server.settings import Settings

CUSTOMERS = 200
APPS_PER_CUSTOMER = 2
TEMPLATES = 1_000
EXPERIMENTS = 300
LINKS_PER_EXPERIMENT = 10
PALETTE = ["#FF6B6B", "#4ECDC4", "#45B7D1", "#96CEB4", "#FFEAA7"]
STATUSES = ["draft", "running", "completed", "archived"]
PASSWORD = "bench-pass-1"


async def build_data(
    database: Database,
    *,
    customers: int = CUSTOMERS,
    templates: int = TEMPLATES,
    experiments: int = EXPERIMENTS,
    links_per_experiment: int = LINKS_PER_EXPERIMENT,
) -> None:
    """Bulk inserts: the benchmark measures reading the matrix, not building it."""
    now = utcnow()
    async with database.session() as session:
        await session.execute(
            insert(Customer),
            [
                {"id": c, "name": f"客户{c:03d}", "name_key": f"客户{c:03d}", "created_at": now}
                for c in range(1, customers + 1)
            ],
        )
        apps = customers * APPS_PER_CUSTOMER
        await session.execute(
            insert(App),
            [
                {
                    "id": a,
                    "customer_id": (a - 1) // APPS_PER_CUSTOMER + 1,
                    "name": f"应用{a:03d}",
                    "created_at": now,
                }
                for a in range(1, apps + 1)
            ],
        )
        await session.execute(
            insert(Template),
            [
                {"id": t, "app_id": (t - 1) % apps + 1, "name": f"hd{t:04d}", "created_at": now}
                for t in range(1, templates + 1)
            ],
        )
        await session.execute(
            insert(Experiment),
            [
                {
                    "id": e,
                    "name": f"实验{e:03d}",
                    "status": STATUSES[e % len(STATUSES)],
                    "reference_type": "new",
                    "color": PALETTE[e % len(PALETTE)],
                    "created_by": 1,
                    "created_at": now,
                }
                for e in range(1, experiments + 1)
            ],
        )
        links = {
            (e, (e * 7 + k * 97) % templates + 1)
            for e in range(1, experiments + 1)
            for k in range(links_per_experiment)
        }
        await session.execute(
            insert(ExperimentTemplate),
            [{"experiment_id": e, "template_id": t} for e, t in sorted(links)],
        )
        await session.commit()


async def bench(database_url: str | None, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            data_dir=Path(tmp),
            database_url=database_url or f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}",
            secret_key="bench-secret-key-0123456789abcdef0123456789",
            initial_root_password=PASSWORD,
        )
        app = create_app(settings)
        async with app.router.lifespan_context(app):
            await build_data(app.state.database)
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
                response = await client.post(
                    "/api/v1/auth/login", json={"username": "root", "password": PASSWORD}
                )
                response.raise_for_status()
                client.headers["Authorization"] = f"Bearer {response.json()['access_token']}"

                response = await client.get("/api/v1/experiments/matrix")  # warm-up
                response.raise_for_status()
                body = response.json()
                links = sum(len(r["experiments"]) for r in body["rows"])
                size = len(response.content)

                timings = []
                for _ in range(runs):
                    started = time.perf_counter()
                    response = await client.get("/api/v1/experiments/matrix")
                    timings.append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200
        timings.sort()
        backend = "sqlite" if app.state.database.is_sqlite else "postgresql"
        print(
            f"matrix ({backend}): {len(body['rows'])} rows, {len(body['experiments'])} "
            f"experiments, {links} links, {size / 1024:.0f} KiB"
        )
        median = statistics.median(timings)
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        print(
            f"GET /api/v1/experiments/matrix over {runs} runs: median {median:.1f} ms, "
            f"p95 {p95:.1f} ms, min {timings[0]:.1f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--database-url", default=os.environ.get("HELIX_BENCH_DATABASE_URL"))
    args = parser.parse_args()
    asyncio.run(bench(args.database_url, args.runs))


if __name__ == "__main__":
    main()
