"""What the originals' own clients call, unchanged: health, root info, users, case bulk ops."""

from __future__ import annotations

import httpx
from fastapi import FastAPI

from tests.conftest import login
from tests.server.test_reports import store_batch

EN = {"Accept-Language": "en"}


async def test_health_under_api_v1_needs_no_login(client: httpx.AsyncClient) -> None:
    for path in ("/api/v1/health", "/api/v1/health/", "/health"):
        response = await client.get(path)
        assert response.status_code == 200, path
        assert response.json()["status"] == "ok"


async def test_root_names_the_service(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert response.status_code == 200
    body = response.json()
    assert body["name"] == "Helix"
    assert body["docs"] == "/docs"
    assert body["version"] == (await client.get("/health")).json()["version"]
    assert (await client.get(body["docs"])).status_code == 200


async def _tester_id(root_client: httpx.AsyncClient) -> int:
    response = await root_client.post(
        "/api/v1/users", json={"username": "alice", "password": "alice-pass"}
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


async def test_toggle_active_says_what_it_did(root_client: httpx.AsyncClient) -> None:
    user_id = await _tester_id(root_client)
    off = await root_client.post(f"/api/v1/users/{user_id}/toggle-active")
    assert off.status_code == 200
    assert off.json()["message"] == "已禁用账号"
    assert off.json()["is_active"] is False
    assert off.json()["username"] == "alice"
    on = await root_client.post(f"/api/v1/users/{user_id}/toggle-active", headers=EN)
    assert on.status_code == 200
    assert on.json()["message"] == "Account enabled"
    assert on.json()["is_active"] is True
    off_en = await root_client.post(f"/api/v1/users/{user_id}/toggle-active", headers=EN)
    assert off_en.json()["message"] == "Account disabled"


async def test_reset_password_forces_a_change_by_default(
    client: httpx.AsyncClient, root_client: httpx.AsyncClient
) -> None:
    user_id = await _tester_id(root_client)
    response = await root_client.post(
        f"/api/v1/users/{user_id}/reset-password", json={"new_password": "new-pass-1"}
    )
    assert response.status_code == 200
    assert response.json()["message"] == "密码已重置"
    assert response.json()["must_change_password"] is True
    tokens = await login(client, "alice", "new-pass-1")
    blocked = await client.get(
        "/api/v1/experiments/customers",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert blocked.status_code == 403


async def test_reset_password_without_a_forced_change(
    client: httpx.AsyncClient, root_client: httpx.AsyncClient
) -> None:
    user_id = await _tester_id(root_client)
    response = await root_client.post(
        f"/api/v1/users/{user_id}/reset-password",
        json={"new_password": "new-pass-2", "must_change_password": False},
        headers=EN,
    )
    assert response.status_code == 200
    assert response.json()["message"] == "Password reset"
    assert response.json()["must_change_password"] is False
    tokens = await login(client, "alice", "new-pass-2")
    assert tokens["user"]["must_change_password"] is False
    allowed = await client.get(
        "/api/v1/experiments/customers",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
    )
    assert allowed.status_code == 200
    bad = await root_client.post(
        f"/api/v1/users/{user_id}/reset-password",
        json={"new_password": "new-pass-3", "must_change_password": "maybe"},
    )
    assert bad.status_code == 422


async def _cases(c: httpx.AsyncClient, count: int) -> list[int]:
    ids = []
    for n in range(count):
        response = await c.post("/cases", json={"question": f"问题 {n}", "expected_keywords": "A"})
        assert response.status_code == 201
        ids.append(response.json()["id"])
    return ids


async def test_delete_cases_batch_like_batch_delete(root_client: httpx.AsyncClient) -> None:
    ids = await _cases(root_client, 4)
    response = await root_client.request(
        "DELETE", "/cases/batch", json={"case_ids": [ids[0], ids[2], 99_999]}
    )
    assert response.status_code == 200, response.text
    assert response.json()["deleted"] == 2
    left = await root_client.get("/cases")
    assert [c["id"] for c in left.json()] == [ids[1], ids[3]]
    bad = await root_client.request("DELETE", "/cases/batch", json={"case_ids": ["x"]})
    assert bad.status_code == 422


async def test_clear_all_is_root_only_and_reports_keep_snapshots(
    app: FastAPI, root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient
) -> None:
    await _cases(root_client, 3)
    batch_id = await store_batch(app, results=["PASS", "FAIL"])
    refused = await tester_client.delete("/cases/clear-all")
    assert refused.status_code == 403
    assert len((await root_client.get("/cases")).json()) == 3

    response = await root_client.delete("/cases/clear-all")
    assert response.status_code == 200, response.text
    assert response.json()["deleted"] == 3
    assert response.json()["message"] == "已清空 3 条用例"
    assert (await root_client.get("/cases")).json() == []
    details = await root_client.get(f"/reports/{batch_id}/details")
    assert [r["question"] for r in details.json()] == ["问题0", "问题1"]

    again = await root_client.delete("/cases/clear-all", headers=EN)
    assert again.status_code == 200
    assert again.json() == {"deleted": 0, "message": "Deleted 0 cases"}


async def test_clear_all_needs_a_login(client: httpx.AsyncClient) -> None:
    assert (await client.delete("/cases/clear-all")).status_code == 401


async def test_run_history_is_the_report_details(
    app: FastAPI, root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient
) -> None:
    batch_id = await store_batch(app, results=["PASS", "FAIL", None, "ERROR"])
    history = await tester_client.get(f"/run/history/{batch_id}")
    assert history.status_code == 200
    details = await root_client.get(f"/reports/{batch_id}/details")
    assert history.json() == details.json()
    assert [r["result"] for r in history.json()] == ["PASS", "FAIL", "ERROR"]
    missing = await root_client.get("/run/history/no-such-batch")
    assert missing.status_code == 404
    assert (await root_client.get("/run/history/x", headers=EN)).json()["detail"]
