import httpx


async def test_health_answers_ok(client: httpx.AsyncClient) -> None:
    response = await client.get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


async def test_root_can_list_users(root_client: httpx.AsyncClient) -> None:
    response = await root_client.get("/api/v1/users")
    assert response.status_code == 200
    assert [u["username"] for u in response.json()["items"]] == ["root"]


async def test_tester_gets_403_on_users(tester_client: httpx.AsyncClient) -> None:
    response = await tester_client.get("/api/v1/users")
    assert response.status_code == 403
