"""Open the Cases page on 100,000 cases and scroll to the end; print the times.

    QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_cases_view [--cases N]

A real ``LocalBackend`` (SQLite in a temp dir) gets N cases through ``POST
/cases/import``; then the real page (``CasesState`` + ``CasesPage``) is shown and
we measure: the time until the first rows are on screen, the time to scroll to
the last row (the view asks for pages with ``fetchMore`` each time it reaches
the end), and the longest stall of the GUI thread meanwhile (a 5 ms timer that
notes its largest gap). Garbage is collected on the GUI thread as in the app.
Target: first rows under 0.5 s, no stall over 100 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import io
import sys
import tempfile
import time
from pathlib import Path

import qasync
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QApplication

from helix_desktop.local_backend import LocalBackend
from helix_desktop.state.cases import CasesState
from helix_desktop.state.session import Session
from helix_desktop.ui.collector import MainThreadCollector
from helix_desktop.ui.pages.cases import CasesPage
from helix_desktop.ui.theme import apply_theme
from server.settings import Settings

PASSWORD = "bench-root-pass"


def cases_csv(count: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["问题", "预期关键字", "预期条件", "预期SQL", "分类"])
    for i in range(count):
        writer.writerow(
            [
                f"公司{i % 997}在2023年第{i}季度的营业收入是多少",
                f"公司{i % 997},C{i:06d},营业收入",
                "2023" if i % 3 == 0 else "",
                f"SELECT revenue FROM finance WHERE company_code = 'C{i:06d}' AND year = 2023",
                f"分类{i % 20}",
            ]
        )
    return out.getvalue().encode("utf-8")


class StallMeter:
    """Largest gap between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self._last = 0

    def start(self) -> None:
        self.clock.start()
        self._last = 0
        self.longest = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.longest = max(self.longest, float(now - self._last))
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


async def until(condition: object, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        if time.perf_counter() > deadline:
            raise TimeoutError("condition not met")
        await asyncio.sleep(0.001)


async def bench(count: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(
            data_dir=Path(tmp),
            secret_key="bench-secret-key-0123456789abcdef0123456789",
            initial_root_password=PASSWORD,
        )
        backend = LocalBackend(settings=settings)
        await asyncio.get_running_loop().run_in_executor(None, backend.start)
        session = Session(language="en")
        try:
            assert await session.connect_to(backend.url)
            assert await session.login("root", PASSWORD)
            client = session.require_client()
            started = time.perf_counter()
            answer = await client.import_cases("bench.csv", cases_csv(count))
            print(f"import of {answer.imported:,} cases: {time.perf_counter() - started:.1f} s")

            state = CasesState(session)
            page = CasesPage(state)
            page.resize(1200, 800)
            meter = StallMeter()
            meter.start()
            started = time.perf_counter()
            page.show()  # the first show loads the first page
            await until(lambda: page.model.rowCount() > 0)
            page.table.viewport().repaint()
            first_rows = time.perf_counter() - started
            print(
                f"first rows shown: {first_rows * 1000:.0f} ms "
                f"({page.model.rowCount()} of {state.total:,} loaded)"
            )

            started = time.perf_counter()
            requests = 0
            while page.model.rowCount() < state.total:
                before = page.model.rowCount()
                page.table.scrollToBottom()  # the view calls fetchMore at the end
                await until(lambda before=before: page.model.rowCount() > before)
                requests += 1
            page.table.viewport().repaint()
            to_end = time.perf_counter() - started
            stall = meter.stop()
            last = page.model.case_at(page.model.rowCount() - 1)
            assert last is not None and last.question.endswith(f"第{count - 1}季度的营业收入是多少")
            print(
                f"scrolled to row {page.model.rowCount():,}: {to_end:.2f} s "
                f"({requests} fetchMore pages)"
            )
            print(f"longest GUI-thread stall while loading and scrolling: {stall:.0f} ms")
            page.close()
            return 0 if first_rows < 0.5 and stall <= 100 else 1
        finally:
            await session.close()
            await asyncio.get_running_loop().run_in_executor(None, backend.stop)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    args, _ = parser.parse_known_args()  # `make bench` passes the same flags to every bench
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app)  # type: ignore[arg-type]
    app.setQuitOnLastWindowClosed(False)  # type: ignore[union-attr]
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    collector = MainThreadCollector()  # as the app does: GC on the GUI thread only
    collector.start()
    try:
        with loop:
            return loop.run_until_complete(bench(args.cases))
    finally:
        collector.stop()


if __name__ == "__main__":
    sys.exit(main())
