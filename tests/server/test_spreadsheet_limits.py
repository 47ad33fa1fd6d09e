"""Hostile spreadsheets: refused with 413/400 and a clear message, nothing imported.

Before the caps, the 2 KB far-cell workbook aborted the server process (calamine
allocates every cell from A1 to XFD1048576) and the shared-string bomb took
gigabytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import httpx
import pytest

from server.spreadsheets import (
    SpreadsheetLimits,
    SpreadsheetTooLarge,
    UnreadableFile,
    read_sheets,
    read_table,
)
from tests.hostile_files import (
    far_cell_package,
    far_cell_xlsx,
    many_sheets_xlsx,
    minimal_xlsx,
    ods_as_xlsx,
    shared_string_bomb_xlsx,
    unique_count_bomb_xlsx,
    xlsb_as_xlsx,
)


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


async def _import(client: httpx.AsyncClient, name: str, data: bytes, **headers: str):
    return await client.post("/cases/import", files={"file": (name, data)}, headers=headers)


async def _case_count(client: httpx.AsyncClient) -> int:
    response = await client.get("/cases")
    assert response.status_code == 200
    return int(response.headers["X-Total-Count"])


async def test_far_cell_is_refused_not_fatal(root_client: httpx.AsyncClient) -> None:
    data = far_cell_xlsx()
    assert len(data) < 4096
    response = await _import(root_client, "far.xlsx", data, **{"Accept-Language": "en"})
    assert response.status_code == 413, response.text
    assert "rows over the limit" in response.json()["detail"]
    chinese = await _import(root_client, "far.xlsx", data)
    assert chinese.status_code == 413
    assert "行数超过上限" in chinese.json()["detail"]
    assert await _case_count(root_client) == 0
    # The server is still there and still imports a sane file.
    sane = minimal_xlsx(
        f'<row r="1">{_inline("A1", "question")}</row><row r="2">{_inline("A2", "q1")}</row>'
    )
    ok = await _import(root_client, "sane.xlsx", sane)
    assert ok.status_code == 200, ok.text
    assert ok.json()["imported"] == 1


async def test_far_column_and_wide_area_are_refused(root_client: httpx.AsyncClient) -> None:
    far_column = minimal_xlsx(f'<row r="1">{_inline("A1", "question")}{_inline("XFD1", "x")}</row>')
    response = await _import(root_client, "wide.xlsx", far_column, **{"Accept-Language": "en"})
    assert response.status_code == 413, response.text
    assert "columns over the limit" in response.json()["detail"]
    # Within the row cap and the column cap, but not their product.
    area = minimal_xlsx(
        f'<row r="1">{_inline("A1", "question")}{_inline("KZ1", "x")}</row>'
        f'<row r="190000">{_inline("A190000", "q")}</row>'
    )
    response = await _import(root_client, "area.xlsx", area, **{"Accept-Language": "en"})
    assert response.status_code == 413, response.text
    assert "cell area" in response.json()["detail"]
    assert await _case_count(root_client) == 0


async def test_shared_string_bomb_is_refused(root_client: httpx.AsyncClient) -> None:
    data = shared_string_bomb_xlsx()
    response = await _import(root_client, "bomb.xlsx", data, **{"Accept-Language": "en"})
    assert response.status_code == 413, response.text
    assert "shared strings over the limit" in response.json()["detail"]
    assert await _case_count(root_client) == 0


async def test_metadata_upload_is_bounded_too(root_client: httpx.AsyncClient) -> None:
    for data in (far_cell_xlsx(), shared_string_bomb_xlsx()):
        response = await root_client.post(
            "/generate/metadata",
            files={"file": ("meta.xlsx", data)},
            headers={"Accept-Language": "en"},
        )
        assert response.status_code == 413, response.text
        assert response.json()["detail"].startswith("meta.xlsx: Spreadsheet too large")
    preview = await root_client.get("/generate/preview")
    assert preview.status_code == 200
    assert preview.json()["source"]["kind"] == "sample"


async def test_wide_csv_is_refused(root_client: httpx.AsyncClient) -> None:
    data = ("question," + ",".join(["x"] * 600) + "\nq1\n").encode()
    response = await _import(root_client, "wide.csv", data, **{"Accept-Language": "en"})
    assert response.status_code == 413, response.text
    assert "columns over the limit" in response.json()["detail"]
    assert await _case_count(root_client) == 0


async def test_dtd_in_a_part_is_unreadable(root_client: httpx.AsyncClient) -> None:
    sane = minimal_xlsx(f'<row r="1">{_inline("A1", "question")}</row>')
    source = zipfile.ZipFile(io.BytesIO(sane))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                content = content.replace(
                    b"<worksheet", b'<!DOCTYPE w [<!ENTITY a "aaaa">]><worksheet', 1
                )
            archive.writestr(name, content)
    response = await _import(root_client, "dtd.xlsx", buffer.getvalue())
    assert response.status_code == 400, response.text
    assert await _case_count(root_client) == 0


def test_every_cap_is_enforced_by_the_reader() -> None:
    rows = "".join(
        f'<row r="{n}">{_inline(f"A{n}", "a")}{_inline(f"B{n}", "b")}</row>' for n in range(1, 11)
    )
    data = minimal_xlsx(rows, [b"<si><t>s</t></si>"] * 5)
    assert len(read_table("ok.xlsx", data).rows) == 10
    for limits, what in (
        (SpreadsheetLimits(max_rows=9), "rows"),
        (SpreadsheetLimits(max_columns=1), "columns"),
        (SpreadsheetLimits(max_cells=19), "cell area"),
        (SpreadsheetLimits(max_shared_strings=4), "shared strings"),
        (SpreadsheetLimits(max_uncompressed_bytes=1000), "uncompressed bytes"),
        (SpreadsheetLimits(max_zip_entries=5), "zip entries"),
    ):
        with pytest.raises(SpreadsheetTooLarge) as caught:
            read_sheets("capped.xlsx", data, limits)
        assert what in caught.value.text.en
    csv_data = b"question\n" + b"q\n" * 20
    with pytest.raises(SpreadsheetTooLarge):
        read_table("capped.csv", csv_data, SpreadsheetLimits(max_rows=10))
    with pytest.raises(SpreadsheetTooLarge):
        read_table("capped.csv", csv_data, SpreadsheetLimits(max_cells=10))


def test_a_damaged_part_is_unreadable() -> None:
    data = bytearray(minimal_xlsx(f'<row r="1">{_inline("A1", "question")}</row>'))
    # Damage the deflate stream of the sheet: the scan must fail cleanly, not crash.
    start = data.index(b"xl/worksheets/sheet1.xml") + len("xl/worksheets/sheet1.xml")
    data[start : start + 40] = b"\xff" * 40
    with pytest.raises(UnreadableFile):
        read_table("bad.xlsx", bytes(data))


# Each of these aborted the server process before: calamine read them while the scan
# did not (another format detected from the content, a sheet part the scan skipped, a
# reference it misread, a count it trusted).


async def test_other_formats_sent_as_xlsx_are_refused(root_client: httpx.AsyncClient) -> None:
    for data, what_en, what_zh in (
        (ods_as_xlsx(), "an OpenDocument spreadsheet (.ods)", "OpenDocument 表格"),
        (xlsb_as_xlsx(), "a binary workbook (.xlsb)", "二进制工作簿"),
    ):
        response = await _import(root_client, "cases.xlsx", data, **{"Accept-Language": "en"})
        assert response.status_code == 400, response.text
        assert f"Not an .xlsx workbook: it is {what_en}" in response.json()["detail"]
        chinese = await _import(root_client, "cases.xlsx", data)
        assert chinese.status_code == 400
        assert what_zh in chinese.json()["detail"]
        assert "请另存为 .xlsx" in chinese.json()["detail"]
        metadata = await root_client.post(
            "/generate/metadata",
            files={"file": ("meta.xlsx", data)},
            headers={"Accept-Language": "en"},
        )
        assert metadata.status_code == 400, metadata.text
        assert what_en in metadata.json()["detail"]
    assert await _case_count(root_client) == 0


@pytest.mark.parametrize(
    "package",
    [
        pytest.param(lambda: far_cell_package("worksheets/sheet1.bin"), id="bin-part"),
        pytest.param(
            lambda: far_cell_package("chartsheets/sheet1.xml", kind="chartsheet"), id="chartsheet"
        ),
        pytest.param(
            lambda: far_cell_package("dialogsheets/sheet1.xml", kind="dialogsheet"),
            id="dialogsheet",
        ),
        pytest.param(lambda: far_cell_package(workbook_dir="data"), id="other-folder"),
        pytest.param(lambda: far_cell_package("/elsewhere/s.xml"), id="absolute-target"),
        pytest.param(
            lambda: far_cell_package(
                entry_name={"xl/worksheets/sheet1.xml": "XL\\Worksheets\\Sheet1.XML"}
            ),
            id="backslash-and-case",
        ),
    ],
)
async def test_a_far_cell_under_any_part_name_is_refused(
    root_client: httpx.AsyncClient, package: Callable[[], bytes]
) -> None:
    response = await _import(root_client, "far.xlsx", package(), **{"Accept-Language": "en"})
    assert response.status_code == 413, response.text
    assert "rows over the limit" in response.json()["detail"]
    assert await _case_count(root_client) == 0


async def test_cell_references_are_read_as_the_reader_reads_them(
    root_client: httpx.AsyncClient,
) -> None:
    question = _inline("A1", "question")
    for sheet_data, what in (
        # Four letters: column 18,279 (the old scan took any longer name as "next column").
        (f'<row r="1">{question}{_inline("AAAA1", "x")}</row>', "columns over the limit"),
        # Leading zeros: row 900,000.
        (f'<row r="1">{question}</row><row r="2">{_inline("A0000900000", "x")}</row>', "rows"),
        # No references at all: 300 rows of 2 cells, then one more cell on row 301.
        ("<row><c/></row>" * 300 + f"<row>{_inline('', 'x')}</row>", None),
    ):
        data = minimal_xlsx(sheet_data.replace(' r=""', ""))
        if what is None:
            limits = SpreadsheetLimits(max_rows=300)
            with pytest.raises(SpreadsheetTooLarge) as caught:
                read_table("rows.xlsx", data, limits)
            assert "rows over the limit of 300 (the file has 301+)" in caught.value.text.en
            continue
        response = await _import(root_client, "refs.xlsx", data, **{"Accept-Language": "en"})
        assert response.status_code == 413, response.text
        assert what in response.json()["detail"]
    # A cell hidden inside another cell's inline string, where calamine reads it as a
    # cell of its own: the sheet's shape is refused rather than guessed.
    nested = minimal_xlsx(
        '<row r="1"><c r="A1" t="inlineStr"><is><c><is></is></c>'
        '<c r="AAA9" t="inlineStr"><is><t>x</t></is></c></is></c></row>'
    )
    response = await _import(root_client, "nested.xlsx", nested, **{"Accept-Language": "en"})
    assert response.status_code == 400, response.text
    assert "<c> inside <is>" in response.json()["detail"]
    assert await _case_count(root_client) == 0


async def test_a_declared_shared_string_count_is_checked(root_client: httpx.AsyncClient) -> None:
    data = unique_count_bomb_xlsx()
    assert len(data) < 4096
    response = await _import(root_client, "unique.xlsx", data, **{"Accept-Language": "en"})
    assert response.status_code == 413, response.text
    assert "shared strings over the limit" in response.json()["detail"]
    assert "100000000000" in response.json()["detail"]


async def test_sheet_areas_add_up_across_sheets(root_client: httpx.AsyncClient) -> None:
    # 80 sheets of 2,000 x 20 cells: each within the per-sheet caps, 3.2M together.
    data = many_sheets_xlsx(80, 2_000, 20)
    response = await root_client.post(
        "/generate/metadata",
        files={"file": ("meta.xlsx", data)},
        headers={"Accept-Language": "en"},
    )
    assert response.status_code == 413, response.text
    assert "cell area of all sheets together over the limit" in response.json()["detail"]
    few = many_sheets_xlsx(3, 10, 2)
    assert [len(s.rows) for s in read_sheets("few.xlsx", few)] == [10, 10, 10]
    with pytest.raises(SpreadsheetTooLarge) as caught:
        read_sheets("few.xlsx", few, SpreadsheetLimits(max_sheets=2))
    assert "sheets over the limit" in caught.value.text.en
    with pytest.raises(SpreadsheetTooLarge):
        read_sheets("few.xlsx", few, SpreadsheetLimits(max_total_cells=59))
    assert [
        len(s.rows) for s in read_sheets("few.xlsx", few, SpreadsheetLimits(max_total_cells=60))
    ]


async def test_rows_start_where_the_data_starts(root_client: httpx.AsyncClient) -> None:
    """The reader is given the used area only, never padding from A1; messages still
    name the row Excel shows."""
    data = minimal_xlsx(
        f'<row r="5">{_inline("C5", "question")}{_inline("D5", "is_active")}</row>'
        f'<row r="6">{_inline("C6", "q1")}{_inline("D6", "yes")}</row>'
        f'<row r="7">{_inline("C7", "q2")}{_inline("D7", "perhaps")}</row>'
    )
    table = read_table("offset.xlsx", data)
    assert table.first_row == 5
    assert table.rows[0] == ["question", "is_active"]
    response = await _import(root_client, "offset.xlsx", data, **{"Accept-Language": "en"})
    assert response.status_code == 400, response.text
    assert response.json()["detail"].startswith("Row 7, column 'is_active'")
