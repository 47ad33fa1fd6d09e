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


EN = {"Accept-Language": "en"}
TOKEN = "tok-0123456789abcdef"


async def test_masked_secrets_never_follow_a_new_bot_url(
    root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient, demo_bot_factory
) -> None:
    """A tester points the bot at a host of their own: the token they saw masked must
    not go there. The 'other' bot accepts only the real token, so an answer from it
    would prove the token arrived."""
    bot = demo_bot_factory(latency_ms=5, require_token=TOKEN)
    other = demo_bot_factory(latency_ms=5, require_token=TOKEN)
    saved = await root_client.post("/config", json={**SECRETS, "bot_url": bot.ask_url})
    assert saved.status_code == 200, saved.text
    seen = (await tester_client.get("/config")).json()
    form = {k: v for k, v in seen.items() if k not in ("validation_db_url", "metadata_db_url")}

    moved = await tester_client.post(
        "/config/test", json={"overrides": {"bot_url": other.ask_url}}, headers=EN
    )
    assert moved.status_code == 400, moved.text
    assert moved.json()["detail"] == (
        "The bot URL changed: enter token, Cookie, X-Api-Key again (you saw them masked, "
        "and secrets do not follow the bot to another address), or clear them"
    )
    assert other.stats()["requests"] == 0
    for body in ({"bot_url": other.ask_url}, {**form, "bot_url": other.ask_url}):
        response = await tester_client.post("/config", json=body)
        assert response.status_code == 400, response.text
        assert response.json()["detail"].startswith("机器人地址已更改：请重新输入 token")
    assert (await root_client.get("/config")).json()["bot_url"] == bot.ask_url
    # The same URL keeps the secrets (the whole form sent back); the test still works.
    assert (await tester_client.post("/config", json=form)).status_code == 200
    assert (await tester_client.post("/config/test", json={"overrides": form})).json()["ok"]

    # Typed in again (the tester knows them), or cleared: the move is the tester's.
    typed = {"user_token": TOKEN, "headers": SECRETS["headers"]}
    answer = await tester_client.post(
        "/config/test", json={"overrides": {"bot_url": other.ask_url, **typed}}
    )
    assert answer.status_code == 200 and answer.json()["ok"] is True, answer.text
    cleared = await tester_client.post(
        "/config", json={"bot_url": other.ask_url, "user_token": "", "headers": {}}
    )
    assert cleared.status_code == 200, cleared.text
    assert (await root_client.get("/config")).json()["user_token"] == ""
    # Root sees the secrets in full: a move by root keeps them.
    await root_client.post("/config", json=SECRETS)
    assert (await root_client.post("/config", json={"bot_url": bot.ask_url})).status_code == 200
    assert (await root_client.get("/config")).json()["user_token"] == TOKEN


async def test_masked_target_secrets_never_follow_a_new_url(
    root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient, demo_bot_factory
) -> None:
    bot = demo_bot_factory(latency_ms=5, require_token=TOKEN)
    other = demo_bot_factory(latency_ms=5, require_token=TOKEN)
    base, _, path = bot.ask_url.partition("/brain")
    other_base = other.ask_url.partition("/brain")[0]
    created = await root_client.post(
        "/templates",
        json={
            "name": "prod",
            "code": "prod",
            "base_url": base,
            "endpoint": "/brain" + path,
            "body_template": '{"user_input": "{question}", "chatId": "{chat_id}"}',
            "auth_type": "bearer",
            "auth_config": {"token": TOKEN},
        },
    )
    assert created.status_code == 201, created.text
    seen = (await tester_client.get(f"/templates/{created.json()['id']}")).json()
    assert seen["auth_config"] == {"token": "****cdef"}
    readonly = ("id", "created_at", "updated_at", "is_default", "bot_url")
    form = {k: v for k, v in seen.items() if k not in readonly}

    update = await tester_client.put(
        f"/templates/{seen['id']}", json={"base_url": other_base}, headers=EN
    )
    assert update.status_code == 400, update.text
    assert "enter token again" in update.json()["detail"]
    debug = await tester_client.post(
        "/templates/debug", json={"template": {"id": seen["id"], "base_url": other_base}}
    )
    assert debug.status_code == 400, debug.text
    copy = await tester_client.post(
        "/templates",
        json={**form, "code": "mine", "base_url": other_base, "copy_of": seen["id"]},
    )
    assert copy.status_code == 400, copy.text
    assert other.stats()["requests"] == 0
    kept = (await root_client.get(f"/templates/{seen['id']}")).json()
    assert kept["base_url"] == base and kept["auth_config"] == {"token": TOKEN}

    # Same URL: the masked token is kept, as before; a re-typed token may move.
    same = await tester_client.put(f"/templates/{seen['id']}", json={**form, "name": "p2"})
    assert same.status_code == 200, same.text
    retyped = await tester_client.post(
        "/templates/debug",
        json={
            "template": {"id": seen["id"], "base_url": other_base, "auth_config": {"token": TOKEN}}
        },
    )
    assert retyped.status_code == 200 and retyped.json()["ok"] is True, retyped.text
