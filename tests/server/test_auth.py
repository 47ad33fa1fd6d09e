"""Contract tests for /api/v1/auth: login, refresh, me, change-password, tokens, throttling."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import jwt
import pytest
from fastapi import FastAPI

from server.app import create_app
from server.settings import Settings
from tests.conftest import ROOT_PASSWORD, bearer, login

SECRET = "test-secret-key-0123456789abcdef0123456789"


async def test_first_login_as_root_must_change_password(client: httpx.AsyncClient) -> None:
    before = datetime.now(UTC)
    response = await client.post(
        "/api/v1/auth/login", json={"username": "root", "password": "root123"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["access_token"] and body["refresh_token"]
    user = body["user"]
    assert user["id"] == 1
    assert user["username"] == "root"
    assert user["display_name"] == "管理员"
    assert user["role"] == "root"
    assert user["is_active"] is True
    assert user["must_change_password"] is True
    assert user["created_at"].endswith("+00:00")
    last_login = datetime.fromisoformat(user["last_login_at"])
    assert last_login >= before - timedelta(seconds=1)
    # Non-ASCII is sent as-is, not \\u-escaped.
    assert "管理员".encode() in response.content


async def test_must_change_password_is_enforced(client: httpx.AsyncClient) -> None:
    tokens = await login(client, "root", "root123")
    headers = bearer(tokens["access_token"])
    blocked = await client.get("/api/v1/users", headers=headers)
    assert blocked.status_code == 403
    assert blocked.json()["detail"] == "请先修改密码"
    blocked_en = await client.get("/api/v1/users", headers={**headers, "Accept-Language": "en"})
    assert blocked_en.status_code == 403
    assert "change your password" in blocked_en.json()["detail"]
    me = await client.get("/api/v1/auth/me", headers=headers)
    assert me.status_code == 200
    assert me.json()["must_change_password"] is True
    refreshed = await client.post(
        "/api/v1/auth/refresh", params={"refresh_token": tokens["refresh_token"]}
    )
    assert refreshed.status_code == 200


async def test_change_password_flow(client: httpx.AsyncClient) -> None:
    tokens = await login(client, "root", "root123")
    headers = bearer(tokens["access_token"])
    wrong_old = await client.post(
        "/api/v1/auth/change-password",
        json={"old_password": "nope-nope", "new_password": "another-1"},
        headers=headers,
    )
    assert wrong_old.status_code == 400
    assert wrong_old.json()["detail"] == "原密码错误"
    too_short = await client.post(
        "/api/v1/auth/change-password",
        json={"old_password": "root123", "new_password": "12345"},
        headers=headers,
    )
    assert too_short.status_code == 422
    assert "new_password" in too_short.json()["detail"]
    same = await client.post(
        "/api/v1/auth/change-password",
        json={"old_password": "root123", "new_password": "root123"},
        headers=headers,
    )
    assert same.status_code == 400

    changed = await client.post(
        "/api/v1/auth/change-password",
        json={"old_password": "root123", "new_password": ROOT_PASSWORD},
        headers=headers,
    )
    assert changed.status_code == 200
    fresh = changed.json()
    assert fresh["user"]["must_change_password"] is False
    # Older tokens are revoked; the fresh ones work.
    old = await client.get("/api/v1/auth/me", headers=headers)
    assert old.status_code == 401
    old_refresh = await client.post(
        "/api/v1/auth/refresh", params={"refresh_token": tokens["refresh_token"]}
    )
    assert old_refresh.status_code == 401
    users = await client.get("/api/v1/users", headers=bearer(fresh["access_token"]))
    assert users.status_code == 200
    # The old password no longer logs in; the new one does.
    bad = await client.post("/api/v1/auth/login", json={"username": "root", "password": "root123"})
    assert bad.status_code == 401
    await login(client, "root", ROOT_PASSWORD)


async def test_bad_credentials_get_one_uniform_answer(
    root_client: httpx.AsyncClient, client: httpx.AsyncClient
) -> None:
    created = await root_client.post(
        "/api/v1/users", json={"username": "sleepy", "password": "sleepy-pass"}
    )
    assert created.status_code == 201
    toggled = await root_client.post(f"/api/v1/users/{created.json()['id']}/toggle-active")
    assert toggled.status_code == 200
    assert toggled.json()["is_active"] is False

    answers = []
    for username, password in [
        ("root", "wrong-password"),
        ("nobody-here", "whatever1"),
        ("sleepy", "sleepy-pass"),  # right password, inactive user
    ]:
        response = await client.post(
            "/api/v1/auth/login", json={"username": username, "password": password}
        )
        answers.append((response.status_code, response.json()))
    assert answers[0] == answers[1] == answers[2]
    assert answers[0] == (401, {"detail": "用户名或密码错误"})


async def test_login_usernames_are_case_insensitive(client: httpx.AsyncClient) -> None:
    tokens = await login(client, "ROOT", "root123")
    assert tokens["user"]["username"] == "root"


async def test_repeated_failures_are_throttled(client: httpx.AsyncClient) -> None:
    for _ in range(5):
        response = await client.post(
            "/api/v1/auth/login", json={"username": "root", "password": "bad-password"}
        )
        assert response.status_code == 401
    locked = await client.post(
        "/api/v1/auth/login", json={"username": "Root", "password": "root123"}
    )
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) > 0
    assert "登录失败次数过多" in locked.json()["detail"]
    # Another name is not affected.
    other = await client.post(
        "/api/v1/auth/login", json={"username": "someone", "password": "bad-password"}
    )
    assert other.status_code == 401


async def test_refresh_by_query_and_by_body(client: httpx.AsyncClient) -> None:
    tokens = await login(client, "root", "root123")
    by_query = await client.post(
        "/api/v1/auth/refresh", params={"refresh_token": tokens["refresh_token"]}
    )
    assert by_query.status_code == 200
    assert set(by_query.json()) >= {"access_token", "refresh_token", "token_type", "user"}
    assert by_query.json()["user"]["username"] == "root"
    by_body = await client.post(
        "/api/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}
    )
    assert by_body.status_code == 200
    me = await client.get("/api/v1/auth/me", headers=bearer(by_body.json()["access_token"]))
    assert me.status_code == 200
    missing = await client.post("/api/v1/auth/refresh")
    assert missing.status_code == 422


async def test_token_types_are_not_interchangeable(client: httpx.AsyncClient) -> None:
    tokens = await login(client, "root", "root123")
    as_access = await client.get("/api/v1/auth/me", headers=bearer(tokens["refresh_token"]))
    assert as_access.status_code == 401
    assert (
        "access"
        in (
            await client.get(
                "/api/v1/auth/me",
                headers={**bearer(tokens["refresh_token"]), "Accept-Language": "en"},
            )
        ).json()["detail"]
    )
    as_refresh = await client.post(
        "/api/v1/auth/refresh", params={"refresh_token": tokens["access_token"]}
    )
    assert as_refresh.status_code == 401


def _forge(payload: dict, secret: str = SECRET) -> str:
    return jwt.encode(payload, secret, algorithm="HS256")


async def test_expired_and_tampered_tokens_are_rejected(client: httpx.AsyncClient) -> None:
    tokens = await login(client, "root", "root123")
    now = datetime.now(UTC)
    expired = _forge(
        {
            "sub": "1",
            "ver": 0,
            "type": "access",
            "iat": now - timedelta(hours=2),
            "exp": now - timedelta(hours=1),
        }
    )
    response = await client.get("/api/v1/auth/me", headers=bearer(expired))
    assert response.status_code == 401
    assert response.json()["detail"] == "登录已过期，请重新登录"
    assert response.headers["www-authenticate"] == "Bearer"

    wrong_key = _forge(
        {"sub": "1", "ver": 0, "type": "access", "iat": now, "exp": now + timedelta(hours=1)},
        secret="another-secret-another-secret-another-secret",
    )
    assert (await client.get("/api/v1/auth/me", headers=bearer(wrong_key))).status_code == 401

    header, payload, signature = tokens["access_token"].split(".")
    flipped = signature[:-2] + ("AA" if not signature.endswith("AA") else "BB")
    tampered = f"{header}.{payload}.{flipped}"
    assert (await client.get("/api/v1/auth/me", headers=bearer(tampered))).status_code == 401
    for junk in ["garbage", "a.b.c", ""]:
        response = await client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {junk}"})
        assert response.status_code == 401
    no_header = await client.get("/api/v1/auth/me")
    assert no_header.status_code == 401


async def test_short_lived_access_token_expires(tmp_path: Path, database_url: str) -> None:
    settings = Settings(
        data_dir=tmp_path / "short",
        database_url=database_url,
        secret_key=SECRET,
        access_token_minutes=1 / 60,  # one second
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            tokens = await login(c, "root", "root123")
            assert tokens["expires_in"] == 1
            payload = jwt.decode(tokens["access_token"], options={"verify_signature": False})
            assert payload["exp"] - payload["iat"] == 1


async def test_initial_root_password_setting(tmp_path: Path, database_url: str) -> None:
    settings = Settings(
        data_dir=tmp_path / "d",
        database_url=database_url,
        secret_key=SECRET,
        initial_root_password="chosen-at-install",
    )
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            failed = await c.post(
                "/api/v1/auth/login", json={"username": "root", "password": "root123"}
            )
            assert failed.status_code == 401
            tokens = await login(c, "root", "chosen-at-install")
            assert tokens["user"]["must_change_password"] is False
            users = await c.get("/api/v1/users", headers=bearer(tokens["access_token"]))
            assert users.status_code == 200


async def test_secret_key_is_generated_once_with_mode_0600(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "keys")
    first = settings.resolved_secret_key()
    path = tmp_path / "keys" / "secret_key"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert Settings(data_dir=tmp_path / "keys").resolved_secret_key() == first
    assert len(first) >= 32
    assert Settings(data_dir=tmp_path / "other").resolved_secret_key() != first


async def test_tokens_from_one_secret_fail_on_another(
    tmp_path: Path, database_url: str, client: httpx.AsyncClient
) -> None:
    tokens = await login(client, "root", "root123")
    other = create_app(
        Settings(data_dir=tmp_path / "o", database_url=database_url, secret_key="x" * 40)
    )
    async with other.router.lifespan_context(other):
        transport = httpx.ASGITransport(app=other)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            response = await c.get("/api/v1/auth/me", headers=bearer(tokens["access_token"]))
            assert response.status_code == 401


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[]", b'{"username": 5}', b'{"username": "root"}'],
)
async def test_malformed_login_bodies_get_422_not_500(
    client: httpx.AsyncClient, body: bytes
) -> None:
    response = await client.post(
        "/api/v1/auth/login", content=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 422
    assert isinstance(response.json()["detail"], str)
    assert response.json()["detail"].startswith("请求参数无效")


async def test_openapi_and_docs_are_served(client: httpx.AsyncClient, app: FastAPI) -> None:
    schema = await client.get("/openapi.json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    for path in [
        "/api/v1/auth/login",
        "/api/v1/auth/refresh",
        "/api/v1/auth/me",
        "/api/v1/auth/change-password",
        "/api/v1/users",
        "/api/v1/users/{user_id}",
        "/api/v1/users/{user_id}/reset-password",
        "/api/v1/users/{user_id}/toggle-active",
        "/health",
    ]:
        assert path in paths, path
    login_schema = paths["/api/v1/auth/login"]["post"]["responses"]["200"]
    assert "TokenResponse" in str(login_schema)
    docs = await client.get("/docs")
    assert docs.status_code == 200


async def test_unknown_paths_answer_json_404(client: httpx.AsyncClient) -> None:
    response = await client.get("/no/such/thing", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found"}
