"""``POST /templates/debug``: one question sent to a target as a run would, with the verdict."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from tests.conftest import RunningDemoBot


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
