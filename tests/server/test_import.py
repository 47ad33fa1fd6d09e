"""``POST /cases/import`` with real files, and ``GET /cases/export`` round trips."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import AsyncIterator, Sequence
from typing import Any

import httpx
import pytest
from openpyxl import Workbook, load_workbook
from pydantic import SecretStr

from server.app import create_app
from server.settings import Settings
from tests.conftest import bearer, login

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx(rows: Sequence[Sequence[Any]], *, title: str = "Sheet") -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def csv_bytes(rows: Sequence[Sequence[Any]], *, encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode(encoding)


async def upload(
    client: httpx.AsyncClient, name: str, data: bytes, **headers: str
) -> httpx.Response:
    return await client.post("/cases/import", files={"file": (name, data)}, headers=headers)


async def questions(client: httpx.AsyncClient) -> list[str]:
    response = await client.get("/cases", params={"limit": 1000})
    assert response.status_code == 200
    return [c["question"] for c in response.json()]


async def all_cases(client: httpx.AsyncClient) -> list[dict]:
    response = await client.get("/cases", params={"limit": 1000})
    assert response.status_code == 200
    return response.json()


CHINESE = [
    ["问题", "预期关键字", "预期条件", "预期SQL", "分类", "启用"],
    ["A公司2023年营收", "A公司,营收", "2023", "SELECT revenue FROM t", "财务", "是"],
    ["B公司利润", "B公司,利润", None, None, "财务", "否"],
    ["员工人数", "", "", "", "", ""],
]


async def test_import_xlsx_with_chinese_headers(root_client: httpx.AsyncClient) -> None:
    response = await upload(root_client, "cases.xlsx", xlsx(CHINESE))
    assert response.status_code == 200
    assert response.json() == {
        "imported": 3,
        "skipped": 0,
        "skipped_blank": 0,
        "skipped_duplicate": 0,
        "total_rows": 3,
        "message": "成功导入 3 条用例，跳过 0 条（空问题 0 条，重复 0 条）; "
        "1 条用例没有任何预期（关键字、条件或 SQL），运行时判为 ERROR",
        "columns": {
            "question": "问题",
            "expected_keywords": "预期关键字",
            "expected_conditions": "预期条件",
            "expected_sql": "预期SQL",
            "category": "分类",
            "is_active": "启用",
        },
        "unmapped_columns": [],
        "without_expectations": 1,
        "dry_run": False,
        "warnings": ["1 条用例没有任何预期（关键字、条件或 SQL），运行时判为 ERROR"],
    }
    cases = await all_cases(root_client)
    assert [c["question"] for c in cases] == ["A公司2023年营收", "B公司利润", "员工人数"]
    first, second, third = cases
    assert first["expected_keywords"] == "A公司,营收"
    assert first["expected_conditions"] == "2023"
    assert first["expected_sql"] == "SELECT revenue FROM t"
    assert first["category"] == "财务"
    assert first["is_active"] is True
    assert second["is_active"] is False
    assert second["expected_conditions"] is None
    assert third["expected_keywords"] == ""
    assert third["category"] is None
    assert third["is_active"] is True  # a blank active cell means the default


async def test_import_csv_with_english_headers_in_any_case_and_spacing(
    root_client: httpx.AsyncClient,
) -> None:
    rows = [
        [" Question ", "KEYWORDS", "Conditions", "standard_sql", "Category", "IS_ACTIVE", "note"],
        ["q1", "k1", "c1", "SELECT 1", "cat", "false", "ignored column"],
        ["q2", "k2", "", "", "", "1", ""],
        ["q3", "", "", "", "", "No", ""],
    ]
    response = await upload(root_client, "Cases.CSV", csv_bytes(rows), **{"Accept-Language": "en"})
    assert response.status_code == 200
    body = response.json()
    assert body["imported"] == 3
    assert body["unmapped_columns"] == ["note"]
    assert body["columns"]["question"] == "Question"
    assert body["warnings"] == [
        "Columns not recognised, their data is not imported: note",
        "1 case(s) have no expectation (keywords, conditions or SQL): "
        "they are judged ERROR until given one",
    ]
    assert body["message"] == "; ".join(
        ["Imported 3 case(s); skipped 0 (0 blank, 0 duplicate)", *body["warnings"]]
    )
    cases = await all_cases(root_client)
    assert [(c["question"], c["is_active"]) for c in cases] == [
        ("q1", False),
        ("q2", True),
        ("q3", False),
    ]
    assert cases[0]["expected_sql"] == "SELECT 1"
    assert cases[0]["expected_conditions"] == "c1"
    assert cases[0]["category"] == "cat"


async def test_a_misspelled_expectation_header_is_shown_before_anything_is_written(
    root_client: httpx.AsyncClient,
) -> None:
    # Seen: ``期望关键词`` instead of ``预期关键字`` imported silently; every case then passed.
    rows = [
        ["问题", "期望关键词"],
        ["星河科技的市盈率", "PE,600901.SH"],
        ["云帆电子的市净率", "PB"],
    ]
    data = xlsx(rows)
    response = await root_client.post(
        "/cases/import", files={"file": ("cases.xlsx", data)}, params={"dry_run": "true"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["dry_run"] is True
    assert (body["imported"], body["without_expectations"]) == (2, 2)
    assert body["columns"] == {"question": "问题"}
    assert body["unmapped_columns"] == ["期望关键词"]
    assert body["warnings"] == [
        "未识别的列（其数据不会导入）: 期望关键词",
        "2 条用例没有任何预期（关键字、条件或 SQL），运行时判为 ERROR",
    ]
    assert body["message"].startswith("可导入 2 条用例")
    assert await questions(root_client) == []  # a dry run writes nothing
    response = await upload(root_client, "cases.xlsx", data)
    assert response.status_code == 200
    assert response.json()["dry_run"] is False
    assert response.json()["without_expectations"] == 2
    assert len(await questions(root_client)) == 2


@pytest.mark.parametrize("header", ["question", "问题", "query", "QUERY"])
async def test_every_question_alias_is_accepted(
    root_client: httpx.AsyncClient, header: str
) -> None:
    response = await upload(root_client, "a.csv", csv_bytes([[header], ["问一个问题"]]))
    assert response.status_code == 200
    assert response.json()["imported"] == 1


async def test_csv_utf8_with_bom(root_client: httpx.AsyncClient) -> None:
    data = csv_bytes([["问题", "分类"], ["带BOM的问题", "测试"]], encoding="utf-8-sig")
    assert data.startswith(b"\xef\xbb\xbf")
    response = await upload(root_client, "bom.csv", data)
    assert response.status_code == 200
    assert response.json()["imported"] == 1
    cases = await all_cases(root_client)
    assert cases[0]["question"] == "带BOM的问题"
    assert cases[0]["category"] == "测试"


async def test_csv_gbk_as_excel_on_chinese_windows_writes_it(
    root_client: httpx.AsyncClient,
) -> None:
    data = csv_bytes(
        [
            ["问题", "预期关键字", "启用"],
            ["查询销售额", "销售额,金额", "是"],
            ["查询库存", "", "否"],
        ],
        encoding="gbk",
    )
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    response = await upload(root_client, "gbk.csv", data)
    assert response.status_code == 200
    assert response.json()["imported"] == 2
    cases = await all_cases(root_client)
    assert [(c["question"], c["is_active"]) for c in cases] == [
        ("查询销售额", True),
        ("查询库存", False),
    ]
    assert cases[0]["expected_keywords"] == "销售额,金额"


async def test_tab_separated_csv(root_client: httpx.AsyncClient) -> None:
    data = "问题\t分类\n制表符分隔\t运营\n".encode()
    response = await upload(root_client, "tabs.csv", data)
    assert response.status_code == 200
    assert response.json()["imported"] == 1
    assert (await all_cases(root_client))[0]["category"] == "运营"


async def test_blank_questions_and_empty_rows_are_skipped(root_client: httpx.AsyncClient) -> None:
    rows = [
        ["问题", "分类"],
        ["有问题", "a"],
        [None, "没有问题的行"],
        ["   ", "空白问题"],
        [None, None],  # an entirely empty row is not counted
        ["另一个问题", "b"],
    ]
    response = await upload(root_client, "blank.xlsx", xlsx(rows))
    assert response.status_code == 200
    body = response.json()
    assert body["imported"] == 2
    assert body["skipped_blank"] == 2
    assert body["skipped_duplicate"] == 0
    assert body["skipped"] == 2
    assert body["total_rows"] == 4
    assert await questions(root_client) == ["有问题", "另一个问题"]


async def test_duplicates_in_the_database_and_in_the_file_are_skipped(
    root_client: httpx.AsyncClient,
) -> None:
    created = await root_client.post("/cases", json={"question": "已存在", "category": "原分类"})
    assert created.status_code == 201
    rows = [
        ["问题", "分类"],
        ["已存在", "新分类"],
        ["新问题", "x"],
        [" 新问题 ", "y"],  # the same question once trimmed
        ["另一个", "z"],
    ]
    response = await upload(root_client, "dups.xlsx", xlsx(rows))
    assert response.status_code == 200
    body = response.json()
    assert body["imported"] == 2
    assert body["skipped_duplicate"] == 2
    assert body["skipped"] == 2
    assert body["total_rows"] == 4
    cases = await all_cases(root_client)
    assert [(c["question"], c["category"]) for c in cases] == [
        ("已存在", "原分类"),
        ("新问题", "x"),
        ("另一个", "z"),
    ]


async def test_numbers_and_booleans_in_xlsx_cells(root_client: httpx.AsyncClient) -> None:
    rows = [
        ["问题", "预期条件", "启用"],
        [2023, 2023, True],
        ["小数", 1.5, 0],
        ["布尔", None, False],
    ]
    response = await upload(root_client, "types.xlsx", xlsx(rows))
    assert response.status_code == 200
    cases = await all_cases(root_client)
    assert [(c["question"], c["expected_conditions"], c["is_active"]) for c in cases] == [
        ("2023", "2023", True),
        ("小数", "1.5", False),
        ("布尔", None, False),
    ]


async def test_the_header_may_follow_empty_rows(root_client: httpx.AsyncClient) -> None:
    rows = [[None], ["问题", "启用"], ["q", "坏值"]]
    response = await upload(root_client, "late.xlsx", xlsx(rows))
    assert response.status_code == 400
    # Row numbers are the ones Excel shows.
    assert response.json()["detail"].startswith("第 3 行“启用”列的值无效: 坏值")


async def test_bad_active_value_names_row_and_column_and_imports_nothing(
    root_client: httpx.AsyncClient,
) -> None:
    rows = [["问题", "is_active"], ["好的一行", "yes"], ["也好", "否"], ["坏的一行", "maybe"]]
    response = await upload(root_client, "bad.csv", csv_bytes(rows), **{"Accept-Language": "en"})
    assert response.status_code == 400
    detail = response.json()["detail"]
    assert "Row 4" in detail
    assert "is_active" in detail
    assert "maybe" in detail
    assert await questions(root_client) == []
    chinese = await upload(root_client, "bad.csv", csv_bytes(rows))
    assert chinese.status_code == 400
    assert "第 4 行" in chinese.json()["detail"]
    assert "is_active" in chinese.json()["detail"]


async def test_too_long_category_names_the_row(root_client: httpx.AsyncClient) -> None:
    rows = [["问题", "分类"], ["q1", "ok"], ["q2", "x" * 201]]
    response = await upload(root_client, "long.xlsx", xlsx(rows))
    assert response.status_code == 400
    assert "第 3 行“分类”列太长" in response.json()["detail"]
    assert await questions(root_client) == []


async def test_missing_question_column_names_the_headers(root_client: httpx.AsyncClient) -> None:
    rows = [["标题", "关键字"], ["q", "k"]]
    response = await upload(root_client, "wrong.xlsx", xlsx(rows), **{"Accept-Language": "en"})
    assert response.status_code == 400
    detail = response.json()["detail"]
    assert "question column" in detail
    assert "标题, 关键字" in detail
    chinese = await upload(root_client, "wrong.csv", csv_bytes(rows))
    assert chinese.status_code == 400
    assert chinese.json()["detail"].startswith("缺少问题列")
    assert await questions(root_client) == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("corrupt.xlsx", b"this is not a workbook at all"),
        ("corrupt.xlsx", b"PK\x03\x04" + b"\x00" * 200),
        ("renamed.xlsx", "问题\n一个问题\n".encode()),
        ("binary.csv", b"PK\x03\x04\x14\x00\x06\x00binary"),
        ("nul.csv", b"question\x00\x00\x01\x02"),
    ],
)
async def test_unreadable_files_are_400(
    root_client: httpx.AsyncClient, name: str, data: bytes
) -> None:
    response = await upload(root_client, name, data, **{"Accept-Language": "en"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith(f"Unreadable file {name}")
    assert await questions(root_client) == []


async def test_truncated_xlsx_is_unreadable(root_client: httpx.AsyncClient) -> None:
    data = xlsx(CHINESE)
    response = await upload(root_client, "cut.xlsx", data[: len(data) // 2])
    assert response.status_code == 400
    assert response.json()["detail"].startswith("无法读取文件 cut.xlsx")


async def test_xlsx_that_is_a_zip_but_not_a_workbook(root_client: httpx.AsyncClient) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    response = await upload(root_client, "zip.xlsx", buffer.getvalue())
    assert response.status_code == 400
    assert "无法读取文件" in response.json()["detail"]


@pytest.mark.parametrize("name", ["cases.xls", "cases.txt", "cases", "cases.json"])
async def test_unsupported_extensions_are_400(root_client: httpx.AsyncClient, name: str) -> None:
    response = await upload(root_client, name, csv_bytes([["问题"], ["q"]]))
    assert response.status_code == 400
    assert "不支持的文件类型" in response.json()["detail"]
    assert await questions(root_client) == []


async def test_empty_file_is_400(root_client: httpx.AsyncClient) -> None:
    response = await upload(root_client, "empty.csv", b"")
    assert response.status_code == 400
    assert response.json()["detail"].startswith("文件为空")


async def test_header_only_imports_nothing(root_client: httpx.AsyncClient) -> None:
    response = await upload(root_client, "header.csv", csv_bytes([["问题", "分类"]]))
    assert response.status_code == 200
    assert response.json()["imported"] == 0
    assert response.json()["total_rows"] == 0


async def test_request_without_the_file_field(root_client: httpx.AsyncClient) -> None:
    no_file = await root_client.post("/cases/import", files={"other": ("a.csv", b"x")})
    assert no_file.status_code == 400
    assert "file" in no_file.json()["detail"]
    not_multipart = await root_client.post("/cases/import", json={"file": "a.csv"})
    assert not_multipart.status_code == 400
    assert "multipart/form-data" in not_multipart.json()["detail"]


SMALL_LIMIT = 4096


@pytest.fixture
async def small_limit_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A client of an app whose upload limit is 4 KiB."""
    application = create_app(
        settings.model_copy(
            update={
                "max_upload_bytes": SMALL_LIMIT,
                "initial_root_password": SecretStr("small-pass"),
            }
        )
    )
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            tokens = await login(c, "root", "small-pass")
            c.headers.update(bearer(tokens["access_token"]))
            yield c


async def test_a_file_over_the_limit_is_413_and_imports_nothing(
    small_limit_client: httpx.AsyncClient,
) -> None:
    rows = [["问题"], *([f"问题 {i}"] for i in range(1000))]
    data = csv_bytes(rows)
    assert len(data) > SMALL_LIMIT
    response = await upload(small_limit_client, "big.csv", data, **{"Accept-Language": "en"})
    assert response.status_code == 413
    assert "File too large" in response.json()["detail"]
    assert await questions(small_limit_client) == []


async def test_a_file_just_over_the_limit_is_413(small_limit_client: httpx.AsyncClient) -> None:
    header = "问题\n".encode()
    data = header + b"q" * (SMALL_LIMIT + 1 - len(header))
    assert len(data) == SMALL_LIMIT + 1
    response = await upload(small_limit_client, "edge.csv", data)
    assert response.status_code == 413
    assert response.json()["detail"].startswith("文件太大")


async def test_a_file_under_the_limit_imports(small_limit_client: httpx.AsyncClient) -> None:
    response = await upload(small_limit_client, "ok.csv", csv_bytes([["问题"], ["q"]]))
    assert response.status_code == 200
    assert response.json()["imported"] == 1


async def test_a_streamed_body_over_the_limit_is_refused(
    small_limit_client: httpx.AsyncClient,
) -> None:
    """No Content-Length to trust: the body is counted while it is read."""
    boundary = "helixboundary"
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="s.csv"\r\n'
        "Content-Type: text/csv\r\n\r\n"
    ).encode()

    async def body() -> AsyncIterator[bytes]:
        yield head + "问题\n".encode()
        for _ in range(200):  # 200 x 1 KiB, far past the limit and its envelope
            yield b"q" * 1023 + b"\n"
        yield f"\r\n--{boundary}--\r\n".encode()

    response = await small_limit_client.post(
        "/cases/import",
        content=body(),
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 413
    assert await questions(small_limit_client) == []


async def test_export_is_xlsx_with_import_headers(root_client: httpx.AsyncClient) -> None:
    assert (await upload(root_client, "c.xlsx", xlsx(CHINESE))).status_code == 200
    response = await root_client.get("/cases/export")
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX
    assert response.headers["content-disposition"].startswith('attachment; filename="cases-')
    ids = [c["id"] for c in await all_cases(root_client)]
    workbook = load_workbook(io.BytesIO(response.content))
    sheet = workbook.active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:G4"
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["用例ID", "问题", "预期关键字", "预期条件", "预期SQL", "分类", "启用"]
    assert [r[0] for r in rows[1:]] == ids
    rows = [r[1:] for r in rows]
    assert rows[1] == [
        "A公司2023年营收",
        "A公司,营收",
        "2023",
        "SELECT revenue FROM t",
        "财务",
        "是",
    ]
    assert rows[2][0] == "B公司利润"
    assert rows[2][5] == "否"
    assert len(rows) == 4


async def test_export_in_english_and_filtered(root_client: httpx.AsyncClient) -> None:
    assert (await upload(root_client, "c.xlsx", xlsx(CHINESE))).status_code == 200
    response = await root_client.get(
        "/cases/export", params={"is_active": "false"}, headers={"Accept-Language": "en"}
    )
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).active
    assert sheet is not None
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "id"
    rows = [r[1:] for r in rows]
    assert rows[0] == [
        "question",
        "expected_keywords",
        "expected_conditions",
        "expected_sql",
        "category",
        "is_active",
    ]
    assert [r[0] for r in rows[1:]] == ["B公司利润"]
    assert rows[1][5] == "false"
    searched = await root_client.get("/cases/export", params={"q": "员工"})
    assert searched.status_code == 200
    sheet = load_workbook(io.BytesIO(searched.content), read_only=True).active
    assert sheet is not None
    assert [r[1] for r in sheet.iter_rows(min_row=2, values_only=True)] == ["员工人数"]


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_export_then_import_round_trips(
    root_client: httpx.AsyncClient, language: str
) -> None:
    originals = [
        {
            "question": "A公司2023年营收",
            "expected_keywords": "A公司,营收",
            "expected_conditions": "2023; ORDER BY",
            "expected_sql": "SELECT a,\n  b FROM t WHERE x = '1'",
            "category": "财务",
            "is_active": True,
        },
        {
            "question": "停用的用例",
            "expected_keywords": "",
            "expected_conditions": None,
            "expected_sql": None,
            "category": None,
            "is_active": False,
        },
        {
            "question": "2024",
            "expected_keywords": "k",
            "expected_conditions": None,
            "expected_sql": None,
            "category": "数字",
            "is_active": True,
        },
    ]
    for case in originals:
        assert (await root_client.post("/cases", json=case)).status_code == 201
    exported = await root_client.get("/cases/export", headers={"Accept-Language": language})
    assert exported.status_code == 200
    removed = await root_client.post(
        "/cases/batch-delete", json={"case_ids": [c["id"] for c in await all_cases(root_client)]}
    )
    assert removed.json() == {"deleted": 3}

    response = await upload(root_client, "export.xlsx", exported.content)
    assert response.status_code == 200
    assert response.json()["imported"] == 3
    # The id column is known and skipped: no "unmapped column" warning, nothing read from it.
    assert response.json()["unmapped_columns"] == []
    assert "id" not in response.json()["columns"]
    keys = list(originals[0])
    assert [{k: c[k] for k in keys} for c in await all_cases(root_client)] == originals
    again = await upload(root_client, "export.xlsx", exported.content)
    assert again.status_code == 200
    assert again.json()["skipped_duplicate"] == 3


@pytest.mark.parametrize("lookup", ["scan", "probe"])
async def test_duplicates_found_by_either_lookup_over_many_rows(
    root_client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch, lookup: str
) -> None:
    """Small tables are scanned, big ones probed in chunks of IN lists: same answer."""
    from server.cases import repository

    if lookup == "probe":
        monkeypatch.setattr(repository, "_SCAN_FACTOR", 0)
        monkeypatch.setattr(repository, "_SCAN_MIN", 0)
    first = [["问题", "启用"], *([f"问题 {i}", i % 2] for i in range(0, 5000, 2))]
    response = await upload(root_client, "first.csv", csv_bytes(first))
    assert response.status_code == 200
    assert response.json()["imported"] == 2500
    second = [["问题"], *([f"问题 {i}"] for i in range(5000))]
    response = await upload(root_client, "second.xlsx", xlsx(second))
    assert response.status_code == 200
    body = response.json()
    assert (body["imported"], body["skipped_duplicate"], body["total_rows"]) == (2500, 2500, 5000)
    listed = await root_client.get("/cases", params={"limit": 1})
    assert listed.headers["X-Total-Count"] == "5000"
