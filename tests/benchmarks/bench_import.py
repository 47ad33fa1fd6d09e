"""Import a 100,000-row ``.xlsx`` through the real app and print the seconds it took.

    python -m tests.benchmarks.bench_import [--rows N] [--database-url URL]

The workbook is written with openpyxl; the upload goes through the real ASGI
app (multipart parsing, auth, calamine, bulk insert). Target: under 10 s.
Also times ``GET /cases/export`` of the imported cases.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import tempfile
import time
from pathlib import Path

import httpx
from openpyxl import Workbook

from server.app import create_app
from server.settings import Settings
from tests.postgres import drop_postgres_database, fresh_postgres_database

ROOT_PASSWORD = "bench-root-pass"


def workbook(rows: int) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("用例")
    sheet.append(["问题", "预期关键字", "预期条件", "预期SQL", "分类", "启用"])
    for i in range(rows):
        sheet.append(
            [
                f"公司{i % 997}在2023年第{i}季度的营业收入是多少",
                f"公司{i % 997},C{i:06d},营业收入,REVENUE",
                "2023" if i % 3 == 0 else None,
                f"SELECT revenue FROM finance WHERE company_code = 'C{i:06d}' AND year = 2023",
                f"分类{i % 20}",
                "是" if i % 10 else "否",
            ]
        )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


async def run(rows: int, database_url: str | None) -> None:
    started = time.perf_counter()
    data = workbook(rows)
    print(
        f"wrote {rows} rows with openpyxl: {len(data) / 1e6:.1f} MB in "
        f"{time.perf_counter() - started:.1f} s"
    )
    with tempfile.TemporaryDirectory() as tmp:
        url = await fresh_postgres_database(database_url, "helix_bench_") if database_url else None
        settings = Settings(
            data_dir=Path(tmp),
            database_url=url or f"sqlite+aiosqlite:///{tmp}/bench.db",
            secret_key="bench-secret-key-0123456789abcdef0123456789",
            initial_root_password=ROOT_PASSWORD,
        )
        app = create_app(settings)
        try:
            async with app.router.lifespan_context(app):
                transport = httpx.ASGITransport(app=app)
                async with httpx.AsyncClient(
                    transport=transport, base_url="http://bench", timeout=120
                ) as client:
                    login = await client.post(
                        "/api/v1/auth/login", json={"username": "root", "password": ROOT_PASSWORD}
                    )
                    login.raise_for_status()
                    client.headers["Authorization"] = f"Bearer {login.json()['access_token']}"

                    started = time.perf_counter()
                    response = await client.post(
                        "/cases/import", files={"file": ("bench.xlsx", data)}
                    )
                    seconds = time.perf_counter() - started
                    response.raise_for_status()
                    body = response.json()
                    assert body["imported"] == rows, body
                    backend = "postgresql" if url else "sqlite"
                    print(f"import {rows} rows ({backend}): {seconds:.2f} s  -> {body['message']}")

                    started = time.perf_counter()
                    again = await client.post("/cases/import", files={"file": ("bench.xlsx", data)})
                    again.raise_for_status()
                    assert again.json()["skipped_duplicate"] == rows
                    print(f"re-import (all duplicates): {time.perf_counter() - started:.2f} s")

                    started = time.perf_counter()
                    exported = await client.get("/cases/export")
                    exported.raise_for_status()
                    print(
                        f"export {rows} rows: {time.perf_counter() - started:.2f} s "
                        f"({len(exported.content) / 1e6:.1f} MB)"
                    )
        finally:
            if url:
                await drop_postgres_database(url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument(
        "--database-url", default=None, help="a PostgreSQL server URL (a scratch database is made)"
    )
    args = parser.parse_args()
    asyncio.run(run(args.rows, args.database_url))


if __name__ == "__main__":
    main()
