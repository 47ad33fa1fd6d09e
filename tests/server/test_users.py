"""Contract tests for /api/v1/users (root only)."""

from __future__ import annotations

import httpx
import pytest

from tests.conftest import bearer, login


async def _create(client: httpx.AsyncClient, username: str, **extra: object) -> dict:
    response = await client.post(
        "/api/v1/users", json={"username": username, "password": "secret-123", **extra}
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_create_and_get_user(root_client: httpx.AsyncClient) -> None:
    user = await _create(root_client, "alice", display_name="爱丽丝")
    assert user["username"] == "alice"
    assert user["display_name"] == "爱丽丝"
    assert user["role"] == "tester"
    assert user["is_active"] is True
    assert user["must_change_password"] is False
    assert user["last_login_at"] is None
    assert "password_hash" not in user
    assert "secret-123" not in str(user)
    fetched = await root_client.get(f"/api/v1/users/{user['id']}")
    assert fetched.status_code == 200
    assert fetched.json() == user
    missing = await root_client.get("/api/v1/users/999")
    assert missing.status_code == 404
    assert "999" in missing.json()["detail"]


async def test_display_name_defaults_to_username(root_client: httpx.AsyncClient) -> None:
    user = await _create(root_client, "bob")
    assert user["display_name"] == "bob"


async def test_usernames_are_unique_case_insensitively(root_client: httpx.AsyncClient) -> None:
    await _create(root_client, "Carol")
    for clash in ["carol", "CAROL", " carol "]:
        response = await root_client.post(
            "/api/v1/users", json={"username": clash, "password": "secret-123"}
        )
        assert response.status_code in (409, 422), clash
    response = await root_client.post(
        "/api/v1/users", json={"username": "carol", "password": "secret-123"}
    )
    assert response.status_code == 409
    assert "carol" in response.json()["detail"]
    root_clash = await root_client.post(
        "/api/v1/users", json={"username": "ROOT", "password": "secret-123"}
    )
    assert root_clash.status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"username": "dave", "password": "12345"},
        {"username": "", "password": "secret-123"},
        {"username": "has space", "password": "secret-123"},
        {"username": "eve", "password": "secret-123", "role": "admin"},
        {"password": "secret-123"},
    ],
)
async def test_create_validation(root_client: httpx.AsyncClient, body: dict) -> None:
    response = await root_client.post("/api/v1/users", json=body)
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str)


async def test_list_is_paged_and_ordered_by_id(root_client: httpx.AsyncClient) -> None:
    for i in range(5):
        await _create(root_client, f"user{i}")
    first = await root_client.get("/api/v1/users", params={"page": 1, "page_size": 4})
    assert first.status_code == 200
    body = first.json()
    assert body["total"] == 6
    assert body["page"] == 1
    assert body["page_size"] == 4
    assert [u["username"] for u in body["items"]] == ["root", "user0", "user1", "user2"]
    second = (await root_client.get("/api/v1/users", params={"page": 2, "page_size": 4})).json()
    assert [u["username"] for u in second["items"]] == ["user3", "user4"]
    defaults = (await root_client.get("/api/v1/users")).json()
    assert defaults["page"] == 1 and defaults["page_size"] == 20
    beyond = (await root_client.get("/api/v1/users", params={"page": 9})).json()
    assert beyond["items"] == [] and beyond["total"] == 6


@pytest.mark.parametrize(
    "params", [{"page": 0}, {"page_size": 0}, {"page_size": 101}, {"page": "x"}]
)
async def test_list_paging_limits(root_client: httpx.AsyncClient, params: dict) -> None:
    response = await root_client.get("/api/v1/users", params=params)
    assert response.status_code == 422


async def test_trailing_slash_answers_without_redirect(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get("/api/v1/users/")
    assert response.status_code == 200
    assert response.json()["total"] == 1


async def test_put_updates_only_the_fields_sent(root_client: httpx.AsyncClient) -> None:
    user = await _create(root_client, "frank", display_name="Frank")
    renamed = await root_client.put(f"/api/v1/users/{user['id']}", json={"display_name": "弗兰克"})
    assert renamed.status_code == 200
    assert renamed.json()["display_name"] == "弗兰克"
    assert renamed.json()["is_active"] is True
    deactivated = await root_client.put(f"/api/v1/users/{user['id']}", json={"is_active": False})
    assert deactivated.json()["is_active"] is False
    assert deactivated.json()["display_name"] == "弗兰克"
    promoted = await root_client.put(f"/api/v1/users/{user['id']}", json={"role": "root"})
    assert promoted.json()["role"] == "root"
    cleared = await root_client.put(f"/api/v1/users/{user['id']}", json={"display_name": None})
    assert cleared.json()["display_name"] == "frank"
    missing = await root_client.put("/api/v1/users/4242", json={"display_name": "x"})
    assert missing.status_code == 404


async def test_root_cannot_deactivate_or_demote_itself(root_client: httpx.AsyncClient) -> None:
    for call in [
        root_client.put("/api/v1/users/1", json={"is_active": False}),
        root_client.post("/api/v1/users/1/toggle-active"),
        root_client.put("/api/v1/users/1", json={"role": "tester"}),
    ]:
        response = await call
        assert response.status_code == 400
    me = (await root_client.get("/api/v1/users/1")).json()
    assert me["is_active"] is True and me["role"] == "root"


async def test_another_root_can_be_demoted_while_one_stays(
    root_client: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    second = await _create(root_client, "root2", role="root")
    demoted = await root_client.put(f"/api/v1/users/{second['id']}", json={"role": "tester"})
    assert demoted.status_code == 200
    assert demoted.json()["role"] == "tester"
    # root2 (now a tester) cannot touch the last root at all.
    tokens = await login(client, "root2", "secret-123")
    response = await client.post(
        "/api/v1/users/1/toggle-active", headers=bearer(tokens["access_token"])
    )
    assert response.status_code == 403


async def test_toggle_active_revokes_tokens(
    root_client: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    user = await _create(root_client, "gina")
    tokens = await login(client, "gina", "secret-123")
    assert (
        await client.get("/api/v1/auth/me", headers=bearer(tokens["access_token"]))
    ).status_code == 200
    off = await root_client.post(f"/api/v1/users/{user['id']}/toggle-active")
    assert off.status_code == 200 and off.json()["is_active"] is False
    assert (
        await client.get("/api/v1/auth/me", headers=bearer(tokens["access_token"]))
    ).status_code == 401
    refresh = await client.post(
        "/api/v1/auth/refresh", params={"refresh_token": tokens["refresh_token"]}
    )
    assert refresh.status_code == 401
    on = await root_client.post(f"/api/v1/users/{user['id']}/toggle-active")
    assert on.json()["is_active"] is True
    # Old tokens stay revoked after reactivation; a new login works.
    assert (
        await client.get("/api/v1/auth/me", headers=bearer(tokens["access_token"]))
    ).status_code == 401
    await login(client, "gina", "secret-123")


async def test_reset_password_revokes_and_forces_change(
    root_client: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    user = await _create(root_client, "hank")
    tokens = await login(client, "hank", "secret-123")
    reset = await root_client.post(
        f"/api/v1/users/{user['id']}/reset-password", json={"new_password": "fresh-pass"}
    )
    assert reset.status_code == 200
    assert reset.json()["must_change_password"] is True
    assert (
        await client.get("/api/v1/auth/me", headers=bearer(tokens["access_token"]))
    ).status_code == 401
    fresh = await login(client, "hank", "fresh-pass")
    assert fresh["user"]["must_change_password"] is True
    short = await root_client.post(
        f"/api/v1/users/{user['id']}/reset-password", json={"new_password": "123"}
    )
    assert short.status_code == 422
    missing = await root_client.post(
        "/api/v1/users/777/reset-password", json={"new_password": "fresh-pass"}
    )
    assert missing.status_code == 404


async def test_testers_get_403_on_every_users_endpoint(tester_client: httpx.AsyncClient) -> None:
    calls = [
        tester_client.get("/api/v1/users"),
        tester_client.post("/api/v1/users", json={"username": "x1", "password": "secret-123"}),
        tester_client.get("/api/v1/users/1"),
        tester_client.put("/api/v1/users/1", json={"display_name": "x"}),
        tester_client.post("/api/v1/users/1/reset-password", json={"new_password": "secret-123"}),
        tester_client.post("/api/v1/users/1/toggle-active"),
    ]
    for call in calls:
        response = await call
        assert response.status_code == 403
        assert response.json()["detail"] == "权限不足：仅管理员可操作"
    me = await tester_client.get("/api/v1/auth/me")
    assert me.status_code == 200 and me.json()["role"] == "tester"


async def test_users_endpoints_need_a_token(client: httpx.AsyncClient) -> None:
    for call in [
        client.get("/api/v1/users"),
        client.post("/api/v1/users", json={"username": "x1", "password": "secret-123"}),
        client.get("/api/v1/users/1"),
        client.post("/api/v1/users/1/toggle-active"),
    ]:
        assert (await call).status_code == 401
