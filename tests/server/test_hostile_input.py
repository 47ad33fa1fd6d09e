"""Hostile request input gets a clear 4xx in the caller's language, never a 500.

Found by a black-box attack: integers of 2**63 and more in ids, ``skip``, ``page``
and id lists answered 500 on about 20 endpoints; non-string items in a template's
``expected_conditions`` 500; a NUL character 500 on PostgreSQL (stored on SQLite);
a question of zero-width spaces was not blank; a 60 MB JSON body was buffered
whole; body-parse errors were English only.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from pydantic import SecretStr

from server.app import create_app
from server.settings import Settings
from tests.conftest import ROOT_PASSWORD, bearer, login

BIG = 2**63
EN = {"Accept-Language": "en"}


def _integer_params(operation: dict) -> list[dict]:
    return [
        p
        for p in operation.get("parameters", [])
        if p["in"] in ("path", "query") and "integer" in str(p.get("schema"))
    ]


async def test_huge_integers_anywhere_are_4xx(root_client: httpx.AsyncClient) -> None:
    schema = (await root_client.get("/openapi.json")).json()
    tried = 0
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            params = _integer_params(operation)
            if not params:
                continue
            url = path
            query: dict[str, str] = {}
            for param in params:
                if param["in"] == "path":
                    url = url.replace("{" + param["name"] + "}", str(BIG))
                else:
                    query[param["name"]] = str(BIG)
            if "{" in url:
                continue  # a string path parameter besides the integer
            body: dict[str, object] | None = {} if method in ("post", "put", "patch") else None
            response = await root_client.request(
                method.upper(), url, params=query, json=body, headers=EN
            )
            tried += 1
            assert 400 <= response.status_code < 500, (method, url, query, response.text)
            assert response.json()["detail"]
    assert tried >= 20
    for path in ("/cases/batch-status", "/cases/batch-delete"):
        response = await root_client.post(
            path, json={"case_ids": [1, BIG], "is_active": True}, headers=EN
        )
        assert response.status_code == 422, response.text
        assert "out of range" in response.json()["detail"]
        assert response.json()["errors"]
    chinese = await root_client.get(f"/cases/{BIG}")
    assert chinese.status_code == 422
    assert "数值超出范围" in chinese.json()["detail"]
    # The connection still serves the next request.
    assert (await root_client.get("/cases")).status_code == 200


async def test_non_string_conditions_are_422(root_client: httpx.AsyncClient) -> None:
    for conditions in ([1, "ORDER BY"], [{"a": 1}], [None], [["x"]]):
        response = await root_client.post(
            "/generate/templates",
            json={"text": "{company}的{indicator}", "expected_conditions": conditions},
            headers=EN,
        )
        assert response.status_code == 422, (conditions, response.text)
        assert "expected_conditions" in response.json()["detail"]


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("POST", "/cases", {"question": "a\x00b"}),
        ("POST", "/cases", {"question": "q", "expected_sql": "SELECT 1\x00"}),
        ("POST", "/generate/templates", {"text": "{company}的{indicator}\x00"}),
        ("POST", "/api/v1/experiments/customers", {"name": "c\x00"}),
        ("POST", "/config", {"entity_query": "SELECT name, code FROM entities\x00"}),
    ],
)
async def test_nul_characters_are_refused(
    root_client: httpx.AsyncClient, method: str, path: str, body: dict
) -> None:
    response = await root_client.request(method, path, json=body, headers=EN)
    assert response.status_code == 422, response.text
    assert "NUL" in response.json()["detail"]
    chinese = await root_client.request(method, path, json=body)
    assert chinese.status_code == 422
    assert "NUL" in chinese.json()["detail"] and "不能" in chinese.json()["detail"]
    cases = await root_client.get("/cases")
    assert cases.json() == []


async def test_zero_width_questions_are_blank(root_client: httpx.AsyncClient) -> None:
    for question in ("\u200b\u200b", "\ufeff \u200d", "\u2060\u3000"):
        response = await root_client.post("/cases", json={"question": question})
        assert response.status_code == 422, (question, response.text)
        assert "问题不能为空" in response.json()["detail"]
    # Zero-width padding around real text is trimmed like whitespace.
    response = await root_client.post("/cases", json={"question": "\u200b营收多少\u200b"})
    assert response.status_code == 201
    assert response.json()["question"] == "营收多少"
    imported = await root_client.post(
        "/cases/import",
        files={"file": ("z.csv", "question\n\u200b\u200b\nreal\n".encode())},
    )
    assert imported.status_code == 200, imported.text
    assert imported.json()["skipped_blank"] == 1
    assert imported.json()["imported"] == 1


async def test_oversized_declared_json_body_is_413(root_client: httpx.AsyncClient) -> None:
    body = b'{"question": "' + b"x" * (10 * 1024 * 1024) + b'"}'
    response = await root_client.post(
        "/cases", content=body, headers={"content-type": "application/json", **EN}
    )
    assert response.status_code == 413, response.text[:200]
    assert "10.0 MB" in response.json()["detail"]
    chinese = await root_client.post(
        "/cases", content=body, headers={"content-type": "application/json"}
    )
    assert chinese.status_code == 413
    assert "请求体太大" in chinese.json()["detail"]


async def test_oversized_streamed_json_body_is_413_without_reading_it_all(
    root_client: httpx.AsyncClient,
) -> None:
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        yield b'{"question": "'
        for _ in range(60):
            sent += 1
            yield b"x" * (1024 * 1024)
        yield b'"}'

    response = await root_client.post(
        "/cases", content=chunks(), headers={"content-type": "application/json", **EN}
    )
    assert response.status_code == 413, response.text[:200]
    assert "Request body too large" in response.json()["detail"]
    assert sent <= 12
    assert (await root_client.get("/cases")).json() == []


async def test_body_parse_errors_follow_the_language(root_client: httpx.AsyncClient) -> None:
    bad_utf8 = b'{"question": "\xff\xfe"}'
    for headers, expected, boundary in (
        ({}, "请求体无法解析", "缺少 boundary"),
        (EN, "could not be parsed", "has no boundary"),
    ):
        response = await root_client.post(
            "/cases", content=bad_utf8, headers={"content-type": "application/json", **headers}
        )
        assert response.status_code == 400, response.text
        assert expected in response.json()["detail"]
        no_boundary = await root_client.post(
            "/generate/metadata",
            content=b"abc",
            headers={"content-type": "multipart/form-data", **headers},
        )
        assert no_boundary.status_code == 400, no_boundary.text
        assert boundary in no_boundary.json()["detail"]
    broken = await root_client.post(
        "/cases", content=b"{bad json", headers={"content-type": "application/json"}
    )
    assert broken.status_code == 422
    assert "JSON 格式错误" in broken.json()["detail"]


async def test_headers_and_token_the_bot_cannot_receive_are_422(
    root_client: httpx.AsyncClient,
) -> None:
    # Found by schemathesis: non-ASCII header values made /config/test answer 500.
    for body in ({"headers": {"X-Name": "测试"}}, {"user_token": "令牌abc"}):
        for path, payload in (("/config", body), ("/config/test", {"overrides": body})):
            response = await root_client.post(path, json=payload, headers=EN)
            assert response.status_code == 422, (path, response.text)
            assert "ASCII" in response.json()["detail"]


async def test_oversized_streamed_upload_is_413_before_it_is_spooled(
    settings: Settings,
) -> None:
    app = create_app(
        settings.model_copy(
            update={
                "max_upload_bytes": 1024 * 1024,
                "initial_root_password": SecretStr(ROOT_PASSWORD),
            }
        )
    )
    sent = 0

    async def chunks() -> AsyncIterator[bytes]:
        nonlocal sent
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="m.xlsx"\r\n\r\n'
        for _ in range(40):
            sent += 1
            yield b"x" * (256 * 1024)
        yield b"\r\n--b--\r\n"

    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            token = (await login(client, "root", ROOT_PASSWORD))["access_token"]
            for path in ("/generate/metadata", "/cases/import"):
                sent = 0
                response = await client.post(
                    path,
                    content=chunks(),
                    headers={
                        "content-type": "multipart/form-data; boundary=b",
                        **bearer(token),
                        **EN,
                    },
                )
                assert response.status_code == 413, (path, response.text[:200])
                assert "File too large: the limit is 1.0 MB" in response.json()["detail"]
                assert sent <= 6
