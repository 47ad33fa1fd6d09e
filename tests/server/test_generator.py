"""Generating cases from the built-in sample catalogue; templates; filters; duplicates; seeds."""

from __future__ import annotations

import re

import httpx
from fastapi import FastAPI

from server.demo_bot.catalogue import sample_catalogue
from tests.server.generator_support import all_cases, case_count

SEEDED = [
    ("{company}的{indicator}是多少", []),
    ("查一下{company}的{indicator}", []),
    ("{company}最近一年的{indicator}走势", []),
    ("{company}最新的{indicator}", ["ORDER BY", "LIMIT 1"]),
    ("2023年{company}的{indicator}", ["2023"]),
]


async def test_seeded_templates(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get("/generate/templates")
    assert response.status_code == 200
    body = response.json()
    assert [(t["text"], t["expected_conditions"]) for t in body] == SEEDED
    assert all(t["enabled"] for t in body)
    assert body[0]["created_at"].endswith("+00:00")


async def test_preview_of_the_sample_catalogue(root_client: httpx.AsyncClient) -> None:
    catalogue = sample_catalogue()
    response = await root_client.get("/generate/preview")
    assert response.status_code == 200
    body = response.json()
    assert body["indicator_count"] == len(catalogue.indicators)
    assert body["company_count"] == len(catalogue.entities)
    assert body["sample_indicators"] == [i.name for i in catalogue.indicators[:5]]
    assert body["sample_companies"] == [e.name for e in catalogue.entities[:5]]
    assert body["source"]["kind"] == "sample"
    assert len(body["templates"]) == 5
    assert len(body["sample_questions"]) == 5
    first = body["sample_questions"][0]
    entity, indicator = catalogue.entities[0], catalogue.indicators[0]
    assert first["question"] == f"{entity.name}的{indicator.name}是多少"
    assert (
        first["expected_keywords"]
        == f"{entity.name},{entity.code},{indicator.name},{indicator.code}"
    )
    assert set(body["categories"]) == {i.category for i in catalogue.indicators}


async def test_generate_from_the_sample(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    catalogue = sample_catalogue()
    response = await root_client.post("/generate/cases", params={"count": 3, "seed": 7})
    assert response.status_code == 200
    body = response.json()
    n = 3 * len(catalogue.indicators)
    assert body["generated"] == n
    assert body["skipped"] == 0
    assert body["message"] == f"成功生成 {n} 条用例"
    cases = await all_cases(app)
    assert len(cases) == n
    entities = {e.name: e for e in catalogue.entities}
    templates = {t[0]: t[1] for t in SEEDED}
    per_indicator: dict[str, set[str]] = {}
    for case in cases:
        company, company_code, indicator_name, indicator_code = case.expected_keywords.split(",")
        assert entities[company].code == company_code
        indicator = next(i for i in catalogue.indicators if i.code == indicator_code)
        assert indicator.name == indicator_name
        assert case.category == indicator.category
        assert case.is_active is True
        # The question comes from one template, whose conditions the case expects.
        template = next(
            t
            for t in templates
            if t.format(company=company, indicator=indicator_name) == case.question
        )
        assert case.expected_conditions == (",".join(templates[template]) or None)
        per_indicator.setdefault(indicator_code, set()).add(company)
    # count different entities for every indicator
    assert all(len(companies) == 3 for companies in per_indicator.values())
    assert len(per_indicator) == len(catalogue.indicators)
    # the templates vary
    assert len({c.expected_conditions for c in cases}) == 3


async def test_english_message(root_client: httpx.AsyncClient) -> None:
    response = await root_client.post(
        "/generate/cases", params={"count": 1}, headers={"Accept-Language": "en"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["message"] == f"Generated {body['generated']} cases"


async def test_count_bounds(root_client: httpx.AsyncClient) -> None:
    for count in (0, 11):
        response = await root_client.post("/generate/cases", params={"count": count})
        assert response.status_code == 422
        assert "count" in response.json()["detail"]
    response = await root_client.post("/generate/cases", json={"count": 11})
    assert response.status_code == 422


async def test_default_count_is_two(root_client: httpx.AsyncClient) -> None:
    response = await root_client.post("/generate/cases")
    assert response.status_code == 200
    assert response.json()["generated"] == 2 * len(sample_catalogue().indicators)


async def test_filters_by_category_and_indicator(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    response = await root_client.post("/generate/cases", params={"count": 2, "categories": "估值"})
    assert response.status_code == 200
    valuation = [i for i in sample_catalogue().indicators if i.category == "估值"]
    assert response.json()["generated"] == 2 * len(valuation)
    assert {c.category for c in await all_cases(app)} == {"估值"}

    # JSON body: indicators by name or by code
    response = await root_client.post(
        "/generate/cases", json={"count": 1, "indicators": ["收盘价", "S_DQ_OPEN"], "seed": 1}
    )
    assert response.status_code == 200
    assert response.json()["generated"] == 2
    codes = {c.expected_keywords.split(",")[3] for c in await all_cases(app)}
    assert {"S_DQ_CLOSE", "S_DQ_OPEN"} <= codes

    response = await root_client.post("/generate/cases", params={"categories": "没有这个分类"})
    assert response.status_code == 400
    assert "没有这个分类" in response.json()["detail"]
    response = await root_client.post(
        "/generate/cases", params={"indicators": "NOPE"}, headers={"Accept-Language": "en"}
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "Unknown indicators: NOPE"


async def test_same_seed_same_questions(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    response = await root_client.post("/generate/cases", params={"count": 4, "seed": 42})
    assert response.status_code == 200
    first = [c.question for c in await all_cases(app)]
    # A fresh database of its own: run the same request on a second app.
    from server.app import create_app
    from server.settings import Settings

    settings: Settings = app.state.settings
    other_settings = settings.model_copy(
        update={"database_url": f"sqlite+aiosqlite:///{settings.data_dir / 'second.db'}"}
    )
    other = create_app(other_settings)
    async with other.router.lifespan_context(other):
        transport = httpx.ASGITransport(app=other)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            tokens = (
                await c.post("/api/v1/auth/login", json={"username": "root", "password": "root123"})
            ).json()
            c.headers["Authorization"] = f"Bearer {tokens['access_token']}"
            await c.post(
                "/api/v1/auth/change-password",
                json={"old_password": "root123", "new_password": "another-pass"},
            )
            tokens = (
                await c.post(
                    "/api/v1/auth/login", json={"username": "root", "password": "another-pass"}
                )
            ).json()
            c.headers["Authorization"] = f"Bearer {tokens['access_token']}"
            response = await c.post("/generate/cases", params={"count": 4, "seed": 42})
            assert response.status_code == 200
        second = [c.question for c in await all_cases(other)]
    assert second == first
    # ... and another seed gives other questions
    response = await root_client.post("/generate/cases", params={"count": 4, "seed": 43})
    assert response.status_code == 200
    assert response.json()["generated"] > 0


async def test_second_run_never_duplicates(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    first = await root_client.post("/generate/cases", params={"count": 2, "seed": 5})
    assert first.status_code == 200
    # The same seed picks the same questions first; they exist, so others are chosen.
    second = await root_client.post("/generate/cases", params={"count": 2, "seed": 5})
    assert second.status_code == 200
    cases = await all_cases(app)
    questions = [c.question for c in cases]
    assert len(questions) == len(set(questions))
    assert len(cases) == first.json()["generated"] + second.json()["generated"]


async def test_exhausted_space_adds_nothing(app: FastAPI, root_client: httpx.AsyncClient) -> None:
    """One template left and every (entity, indicator) pair used: the next run adds 0."""
    templates = (await root_client.get("/generate/templates")).json()
    for template in templates[1:]:
        response = await root_client.patch(
            f"/generate/templates/{template['id']}", json={"enabled": False}
        )
        assert response.status_code == 200
    catalogue = sample_catalogue()
    n_entities = len(catalogue.entities)
    total = 0
    while total < n_entities * len(catalogue.indicators):
        response = await root_client.post("/generate/cases", params={"count": 10})
        assert response.status_code == 200
        assert response.json()["generated"] > 0
        total += response.json()["generated"]
    response = await root_client.post("/generate/cases", params={"count": 10})
    assert response.status_code == 200
    body = response.json()
    assert body["generated"] == 0
    assert body["skipped"] == 10 * len(catalogue.indicators)
    assert body["message"] == "成功生成 0 条用例"
    assert await case_count(app) == total


async def test_template_crud(root_client: httpx.AsyncClient) -> None:
    response = await root_client.post(
        "/generate/templates",
        json={"text": " {company}上季度的{indicator} ", "expected_conditions": "季度；Q"},
    )
    assert response.status_code == 201
    created = response.json()
    assert created["text"] == "{company}上季度的{indicator}"
    assert created["expected_conditions"] == ["季度", "Q"]
    assert created["enabled"] is True
    tid = created["id"]

    response = await root_client.get(f"/generate/templates/{tid}")
    assert response.status_code == 200
    assert response.json() == created

    response = await root_client.patch(f"/generate/templates/{tid}", json={"enabled": False})
    assert response.status_code == 200
    assert response.json()["enabled"] is False
    assert response.json()["text"] == created["text"]
    assert response.json()["updated_at"] is not None

    response = await root_client.put(
        f"/generate/templates/{tid}", json={"text": "{indicator}：{company}"}
    )
    assert response.status_code == 200
    assert response.json()["expected_conditions"] == []
    assert response.json()["enabled"] is True

    response = await root_client.post(
        "/generate/templates", json={"text": "{company}的{indicator}是多少"}
    )
    assert response.status_code == 409

    response = await root_client.delete(f"/generate/templates/{tid}")
    assert response.status_code == 204
    response = await root_client.get(f"/generate/templates/{tid}")
    assert response.status_code == 404
    response = await root_client.delete(f"/generate/templates/{tid}")
    assert response.status_code == 404


async def test_bad_templates_are_422(root_client: httpx.AsyncClient) -> None:
    cases = {
        "{company}的{metric}": "{metric}",
        "{company}的数据": "{indicator}",
        "{indicator}是多少": "{company}",
        "{company}的{indicator": "花括号",
        "{company}的{indicator!r}": "{indicator!r}",
        "{}{company}{indicator}": "{}",
    }
    for text, named in cases.items():
        response = await root_client.post("/generate/templates", json={"text": text})
        assert response.status_code == 422, text
        assert named in response.json()["detail"], (text, response.json())
    response = await root_client.post(
        "/generate/templates",
        json={"text": "{x}{company}{indicator}"},
        headers={"Accept-Language": "en"},
    )
    assert response.status_code == 422
    assert response.json()["detail"].startswith("Unknown placeholder {x}")
    # PATCH validates the same way
    response = await root_client.patch("/generate/templates/1", json={"text": "{company}"})
    assert response.status_code == 422
    # literal braces are fine
    response = await root_client.post(
        "/generate/templates", json={"text": "{company}的{indicator}（{{单位}}）"}
    )
    assert response.status_code == 201


async def test_generation_uses_enabled_templates_only(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    templates = (await root_client.get("/generate/templates")).json()
    for template in templates:
        if template["text"] != "{company}最新的{indicator}":
            await root_client.patch(
                f"/generate/templates/{template['id']}", json={"enabled": False}
            )
    response = await root_client.post("/generate/cases", params={"count": 1})
    assert response.status_code == 200
    cases = await all_cases(app)
    assert cases and all(re.fullmatch(r".+最新的.+", c.question) for c in cases)
    assert {c.expected_conditions for c in cases} == {"ORDER BY,LIMIT 1"}

    for template in templates:
        await root_client.patch(f"/generate/templates/{template['id']}", json={"enabled": False})
    response = await root_client.post("/generate/cases")
    assert response.status_code == 400
    assert "模板" in response.json()["detail"]


async def test_needs_a_login(client: httpx.AsyncClient) -> None:
    for method, path in (
        ("GET", "/generate/preview"),
        ("POST", "/generate/cases"),
        ("GET", "/generate/templates"),
        ("POST", "/generate/metadata"),
    ):
        response = await client.request(method, path)
        assert response.status_code == 401, path


async def test_tester_may_generate(tester_client: httpx.AsyncClient) -> None:
    response = await tester_client.post("/generate/cases", params={"count": 1})
    assert response.status_code == 200
    assert response.json()["generated"] == len(sample_catalogue().indicators)


async def test_openapi_documents_the_generator(client: httpx.AsyncClient) -> None:
    response = await client.get("/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    generate = paths["/generate/cases"]["post"]
    names = {p["name"] for p in generate["parameters"]}
    assert {"count", "seed", "categories", "indicators"} <= names
    assert "requestBody" in generate
    assert "503" in generate["responses"]
    assert {"get", "post"} <= set(paths["/generate/templates"])
    assert {"get", "put", "patch", "delete"} <= set(paths["/generate/templates/{template_id}"])
    assert "multipart/form-data" in paths["/generate/metadata"]["post"]["requestBody"]["content"]


def _judge(sql: str, keywords: str, conditions: str | None) -> list[str]:
    """What is missing from ``sql`` under CONTRACT-NOTES §4 judging (inline on purpose)."""
    split = re.compile(r"[,，;；\n]")
    normal = re.sub(r"\s+", " ", sql.upper().replace("\t", " "))
    missing = [
        k for k in (p.strip().upper() for p in split.split(keywords)) if k and k not in normal
    ]
    unquoted = re.sub(r"\s+", " ", re.sub("['\"]", "", normal))
    for condition in split.split(conditions or ""):
        wanted = re.sub(r"\s+", " ", re.sub("['\"]", "", condition.strip().upper()))
        if wanted and wanted not in unquoted:
            missing.append(wanted)
    return missing


def _demo_bot_sql(question: str, case_keywords: str) -> str:
    """The SQL shape ``helix demo-bot`` is expected to answer with for a generated question."""
    catalogue = sample_catalogue()
    company, company_code, indicator_name, indicator_code = case_keywords.split(",")
    indicator = next(i for i in catalogue.indicators if i.code == indicator_code)
    table = catalogue.table(indicator.table)
    sql = (
        f"SELECT {table.entity_name_column}, {table.entity_code_column}, {table.date_column},"
        f" {indicator.code} AS {indicator_name} FROM {table.name}"
        f" WHERE {table.entity_name_column} = '{company}'"
        f" AND {table.entity_code_column} = '{company_code}'"
    )
    if question.startswith("2023年"):
        sql += f" AND {table.date_column} LIKE '2023%'"
    if "最新" in question:
        sql += f" ORDER BY {table.date_column} DESC LIMIT 1"
    return sql


async def test_generated_cases_fit_the_demo_bot_sql(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    """Every keyword and condition of every sample case is something the demo bot's SQL holds."""
    response = await root_client.post("/generate/cases", params={"count": 10, "seed": 9})
    assert response.status_code == 200
    cases = await all_cases(app)
    assert len(cases) == 10 * len(sample_catalogue().indicators)
    for case in cases:
        sql = _demo_bot_sql(case.question, case.expected_keywords)
        assert _judge(sql, case.expected_keywords, case.expected_conditions) == [], case.question
    # and the judge does catch a SQL without the template's condition
    latest = next(c for c in cases if c.expected_conditions == "ORDER BY,LIMIT 1")
    assert _judge("SELECT 1", latest.expected_keywords, latest.expected_conditions)
