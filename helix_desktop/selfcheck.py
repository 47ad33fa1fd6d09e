"""``helix --self-check``: the whole app in one line, without a display.

Finds the shipped resources, starts the local backend on a throwaway data dir
and the demo bot on a free port, logs in through the client, points ``/config``
at the bot, imports a few cases from a workbook, runs them, follows the batch
live and prints one verdict line: ``self-check: OK (5 cases, 5 PASS, 1.2 s)``
or ``self-check: FAILED at <step>: <reason>``. Exit code 0 or 1.
"""

from __future__ import annotations

import asyncio
import io
import secrets
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

from helix_desktop.client.api import HelixClient
from helix_desktop.client.errors import ClientError
from helix_desktop.headless.batch import run_batch
from helix_desktop.headless.options import Selection
from helix_desktop.resources import missing_resources, resource_path
from server.contract.vocabulary import ResultValue

__all__ = ["CASES", "main"]

T = TypeVar("T")

# question, expected keywords, expected conditions: all answered right by the demo bot.
CASES: list[tuple[str, str, str]] = [
    ("星河科技的市盈率是多少", "星河科技,600901.SH,市盈率,PE", ""),
    ("星河科技最新的市盈率", "星河科技,600901.SH,市盈率,PE", "ORDER BY, LIMIT 1"),
    ("2023年云帆电子的净利润", "云帆电子,000987.SZ,净利润,NET_PROFIT", "2023"),
    ("青岚制药最近一年的总资产走势", "青岚制药,600312.SH,总资产,TOT_ASSETS", "ORDER BY"),
    ("查一下北辰能源的市净率", "北辰能源,601866.SH,市净率,PB", ""),
]
USERNAME = "root"


class CheckFailed(Exception):
    """A step went wrong; ``str()`` says which and why."""


class _Steps:
    """Names the step being run, so a failure says where it happened."""

    def __init__(self) -> None:
        self.current = "start"

    def run(self, name: str, action: Callable[[], T]) -> T:
        self.current = name
        return action()


def main(argv: Sequence[str] = (), *, stdout: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    if argv:
        print(f"self-check: FAILED: unexpected arguments {' '.join(argv)}", file=out)
        return 2
    started = time.perf_counter()
    steps = _Steps()
    try:
        with tempfile.TemporaryDirectory(prefix="helix-self-check-") as tmp:
            summary = _check(Path(tmp), steps)
    except CheckFailed as exc:
        print(f"self-check: FAILED at {steps.current}: {exc}", file=out, flush=True)
        return 1
    except Exception as exc:  # the verdict line must be printed whatever broke
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())
        print(f"self-check: FAILED at {steps.current}: {reason}", file=out, flush=True)
        return 1
    elapsed = time.perf_counter() - started
    print(f"self-check: OK ({summary}, {elapsed:.1f} s)", file=out, flush=True)
    return 0


def _check(tmp: Path, steps: _Steps) -> str:
    from helix_desktop.local_backend import DemoBot, LocalBackend

    steps.run("resources", _check_resources)
    password = secrets.token_urlsafe(12)
    backend = LocalBackend(tmp / "data", root_password=password, private=True)
    bot = DemoBot(latency_ms=20)
    try:
        steps.run("local server", backend.start)
        steps.run("demo bot", bot.start)
        return asyncio.run(_session(backend.url, bot.ask_url, password, steps))
    finally:
        bot.stop()
        backend.stop()


def _check_resources() -> None:
    """Every shipped resource is where the locator says, and Qt reads the translations."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    missing = missing_resources()
    if missing:
        raise CheckFailed(f"missing resource {missing[0]}")
    if not QTranslator().load(str(resource_path("translations", "helix_zh_CN.qm"))):
        raise CheckFailed("Qt cannot load the Chinese translation")
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_zh_CN", qt_translations):
        raise CheckFailed(f"Qt's own Chinese translation is missing in {qt_translations}")


def _workbook() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["问题", "预期关键字", "预期条件", "分类"])
    for question, keywords, conditions in CASES:
        sheet.append([question, keywords, conditions, "self-check"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


async def _session(url: str, ask_url: str, password: str, steps: _Steps) -> str:
    client = HelixClient(url, language="en")
    try:
        steps.current = "login"
        answer = await client.login(USERNAME, password)
        if answer.user.must_change_password:
            raise CheckFailed("the new root account asks for a password change")
        steps.current = "config"
        await client.update_config({"bot_url": ask_url, "max_workers": 4, "retry_backoff": 0.05})
        steps.current = "sample catalogue"
        preview = await client.generator_preview()
        if not preview.indicator_count or not preview.company_count:
            raise CheckFailed("the sample catalogue is empty")
        steps.current = "case import"
        imported = await client.import_cases("self-check.xlsx", _workbook())
        if imported.imported != len(CASES):
            raise CheckFailed(f"imported {imported.imported} of {len(CASES)} cases")
        steps.current = "run"
        outcome = await asyncio.wait_for(run_batch(client, Selection()), timeout=120)
    except ClientError as exc:
        raise CheckFailed(exc.message) from exc
    except TimeoutError as exc:
        raise CheckFailed("the run did not finish within 120 s") from exc
    finally:
        await client.aclose()
    counts = outcome.counts
    summary = f"{len(outcome.planned)} cases, {counts['PASS']} PASS"
    if not outcome.all_passed or len(outcome.planned) != len(CASES):
        bad = next((r for r in outcome.results if r.result != ResultValue.PASS), None)
        detail = f"; {bad.result}: {bad.message}" if bad is not None else ""
        raise CheckFailed(
            f"{summary}, {counts['FAIL']} FAIL, {counts['ERROR']} ERROR "
            f"(batch {outcome.status}){detail}"
        )
    return summary
