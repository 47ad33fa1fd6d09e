"""Contract tests: experiments, their template links and the experiment list."""

from __future__ import annotations

import httpx
import pytest

BASE = "/api/v1/experiments"
PALETTE = [
    "#FF6B6B",
    "#4ECDC4",
    "#45B7D1",
    "#96CEB4",
    "#FFEAA7",
    "#DDA0DD",
    "#98D8C8",
    "#F7DC6F",
    "#BB8FCE",
    "#85C1E9",
]


async def make_templates(c: httpx.AsyncClient, count: int) -> list[dict]:
    """``count`` templates under customer ``客户A`` / app ``应用1``, named t1..tN."""
    response = await c.post(f"{BASE}/customers", json={"name": "客户A"})
    assert response.status_code == 201
    response = await c.post(
        f"{BASE}/apps", json={"customer_id": response.json()["id"], "name": "应用1"}
    )
    assert response.status_code == 201
    app_id = response.json()["id"]
    templates = []
    for i in range(1, count + 1):
        response = await c.post(f"{BASE}/templates", json={"app_id": app_id, "name": f"t{i}"})
        assert response.status_code == 201
        templates.append(response.json())
    return templates


async def make_experiment(
    c: httpx.AsyncClient, template_ids: list[int], name: str, **extra: object
) -> dict:
    response = await c.post(BASE, json={"template_ids": template_ids, "name": name, **extra})
    assert response.status_code == 201, response.text
    return response.json()


async def me(c: httpx.AsyncClient) -> dict:
    response = await c.get("/api/v1/auth/me")
    assert response.status_code == 200
    return response.json()


async def test_create_experiment_defaults(tester_client: httpx.AsyncClient) -> None:
    t1, t2 = await make_templates(tester_client, 2)
    response = await tester_client.post(
        BASE, json={"template_ids": [t2["id"], t1["id"], t2["id"]], "name": "实验1"}
    )
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "实验1"
    assert body["status"] == "draft"
    assert body["reference_type"] == "new"
    assert body["color"] == PALETTE[body["id"] % 10]
    assert body["created_by"] == (await me(tester_client))["id"]
    assert body["created_at"].endswith("+00:00")
    assert body["updated_at"] is None
    assert body["template_ids"] == [t1["id"], t2["id"]]
    assert body["template_names"] == ["客户A/应用1/t1", "客户A/应用1/t2"]

    response = await tester_client.get(f"{BASE}/{body['id']}")
    assert response.status_code == 200
    assert response.json() == body


async def test_palette_follows_id(root_client: httpx.AsyncClient) -> None:
    (t1,) = await make_templates(root_client, 1)
    colours = {}
    for i in range(11):
        experiment = await make_experiment(root_client, [t1["id"]], f"e{i}")
        colours[experiment["id"]] = experiment["color"]
    assert all(colour == PALETTE[i % 10] for i, colour in colours.items())
    assert len(set(colours.values())) == 10


async def test_create_with_reference_type_and_colour(root_client: httpx.AsyncClient) -> None:
    (t1,) = await make_templates(root_client, 1)
    body = await make_experiment(
        root_client, [t1["id"]], "e", reference_type="supplier", color="#12abEF"
    )
    assert body["reference_type"] == "supplier"
    assert body["color"] == "#12ABEF"


@pytest.mark.parametrize(
    "body",
    [
        {"template_ids": [], "name": "e"},
        {"name": "e"},
        {"template_ids": [1], "name": ""},
        {"template_ids": [1]},
        {"template_ids": [1], "name": "e", "reference_type": "other"},
        {"template_ids": [1], "name": "e", "color": "red"},
        {"template_ids": [1], "name": "e", "color": "#12345"},
        {"template_ids": ["x"], "name": "e"},
    ],
)
async def test_create_validation(root_client: httpx.AsyncClient, body: dict) -> None:
    await make_templates(root_client, 1)
    response = await root_client.post(BASE, json=body)
    assert response.status_code == 422
    assert response.json()["detail"]


async def test_create_with_missing_templates_is_404(root_client: httpx.AsyncClient) -> None:
    (t1,) = await make_templates(root_client, 1)
    response = await root_client.post(
        BASE,
        json={"template_ids": [t1["id"], 998, 999], "name": "e"},
        headers={"Accept-Language": "en"},
    )
    assert response.status_code == 404
    assert response.json()["detail"] == "Template not found: 998, 999"
    response = await root_client.get(BASE)
    assert response.json()["total"] == 0


async def test_update_partial_and_validated(root_client: httpx.AsyncClient) -> None:
    (t1,) = await make_templates(root_client, 1)
    experiment = await make_experiment(root_client, [t1["id"]], "e")
    url = f"{BASE}/{experiment['id']}"

    response = await root_client.put(url, json={"status": "running"})
    assert response.status_code == 200
    body = response.json()
    assert (body["name"], body["status"], body["reference_type"]) == ("e", "running", "new")
    assert body["updated_at"] is not None
    assert body["template_ids"] == [t1["id"]]

    response = await root_client.put(
        url, json={"name": "renamed", "reference_type": "self", "color": "#000000"}
    )
    assert response.status_code == 200
    body = response.json()
    assert (body["name"], body["status"], body["reference_type"], body["color"]) == (
        "renamed",
        "running",
        "self",
        "#000000",
    )

    # ``color: null`` restores the palette colour.
    response = await root_client.put(url, json={"color": None})
    assert response.status_code == 200
    assert response.json()["color"] == PALETTE[experiment["id"] % 10]

    for bad in (
        {"status": "done"},
        {"reference_type": "x"},
        {"color": "#GGGGGG"},
        {"name": None},
        {"status": None},
        {"name": ""},
    ):
        response = await root_client.put(url, json=bad)
        assert response.status_code == 422, bad
    response = await root_client.get(url)
    assert response.json()["name"] == "renamed"
    assert response.json()["status"] == "running"


async def test_missing_experiment_is_404(root_client: httpx.AsyncClient) -> None:
    (t1,) = await make_templates(root_client, 1)
    for method, path, body in [
        ("GET", "/77", None),
        ("PUT", "/77", {"name": "x"}),
        ("DELETE", "/77", None),
        ("POST", "/77/templates", {"template_ids": [t1["id"]]}),
        ("DELETE", f"/77/templates/{t1['id']}", None),
    ]:
        response = await root_client.request(method, f"{BASE}{path}", json=body)
        assert response.status_code == 404, (method, path)
        assert "77" in response.json()["detail"]


async def test_link_and_unlink(tester_client: httpx.AsyncClient) -> None:
    t1, t2, t3 = await make_templates(tester_client, 3)
    experiment = await make_experiment(tester_client, [t1["id"]], "e")
    url = f"{BASE}/{experiment['id']}/templates"

    response = await tester_client.post(
        url, json={"template_ids": [t3["id"], t1["id"], t3["id"], t2["id"]]}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["template_ids"] == [t1["id"], t2["id"], t3["id"]]
    assert body["template_names"][2] == "客户A/应用1/t3"
    assert body["updated_at"] is not None

    response = await tester_client.post(url, json={"template_ids": [t2["id"], 555]})
    assert response.status_code == 404
    assert "555" in response.json()["detail"]
    response = await tester_client.post(url, json={"template_ids": []})
    assert response.status_code == 422

    response = await tester_client.delete(f"{url}/{t2['id']}")
    assert response.status_code == 200
    assert response.json()["template_ids"] == [t1["id"], t3["id"]]
    response = await tester_client.delete(f"{url}/{t2['id']}")
    assert response.status_code == 404
    assert str(t2["id"]) in response.json()["detail"]

    response = await tester_client.get(f"{BASE}/{experiment['id']}")
    assert response.status_code == 200
    assert response.json()["template_ids"] == [t1["id"], t3["id"]]


async def test_delete_experiment_keeps_templates(root_client: httpx.AsyncClient) -> None:
    t1, t2 = await make_templates(root_client, 2)
    first = await make_experiment(root_client, [t1["id"], t2["id"]], "e1")
    response = await root_client.delete(f"{BASE}/{first['id']}")
    assert response.status_code == 200
    assert response.json()["message"]
    response = await root_client.get(f"{BASE}/{first['id']}")
    assert response.status_code == 404
    response = await root_client.get(f"{BASE}/templates")
    assert [t["id"] for t in response.json()] == [t1["id"], t2["id"]]

    second = await make_experiment(root_client, [t1["id"]], "e2")
    assert second["id"] > first["id"]


async def test_list_pagination_and_filters(root_client: httpx.AsyncClient) -> None:
    t1, t2 = await make_templates(root_client, 2)
    ids = []
    for i in range(5):
        experiment = await make_experiment(root_client, [t1["id"] if i % 2 else t2["id"]], f"e{i}")
        ids.append(experiment["id"])
    response = await root_client.put(f"{BASE}/{ids[0]}", json={"status": "archived"})
    assert response.status_code == 200

    response = await root_client.get(BASE)
    assert response.status_code == 200
    body = response.json()
    assert (body["total"], body["page"], body["page_size"]) == (5, 1, 20)
    assert [e["id"] for e in body["items"]] == ids
    assert body["items"][1]["template_names"] == ["客户A/应用1/t1"]

    response = await root_client.get(BASE, params={"page": 2, "page_size": 2})
    assert response.status_code == 200
    body = response.json()
    assert (body["total"], body["page"], body["page_size"]) == (5, 2, 2)
    assert [e["id"] for e in body["items"]] == ids[2:4]

    response = await root_client.get(BASE, params={"page": 9})
    assert response.status_code == 200
    assert response.json()["items"] == []
    assert response.json()["total"] == 5

    response = await root_client.get(BASE, params={"template_id": t1["id"]})
    assert response.status_code == 200
    assert [e["id"] for e in response.json()["items"]] == [ids[1], ids[3]]
    assert response.json()["total"] == 2

    response = await root_client.get(BASE, params={"status": "archived"})
    assert response.status_code == 200
    assert [e["id"] for e in response.json()["items"]] == [ids[0]]

    response = await root_client.get(BASE, params={"status": "draft", "template_id": t2["id"]})
    assert response.status_code == 200
    assert [e["id"] for e in response.json()["items"]] == [ids[2], ids[4]]

    response = await root_client.get(f"{BASE}/", params={"status": "running"})
    assert response.status_code == 200
    assert response.json()["total"] == 0


@pytest.mark.parametrize(
    "params",
    [
        {"page_size": 0},
        {"page_size": 101},
        {"page": 0},
        {"status": "done"},
        {"template_id": "x"},
    ],
)
async def test_list_validation(root_client: httpx.AsyncClient, params: dict) -> None:
    response = await root_client.get(BASE, params=params)
    assert response.status_code == 422
    assert response.json()["detail"]


async def test_openapi_documents_the_models(client: httpx.AsyncClient) -> None:
    response = await client.get("/openapi.json")
    assert response.status_code == 200
    paths = response.json()["paths"]
    matrix = paths[f"{BASE}/matrix"]["get"]["responses"]["200"]["content"]["application/json"]
    assert matrix["schema"]["$ref"].endswith("/MatrixResponse")
    for path in (f"{BASE}/customers/{{customer_id}}", f"{BASE}/{{experiment_id}}/templates"):
        assert path in paths
    schemas = response.json()["components"]["schemas"]
    assert "template_names" in schemas["ExperimentResponse"]["properties"]
