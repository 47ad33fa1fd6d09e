"""Every page at 1100x720 and 1600x1000, light and dark, Chinese and English: nothing clipped.

The screenshots go to the test's ``tmp_path``/pages (or ``$HELIX_SHOTS`` when set) for a
person to look at; the test checks what it can: no button or counter squeezed below the
size its text needs, every page fits the default window, every column of the main tables
is in view at 1100x720, and the Cases question column takes the room of a large window.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QScrollArea, QTableView, QWidget

from tests.conftest import RunningDemoBot
from tests.desktop.cases_fixtures import ROWS, main_window, seed_rows
from tests.desktop.conftest import until
from tests.desktop.run_fixtures import cases, point_at_bot, store_cases

SIZES = ((1100, 720), (1600, 1000))
# The main tables of each page, by attribute: every column must be in view at 1100x720.
# (Not yet the Reports batch list: nine columns in a third of the page; it scrolls.)
TABLES = {
    "cases": ("table",),
    "run": ("table",),
    "reports": ("results",),
    "generator": ("preview.table",),
}


def _columns_out_of_view(table: QTableView) -> list[str]:
    """Header sections (of visible columns) that end beyond the table's viewport."""
    header = table.horizontalHeader()
    model = table.model()
    width = table.viewport().width()
    found = []
    for column in range(header.count()):
        if header.isSectionHidden(column):
            continue
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        if right > width + 1:
            label = model.headerData(column, Qt.Orientation.Horizontal) if model else column
            name = table.objectName() or "table"
            found.append(f"{name} column {label!r} ends at {right} > {width}")
    return found


def _clipped(page: QWidget) -> list[str]:
    """Visible buttons narrower than their text needs (their text would be cut)."""
    found = []
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(page) or not button.text():
            continue
        if button.width() < button.minimumSizeHint().width():
            found.append(f"{button.text()!r} {button.width()} < {button.minimumSizeHint().width()}")
    return found


def _scrolled_sideways(page: QWidget) -> list[str]:
    """Forms (scroll areas) wider than their room: their right edge is cut off."""
    return [
        f"{area.widget().objectName() or 'form'} scrolls sideways"
        for area in page.findChildren(QScrollArea)
        if area.isVisibleTo(page) and area.horizontalScrollBar().isVisible()
    ]


async def _seed(helix: Any, demo_bot_factory: Callable[..., RunningDemoBot]) -> None:
    client = helix.session.require_client()
    await seed_rows(helix, ROWS)
    await point_at_bot(client, demo_bot_factory, latency_ms=5)
    await store_cases(client, cases(30, wrong={2, 9}, faulty={5}))
    from server.contract.experiments import (
        AppCreate,
        CustomerCreate,
        ExperimentCreate,
        TemplateCreate,
    )

    customer = await client.create_customer(CustomerCreate(name="华夏银行"))
    app = await client.create_app(AppCreate(customer_id=customer.id, name="手机银行"))
    ids = [
        (await client.create_template(TemplateCreate(app_id=app.id, name=f"hd{i}"))).id
        for i in range(8)
    ]
    for i in range(6):
        await client.create_experiment(
            ExperimentCreate(name=f"五月回归{i}", reference_type="new", template_ids=ids[i::2])
        )


async def test_every_page_in_every_look(
    helix: Any,
    qtbot: Any,
    preferences: Any,
    demo_bot_factory: Callable[..., RunningDemoBot],
    tmp_path: Path,
) -> None:
    shots = Path(os.environ.get("HELIX_SHOTS") or tmp_path / "pages")
    window = await main_window(helix, qtbot)
    await _seed(helix, demo_bot_factory)
    helix.run.start_all()
    await until(lambda: helix.run.status == "COMPLETED", timeout=60)
    helix.matrix.reload()  # loaded before the seeding, when the window opened
    helix.cases.reload()
    await until(lambda: len(helix.matrix.experiments) == 6 and helix.matrix._busy == 0)
    shots.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    question_widths: dict[tuple[str, int], int] = {}
    try:
        for language in ("zh_CN", "en"):
            for theme in ("light", "dark"):
                before = helix.main_window
                changes = (language, theme) != (preferences.language, preferences.theme)
                preferences.set_language(language)
                preferences.set_theme(theme)
                window = helix.main_window
                # Rebuilt (nothing unsaved held the old window back).
                dirty = before.dirty_form()
                assert not changes or window is not before, dirty and dirty.form_name()
                for width, height in SIZES:
                    window.resize(width, height)
                    for spec in window.pages:
                        window.show_page(spec.key)
                        page = window.page_widgets[spec.key]
                        await _loaded(helix, spec.key)
                        if spec.key == "targets":  # a rebuilt page fills its list on show
                            await until(lambda p=page: p.list.count() > 0)
                        if spec.key == "reports" and page.batches_model.rowCount():
                            page.batches.selectRow(0)
                            await until(lambda p=page: p.results_model.rowCount() > 0)
                        await asyncio.sleep(0.05)  # laid out and painted
                        name = f"{spec.key}-{width}x{height}-{theme}-{language}"
                        assert window.grab().save(str(shots / f"{name}.png"))
                        problems += [f"{name}: {p}" for p in _clipped(page)]
                        if width == SIZES[0][0]:
                            problems += [f"{name}: {p}" for p in _scrolled_sideways(page)]
                        for attribute in TABLES.get(spec.key, ()) if width == SIZES[0][0] else ():
                            table = page
                            for part in attribute.split("."):
                                table = getattr(table, part)
                            problems += [f"{name}: {p}" for p in _columns_out_of_view(table)]
                        if spec.key == "cases":
                            question = page.table.horizontalHeader().sectionSize(3)
                            question_widths[(f"{theme}-{language}", width)] = question
                        needed = page.minimumSizeHint()
                        if width == SIZES[0][0] and needed.height() > page.height():
                            problems.append(f"{name}: needs {needed.height()} px high")
    finally:
        preferences.set_theme("system")
        preferences.set_language("zh_CN")
    # Nothing left in flight: the rebuilt window's pages start loading when shown.
    await asyncio.sleep(0.1)
    for state in (helix.config, helix.reports, helix.cases):
        await until(lambda s=state: len(s.pending) == 0)
    assert problems == [], "\n".join(problems)
    # The question column stretches: much wider on the large window, never squeezed away.
    for (look, width), size in question_widths.items():
        if width == SIZES[0][0]:
            assert size >= 120, (look, size)
            assert question_widths[(look, SIZES[1][0])] >= 1.5 * size, look


async def _loaded(helix: Any, key: str) -> None:
    if key == "cases":
        await until(lambda: helix.cases.loaded_once and not helix.cases.loading)
    elif key == "matrix":
        await until(lambda: helix.matrix.has_loaded and helix.matrix._busy == 0)
    elif key == "bot_config":
        await until(lambda: helix.config.available is not None)
    elif key == "reports":
        await until(lambda: helix.reports.reports)
