"""``POST /templates/debug``: one question sent to a target as a run would, with the verdict."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.conftest import RunningDemoBot, serve_in_thread


def _template(bot: RunningDemoBot, **changes: object) -> dict:
    base, _, path = bot.ask_url.partition("/brain")
    return {
        "name": "debug me",
        "code": "debug-me",
        "base_url": base,
        "endpoint": "/brain" + path,
        "body_template": '{"user_input": "{question}", "chatId": "{chat_id}"}',
        **changes,
    }


async def test_unsaved_template_sse_answer_judged(
    root_client: httpx.AsyncClient, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory(latency_ms=5)
    response = await root_client.post(
        "/templates/debug",
        json={
            "template": _template(bot),
            "variables": {"question": "星河科技最新的市盈率"},
            "expected_keywords": "600901.SH,PE",
            "expected_conditions": "LIMIT 1",
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ok"] is True and body["status_code"] == 200
    assert "'600901.SH'" in body["sql"]
    assert body["verdict"] == {"result": "PASS", "message": ""}
    types = [e["data"]["type"] for e in body["events"] if isinstance(e["data"], dict)]
    assert types[0] == "QUESTION_INTERPRETATION" and "ANSWER" in types
    assert body["events"][-1]["data"] == "[DONE]"
    assert 0 < body["duration"] < 10 and body["attempts"] == 1
    assert bot.stats()["requests"] == 1

    failing = await root_client.post(
        "/templates/debug",
        json={
            "template": _template(bot),
            "variables": {"question": "[wrong]星河科技最新的市盈率"},
            "expected_keywords": "600901.SH",
        },
    )
    assert failing.json()["verdict"]["result"] == "FAIL"
    assert "600901.SH" in failing.json()["verdict"]["message"]


async def test_saved_target_with_masked_token(
    root_client: httpx.AsyncClient,
    tester_client: httpx.AsyncClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory(latency_ms=5, require_token="secret-token-4567")
    created = await root_client.post(
        "/templates",
        json=_template(bot, auth_type="bearer", auth_config={"token": "secret-token-4567"}),
    )
    assert created.status_code == 201, created.text
    seen = (await tester_client.get(f"/templates/{created.json()['id']}")).json()
    assert seen["auth_config"] == {"token": "****4567"}
    # The tester tries the form as they see it (masked token): the saved token is sent.
    response = await tester_client.post(
        "/templates/debug",
        json={"template": {k: v for k, v in seen.items() if k != "created_at"}},
    )
    assert response.status_code == 200, response.text
    assert response.json()["ok"] is True, response.json()

    wrong = await tester_client.post(
        "/templates/debug",
        json={"template": {"id": seen["id"], "auth_config": {"token": "other-token-1"}}},
    )
    body = wrong.json()
    assert (body["ok"], body["status_code"]) == (False, 401)
    assert body["verdict"]["result"] == "ERROR" and body["verdict"]["message"].startswith(
        "HTTP 401"
    )


async def test_bad_debug_requests(root_client: httpx.AsyncClient) -> None:
    missing = await root_client.post("/templates/debug", json={"template": {"id": 999}})
    assert missing.status_code == 404
    for bad_id in (2**63, -1, "1", True):
        bad = await root_client.post("/templates/debug", json={"template": {"id": bad_id}})
        assert bad.status_code == 422, (bad_id, bad.text)
    invalid = await root_client.post(
        "/templates/debug",
        json={"template": {"base_url": "nope"}},
        headers={"Accept-Language": "en"},
    )
    assert invalid.status_code == 422 and "base_url" in invalid.json()["detail"]
    blank = await root_client.post(
        "/templates/debug", json={"template": {"id": 1}, "variables": {"question": "  "}}
    )
    assert blank.status_code == 422


async def _echo_headers(scope: dict, receive: Any, send: Any) -> None:
    """A real HTTP bot that answers with the credentials it was sent, as its "SQL"."""
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
    seen = {name: headers.get(name, "") for name in ("authorization", "x-app-key")}
    body = json.dumps({"sql": f"SELECT '{json.dumps(seen)}'"}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": body})


@pytest.fixture
def echo_bot() -> Iterator[str]:
    server = serve_in_thread(_echo_headers)
    yield server.url
    server.stop()


@pytest.mark.parametrize(
    ("auth_type", "auth_config", "expected"),
    [
        ("bearer", {"token": "tok-1"}, {"authorization": "Bearer tok-1", "x-app-key": ""}),
        ("none", {}, {"authorization": "", "x-app-key": ""}),
        ("raw", {"token": "tok-1"}, {"authorization": "tok-1", "x-app-key": ""}),
        (
            "header",
            {"token": "tok-1", "header": "X-App-Key"},
            {"authorization": "", "x-app-key": "tok-1"},
        ),
    ],
)
async def test_auth_types_send_what_the_original_sent(
    root_client: httpx.AsyncClient,
    echo_bot: str,
    auth_type: str,
    auth_config: dict,
    expected: dict,
) -> None:
    template = {
        "base_url": echo_bot,
        "endpoint": "/ask",
        "auth_type": auth_type,
        "auth_config": auth_config,
    }
    response = await root_client.post("/templates/debug", json={"template": template})
    assert response.status_code == 200, response.text
    sql = response.json()["sql"]
    assert json.loads(sql.removeprefix("SELECT '").removesuffix("'")) == expected
