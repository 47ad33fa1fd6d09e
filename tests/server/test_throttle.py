"""Login throttling keyed like the account lookup, per client too, and on change-password.

Found by a black-box attack: ``" root"`` got a fresh counter (unlimited guessing,
and a locked account still logged in), spraying usernames from one client was
never throttled, and a wrong old password on change-password was never throttled.
"""

from __future__ import annotations

import httpx

from tests.conftest import bearer, login

LOGIN = "/api/v1/auth/login"


async def _attempt(client: httpx.AsyncClient, username: str, password: str) -> int:
    response = await client.post(LOGIN, json={"username": username, "password": password})
    return response.status_code


async def test_padded_and_cased_names_share_the_account_counter(
    client: httpx.AsyncClient,
) -> None:
    for name in (" root", "root ", "ROOT", "\troot", " Root "):
        assert await _attempt(client, name, "wrong-password") == 401
    # Locked: no spelling of the name logs in, not even with the right password.
    for name in ("root", " root", "ROOT "):
        response = await client.post(LOGIN, json={"username": name, "password": "root123"})
        assert response.status_code == 429, (name, response.text)
        assert int(response.headers["retry-after"]) > 0


async def test_spraying_usernames_from_one_client_is_throttled(
    client: httpx.AsyncClient,
) -> None:
    for n in range(20):
        assert await _attempt(client, f"user{n}", "wrong-password") == 401
    response = await client.post(
        LOGIN,
        json={"username": "root", "password": "root123"},
        headers={"Accept-Language": "en"},
    )
    assert response.status_code == 429, response.text
    assert "Too many failed logins" in response.json()["detail"]


async def test_wrong_old_password_is_throttled_like_login(client: httpx.AsyncClient) -> None:
    tokens = await login(client, "root", "root123")
    headers = bearer(tokens["access_token"])
    for _ in range(5):
        response = await client.post(
            "/api/v1/auth/change-password",
            json={"old_password": "not-the-password", "new_password": "new-pass-1"},
            headers=headers,
        )
        assert response.status_code == 400, response.text
    right = await client.post(
        "/api/v1/auth/change-password",
        json={"old_password": "root123", "new_password": "new-pass-1"},
        headers=headers,
    )
    assert right.status_code == 429, right.text
    assert "登录失败次数过多" in right.json()["detail"]
    # The account is locked for logins as well.
    assert await _attempt(client, "root", "root123") == 429
