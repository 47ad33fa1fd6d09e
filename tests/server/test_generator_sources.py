"""Metadata from a real SQLite database, an uploaded workbook and CSV files; failures."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import httpx
import openpyxl
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from helix_desktop.local_backend import free_port
from server.settings import normalise_database_url
from tests.conftest import POSTGRES_URL
from tests.server.generator_support import all_cases, case_count, metadata_sqlite, set_config

INDICATORS = [
    ("营业收入", "OPER_REV", "income", "利润"),
    ("净利润", "NET_PROFIT", "income", "利润"),
    ("资产总计", "TOT_ASSETS", "balance", "资产负债"),
]
ENTITIES = [("甲公司", "000001.SZ"), ("乙公司", "600000.SH"), ("丙公司", "300001.SZ")]


async def _use_database(app: FastAPI, url: str, **queries: str) -> None:
    await set_config(app, metadata_source="database", metadata_db_url=url, **queries)


async def test_sqlite_database_source(
    app: FastAPI, root_client: httpx.AsyncClient, tmp_path: Path
) -> None:
    db = metadata_sqlite(tmp_path / "meta.db", indicators=INDICATORS, entities=ENTITIES)
    await _use_database(app, f"sqlite:///{db}")  # default queries (table_name column)
    response = await root_client.get("/generate/preview")
    assert response.status_code == 200
    body = response.json()
    assert body["indicator_count"] == 3
    assert body["company_count"] == 3
    assert body["sample_indicators"] == ["营业收入", "净利润", "资产总计"]
    assert body["sample_companies"] == ["甲公司", "乙公司", "丙公司"]
    assert body["source"]["kind"] == "database"
    assert str(db) in body["source"]["description"]

    response = await root_client.post("/generate/cases", params={"count": 2, "seed": 3})
    assert response.status_code == 200
    assert response.json()["generated"] == 6
    assert response.json()["source"] == "database"
    cases = await all_cases(app)
    assert {c.category for c in cases} == {"利润", "资产负债"}
    assert all(c.expected_keywords.count(",") == 3 for c in cases)
    # the metadata file was only read
    assert metadata_sqlite is not None and db.stat().st_size > 0


async def test_sync_driver_and_custom_queries(
    app: FastAPI, root_client: httpx.AsyncClient, tmp_path: Path
) -> None:
    db = metadata_sqlite(tmp_path / "meta.db", indicators=INDICATORS, entities=ENTITIES)
    await _use_database(
        app,
        f"sqlite+pysqlite:///{db}",
        indicator_query=(
            'SELECT name AS NAME, code, table_name AS "table", category FROM indicators '
            "WHERE category = '利润'"
        ),
        entity_query="SELECT name, code FROM entities WHERE code LIKE '%.SZ'",
    )
    response = await root_client.post("/generate/cases", params={"count": 5})
    assert response.status_code == 200
    body = response.json()
    # 2 indicators, only 2 entities: 4 questions, 6 asked for but impossible
    assert body["generated"] == 4
    assert body["skipped"] == 6


async def test_unreachable_database_is_503(
    app: FastAPI, root_client: httpx.AsyncClient, tmp_path: Path
) -> None:
    url = f"postgresql://helix:s3cret-pw@127.0.0.1:{free_port()}/meta"
    await _use_database(app, url)
    for method, path in (("GET", "/generate/preview"), ("POST", "/generate/cases")):
        response = await root_client.request(method, path)
        assert response.status_code == 503, response.text
        detail = response.json()["detail"]
        assert detail.startswith("元数据数据库不可用")
        assert "s3cret-pw" not in detail
        assert "***" in detail
    assert await case_count(app) == 0

    await _use_database(app, f"sqlite:///{tmp_path / 'missing.db'}")
    response = await root_client.post("/generate/cases", headers={"Accept-Language": "en"})
    assert response.status_code == 503
    assert "no such file" in response.json()["detail"]
    assert not (tmp_path / "missing.db").exists()


async def test_bad_queries_are_400(
    app: FastAPI, root_client: httpx.AsyncClient, tmp_path: Path
) -> None:
    db = metadata_sqlite(tmp_path / "meta.db", indicators=INDICATORS, entities=ENTITIES)
    url = f"sqlite:///{db}"
    cases = [
        ({"indicator_query": "SELEC name FROM indicators"}, "indicator_query"),
        ({"indicator_query": "SELECT name, code FROM indicators"}, "table"),
        ({"entity_query": "SELECT name FROM entities"}, "code"),
        ({"entity_query": "SELECT name, code FROM no_such_table"}, "no_such_table"),
        ({"indicator_query": "DELETE FROM indicators"}, "indicator_query"),
    ]
    for queries, named in cases:
        await _use_database(
            app,
            url,
            indicator_query=queries.get(
                "indicator_query", "SELECT name, code, table_name, category FROM indicators"
            ),
            entity_query=queries.get("entity_query", "SELECT name, code FROM entities"),
        )
        response = await root_client.post("/generate/cases")
        assert response.status_code == 400, (queries, response.text)
        assert named in response.json()["detail"], (queries, response.json())
    # read-only: the DELETE did not happen
    await _use_database(
        app,
        url,
        indicator_query="SELECT name, code, table_name, category FROM indicators",
        entity_query="SELECT name, code FROM entities",
    )
    response = await root_client.get("/generate/preview")
    assert response.status_code == 200
    assert response.json()["indicator_count"] == 3


async def test_bad_source_config_is_400(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    await set_config(app, metadata_source="database", metadata_db_url=None)
    response = await root_client.get("/generate/preview")
    assert response.status_code == 400
    assert "metadata_db_url" in response.json()["detail"]
    await _use_database(app, "not a url")
    response = await root_client.get("/generate/preview")
    assert response.status_code == 400
    await _use_database(app, "nosuchdb://x/y")
    response = await root_client.get("/generate/preview")
    assert response.status_code == 400
    assert "nosuchdb" in response.json()["detail"]
    await set_config(app, metadata_source="workbook")
    response = await root_client.post("/generate/cases")
    assert response.status_code == 400
    assert "/generate/metadata" in response.json()["detail"]
    await set_config(app, metadata_source="ftp")
    response = await root_client.post("/generate/cases")
    assert response.status_code == 400
    assert "ftp" in response.json()["detail"]


def _workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def test_uploaded_workbook_source(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    content = _workbook(
        {
            "指标": [
                ["指标名称", "指标代码", "表名", "分类"],
                *[list(row) for row in INDICATORS],
                [None, None, None, None],
                ["净利润", "NET_PROFIT_2", "income", "利润"],  # repeated name: skipped
            ],
            "公司": [["公司名称", "股票代码"], ["甲公司", "000001.SZ"], ["丁公司", 600519]],
        }
    )
    response = await root_client.post(
        "/generate/metadata",
        files={"file": ("meta.xlsx", content, XLSX)},
        params={"activate": "true"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["indicators"] == 3
    assert body["entities"] == 2
    assert body["skipped"] == 1
    assert body["active"] is True
    assert body["message"] == "已导入 3 个指标、2 个实体"

    response = await root_client.get("/generate/preview")
    assert response.status_code == 200
    preview = response.json()
    assert preview["source"]["kind"] == "workbook"
    assert "meta.xlsx" in preview["source"]["description"]
    assert preview["sample_companies"] == ["甲公司", "丁公司"]

    response = await root_client.post("/generate/cases", params={"count": 2})
    assert response.status_code == 200
    assert response.json()["generated"] == 6
    keywords = {c.expected_keywords for c in await all_cases(app)}
    assert "丁公司,600519,营业收入,OPER_REV" in keywords


async def test_csv_files_replace_the_workbook(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    first = _workbook(
        {
            "indicators": [["name", "code"], ["A指标", "A"]],
            "entities": [["name", "code"], ["A公司", "A1"]],
        }
    )
    response = await root_client.post(
        "/generate/metadata", files={"file": ("first.XLSX", first, XLSX)}
    )
    assert response.status_code == 200
    assert response.json()["active"] is False
    assert "metadata_source" in response.json()["message"]

    indicators = "name,code,table,category\n市值,MV,val,估值\n"
    entities = "公司名称,股票代码\r\n东方公司,600001.SH\r\n西方公司,600002.SH\r\n".encode("gb18030")
    response = await root_client.post(
        "/generate/metadata",
        files={
            "indicators": ("ind.csv", indicators.encode("utf-8-sig"), "text/csv"),
            "entities": ("ent.CSV", entities, "text/csv"),
        },
        headers={"Accept-Language": "en"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["message"].startswith("Imported 1 indicators and 2 entities")
    await set_config(app, metadata_source="workbook")
    response = await root_client.get("/generate/preview")
    assert response.status_code == 200
    assert response.json()["sample_indicators"] == ["市值"]
    assert response.json()["sample_companies"] == ["东方公司", "西方公司"]
    response = await root_client.post("/generate/cases", params={"count": 2, "seed": 1})
    assert response.status_code == 200
    assert response.json()["generated"] == 2
    assert {c.category for c in await all_cases(app)} == {"估值"}


async def test_bad_uploads(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    good_entities = ("ent.csv", b"name,code\nX,1\n", "text/csv")
    cases = [
        ({"file": ("meta.xlsx", b"not a zip", XLSX)}, 400, "meta.xlsx"),
        ({"file": ("meta.txt", b"a,b", "text/plain")}, 400, ".csv"),
        (
            {
                "indicators": ("ind.csv", b"name,table\nA,t\n", "text/csv"),
                "entities": good_entities,
            },
            400,
            "代码",
        ),
        (
            {"indicators": ("ind.csv", b"name,code\nA,\n", "text/csv"), "entities": good_entities},
            400,
            "第 2 行",
        ),
        ({"indicators": ("ind.csv", b"name,code\nA,1\n", "text/csv")}, 400, "实体"),
        (
            {"indicators": ("ind.csv", b"name,code\n", "text/csv"), "entities": good_entities},
            400,
            "没有数据行",
        ),
        ({"file": ("meta.csv", b"PK\x03\x04junk", "text/csv")}, 400, "CSV"),
        ({}, 400, "file"),
    ]
    for files, status, named in cases:
        response = await root_client.post("/generate/metadata", files=files or {"x": ("x", b"")})
        assert response.status_code == status, (files, response.text)
        assert named in response.json()["detail"], (files, response.json())
    app.state.settings.max_upload_bytes = 2048
    response = await root_client.post(
        "/generate/metadata",
        files={
            "indicators": ("ind.csv", b"name,code\n" + b"a,b\n" * 1000, "text/csv"),
            "entities": good_entities,
        },
    )
    assert response.status_code == 413
    assert "ind.csv" in response.json()["detail"]
    # nothing was stored by any of them
    await set_config(app, metadata_source="workbook")
    response = await root_client.get("/generate/preview")
    assert response.status_code == 400


@pytest.mark.skipif(not POSTGRES_URL, reason="HELIX_TEST_POSTGRES_URL is not set")
async def test_postgres_database_source(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    """A real PostgreSQL metadata database, through the async driver, read-only."""
    assert POSTGRES_URL
    schema = f"meta_{uuid.uuid4().hex[:10]}"
    engine = create_async_engine(normalise_database_url(POSTGRES_URL))
    async with engine.begin() as conn:
        await conn.execute(text(f"CREATE SCHEMA {schema}"))
        await conn.execute(
            text(
                f"CREATE TABLE {schema}.indicators"
                " (name text, code text, table_name text, category text)"
            )
        )
        await conn.execute(text(f"CREATE TABLE {schema}.entities (name text, code text)"))
        await conn.execute(
            text(f"INSERT INTO {schema}.indicators VALUES (:a, :b, :c, :d)"),
            [dict(zip("abcd", row, strict=True)) for row in INDICATORS],
        )
        await conn.execute(
            text(f"INSERT INTO {schema}.entities VALUES (:a, :b)"),
            [dict(zip("ab", row, strict=True)) for row in ENTITIES],
        )
    try:
        await _use_database(
            app,
            POSTGRES_URL,
            indicator_query=f"SELECT name, code, table_name, category FROM {schema}.indicators",
            entity_query=f"SELECT name, code FROM {schema}.entities",
        )
        response = await root_client.post("/generate/cases", params={"count": 3})
        assert response.status_code == 200, response.text
        assert response.json()["generated"] == 9
        # a writing query is refused by the read-only transaction
        await set_config(app, entity_query=f"DELETE FROM {schema}.entities RETURNING name, code")
        response = await root_client.post("/generate/cases")
        assert response.status_code == 400
        assert "entity_query" in response.json()["detail"]
        async with engine.connect() as conn:
            count = await conn.execute(text(f"SELECT count(*) FROM {schema}.entities"))
            assert count.scalar_one() == 3
    finally:
        async with engine.begin() as conn:
            await conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        await engine.dispose()
