"""The case detail pane's "try the judge" box: ``POST /judge`` on a SQL typed by the user."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.desktop.cases_fixtures import ROWS, cases_page
from tests.desktop.conftest import shot, until


async def test_try_the_judge_on_a_case(helix: Any, qtbot: Any) -> None:
    _window, page = await cases_page(helix, qtbot)
    page.table.selectRow(1)  # 宁德时代最新的净利润: keywords and conditions, no SQL
    assert page.detail.keywords.text() == ROWS[1][1]
    qtbot.mouseClick(page.detail.judge_button, Qt.MouseButton.LeftButton)
    dialog = page.detail.judge_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.sql.setPlainText(
        "SELECT NET_PROFIT -- 宁德时代 300750\n"
        "FROM income WHERE name = '宁德时代' ORDER BY report_period DESC LIMIT 1"
    )
    qtbot.mouseClick(dialog.judge_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.answer is not None)
    # The code and the indicator name appear only in a comment: they do not count.
    assert dialog.answer.result == "FAIL"
    assert dialog.verdict.text() == "FAIL: 缺关键字: 300750,净利润"
    assert [(c, r) for c, r, _ in dialog.checks.checks] == [
        ("keywords", "FAIL"),
        ("conditions", "PASS"),
    ]
    shot(dialog, "cases_try_judge")
    dialog.answer = None
    dialog.sql.setPlainText(
        "SELECT a.净利润 FROM income a WHERE a.code = '300750' AND a.name = '宁德时代' "
        "ORDER BY a.report_period DESC LIMIT 1"
    )
    qtbot.mouseClick(dialog.judge_button, Qt.MouseButton.LeftButton)
    await until(lambda: dialog.answer is not None)
    assert dialog.answer.result == "PASS"
    assert dialog.verdict.kind == "success"
    dialog.reject()
