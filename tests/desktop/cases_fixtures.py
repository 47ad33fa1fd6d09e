"""Shared helpers for the Cases and Generator page tests: a logged-in window, seeded cases."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from tests.desktop.conftest import log_in_as_root, until

SQL = (
    "SELECT c.name, f.revenue\n"
    "FROM financials f JOIN companies c ON c.code = f.code\n"
    "WHERE c.code = '600519' AND f.year = 2023 -- 年报\n"
    "ORDER BY f.report_date DESC LIMIT 1"
)

ROWS = [
    ("贵州茅台2023年的营业收入是多少", "贵州茅台,600519,营业收入", "2023", SQL, "财务"),
    ("宁德时代最新的净利润", "宁德时代,300750,净利润", "ORDER BY, LIMIT 1", None, "财务"),
    ("比亚迪最近一年的销量走势", "比亚迪,002594,销量", None, None, "经营"),
    ("查一下招商银行的不良贷款率", "招商银行,600036,不良贷款率", None, None, "风控"),
    ("中国平安的市盈率是多少", "中国平安,601318,市盈率", None, None, "估值"),
]


async def main_window(helix: Any, qtbot: Any) -> Any:
    """Log in as root (changing the first password) and return the main window."""
    return await log_in_as_root(helix, qtbot)


def write_xlsx(path: Path, header: list[str], rows: list[tuple[Any, ...]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def cases_csv(count: int, *, prefix: str = "问题") -> bytes:
    """``count`` distinct cases as CSV bytes (for seeding through the import endpoint)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["question", "expected_keywords", "category"])
    for i in range(count):
        writer.writerow([f"{prefix}{i:06d}：营业收入是多少", f"kw{i}", f"类{i % 7}"])
    return out.getvalue().encode("utf-8")


async def seed_rows(helix: Any, rows: list[tuple[Any, ...]] = ROWS) -> None:
    client = helix.session.require_client()
    for question, keywords, conditions, sql, category in rows:
        await client.create_case(
            {
                "question": question,
                "expected_keywords": keywords,
                "expected_conditions": conditions,
                "expected_sql": sql,
                "category": category,
            }
        )


async def cases_page(helix: Any, qtbot: Any, *, seed: bool = True) -> tuple[Any, Any]:
    """The main window showing the Cases page, with ``ROWS`` seeded and loaded."""
    window = await main_window(helix, qtbot)
    if seed:
        await seed_rows(helix)
    window.show_page("cases")
    page = window.page_widgets["cases"]
    await until(lambda: page.state.loaded_once and not page.state.loading)
    return window, page
