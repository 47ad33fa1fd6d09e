"""Shared by the run and report page tests: a logged-in session on a real backend, a demo bot,
realistic cases (some scripted to FAIL or ERROR), and waiting for a batch to end."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from PySide6.QtWidgets import QApplication

from helix_desktop.client.api import HelixClient
from helix_desktop.local_backend import LocalBackend
from helix_desktop.state.session import Session
from helix_desktop.ui.language import LanguageSwitch
from helix_desktop.ui.theme import apply_theme
from server.demo_bot.answer import compose_answer
from server.demo_bot.catalogue import sample_catalogue
from server.demo_bot.faults import seeded_draw
from server.demo_bot.options import DemoBotOptions
from tests.conftest import RunningDemoBot
from tests.desktop.conftest import ROOT_PASSWORD, backend_settings

TEMPLATES = (
    "{company}的{indicator}是多少",
    "查一下{company}的{indicator}",
    "{company}最新的{indicator}",
)


@pytest.fixture(name="run_backend")
def run_backend_fixture(tmp_path: Path) -> Iterator[LocalBackend]:
    """A real backend whose root needs no password change (the run tests are not about that)."""
    settings = backend_settings(tmp_path / "data", initial_root_password=SecretStr(ROOT_PASSWORD))
    with LocalBackend(settings=settings) as running:
        yield running


@pytest.fixture(name="session")
async def session_fixture(qtbot: Any, run_backend: LocalBackend) -> AsyncIterator[Session]:
    """A ``Session`` logged in as root on ``run_backend``; the UI in Chinese (the default)."""
    apply_theme(QApplication.instance())
    language = LanguageSwitch()
    assert language.apply("zh_CN")
    session = Session(language="zh")
    assert await session.connect_to(run_backend.url)
    assert await session.login("root", ROOT_PASSWORD)
    yield session
    await session.close()
    language.apply("en")


def cases(
    count: int, *, wrong: set[int] = frozenset(), faulty: set[int] = frozenset()
) -> list[dict[str, Any]]:
    """``count`` distinct questions the demo bot answers; ``wrong`` FAIL, ``faulty`` ERROR."""
    catalogue = sample_catalogue()
    rows: list[dict[str, Any]] = []
    for n in range(count):
        entity = catalogue.entities[n % len(catalogue.entities)]
        indicator = catalogue.indicators[(n // len(catalogue.entities)) % len(catalogue.indicators)]
        template = TEMPLATES[(n // (len(catalogue.entities) * len(catalogue.indicators))) % 3]
        question = template.format(company=entity.name, indicator=indicator.name)
        if n >= len(catalogue.entities) * len(catalogue.indicators) * len(TEMPLATES):
            question += f"（第{n}问）"
        marker = "[wrong]" if n in wrong else "[fault:500]" if n in faulty else ""
        rows.append(
            {
                "question": marker + question,
                "expected_keywords": ",".join(
                    (entity.name, entity.code, indicator.name, indicator.code)
                ),
                # Every third case also states the SQL, so the diff pane has SQL to compare.
                "expected_sql": compose_answer(question, catalogue).sql if n % 3 == 0 else "",
                "category": indicator.category,
            }
        )
    return rows


async def store_cases(client: HelixClient, rows: list[dict[str, Any]]) -> None:
    """Import the cases in one request (the import endpoint, as a tester would)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    answer = await client.import_cases("cases.csv", out.getvalue().encode("utf-8"))
    imported = answer.imported if hasattr(answer, "imported") else answer["imported"]
    assert imported == len(rows)


async def point_at_bot(
    client: HelixClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
    *,
    latency_ms: int,
    max_workers: int = 8,
    **bot_options: Any,
) -> None:
    bot = demo_bot_factory(latency_ms=latency_ms, **bot_options)
    config = await client.update_config(
        {"bot_url": bot.ask_url, "max_workers": max_workers, "max_retries": 0}
    )
    assert config.bot_url == bot.ask_url


async def finished_report(client: HelixClient, batch_id: str, timeout: float = 60) -> Any:
    """Poll the report API until the batch is no longer RUNNING."""
    async with asyncio.timeout(timeout):
        while True:
            report = await client.get_report(batch_id)
            if report.status != "RUNNING":
                return report
            await asyncio.sleep(0.05)


def seeded_passes(options: DemoBotOptions, questions: list[str], asks: int) -> dict[str, int]:
    """How many of a seeded demo bot's first ``asks`` answers to each question pass."""
    return {
        q: sum(not seeded_draw(options, q, ask).wrong for ask in range(1, asks + 1))
        for q in questions
    }


async def seeded_suite(
    client: HelixClient,
    demo_bot_factory: Callable[..., RunningDemoBot],
    *,
    count: int,
    asks: int,
    latency_ms: float,
    **bot: Any,
) -> tuple[list[dict[str, Any]], dict[str, int], set[str]]:
    """``count`` cases against a seeded demo bot: the rows, passes per question in
    ``asks`` asks, and the flaky questions (the seed must give both kinds)."""
    await point_at_bot(client, demo_bot_factory, latency_ms=latency_ms, max_workers=4, **bot)
    rows = cases(count)
    await store_cases(client, rows)
    options = DemoBotOptions(latency_ms=latency_ms, **bot)
    passes = seeded_passes(options, [row["question"] for row in rows], asks)
    flaky = {q for q, n in passes.items() if 0 < n < asks}
    assert flaky and len(flaky) < len(rows)
    return rows, passes, flaky
