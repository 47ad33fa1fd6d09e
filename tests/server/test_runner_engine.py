"""The run engine's life cycle: shutdown leaves running batches INTERRUPTED, promptly."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import httpx
from pydantic import SecretStr

from server.app import create_app
from server.db.models.autotest import Case
from server.settings import Settings
from tests.conftest import ROOT_PASSWORD, RunningDemoBot, bearer, login
from tests.e2e.run_client import batch_rows


async def test_shutdown_interrupts_running_batches(
    settings: Settings, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory(latency_ms=1500)
    settings = settings.model_copy(update={"initial_root_password": SecretStr(ROOT_PASSWORD)})
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        async with app.state.database.session() as session:
            session.add_all(
                [Case(question=f"星河科技的市盈率 #{n}", expected_keywords="PE") for n in range(5)]
            )
            await session.commit()
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            token = (await login(client, "root", ROOT_PASSWORD))["access_token"]
            client.headers.update(bearer(token))
            response = await client.post("/config", json={"bot_url": bot.ask_url, "max_workers": 2})
            assert response.status_code == 200
            response = await client.post("/run", json={})
            assert response.status_code == 200
            batch_id = response.json()["batch_id"]
            async with asyncio.timeout(10):
                while bot.app.in_flight < 2:
                    await asyncio.sleep(0.01)
            subscription = app.state.engine.hub.subscribe(batch_id)
            began = time.monotonic()
    # Shutdown did not wait for the bot's answers.
    assert time.monotonic() - began < 1.0
    events = []
    while not subscription.queue.empty():
        events.append(subscription.queue.get_nowait())
    assert [e.type for e in events] == ["batch_status", "done"]
    assert '"status":"INTERRUPTED"' in events[-1].text
    batch, rows = await batch_rows(settings, batch_id)
    assert batch.status == "INTERRUPTED"
    assert batch.end_time is not None
    assert [r.result for r in rows] == [None] * 5
