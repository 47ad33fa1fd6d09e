"""Running a batch over the API and reading its results, for server tests."""

from __future__ import annotations

import asyncio

import httpx


async def run_to_the_end(client: httpx.AsyncClient, timeout: float = 30) -> list[dict]:
    """Start a run of every active case; its result details once it has finished."""
    response = await client.post("/run", json={})
    assert response.status_code == 200, response.text
    batch_id = response.json()["batch_id"]
    async with asyncio.timeout(timeout):
        while (await client.get(f"/reports/{batch_id}")).json()["status"] == "RUNNING":
            await asyncio.sleep(0.05)
    details = await client.get(f"/reports/{batch_id}/details")
    assert details.status_code == 200
    return details.json()
