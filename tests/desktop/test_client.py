"""The client layer against the real app on a real uvicorn (no Qt)."""

from __future__ import annotations

from pathlib import Path

import httpx
import jwt
import pytest

from helix_desktop.client.api import HelixClient, normalise_server_url
from helix_desktop.client.errors import (
    ApiError,
    AuthError,
    ConnectionFailed,
    SessionExpired,
)
from helix_desktop.local_backend import LocalBackend, free_port
from server.contract.users import UserCreate, UserUpdate
from tests.desktop.conftest import ROOT_PASSWORD, backend_settings


async def _root(client: HelixClient) -> None:
    first = await client.login("root", "root123")
    assert first.user.must_change_password is True
    answer = await client.change_password("root123", ROOT_PASSWORD)
    assert answer.user.must_change_password is False


def test_normalise_server_url() -> None:
    assert normalise_server_url(" host:8000/ ") == "http://host:8000"
    assert normalise_server_url("https://x.example") == "https://x.example"


async def test_health_and_login(backend: LocalBackend) -> None:
    client = HelixClient(backend.url)
    try:
        health = await client.health()
        assert health.status == "ok"
        await _root(client)
        me = await client.me()
        assert me.username == "root"
        assert repr(client.tokens) == "TokenPair(<hidden>)"
    finally:
        await client.aclose()


async def test_wrong_password_is_an_auth_error_with_the_server_detail(
    backend: LocalBackend,
) -> None:
    client = HelixClient(backend.url)
    try:
        with pytest.raises(AuthError) as caught:
            await client.login("root", "nope-nope")
        assert caught.value.status == 401
        assert caught.value.message  # the server's Chinese detail
        assert not isinstance(caught.value, SessionExpired)
    finally:
        await client.aclose()


async def test_english_detail_with_english_language(backend: LocalBackend) -> None:
    client = HelixClient(backend.url, language="en")
    try:
        await _root(client)
        with pytest.raises(ApiError) as caught:
            await client.get_user(999)
        assert caught.value.status == 404
        assert caught.value.detail.isascii()
    finally:
        await client.aclose()


async def test_unreachable_server_is_connection_failed() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    client = HelixClient(url, timeout=2)
    try:
        with pytest.raises(ConnectionFailed) as caught:
            await client.health()
        assert str(caught.value).startswith(f"无法连接服务器 {url}")
    finally:
        await client.aclose()


async def test_users_round_trip(backend: LocalBackend) -> None:
    client = HelixClient(backend.url)
    try:
        await _root(client)
        created = await client.create_user(
            UserCreate(username="alice", password="alice-pass", display_name="爱丽丝")
        )
        assert created.role == "tester"
        page = await client.list_users(page=1, page_size=1)
        assert page.total == 2
        assert len(page.items) == 1
        updated = await client.update_user(created.id, UserUpdate(display_name="Alice"))
        assert updated.display_name == "Alice"
        toggled = await client.toggle_active(created.id)
        assert toggled.is_active is False
        reset = await client.reset_password(created.id, "fresh-pass")
        assert reset.must_change_password is True
        with pytest.raises(ApiError) as caught:
            await client.create_user(UserCreate(username="ALICE", password="whatever1"))
        assert caught.value.status == 409
    finally:
        await client.aclose()


async def test_expired_access_token_is_refreshed_silently(tmp_path: Path) -> None:
    # Two-second access tokens: JWT expiry has one-second resolution.
    settings = backend_settings(tmp_path / "data", access_token_minutes=2 / 60)
    with LocalBackend(settings=settings) as backend:
        client = HelixClient(backend.url)
        try:
            await _root(client)
            assert client.tokens is not None
            old = client.tokens.access_token
            expires = jwt.decode(old, options={"verify_signature": False})["exp"]
            await _wait_past(expires)
            me = await client.me()
            assert me.username == "root"
            assert client.auth.refresh_count == 1
            assert client.tokens.access_token != old
        finally:
            await client.aclose()


async def _wait_past(epoch: float) -> None:
    """Sleep until the wall clock passes a token's expiry (the server's own clock)."""
    import asyncio
    import time

    await asyncio.sleep(max(0.0, epoch - time.time()) + 0.05)


async def test_refresh_failure_raises_session_expired(backend: LocalBackend) -> None:
    client = HelixClient(backend.url)
    try:
        await _root(client)
        # Another session changes the password: every token issued before is revoked.
        async with httpx.AsyncClient(base_url=backend.url) as other:
            login = await other.post(
                "/api/v1/auth/login", json={"username": "root", "password": ROOT_PASSWORD}
            )
            assert login.status_code == 200
            changed = await other.post(
                "/api/v1/auth/change-password",
                json={"old_password": ROOT_PASSWORD, "new_password": "another-pass"},
                headers={"Authorization": f"Bearer {login.json()['access_token']}"},
            )
            assert changed.status_code == 200
        with pytest.raises(SessionExpired) as caught:
            await client.me()
        assert caught.value.status == 401
        assert client.tokens is None
    finally:
        await client.aclose()


async def test_missing_endpoint_is_a_404_api_error(backend: LocalBackend) -> None:
    client = HelixClient(backend.url)
    try:
        await _root(client)
        with pytest.raises(ApiError) as caught:
            await client.request("GET", "/no-such-endpoint")
        assert caught.value.status == 404
    finally:
        await client.aclose()
