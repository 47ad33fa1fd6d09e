"""``GET /config`` and ``POST /config``: defaults, partial updates, validation, the secret token."""

from __future__ import annotations

import logging

import httpx
import pytest

from server.contract.config import DEFAULT_BODY_TEMPLATE, DEFAULT_BOT_URL, DEFAULT_SQL_PATHS

DEFAULTS = {
    "user_token": "",
    "max_workers": 5,
    "headers": {},
    "bot_url": DEFAULT_BOT_URL,
    "bot_method": "POST",
    "body_template": DEFAULT_BODY_TEMPLATE,
    "token_mode": "raw",
    "token_header": "Authorization",
    "response_mode": "auto",
    "sql_paths": DEFAULT_SQL_PATHS,
    "connect_timeout": 5.0,
    "first_byte_timeout": 30.0,
    "total_timeout": 120.0,
    "max_retries": 2,
    "retry_backoff": 0.5,
    "validation_db_url": None,
    "metadata_source": "sample",
    "metadata_db_url": None,
    "indicator_query": "SELECT name, code, table_name, category FROM indicators",
    "entity_query": "SELECT name, code FROM entities",
    # The judge's policy: every check, structure or execution may pass a rewrite, MySQL.
    "judge_checks": ["keywords", "conditions", "structure", "execution"],
    "judge_combine": "sql_either",
    "judge_dialect": "mysql",
    "judge_numeric_tolerance": 1e-06,
    "judge_column_order": False,
}


async def test_defaults_point_at_the_demo_bot(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get("/config")
    assert response.status_code == 200
    assert response.json() == DEFAULTS
    assert DEFAULT_BOT_URL == "http://127.0.0.1:8050/brain/faq/session/ask"


async def test_judge_policy_is_validated(root_client: httpx.AsyncClient) -> None:
    for bad in (
        {"judge_checks": ["keywords", "telepathy"]},
        {"judge_combine": "any"},
        {"judge_dialect": "cobol"},
        {"judge_numeric_tolerance": -1},
        {"judge_checks": None},
    ):
        response = await root_client.post("/config", json=bad)
        assert response.status_code == 422, bad
    response = await root_client.post(
        "/config", json={"judge_checks": ["structure", "keywords", "structure"]}
    )
    assert response.status_code == 200
    assert response.json()["judge_checks"] == ["structure", "keywords"]


async def test_config_needs_a_login(client: httpx.AsyncClient) -> None:
    assert (await client.get("/config")).status_code == 401
    assert (await client.post("/config", json={"max_workers": 3})).status_code == 401


async def test_partial_update_keeps_other_fields(
    root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient
) -> None:
    response = await root_client.post("/config", json={"user_token": "tok-1", "max_workers": 10})
    assert response.status_code == 200
    assert response.json() == {**DEFAULTS, "user_token": "tok-1", "max_workers": 10}

    response = await tester_client.post(
        "/config/", json={"headers": {"Tenant-Id": "t1"}, "token_mode": "bearer"}
    )
    assert response.status_code == 200
    expected = {
        **DEFAULTS,
        "user_token": "tok-1",
        "max_workers": 10,
        "headers": {"Tenant-Id": "t1"},
        "token_mode": "bearer",
    }
    # The tester sees the token masked (a short one shows nothing of itself).
    assert response.json() == {**expected, "user_token": "****"}
    # Shared by every user of the server, and stored.
    response = await root_client.get("/config")
    assert response.status_code == 200
    assert response.json() == expected


async def test_every_field_round_trips(root_client: httpx.AsyncClient) -> None:
    new = {
        "user_token": "abc",
        "max_workers": 64,
        "headers": {"Origin": "http://bot.local", "Referer": "http://bot.local/"},
        "bot_url": "https://bot.example.com/ask",
        "bot_method": "GET",
        "body_template": {"q": "{question}", "meta": {"id": "{case_id}", "text": "c-{chat_id}"}},
        "token_mode": "header",
        "token_header": "X-Token",
        "response_mode": "sse",
        "sql_paths": ["answer.sql"],
        "connect_timeout": 60,
        "first_byte_timeout": 600,
        "total_timeout": 3600,
        "max_retries": 0,
        "retry_backoff": 0,
        "validation_db_url": "sqlite:///tmp/v.db",
        "metadata_source": "database",
        "metadata_db_url": "postgresql://u@h/db",
        "indicator_query": "SELECT 1",
        "entity_query": "SELECT 2",
        "judge_checks": ["execution", "keywords"],
        "judge_combine": "all",
        "judge_dialect": "postgres",
        "judge_numeric_tolerance": 0.001,
        "judge_column_order": True,
    }
    response = await root_client.post("/config", json=new)
    assert response.status_code == 200
    assert response.json() == new
    assert (await root_client.get("/config")).json() == new
    # null clears the optional URLs.
    response = await root_client.post(
        "/config", json={"validation_db_url": None, "metadata_db_url": ""}
    )
    assert response.status_code == 200
    assert response.json()["validation_db_url"] is None
    assert response.json()["metadata_db_url"] is None


INVALID = [
    ({"max_workers": 0}, "max_workers"),
    ({"max_workers": 65}, "max_workers"),
    ({"max_workers": "many"}, "max_workers"),
    ({"max_workers": None}, "max_workers"),
    ({"user_token": 5}, "user_token"),
    ({"user_token": "a\nb"}, "user_token"),
    ({"headers": {"Bad Name": "x"}}, "headers"),
    ({"headers": {"X-A": "a\r\nb"}}, "headers"),
    ({"headers": ["X-A"]}, "headers"),
    ({"bot_url": "ftp://host/x"}, "bot_url"),
    ({"bot_url": "not a url"}, "bot_url"),
    ({"bot_method": "PUT"}, "bot_method"),
    ({"body_template": {"q": "{prompt}"}}, "body_template"),
    ({"body_template": "text"}, "body_template"),
    ({"token_mode": "basic"}, "token_mode"),
    ({"token_header": "X Token"}, "token_header"),
    ({"response_mode": "xml"}, "response_mode"),
    ({"sql_paths": []}, "sql_paths"),
    ({"sql_paths": ["a..b"]}, "sql_paths"),
    ({"connect_timeout": 0}, "connect_timeout"),
    ({"connect_timeout": 61}, "connect_timeout"),
    ({"first_byte_timeout": 601}, "first_byte_timeout"),
    ({"total_timeout": -1}, "total_timeout"),
    ({"total_timeout": 3601}, "total_timeout"),
    ({"max_retries": 11}, "max_retries"),
    ({"retry_backoff": 61}, "retry_backoff"),
    ({"validation_db_url": "no-scheme"}, "validation_db_url"),
    ({"metadata_source": "web"}, "metadata_source"),
    ({"metadata_db_url": "localhost/db"}, "metadata_db_url"),
    ({"indicator_query": "  "}, "indicator_query"),
    ({"entity_query": None}, "entity_query"),
    ({"unknown_field": 1}, "unknown_field"),
]


async def test_each_field_is_validated(root_client: httpx.AsyncClient) -> None:
    for body, field in INVALID:
        response = await root_client.post("/config", json={"max_workers": 9, **body})
        assert response.status_code == 422, body
        assert field in response.json()["detail"], body
    # Nothing was stored, not even the valid field sent alongside.
    assert (await root_client.get("/config")).json() == DEFAULTS


async def test_unknown_placeholder_detail_names_it(root_client: httpx.AsyncClient) -> None:
    response = await root_client.post(
        "/config",
        json={"body_template": {"q": "{question}", "x": "{foo}"}},
        headers={"Accept-Language": "en"},
    )
    assert response.status_code == 422
    assert "{foo}" in response.json()["detail"]
    assert "body_template" in response.json()["detail"]


async def test_token_never_reaches_the_logs(
    root_client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "sEcReT-token-value-42"
    # Our loggers at DEBUG, everything else (uvicorn, httpx, ...) at INFO. aiosqlite's own
    # DEBUG output echoes every SQL parameter, so a server must not run it at DEBUG.
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.DEBUG, logger="server")
    response = await root_client.post("/config", json={"user_token": secret, "max_workers": 3})
    assert response.status_code == 200
    assert response.json()["user_token"] == secret
    response = await root_client.post("/config", json={"user_token": secret + "\n"})
    assert response.status_code == 422
    assert secret not in response.text
    assert (await root_client.get("/config")).status_code == 200
    assert any("config updated" in r.getMessage() for r in caplog.records)
    assert all(secret not in r.getMessage() for r in caplog.records)
    assert secret not in caplog.text
