"""Contract of ``/cases``: list, create, get, PUT, PATCH, batch status, delete, auth."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from pydantic import SecretStr

from server.app import create_app
from server.settings import Settings
from tests.conftest import bearer, login


async def _create(client: httpx.AsyncClient, question: str, **fields: object) -> dict:
    response = await client.post("/cases", json={"question": question, **fields})
    assert response.status_code == 201, response.text
    return response.json()


async def test_create_returns_the_case_with_defaults(root_client: httpx.AsyncClient) -> None:
    response = await root_client.post(
        "/cases", json={"question": "  查询用户列表 ", "expected_keywords": "select, users"}
    )
    assert response.status_code == 201
    body = response.json()
    assert body["question"] == "查询用户列表"
    assert body["expected_keywords"] == "select, users"
    assert body["expected_conditions"] is None
    assert body["expected_sql"] is None
    assert body["category"] is None
    assert body["is_active"] is True
    assert body["created_at"].endswith("+00:00")
    assert body["updated_at"] is None
    assert isinstance(body["id"], int)


async def test_create_keeps_every_field(root_client: httpx.AsyncClient) -> None:
    body = await _create(
        root_client,
        "2023年A公司的营收",
        expected_keywords="A公司,营收",
        expected_conditions="2023",
        expected_sql="SELECT 1",
        category="财务",
        is_active=False,
    )
    fetched = await root_client.get(f"/cases/{body['id']}")
    assert fetched.status_code == 200
    assert fetched.json() == body
    assert body["expected_conditions"] == "2023"
    assert body["expected_sql"] == "SELECT 1"
    assert body["category"] == "财务"
    assert body["is_active"] is False


@pytest.mark.parametrize(
    "payload",
    [{}, {"question": ""}, {"question": "   "}, {"question": None}, {"question": "x" * 4001}],
)
async def test_create_rejects_a_missing_or_blank_question(
    root_client: httpx.AsyncClient, payload: dict
) -> None:
    response = await root_client.post("/cases", json=payload)
    assert response.status_code == 422
    assert "question" in response.json()["detail"]


async def test_duplicate_question_is_a_conflict(root_client: httpx.AsyncClient) -> None:
    await _create(root_client, "重复的问题")
    response = await root_client.post(
        "/cases", json={"question": " 重复的问题"}, headers={"Accept-Language": "en"}
    )
    assert response.status_code == 409
    assert "already exists" in response.json()["detail"]
    chinese = await root_client.post("/cases", json={"question": "重复的问题"})
    assert chinese.status_code == 409
    assert chinese.json()["detail"] == "问题已存在: 重复的问题"


async def test_list_is_ordered_by_id_with_paging_and_total(root_client: httpx.AsyncClient) -> None:
    ids = [(await _create(root_client, f"问题{i}"))["id"] for i in range(5)]
    response = await root_client.get("/cases", params={"skip": 1, "limit": 2})
    assert response.status_code == 200
    assert response.headers["X-Total-Count"] == "5"
    assert [c["id"] for c in response.json()] == ids[1:3]
    everything = await root_client.get("/cases/")
    assert everything.status_code == 200
    assert [c["id"] for c in everything.json()] == ids


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1001}, {"skip": -1}])
async def test_list_rejects_out_of_range_paging(
    root_client: httpx.AsyncClient, params: dict
) -> None:
    response = await root_client.get("/cases", params=params)
    assert response.status_code == 422
    assert response.json()["detail"]


async def test_list_filters_by_search_text_state_and_category(
    root_client: httpx.AsyncClient,
) -> None:
    a = await _create(root_client, "A公司营收", expected_keywords="revenue", category="财务")
    b = await _create(root_client, "B公司利润", expected_keywords="Profit", category="财务")
    c = await _create(root_client, "员工人数", category="人事", is_active=False)
    d = await _create(root_client, "100%_完成率", category="运营")

    async def ids(**params: object) -> list[int]:
        response = await root_client.get("/cases", params=params)
        assert response.status_code == 200
        body = response.json()
        assert response.headers["X-Total-Count"] == str(len(body))
        return [case["id"] for case in body]

    assert await ids(q="公司") == [a["id"], b["id"]]
    assert await ids(q="PROFIT") == [b["id"]]  # keywords, case-insensitive
    assert await ids(q="人事") == [c["id"]]  # category
    assert await ids(q="%_") == [d["id"]]  # LIKE wildcards are literal
    assert await ids(is_active="false") == [c["id"]]
    assert await ids(is_active="true") == [a["id"], b["id"], d["id"]]
    assert await ids(category="财务") == [a["id"], b["id"]]
    assert await ids(category="财务", q="利润") == [b["id"]]
    assert await ids(q="   ") == [a["id"], b["id"], c["id"], d["id"]]


async def test_get_unknown_case_is_404(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get("/cases/999")
    assert response.status_code == 404
    assert response.json()["detail"] == "用例不存在: 999"


async def test_put_replaces_every_editable_field(root_client: httpx.AsyncClient) -> None:
    case = await _create(
        root_client,
        "旧问题",
        expected_keywords="a",
        expected_conditions="c",
        expected_sql="SELECT 1",
        category="x",
        is_active=False,
    )
    response = await root_client.put(f"/cases/{case['id']}", json={"question": "新问题"})
    assert response.status_code == 200
    body = response.json()
    assert body["question"] == "新问题"
    assert body["expected_keywords"] == ""
    assert body["expected_conditions"] is None
    assert body["expected_sql"] is None
    assert body["category"] is None
    assert body["is_active"] is True
    assert body["created_at"] == case["created_at"]
    assert body["updated_at"] is not None


async def test_put_requires_the_question(root_client: httpx.AsyncClient) -> None:
    case = await _create(root_client, "问题")
    response = await root_client.put(f"/cases/{case['id']}", json={"expected_keywords": "a"})
    assert response.status_code == 422
    assert "question" in response.json()["detail"]


async def test_put_unknown_case_is_404(root_client: httpx.AsyncClient) -> None:
    response = await root_client.put("/cases/4242", json={"question": "q"})
    assert response.status_code == 404


async def test_put_to_another_cases_question_is_409(root_client: httpx.AsyncClient) -> None:
    await _create(root_client, "甲")
    second = await _create(root_client, "乙")
    response = await root_client.put(f"/cases/{second['id']}", json={"question": "甲"})
    assert response.status_code == 409
    same = await root_client.put(
        f"/cases/{second['id']}", json={"question": "乙", "expected_keywords": "k"}
    )
    assert same.status_code == 200
    assert same.json()["expected_keywords"] == "k"


async def test_patch_is_active_false_only_changes_that(root_client: httpx.AsyncClient) -> None:
    case = await _create(root_client, "问题", expected_keywords="k", category="财务")
    response = await root_client.patch(f"/cases/{case['id']}", json={"is_active": False})
    assert response.status_code == 200
    body = response.json()
    assert body["is_active"] is False
    assert {k: v for k, v in body.items() if k not in ("is_active", "updated_at")} == {
        k: v for k, v in case.items() if k not in ("is_active", "updated_at")
    }
    assert body["updated_at"] is not None


async def test_patch_clears_optional_fields_with_null(root_client: httpx.AsyncClient) -> None:
    case = await _create(
        root_client, "问题", expected_keywords="k", expected_sql="SELECT 1", category="c"
    )
    response = await root_client.patch(
        f"/cases/{case['id']}",
        json={"expected_sql": None, "category": "", "expected_keywords": None},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["expected_sql"] is None
    assert body["category"] is None
    assert body["expected_keywords"] == ""
    assert body["question"] == "问题"


@pytest.mark.parametrize(
    "payload", [{"question": None}, {"question": " "}, {"is_active": None}, {"is_active": "maybe"}]
)
async def test_patch_rejects_invalid_values(root_client: httpx.AsyncClient, payload: dict) -> None:
    case = await _create(root_client, "问题")
    response = await root_client.patch(f"/cases/{case['id']}", json=payload)
    assert response.status_code == 422
    assert response.json()["detail"]


async def test_patch_question_conflict_and_unknown(root_client: httpx.AsyncClient) -> None:
    await _create(root_client, "甲")
    second = await _create(root_client, "乙")
    conflict = await root_client.patch(f"/cases/{second['id']}", json={"question": "甲"})
    assert conflict.status_code == 409
    missing = await root_client.patch("/cases/999", json={"is_active": False})
    assert missing.status_code == 404


async def test_batch_status_answers_updated_count(root_client: httpx.AsyncClient) -> None:
    ids = [(await _create(root_client, f"问题{i}"))["id"] for i in range(3)]
    response = await root_client.post(
        "/cases/batch-status", json={"case_ids": [ids[0], ids[2], 999], "is_active": False}
    )
    assert response.status_code == 200
    assert response.json() == {"updated": 2, "is_active": False}
    listed = await root_client.get("/cases")
    assert [c["is_active"] for c in listed.json()] == [False, True, False]
    again = await root_client.post("/cases/batch-status", json={"case_ids": ids, "is_active": True})
    assert again.status_code == 200
    assert again.json() == {"updated": 3, "is_active": True}


@pytest.mark.parametrize(
    "payload", [{"case_ids": [1]}, {"is_active": True}, {"case_ids": "1", "is_active": True}]
)
async def test_batch_status_validates_the_body(
    root_client: httpx.AsyncClient, payload: dict
) -> None:
    response = await root_client.post("/cases/batch-status", json=payload)
    assert response.status_code == 422


async def test_delete_one_case(root_client: httpx.AsyncClient) -> None:
    case = await _create(root_client, "问题")
    response = await root_client.delete(f"/cases/{case['id']}")
    assert response.status_code == 204
    assert response.content == b""
    assert (await root_client.get(f"/cases/{case['id']}")).status_code == 404
    again = await root_client.delete(f"/cases/{case['id']}")
    assert again.status_code == 404


async def test_batch_delete_counts_what_existed(root_client: httpx.AsyncClient) -> None:
    ids = [(await _create(root_client, f"问题{i}"))["id"] for i in range(3)]
    response = await root_client.post(
        "/cases/batch-delete", json={"case_ids": [ids[0], ids[1], ids[1], 12345]}
    )
    assert response.status_code == 200
    assert response.json() == {"deleted": 2}
    listed = await root_client.get("/cases")
    assert [c["id"] for c in listed.json()] == [ids[2]]
    bad = await root_client.post("/cases/batch-delete", json={"ids": [1]})
    assert bad.status_code == 422


async def test_ids_are_not_reused_after_delete(root_client: httpx.AsyncClient) -> None:
    first = await _create(root_client, "一")
    await root_client.delete(f"/cases/{first['id']}")
    second = await _create(root_client, "二")
    assert second["id"] > first["id"]


ENDPOINTS = [
    ("GET", "/cases", None),
    ("POST", "/cases", {"question": "q"}),
    ("GET", "/cases/1", None),
    ("PUT", "/cases/1", {"question": "q"}),
    ("PATCH", "/cases/1", {"is_active": False}),
    ("DELETE", "/cases/1", None),
    ("POST", "/cases/batch-status", {"case_ids": [1], "is_active": False}),
    ("POST", "/cases/batch-delete", {"case_ids": [1]}),
    ("GET", "/cases/export", None),
    ("POST", "/cases/import", None),
    ("GET", "/reports", None),
    ("GET", "/reports/abc", None),
    ("GET", "/reports/abc/details", None),
    ("GET", "/reports/abc/export", None),
    ("DELETE", "/reports/abc", None),
]


@pytest.mark.parametrize(("method", "path", "payload"), ENDPOINTS)
async def test_every_endpoint_needs_a_token(
    client: httpx.AsyncClient, method: str, path: str, payload: dict | None
) -> None:
    response = await client.request(method, path, json=payload)
    assert response.status_code == 401
    assert response.json()["detail"]


@pytest.mark.parametrize(("method", "path", "payload"), ENDPOINTS)
async def test_a_user_who_must_change_password_gets_403(
    client: httpx.AsyncClient, method: str, path: str, payload: dict | None
) -> None:
    tokens = await login(client, "root", "root123")
    assert tokens["user"]["must_change_password"] is True
    response = await client.request(
        method, path, json=payload, headers=bearer(tokens["access_token"])
    )
    assert response.status_code == 403
    assert response.json()["detail"] == "请先修改密码"


async def test_testers_may_use_cases(tester_client: httpx.AsyncClient) -> None:
    response = await tester_client.post("/cases", json={"question": "测试员的用例"})
    assert response.status_code == 201
    listed = await tester_client.get("/cases")
    assert listed.status_code == 200
    assert [c["question"] for c in listed.json()] == ["测试员的用例"]


@pytest.fixture
async def anonymous_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    application = create_app(
        settings.model_copy(
            update={"autotest_anonymous": True, "initial_root_password": SecretStr("pw-123456")}
        )
    )
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            yield c


async def test_legacy_anonymous_setting_opens_cases(anonymous_client: httpx.AsyncClient) -> None:
    created = await anonymous_client.post("/cases", json={"question": "匿名"})
    assert created.status_code == 201
    listed = await anonymous_client.get("/cases")
    assert listed.status_code == 200
    assert [c["question"] for c in listed.json()] == ["匿名"]
    users = await anonymous_client.get("/api/v1/users")
    assert users.status_code == 401


async def test_openapi_documents_the_case_endpoints(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get("/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert set(paths["/cases"]) == {"get", "post"}
    assert set(paths["/cases/{case_id}"]) == {"get", "put", "patch", "delete"}
    assert "post" in paths["/cases/batch-status"]
    assert "post" in paths["/cases/batch-delete"]
    upload = paths["/cases/import"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert upload["schema"]["properties"]["file"]["format"] == "binary"
    assert "get" in paths["/cases/export"]
    assert {"get", "delete"} <= set(paths["/reports/{batch_id}"])
    assert "get" in paths["/reports/{batch_id}/details"]
    assert "get" in paths["/reports/{batch_id}/export"]
