"""The matrix on a hand-built hierarchy, and cascading deletes read back through the API."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import event

BASE = "/api/v1/experiments"


async def post(c: httpx.AsyncClient, path: str, body: dict) -> dict:
    response = await c.post(f"{BASE}{path}", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def build(c: httpx.AsyncClient) -> dict[str, Any]:
    """alpha{x{t1,t2}, Y{t3}}, Beta{b-app{z,a}}, Gamma{} and Delta{empty{}}; three experiments."""
    ids: dict[str, Any] = {}
    # Created out of order on purpose: the matrix sorts by name, not id.
    beta = await post(c, "/customers", {"name": "Beta"})
    alpha = await post(c, "/customers", {"name": "alpha"})
    gamma = await post(c, "/customers", {"name": "Gamma"})
    delta = await post(c, "/customers", {"name": "Delta"})
    ids.update(alpha=alpha["id"], beta=beta["id"], gamma=gamma["id"], delta=delta["id"])
    b_app = await post(c, "/apps", {"customer_id": beta["id"], "name": "b-app"})
    app_y = await post(c, "/apps", {"customer_id": alpha["id"], "name": "Y"})
    app_x = await post(c, "/apps", {"customer_id": alpha["id"], "name": "x"})
    await post(c, "/apps", {"customer_id": delta["id"], "name": "empty"})
    ids.update(b_app=b_app["id"], app_x=app_x["id"], app_y=app_y["id"])
    for app, name in [(b_app, "z"), (b_app, "a"), (app_x, "t2"), (app_y, "t3"), (app_x, "t1")]:
        ids[name] = (await post(c, "/templates", {"app_id": app["id"], "name": name}))["id"]
    ids["e1"] = await post(c, "", {"template_ids": [ids["t1"], ids["z"]], "name": "实验1"})
    ids["e2"] = await post(
        c, "", {"template_ids": [ids["t1"]], "name": "实验2", "color": "#010203"}
    )
    ids["e3"] = await post(c, "", {"template_ids": [ids["t3"]], "name": "实验3"})
    # e3 keeps no template at all, and is still a column.
    response = await c.delete(f"{BASE}/{ids['e3']['id']}/templates/{ids['t3']}")
    assert response.status_code == 200
    return ids


def brief(experiment: dict) -> dict:
    return {k: experiment[k] for k in ("id", "name", "status", "color")}


async def test_matrix_shape(tester_client: httpx.AsyncClient) -> None:
    ids = await build(tester_client)
    e1, e2, e3 = ids["e1"], ids["e2"], ids["e3"]

    response = await tester_client.get(f"{BASE}/matrix")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"rows", "experiments"}
    untagged = {"latest_batch_id": None, "latest_batch_time": None, "latest_pass_rate": None}
    assert body["experiments"] == [{**brief(e), **untagged} for e in (e1, e2, e3)]

    rows = body["rows"]
    assert [(r["customer_name"], r["app_name"], r["template_name"]) for r in rows] == [
        ("alpha", "x", "t1"),
        ("alpha", "x", "t2"),
        ("alpha", "Y", "t3"),
        ("Beta", "b-app", "a"),
        ("Beta", "b-app", "z"),
    ]
    first = rows[0]
    assert first == {
        "customer_id": ids["alpha"],
        "customer_name": "alpha",
        "app_id": ids["app_x"],
        "app_name": "x",
        "template_id": ids["t1"],
        "template_name": "t1",
        "experiments": {str(e1["id"]): brief(e1), str(e2["id"]): brief(e2)},
    }
    assert rows[1]["experiments"] == {}
    assert rows[2]["experiments"] == {}
    assert rows[3]["experiments"] == {}
    assert rows[4]["experiments"] == {str(e1["id"]): brief(e1)}
    assert rows[4]["customer_id"] == ids["beta"]
    assert rows[4]["app_id"] == ids["b_app"]


async def test_matrix_follows_updates(root_client: httpx.AsyncClient) -> None:
    ids = await build(root_client)
    e1 = ids["e1"]
    response = await root_client.put(
        f"{BASE}/{e1['id']}", json={"status": "completed", "name": "改名"}
    )
    assert response.status_code == 200
    response = await root_client.put(f"{BASE}/customers/{ids['beta']}", json={"name": "aardvark"})
    assert response.status_code == 200

    response = await root_client.get(f"{BASE}/matrix")
    assert response.status_code == 200
    rows = response.json()["rows"]
    assert [r["customer_name"] for r in rows] == ["aardvark", "aardvark", "alpha", "alpha", "alpha"]
    cell = rows[1]["experiments"][str(e1["id"])]
    assert (cell["name"], cell["status"]) == ("改名", "completed")


async def test_matrix_empty(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get(f"{BASE}/matrix")
    assert response.status_code == 200
    assert response.json() == {"rows": [], "experiments": []}


async def test_matrix_uses_a_fixed_number_of_queries(
    app: FastAPI, root_client: httpx.AsyncClient
) -> None:
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    engine = app.state.database.engine.sync_engine

    async def count_matrix_queries() -> int:
        statements.clear()
        event.listen(engine, "before_cursor_execute", record)
        try:
            response = await root_client.get(f"{BASE}/matrix")
        finally:
            event.remove(engine, "before_cursor_execute", record)
        assert response.status_code == 200
        return len(statements)

    await build(root_client)
    small = await count_matrix_queries()
    customer = await post(root_client, "/customers", {"name": "more"})
    app_ = await post(root_client, "/apps", {"customer_id": customer["id"], "name": "more"})
    template_ids = []
    for i in range(20):
        template = await post(root_client, "/templates", {"app_id": app_["id"], "name": f"m{i}"})
        template_ids.append(template["id"])
    for i in range(5):
        await post(root_client, "", {"template_ids": template_ids, "name": f"more{i}"})
    assert await count_matrix_queries() == small


# Cascades


async def test_delete_customer_cascades(root_client: httpx.AsyncClient) -> None:
    ids = await build(root_client)
    e1 = ids["e1"]
    response = await root_client.delete(f"{BASE}/customers/{ids['alpha']}")
    assert response.status_code == 200

    response = await root_client.get(f"{BASE}/customers/{ids['alpha']}")
    assert response.status_code == 404
    for app_key in ("app_x", "app_y"):
        response = await root_client.get(f"{BASE}/apps/{ids[app_key]}")
        assert response.status_code == 404
    response = await root_client.get(f"{BASE}/apps", params={"customer_id": ids["alpha"]})
    assert response.status_code == 200
    assert response.json() == []
    for template_key in ("t1", "t2", "t3"):
        response = await root_client.get(f"{BASE}/templates/{ids[template_key]}")
        assert response.status_code == 404
    response = await root_client.get(f"{BASE}/templates")
    assert sorted(t["id"] for t in response.json()) == sorted([ids["a"], ids["z"]])

    # Experiments stay, without the deleted templates.
    response = await root_client.get(f"{BASE}/{e1['id']}")
    assert response.status_code == 200
    assert response.json()["template_ids"] == [ids["z"]]
    assert response.json()["template_names"] == ["Beta/b-app/z"]
    response = await root_client.get(f"{BASE}/{ids['e2']['id']}")
    assert response.status_code == 200
    assert response.json()["template_ids"] == []
    response = await root_client.get(f"{BASE}", params={"template_id": ids["t1"]})
    assert response.json()["total"] == 0

    response = await root_client.get(f"{BASE}/matrix")
    body = response.json()
    assert [r["customer_name"] for r in body["rows"]] == ["Beta", "Beta"]
    assert len(body["experiments"]) == 3

    # Other customers are untouched.
    response = await root_client.get(f"{BASE}/customers")
    assert [c["name"] for c in response.json()] == ["Beta", "Gamma", "Delta"]


async def test_delete_app_cascades(root_client: httpx.AsyncClient) -> None:
    ids = await build(root_client)
    response = await root_client.delete(f"{BASE}/apps/{ids['app_x']}")
    assert response.status_code == 200

    response = await root_client.get(f"{BASE}/templates", params={"app_id": ids["app_x"]})
    assert response.json() == []
    for template_key in ("t1", "t2"):
        response = await root_client.get(f"{BASE}/templates/{ids[template_key]}")
        assert response.status_code == 404
    response = await root_client.get(f"{BASE}/templates/{ids['t3']}")
    assert response.status_code == 200
    response = await root_client.get(f"{BASE}/customers/{ids['alpha']}")
    assert response.status_code == 200
    response = await root_client.get(f"{BASE}/{ids['e1']['id']}")
    assert response.json()["template_ids"] == [ids["z"]]
    response = await root_client.get(f"{BASE}/matrix")
    assert [r["template_name"] for r in response.json()["rows"]] == ["t3", "a", "z"]


async def test_delete_template_unlinks(root_client: httpx.AsyncClient) -> None:
    ids = await build(root_client)
    response = await root_client.delete(f"{BASE}/templates/{ids['t1']}")
    assert response.status_code == 200
    response = await root_client.get(f"{BASE}/{ids['e1']['id']}")
    assert response.status_code == 200
    assert response.json()["template_ids"] == [ids["z"]]
    response = await root_client.get(f"{BASE}/{ids['e2']['id']}")
    assert response.json()["template_ids"] == []
    response = await root_client.get(f"{BASE}/apps/{ids['app_x']}")
    assert response.status_code == 200
    response = await root_client.get(f"{BASE}/matrix")
    assert [r["template_name"] for r in response.json()["rows"]] == ["t2", "t3", "a", "z"]
