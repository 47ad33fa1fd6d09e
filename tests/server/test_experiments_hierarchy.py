"""Contract tests: customers, apps and templates under ``/api/v1/experiments``."""

from __future__ import annotations

from datetime import datetime

import httpx
import pytest

BASE = "/api/v1/experiments"


async def make_customer(c: httpx.AsyncClient, name: str, **extra: object) -> dict:
    response = await c.post(f"{BASE}/customers", json={"name": name, **extra})
    assert response.status_code == 201, response.text
    return response.json()


async def make_app(c: httpx.AsyncClient, customer_id: int, name: str) -> dict:
    response = await c.post(f"{BASE}/apps", json={"customer_id": customer_id, "name": name})
    assert response.status_code == 201, response.text
    return response.json()


async def make_template(c: httpx.AsyncClient, app_id: int, name: str) -> dict:
    response = await c.post(f"{BASE}/templates", json={"app_id": app_id, "name": name})
    assert response.status_code == 201, response.text
    return response.json()


# Customers


async def test_customer_create_get_list(tester_client: httpx.AsyncClient) -> None:
    response = await tester_client.post(
        f"{BASE}/customers",
        json={"name": "  客户A ", "contact": "张三 13800000000", "description": "银行"},
    )
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "客户A"
    assert body["contact"] == "张三 13800000000"
    assert body["description"] == "银行"
    assert datetime.fromisoformat(body["created_at"]).utcoffset() is not None
    assert body["created_at"].endswith("+00:00")

    response = await tester_client.get(f"{BASE}/customers/{body['id']}")
    assert response.status_code == 200
    assert response.json() == body

    await make_customer(tester_client, "客户B")
    response = await tester_client.get(f"{BASE}/customers")
    assert response.status_code == 200
    assert [c["name"] for c in response.json()] == ["客户A", "客户B"]
    # The trailing-slash form answers the same.
    response = await tester_client.get(f"{BASE}/customers/")
    assert response.status_code == 200
    assert len(response.json()) == 2


async def test_customer_names_unique_case_insensitively(root_client: httpx.AsyncClient) -> None:
    await make_customer(root_client, "Acme")
    response = await root_client.post(f"{BASE}/customers", json={"name": "ACME"})
    assert response.status_code == 409
    assert "Acme" in response.json()["detail"]

    response = await root_client.post(
        f"{BASE}/customers", json={"name": "acme "}, headers={"Accept-Language": "en"}
    )
    assert response.status_code == 409
    assert response.json()["detail"] == "Customer name already exists: Acme"


async def test_customer_rename_clash_and_self_case_change(root_client: httpx.AsyncClient) -> None:
    first = await make_customer(root_client, "Alpha")
    second = await make_customer(root_client, "Beta")
    response = await root_client.put(f"{BASE}/customers/{second['id']}", json={"name": "alpha"})
    assert response.status_code == 409
    assert "Alpha" in response.json()["detail"]
    response = await root_client.get(f"{BASE}/customers/{second['id']}")
    assert response.json()["name"] == "Beta"

    # Changing only the case of its own name is no clash.
    response = await root_client.put(f"{BASE}/customers/{first['id']}", json={"name": "ALPHA"})
    assert response.status_code == 200
    assert response.json()["name"] == "ALPHA"


async def test_customer_partial_update_and_null_clears(root_client: httpx.AsyncClient) -> None:
    customer = await make_customer(root_client, "C1", contact="x", description="d")
    url = f"{BASE}/customers/{customer['id']}"

    response = await root_client.put(url, json={"description": "new"})
    assert response.status_code == 200
    body = response.json()
    assert (body["name"], body["contact"], body["description"]) == ("C1", "x", "new")
    assert body["updated_at"] is not None

    response = await root_client.put(url, json={"contact": None})
    assert response.status_code == 200
    assert response.json()["contact"] is None
    assert response.json()["description"] == "new"

    response = await root_client.put(url, json={"name": None})
    assert response.status_code == 422
    response = await root_client.put(url, json={"name": "   "})
    assert response.status_code == 422
    response = await root_client.get(url)
    assert response.json()["name"] == "C1"


async def test_customer_missing_is_404(root_client: httpx.AsyncClient) -> None:
    for method in ("GET", "DELETE"):
        response = await root_client.request(method, f"{BASE}/customers/999")
        assert response.status_code == 404
        assert "999" in response.json()["detail"]
    response = await root_client.put(f"{BASE}/customers/999", json={"name": "x"})
    assert response.status_code == 404


@pytest.mark.parametrize(
    "body",
    [{}, {"name": ""}, {"name": "x" * 101}, {"name": 5}, {"name": "ok", "contact": "c" * 201}],
)
async def test_customer_create_validation(root_client: httpx.AsyncClient, body: dict) -> None:
    response = await root_client.post(f"{BASE}/customers", json=body)
    assert response.status_code == 422
    assert response.json()["detail"]


async def test_non_integer_id_is_422(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get(f"{BASE}/customers/abc")
    assert response.status_code == 422


# Apps


async def test_app_crud_and_filter(tester_client: httpx.AsyncClient) -> None:
    a = await make_customer(tester_client, "A")
    b = await make_customer(tester_client, "B")
    app1 = await make_app(tester_client, a["id"], "应用1")
    assert app1["customer_id"] == a["id"]
    assert app1["description"] is None
    app2 = await make_app(tester_client, b["id"], "应用1")  # same name, other customer: fine

    response = await tester_client.get(f"{BASE}/apps")
    assert response.status_code == 200
    assert [x["id"] for x in response.json()] == [app1["id"], app2["id"]]
    response = await tester_client.get(f"{BASE}/apps", params={"customer_id": b["id"]})
    assert response.status_code == 200
    assert [x["id"] for x in response.json()] == [app2["id"]]

    response = await tester_client.get(f"{BASE}/apps/{app1['id']}")
    assert response.status_code == 200
    assert response.json()["name"] == "应用1"

    response = await tester_client.put(f"{BASE}/apps/{app1['id']}", json={"description": "d"})
    assert response.status_code == 200
    assert response.json()["name"] == "应用1"
    assert response.json()["description"] == "d"
    response = await tester_client.put(f"{BASE}/apps/{app1['id']}", json={"description": None})
    assert response.status_code == 200
    assert response.json()["description"] is None

    response = await tester_client.delete(f"{BASE}/apps/{app1['id']}")
    assert response.status_code == 200
    assert response.json()["message"]
    response = await tester_client.get(f"{BASE}/apps/{app1['id']}")
    assert response.status_code == 404


async def test_app_for_missing_customer_is_404(root_client: httpx.AsyncClient) -> None:
    response = await root_client.post(f"{BASE}/apps", json={"customer_id": 42, "name": "x"})
    assert response.status_code == 404
    assert "42" in response.json()["detail"]


async def test_app_name_unique_within_customer(root_client: httpx.AsyncClient) -> None:
    customer = await make_customer(root_client, "A")
    await make_app(root_client, customer["id"], "app")
    other = await make_app(root_client, customer["id"], "other")
    response = await root_client.post(
        f"{BASE}/apps", json={"customer_id": customer["id"], "name": "app"}
    )
    assert response.status_code == 409
    assert "app" in response.json()["detail"]
    response = await root_client.put(f"{BASE}/apps/{other['id']}", json={"name": "app"})
    assert response.status_code == 409
    assert "app" in response.json()["detail"]
    response = await root_client.put(f"{BASE}/apps/{other['id']}", json={"name": "other"})
    assert response.status_code == 200


async def test_app_missing_is_404(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get(f"{BASE}/apps/7")
    assert response.status_code == 404
    response = await root_client.put(f"{BASE}/apps/7", json={"name": "x"})
    assert response.status_code == 404
    response = await root_client.delete(f"{BASE}/apps/7")
    assert response.status_code == 404


# Templates


async def test_template_crud_and_filter(tester_client: httpx.AsyncClient) -> None:
    customer = await make_customer(tester_client, "A")
    app1 = await make_app(tester_client, customer["id"], "a1")
    app2 = await make_app(tester_client, customer["id"], "a2")
    t1 = await make_template(tester_client, app1["id"], "hd5")
    t2 = await make_template(tester_client, app2["id"], "hd5")
    assert t1["app_id"] == app1["id"]

    response = await tester_client.get(f"{BASE}/templates")
    assert response.status_code == 200
    assert [t["id"] for t in response.json()] == [t1["id"], t2["id"]]
    response = await tester_client.get(f"{BASE}/templates", params={"app_id": app2["id"]})
    assert response.status_code == 200
    assert [t["id"] for t in response.json()] == [t2["id"]]

    response = await tester_client.put(f"{BASE}/templates/{t1['id']}", json={"name": "hd6"})
    assert response.status_code == 200
    assert response.json()["name"] == "hd6"
    response = await tester_client.get(f"{BASE}/templates/{t1['id']}")
    assert response.status_code == 200
    assert response.json()["name"] == "hd6"

    response = await tester_client.delete(f"{BASE}/templates/{t1['id']}")
    assert response.status_code == 200
    response = await tester_client.get(f"{BASE}/templates/{t1['id']}")
    assert response.status_code == 404


async def test_template_errors(root_client: httpx.AsyncClient) -> None:
    response = await root_client.post(f"{BASE}/templates", json={"app_id": 3, "name": "t"})
    assert response.status_code == 404
    assert "3" in response.json()["detail"]

    customer = await make_customer(root_client, "A")
    app = await make_app(root_client, customer["id"], "a")
    await make_template(root_client, app["id"], "t")
    other = await make_template(root_client, app["id"], "u")
    response = await root_client.post(f"{BASE}/templates", json={"app_id": app["id"], "name": "t"})
    assert response.status_code == 409
    assert "t" in response.json()["detail"]
    response = await root_client.put(f"{BASE}/templates/{other['id']}", json={"name": "t"})
    assert response.status_code == 409
    response = await root_client.put(f"{BASE}/templates/{other['id']}", json={"name": None})
    assert response.status_code == 422
    for method in ("GET", "DELETE"):
        response = await root_client.request(method, f"{BASE}/templates/999")
        assert response.status_code == 404
    response = await root_client.put(f"{BASE}/templates/999", json={"name": "x"})
    assert response.status_code == 404


async def test_ids_never_reused_after_delete(root_client: httpx.AsyncClient) -> None:
    first = await make_customer(root_client, "one")
    second = await make_customer(root_client, "two")
    app = await make_app(root_client, second["id"], "a")
    template = await make_template(root_client, app["id"], "t")
    for path in (
        f"templates/{template['id']}",
        f"apps/{app['id']}",
        f"customers/{second['id']}",
    ):
        response = await root_client.delete(f"{BASE}/{path}")
        assert response.status_code == 200

    third = await make_customer(root_client, "three")
    assert third["id"] > second["id"] > first["id"]
    new_app = await make_app(root_client, third["id"], "a")
    assert new_app["id"] > app["id"]
    new_template = await make_template(root_client, new_app["id"], "t")
    assert new_template["id"] > template["id"]


async def test_endpoints_require_a_token(client: httpx.AsyncClient) -> None:
    for method, path in [
        ("GET", "/customers"),
        ("POST", "/customers"),
        ("GET", "/customers/1"),
        ("PUT", "/customers/1"),
        ("DELETE", "/customers/1"),
        ("GET", "/apps"),
        ("POST", "/apps"),
        ("GET", "/apps/1"),
        ("PUT", "/apps/1"),
        ("DELETE", "/apps/1"),
        ("GET", "/templates"),
        ("POST", "/templates"),
        ("GET", "/templates/1"),
        ("PUT", "/templates/1"),
        ("DELETE", "/templates/1"),
        ("GET", ""),
        ("POST", ""),
        ("GET", "/matrix"),
        ("GET", "/1"),
        ("PUT", "/1"),
        ("DELETE", "/1"),
        ("POST", "/1/templates"),
        ("DELETE", "/1/templates/1"),
    ]:
        response = await client.request(method, f"{BASE}{path}", json={})
        assert response.status_code == 401, (method, path)
        assert response.json()["detail"]


async def test_must_change_password_is_403(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/auth/login", json={"username": "root", "password": "root123"}
    )
    assert response.status_code == 200
    token = response.json()["access_token"]
    response = await client.get(f"{BASE}/customers", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403
