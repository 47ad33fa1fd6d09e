"""Database URLs: only root sets them, and never to the app's own database or data dir.

Found by a black-box attack: a tester set ``validation_db_url`` to the app's own
database and read root's password hash back in a FAIL message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
from fastapi import FastAPI

from server.config.repository import ConfigRepository
from server.db.models.autotest import Case
from server.settings import Settings, normalise_database_url
from tests.conftest import RunningDemoBot
from tests.server.run_support import run_to_the_end

EN = {"Accept-Language": "en"}


def _own_url(settings: Settings) -> str:
    # As a user would type it: the plain form, not the async driver's.
    url = settings.resolved_database_url()
    return url.replace("sqlite+aiosqlite", "sqlite").replace("postgresql+asyncpg", "postgresql")


async def test_only_root_sets_database_urls(
    root_client: httpx.AsyncClient, tester_client: httpx.AsyncClient, tmp_path: Path
) -> None:
    other = f"sqlite:///{tmp_path / 'warehouse.db'}"
    for field in ("validation_db_url", "metadata_db_url"):
        response = await tester_client.post("/config", json={field: other}, headers=EN)
        assert response.status_code == 403, response.text
        assert response.json()["detail"] == f"Forbidden: only root may change {field}"
        response = await root_client.post("/config", json={field: other})
        assert response.status_code == 200, response.text
        assert response.json()[field] == other
        # A tester saving the whole page sends the URLs back unchanged: allowed.
        response = await tester_client.post("/config", json={field: other, "max_workers": 3})
        assert response.status_code == 200, response.text
        # Clearing is a change too.
        response = await tester_client.post("/config", json={field: None})
        assert response.status_code == 403
    assert (await root_client.get("/config")).json()["validation_db_url"] == other


async def test_own_database_and_data_dir_are_refused_when_set(
    root_client: httpx.AsyncClient, settings: Settings, tmp_path: Path
) -> None:
    own = _own_url(settings)
    in_data_dir = f"sqlite:///{settings.data_dir / 'anything.db'}"
    spellings = [own, in_data_dir, f"sqlite:///{settings.data_dir}/../data/secret_key"]
    # A hard link (and a symlink) from outside the data dir to a file in it.
    private = settings.data_dir / "backend.log"
    private.write_text("private")
    (tmp_path / "innocent.db").hardlink_to(private)
    (tmp_path / "link.db").symlink_to(private)
    spellings += [f"sqlite:///{tmp_path / 'innocent.db'}", f"sqlite:///{tmp_path / 'link.db'}"]
    if own.startswith("postgresql://"):
        spellings.append(own.replace("127.0.0.1", "localhost"))
    for field in ("validation_db_url", "metadata_db_url"):
        for url in spellings:
            response = await root_client.post("/config", json={field: url}, headers=EN)
            assert response.status_code == 400, (url, response.text)
            assert "own database" in response.json()["detail"]
    config = (await root_client.get("/config")).json()
    assert config["validation_db_url"] is None and config["metadata_db_url"] is None


async def _store_config(app: FastAPI, values: dict[str, object]) -> None:
    """Straight into the database: a value stored before the check existed."""
    async with app.state.database.session() as session:
        await ConfigRepository(session).save(values)


async def test_own_metadata_database_is_refused_when_used(
    app: FastAPI, root_client: httpx.AsyncClient, settings: Settings
) -> None:
    await _store_config(app, {"metadata_source": "database", "metadata_db_url": _own_url(settings)})
    for path in ("/generate/preview",):
        response = await root_client.get(path, headers=EN)
        assert response.status_code == 400, response.text
        assert "own database" in response.json()["detail"]
    response = await root_client.post("/generate/cases", headers=EN)
    assert response.status_code == 400, response.text
    assert (await root_client.get("/cases")).json() == []


async def test_own_validation_database_is_refused_when_used(
    app: FastAPI,
    root_client: httpx.AsyncClient,
    settings: Settings,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    bot = demo_bot_factory()
    async with app.state.database.session() as session:
        session.add(
            Case(
                question="星河科技最新的市盈率是多少",
                expected_keywords="",
                expected_sql="SELECT password_hash FROM users",
            )
        )
        await session.commit()
    await _store_config(
        app,
        {
            "bot_url": bot.ask_url,
            "validation_db_url": normalise_database_url(_own_url(settings)),
        },
    )
    details = await run_to_the_end(root_client)
    # The bot's SQL differs in structure (a FAIL outranks an ERROR); the execution
    # check could not run, and says why without reading the app's data.
    assert [d["result"] for d in details] == ["FAIL"]
    execution = [c for c in details[0]["checks"] if c["check"] == "execution"]
    assert [c["result"] for c in execution] == ["ERROR"]
    assert "不能指向本应用自己的数据库" in execution[0]["message"]
    assert "argon2" not in str(details)


async def test_own_validation_database_is_refused_by_the_judge_and_the_debug(
    app: FastAPI,
    root_client: httpx.AsyncClient,
    tester_client: httpx.AsyncClient,
    settings: Settings,
    demo_bot_factory: Callable[..., RunningDemoBot],
) -> None:
    """``POST /judge`` and ``POST /templates/debug`` open the validation database
    themselves: the same check as a run's, on a URL stored before the check existed."""
    await _store_config(app, {"validation_db_url": normalise_database_url(_own_url(settings))})
    stealing = "SELECT password_hash FROM users"
    response = await tester_client.post(
        "/judge",
        json={"sql": stealing, "expected_sql": "SELECT 'x'", "checks": ["execution"]},
        headers=EN,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["result"] == "ERROR", body
    assert "must not point at this application's own database" in body["message"]
    assert "argon2" not in response.text
    status = await tester_client.get("/judge/validation", headers=EN)
    assert status.status_code == 200
    assert status.json()["ok"] is False
    assert "own database" in status.json()["error"]

    # Execution alone decides (as configured: the debug follows the judge settings).
    saved = await root_client.post("/config", json={"judge_checks": ["execution"]})
    assert saved.status_code == 200, saved.text
    bot = demo_bot_factory(latency_ms=5)
    base, _, path = bot.ask_url.partition("/brain")
    template = {
        "name": "debug",
        "code": "debug",
        "base_url": base,
        "endpoint": "/brain" + path,
        "body_template": '{"user_input": "{question}", "chatId": "{chat_id}"}',
    }
    debug = await tester_client.post(
        "/templates/debug",
        json={
            "template": template,
            "variables": {"question": "星河科技最新的市盈率"},
            "expected_sql": stealing,
        },
    )
    assert debug.status_code == 200, debug.text
    verdict = debug.json()["verdict"]
    assert verdict["result"] == "ERROR", verdict
    assert "不能指向本应用自己的数据库" in verdict["message"]
    assert "argon2" not in debug.text


async def test_the_debug_judges_with_the_configured_policy(
    root_client: httpx.AsyncClient, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory(latency_ms=5)
    base, _, path = bot.ask_url.partition("/brain")
    request = {
        "template": {
            "name": "debug",
            "code": "debug",
            "base_url": base,
            "endpoint": "/brain" + path,
            "body_template": '{"user_input": "{question}", "chatId": "{chat_id}"}',
        },
        "variables": {"question": "星河科技最新的市盈率"},
        "expected_keywords": "NOT_IN_THE_ANSWER",
    }
    first = await root_client.post("/templates/debug", json=request)
    assert first.json()["verdict"]["result"] == "FAIL"
    # Keywords switched off: the configured judge has nothing left to judge by.
    saved = await root_client.post("/config", json={"judge_checks": ["execution"]})
    assert saved.status_code == 200, saved.text
    second = await root_client.post("/templates/debug", json=request)
    assert second.status_code == 200, second.text
    assert second.json()["verdict"]["result"] != "FAIL", second.json()
