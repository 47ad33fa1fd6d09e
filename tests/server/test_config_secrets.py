"""``GET /config`` masks secrets for testers; a masked value sent back means "keep"."""

from __future__ import annotations

import httpx
from pydantic import SecretStr

from server.app import create_app
from server.settings import Settings

SECRETS = {
    "user_token": "tok-0123456789abcdef",
    "headers": {"X-Tenant": "acme", "Cookie": "sid=abcdef0123456789", "X-Api-Key": "short"},
    "validation_db_url": "postgresql://reader:pw-0123456789wxyz@db.example:5432/sales",
}


async def test_testers_see_masks_root_sees_all(
    root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient
) -> None:
    saved = await root_client.post("/config", json=SECRETS)
    assert saved.status_code == 200, saved.text
    assert saved.json()["user_token"] == SECRETS["user_token"]

    seen = (await tester_client.get("/config")).json()
    assert seen["user_token"] == "****cdef"
    assert seen["headers"] == {"X-Tenant": "acme", "Cookie": "****6789", "X-Api-Key": "****"}
    assert seen["validation_db_url"] == "postgresql://reader:****wxyz@db.example:5432/sales"

    full = (await root_client.get("/config")).json()
    assert {k: full[k] for k in SECRETS} == SECRETS


async def test_masked_values_sent_back_keep_the_secret(
    root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient
) -> None:
    await root_client.post("/config", json=SECRETS)
    seen = (await tester_client.get("/config")).json()
    # What a settings page does: send the whole form back with one field changed.
    form = {k: v for k, v in seen.items() if k not in ("validation_db_url", "metadata_db_url")}
    answer = await tester_client.post("/config", json={**form, "max_workers": 9})
    assert answer.status_code == 200, answer.text
    assert answer.json()["user_token"] == "****cdef"  # still masked in the answer
    full = (await root_client.get("/config")).json()
    assert full["max_workers"] == 9
    assert full["user_token"] == SECRETS["user_token"]
    assert full["headers"] == SECRETS["headers"]

    # A real new value replaces the secret; a header renamed is a new header.
    await tester_client.post(
        "/config",
        json={"user_token": "tok-new-99990000", "headers": {**seen["headers"], "X-Api-Key": "k2"}},
    )
    full = (await root_client.get("/config")).json()
    assert full["user_token"] == "tok-new-99990000"
    assert full["headers"] == {**SECRETS["headers"], "X-Api-Key": "k2"}


async def test_config_test_overrides_accept_the_mask(
    root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient, demo_bot_factory
) -> None:
    bot = demo_bot_factory(latency_ms=5, require_token="tok-0123456789abcdef")
    await root_client.post("/config", json={"bot_url": bot.ask_url, "user_token": "wrong-token-1"})
    answer = await tester_client.post(
        "/config/test",
        json={"overrides": {"user_token": "****cdef"}},
    )
    assert answer.status_code == 200, answer.text
    assert answer.json()["status_code"] == 401  # the mask of the saved token is the saved token
    await root_client.post("/config", json={"user_token": SECRETS["user_token"]})
    answer = await tester_client.post(
        "/config/test", json={"overrides": {"user_token": "****cdef"}}
    )
    assert answer.json()["ok"] is True, answer.text


async def test_anonymous_legacy_callers_see_masks(settings: Settings) -> None:
    """With the legacy anonymous setting on, a caller without a token is no root."""
    application = create_app(
        settings.model_copy(
            update={"autotest_anonymous": True, "initial_root_password": SecretStr("pw-123456")}
        )
    )
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            saved = await c.post("/config", json={"user_token": SECRETS["user_token"]})
            assert saved.status_code == 200, saved.text
            assert saved.json()["user_token"] == "****cdef"
            assert (await c.get("/config")).json()["user_token"] == "****cdef"
            [default] = (await c.get("/templates")).json()
            assert default["auth_config"] == {"token": "****cdef"}
