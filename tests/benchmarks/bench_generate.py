"""Benchmark: generate 10,000 cases (1,000 indicators x count 10) through the real app.

Two metadata sources: a SQLite metadata database built here, and an uploaded
workbook. Each run uses a fresh app database. Prints the figures; the target
is under 3 s per generation.

    python -m tests.benchmarks.bench_generate
"""

from __future__ import annotations

import asyncio
import io
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import httpx
import openpyxl

from server.app import create_app
from server.db.models.autotest import ConfigEntry
from server.settings import Settings

INDICATORS = 1_000
ENTITIES = 300
COUNT = 10
TARGET_SECONDS = 3.0


def _rows() -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str]]]:
    indicators = [
        (f"指标{i:04d}", f"IND_{i:04d}", f"table_{i % 20}", f"分类{i % 8}")
        for i in range(INDICATORS)
    ]
    entities = [(f"公司{i:04d}", f"{600000 + i}.SH") for i in range(ENTITIES)]
    return indicators, entities


def _metadata_db(path: Path) -> Path:
    indicators, entities = _rows()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE indicators (name TEXT, code TEXT, table_name TEXT, category TEXT)"
        )
        conn.execute("CREATE TABLE entities (name TEXT, code TEXT)")
        conn.executemany("INSERT INTO indicators VALUES (?, ?, ?, ?)", indicators)
        conn.executemany("INSERT INTO entities VALUES (?, ?)", entities)
    conn.close()
    return path


def _workbook() -> bytes:
    indicators, entities = _rows()
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "指标"
    sheet.append(["指标名称", "指标代码", "表名", "分类"])
    for row in indicators:
        sheet.append(list(row))
    sheet = book.create_sheet("公司")
    sheet.append(["公司名称", "股票代码"])
    for row in entities:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


async def _logged_in(client: httpx.AsyncClient) -> None:
    login = await client.post(
        "/api/v1/auth/login", json={"username": "root", "password": "root123"}
    )
    client.headers["Authorization"] = f"Bearer {login.json()['access_token']}"
    await client.post(
        "/api/v1/auth/change-password",
        json={"old_password": "root123", "new_password": "bench-pass"},
    )
    login = await client.post(
        "/api/v1/auth/login", json={"username": "root", "password": "bench-pass"}
    )
    client.headers["Authorization"] = f"Bearer {login.json()['access_token']}"


async def _run(workdir: Path, label: str, source: str, metadata_url: str | None) -> float:
    settings = Settings(
        data_dir=workdir / label,
        database_url=f"sqlite+aiosqlite:///{workdir / label / 'helix.db'}",
        secret_key="bench-secret-key-0123456789abcdef0123456789",
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with app.state.database.session() as session:
            await session.merge(ConfigEntry(key="metadata_source", value=source))
            if metadata_url:
                await session.merge(ConfigEntry(key="metadata_db_url", value=metadata_url))
            await session.commit()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(
            transport=transport, base_url="http://bench", timeout=60
        ) as client:
            await _logged_in(client)
            if source == "workbook":
                content = _workbook()
                started = time.perf_counter()
                response = await client.post(
                    "/generate/metadata",
                    files={"file": ("bench.xlsx", content, "application/octet-stream")},
                )
                assert response.status_code == 200, response.text
                took = time.perf_counter() - started
                print(
                    f"{label}: upload of {INDICATORS} indicators, {ENTITIES} entities: {took:.2f} s"
                )
            started = time.perf_counter()
            response = await client.post("/generate/cases", params={"count": COUNT, "seed": 1})
            elapsed = time.perf_counter() - started
            assert response.status_code == 200, response.text
            body = response.json()
            assert body["generated"] == INDICATORS * COUNT, body
            print(f"{label}: generated {body['generated']} cases in {elapsed:.2f} s")
            started = time.perf_counter()
            response = await client.post("/generate/cases", params={"count": COUNT, "seed": 1})
            again = time.perf_counter() - started
            assert response.status_code == 200, response.text
            added = response.json()["generated"]
            print(f"{label}: second run over 10,000 existing cases: +{added} in {again:.2f} s")
    return elapsed


async def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        db = _metadata_db(workdir / "metadata.db")
        results = [
            await _run(workdir, "sqlite-metadata-db", "database", f"sqlite:///{db}"),
            await _run(workdir, "uploaded-workbook", "workbook", None),
        ]
    worst = max(results)
    verdict = "OK" if worst < TARGET_SECONDS else "TOO SLOW"
    print(f"worst: {worst:.2f} s for {INDICATORS * COUNT} cases (target < 3 s): {verdict}")
    return 0 if worst < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
