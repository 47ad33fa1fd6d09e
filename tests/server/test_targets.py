"""``/templates``: bot targets with the original field names; the default one is /config's bot."""

from __future__ import annotations

import json

import httpx

NEW_TARGET = {
    "name": "预发环境",
    "code": "staging",
    "base_url": "http://bot.staging.example:8050/",
    "endpoint": "/brain/faq/session/ask",
    "method": "post",
    "headers": '{"X-Env": "staging", "X-Api-Key": "key-0123456789abcd"}',
    "body_type": "json",
    "body_template": '{"user_input": "{question}", "chatId": "{chat_id}"}',
    "auth_type": "bearer",
    "auth_config": {"token": "sk-staging-0123456789cdef"},
    "timeout": 60,
}


async def _create(client: httpx.AsyncClient, **changes: object) -> dict:
    response = await client.post("/templates", json={**NEW_TARGET, **changes})
    assert response.status_code == 201, response.text
    return response.json()


async def test_the_default_target_is_the_config_bot(root_client: httpx.AsyncClient) -> None:
    saved = await root_client.post(
        "/config",
        json={"bot_url": "http://127.0.0.1:9/ask", "user_token": "tok-abcdef123456"},
    )
    assert saved.status_code == 200, saved.text
    response = await root_client.get("/templates")
    assert response.status_code == 200, response.text
    assert response.headers["X-Total-Count"] == "1"
    [default] = response.json()
    assert default["is_default"] is True
    assert (default["base_url"], default["endpoint"]) == ("http://127.0.0.1:9", "/ask")
    assert default["auth_type"] == "raw"
    assert default["auth_config"] == {"token": "tok-abcdef123456"}
    assert json.loads(default["body_template"])["user_input"] == "{question}"
    assert {"id", "created_at", "updated_at"} <= set(default)

    # Editing the default target edits /config: one source of truth.
    changed = await root_client.put(
        f"/templates/{default['id']}",
        json={"endpoint": "/v2/ask", "auth_type": "bearer", "timeout": 30},
    )
    assert changed.status_code == 200, changed.text
    config = (await root_client.get("/config")).json()
    assert config["bot_url"] == "http://127.0.0.1:9/v2/ask"
    assert (config["token_mode"], config["user_token"]) == ("bearer", "tok-abcdef123456")
    assert config["total_timeout"] == 30
    deleted = await root_client.delete(f"/templates/{default['id']}")
    assert deleted.status_code == 409, deleted.text


async def test_create_read_update_delete(root_client: httpx.AsyncClient) -> None:
    created = await _create(root_client)
    assert created["bot_url"] == "http://bot.staging.example:8050/brain/faq/session/ask"
    assert created["method"] == "POST"
    assert json.loads(created["headers"]) == {
        "X-Env": "staging",
        "X-Api-Key": "key-0123456789abcd",
    }
    assert created["auth_type"] == "bearer"
    assert created["timeout"] == 60
    assert created["response_mode"] == "auto"
    target_id = created["id"]

    got = await root_client.get(f"/templates/{target_id}")
    assert got.status_code == 200 and got.json() == created

    renamed = await root_client.put(
        f"/templates/{target_id}",
        json={"name": "预发 2", "body_template": {"q": "{question}", "sid": "{chat_id}"}},
    )
    assert renamed.status_code == 200, renamed.text
    body = renamed.json()
    assert body["name"] == "预发 2" and json.loads(body["body_template"])["q"] == "{question}"
    assert body["auth_config"] == created["auth_config"]
    assert body["updated_at"] is not None

    clash = await root_client.post("/templates", json={**NEW_TARGET, "code": "STAGING"})
    assert clash.status_code == 409, clash.text
    assert "staging" in clash.json()["detail"].lower()

    listed = (await root_client.get("/templates", params={"skip": 1, "limit": 10})).json()
    assert [t["id"] for t in listed] == [target_id]

    assert (await root_client.delete(f"/templates/{target_id}")).status_code == 204
    assert (await root_client.get(f"/templates/{target_id}")).status_code == 404


async def test_bad_fields_are_clear_422s(root_client: httpx.AsyncClient) -> None:
    cases = [
        ({"body_template": '{"q": "{question}", "x": "{nope}"}'}, "{nope}"),
        ({"headers": "{not json"}, "headers"),
        ({"body_type": "form-data"}, "JSON"),
        ({"auth_type": "bearer", "auth_config": {}}, "token"),
        ({"auth_type": "header", "auth_config": {"token": "t"}}, "header"),
        ({"base_url": "ftp://example.com"}, "http"),
        ({"code": "has space"}, "code"),
        ({"timeout": 0}, "timeout"),
    ]
    for change, needle in cases:
        response = await root_client.post(
            "/templates", json={**NEW_TARGET, **change}, headers={"Accept-Language": "en"}
        )
        assert response.status_code == 422, (change, response.text)
        assert needle.lower() in response.json()["detail"].lower(), (change, response.text)
    missing = await root_client.put("/templates/999999", json={"name": "x"})
    assert missing.status_code == 404
    bad_update = await root_client.put("/templates/1", json={"endpoint": "x", "timeout": -1})
    assert bad_update.status_code == 422, bad_update.text


async def test_testers_get_secrets_masked_and_masked_values_keep(
    root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient
) -> None:
    created = await _create(root_client)
    seen = (await tester_client.get(f"/templates/{created['id']}")).json()
    assert seen["auth_config"] == {"token": "****cdef"}
    assert json.loads(seen["headers"]) == {"X-Env": "staging", "X-Api-Key": "****abcd"}
    listed = (await tester_client.get("/templates")).json()
    assert "sk-staging" not in json.dumps(listed)

    # The tester sends back what they saw, changing only the name: secrets are kept.
    back = {k: seen[k] for k in NEW_TARGET if k in seen}
    updated = await tester_client.put(f"/templates/{created['id']}", json={**back, "name": "新名"})
    assert updated.status_code == 200, updated.text
    assert updated.json()["auth_config"] == {"token": "****cdef"}
    full = (await root_client.get(f"/templates/{created['id']}")).json()
    assert full["name"] == "新名"
    assert full["auth_config"] == {"token": "sk-staging-0123456789cdef"}
    assert json.loads(full["headers"])["X-Api-Key"] == "key-0123456789abcd"

    # A new value replaces it.
    await tester_client.put(
        f"/templates/{created['id']}", json={"auth_config": {"token": "sk-new-0000111122223333"}}
    )
    full = (await root_client.get(f"/templates/{created['id']}")).json()
    assert full["auth_config"] == {"token": "sk-new-0000111122223333"}


async def test_templates_need_a_login(client: httpx.AsyncClient) -> None:
    assert (await client.get("/templates")).status_code == 401
    assert (await client.post("/templates", json=NEW_TARGET)).status_code == 401
    parse = await client.post("/tools/parse-curl", json={"curl_command": "curl x"})
    assert parse.status_code == 401


async def test_a_tester_duplicates_a_target_with_its_secrets(
    root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient
) -> None:
    original = await _create(root_client)
    seen = (await tester_client.get(f"/templates/{original['id']}")).json()
    fields = {k: seen[k] for k in NEW_TARGET}
    copy = await tester_client.post(
        "/templates", json={**fields, "code": "staging-2", "copy_of": original["id"]}
    )
    assert copy.status_code == 201, copy.text
    full = (await root_client.get(f"/templates/{copy.json()['id']}")).json()
    assert full["auth_config"] == {"token": "sk-staging-0123456789cdef"}
    assert json.loads(full["headers"])["X-Api-Key"] == "key-0123456789abcd"
    # Without copy_of the mask is taken as a new (odd) token: nothing leaks from elsewhere.
    plain = await tester_client.post("/templates", json={**fields, "code": "staging-3"})
    full = (await root_client.get(f"/templates/{plain.json()['id']}")).json()
    assert full["auth_config"] == {"token": "****cdef"}
    missing = await tester_client.post(
        "/templates", json={**fields, "code": "staging-4", "copy_of": 999}
    )
    assert missing.status_code == 404
