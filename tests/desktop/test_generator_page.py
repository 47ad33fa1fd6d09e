"""Generator page: preview, templates (the server's 422 shown inline), generate, jump to cases."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from PySide6.QtCore import Qt

from tests.desktop.cases_fixtures import main_window
from tests.desktop.conftest import shot, until


async def _generator_page(helix: Any, qtbot: Any) -> tuple[Any, Any]:
    window = await main_window(helix, qtbot)
    window.show_page("generator")
    page = window.page_widgets["generator"]
    await until(lambda: helix.generator.preview is not None)
    await until(lambda: helix.generator.source_available is not None)
    return window, page


async def test_preview_and_templates(helix: Any, qtbot: Any) -> None:
    window, page = await _generator_page(helix, qtbot)
    preview = helix.generator.preview
    assert preview.indicator_count > 0 and preview.company_count > 0
    assert page.preview.indicators.text().startswith(f"<b>{preview.indicator_count:,}</b>")
    assert preview.sample_indicators[0] in page.preview.indicators.text()
    assert page.preview.samples.rowCount() == len(preview.sample_questions) > 0
    assert page.category.count() == len(preview.categories) + 1
    templates = page.templates.model
    assert templates.rowCount() == 5  # the seeded templates
    assert templates.index(3, 1).data() == "ORDER BY, LIMIT 1"
    if helix.generator.source_available is False:
        assert page.source.message.kind == "info"
        assert "/config" in page.source.message.text()
    shot(window, "generator_page")

    # Add: an unknown placeholder is refused by the server (422), shown in the form.
    page.templates.add_button.click()
    dialog = page.templates.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.text.insert("{公司}的{indicator}同比增长多少")
    dialog.conditions.insert("同比")
    dialog.buttons.accepted.emit()
    await until(lambda: dialog.message.isVisible())
    assert dialog.message.kind == "error"
    assert "{公司}" in dialog.message.text()
    assert dialog.isVisible()
    shot(dialog, "generator_template_error")
    dialog.text.clear()
    dialog.text.insert("{company}的{indicator}同比增长多少")
    results: list[int] = []
    dialog.finished.connect(results.append)
    dialog.buttons.accepted.emit()
    await until(lambda: results)
    assert results == [1]  # accepted once the server saved it
    assert templates.rowCount() == 6
    added = templates.template_at(5)
    assert added.text == "{company}的{indicator}同比增长多少"
    assert added.expected_conditions == ["同比"]

    # Edit it, then switch it off with its checkbox.
    page.templates.select_row(5)
    page.templates.edit_button.click()
    editor = page.templates.dialog
    assert editor.text.text() == added.text
    editor.conditions.clear()
    editor.conditions.insert("同比, 2023")
    editor.buttons.accepted.emit()
    await until(lambda: templates.template_at(5).expected_conditions == ["同比", "2023"])
    templates.setData(
        templates.index(5, 2), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    client = helix.session.require_client()
    await until(lambda: helix.generator.templates[5].enabled is False)
    assert (await client.get_question_template(added.id)).enabled is False

    # Delete asks first.
    page.templates.select_row(5)
    box = page.templates.confirm_delete()
    assert "同比增长" in box.text()
    box.accept()
    await until(lambda: templates.rowCount() == 5)


async def test_generate_and_show_the_new_cases(helix: Any, qtbot: Any) -> None:
    window, page = await _generator_page(helix, qtbot)
    page.count.setValue(1)
    page.seed.setText("7")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.result.isVisible())
    assert page.result.kind == "success", page.result.text()
    preview = helix.generator.preview
    assert "成功生成" in page.result.text()
    assert page.show_cases_button.isEnabled()
    shot(window, "generator_generated")
    _, total = await helix.session.require_client().list_cases(0, 1)
    assert total == preview.indicator_count

    # A category narrows it down to that category's indicators.
    client = helix.session.require_client()
    category = helix.generator.preview.categories[0]
    _, before = await client.list_cases(0, 1, category=category)
    page.category.setCurrentIndex(page.category.findData(category))
    page.result.clear_message()
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.result.isVisible())
    assert page.result.kind == "success", page.result.text()
    _, after = await client.list_cases(0, 1, category=category)
    _, total = await client.list_cases(0, 1)
    assert total - preview.indicator_count == after - before > 0

    qtbot.mouseClick(page.show_cases_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "cases"
    cases = window.page_widgets["cases"]
    await until(lambda: cases.model.rowCount() == min(total, 200) and not cases.state.loading)
    assert cases.state.total == total
    cases.table.selectRow(0)
    assert cases.detail.case is not None
    shot(window, "cases_generated")


async def test_workbook_upload_becomes_the_source(helix: Any, qtbot: Any, tmp_path: Path) -> None:
    window, page = await _generator_page(helix, qtbot)
    book = Workbook()
    indicators = book.active
    indicators.title = "指标"
    indicators.append(["指标名称", "指标代码", "表名", "分类"])
    indicators.append(["营业收入", "REV", "income", "财务"])
    indicators.append(["净利润", "NP", "income", "财务"])
    companies = book.create_sheet("公司")
    companies.append(["公司名称", "股票代码"])
    for name, code in (("贵州茅台", "600519"), ("宁德时代", "300750"), ("比亚迪", "002594")):
        companies.append([name, code])
    path = tmp_path / "元数据.xlsx"
    book.save(path)

    page.source.radios["workbook"].setChecked(True)
    dialog = page.source.choose_workbook()
    dialog.selectFile(str(path))
    dialog.accept()
    await until(lambda: page.source.message.kind == "success")
    await until(lambda: helix.generator.preview.indicator_count == 2)
    assert helix.generator.preview.company_count == 3
    assert page.source.radios["workbook"].isChecked()
    assert "营业收入" in page.preview.indicators.text()
    shot(window, "generator_workbook")


async def test_database_source_is_saved_in_the_config(
    helix: Any, qtbot: Any, tmp_path: Path
) -> None:
    window, page = await _generator_page(helix, qtbot)
    if helix.generator.source_available is False:
        return  # a server without /config: covered by the workbook test
    assert page.source.radios["sample"].isChecked()
    db = tmp_path / "元数据.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE 指标 (名称 TEXT, 代码 TEXT, 表 TEXT, 分类 TEXT)")
        conn.execute("CREATE TABLE 公司 (名称 TEXT, 代码 TEXT)")
        conn.executemany(
            "INSERT INTO 指标 VALUES (?, ?, ?, ?)",
            [
                ("营业收入", "OPER_REV", "income", "利润"),
                ("净利润", "NET_PROFIT", "income", "利润"),
            ],
        )
        conn.executemany(
            "INSERT INTO 公司 VALUES (?, ?)", [("贵州茅台", "600519.SH"), ("宁德时代", "300750.SZ")]
        )
    conn.close()

    page.source.radios["database"].setChecked(True)
    assert page.source.database.isVisible()
    page.source.apply()
    assert page.source.message.kind == "error"  # no URL yet: said before sending
    page.source.db_url.setText(f"sqlite:///{db}")
    page.source.indicator_query.setPlainText(
        "SELECT 名称 AS name, 代码 AS code, 表 AS table_name, 分类 AS category FROM 指标"
    )
    page.source.entity_query.setPlainText("SELECT 名称 AS name, 代码 AS code FROM 公司")
    page.source.apply()
    await until(lambda: page.source.message.kind == "success")
    await until(lambda: helix.generator.preview.indicator_count == 2)
    assert helix.generator.preview.company_count == 2
    assert "贵州茅台" in page.preview.companies.text()
    config = await helix.session.require_client().get_config()
    assert config.metadata_source == "database"
    assert config.metadata_db_url == f"sqlite:///{db}"
    shot(window, "generator_database")

    # A query that fails: the server's reason is shown in the preview, not a traceback.
    page.source.entity_query.setPlainText("SELECT name FROM missing_table")
    page.source.apply()
    await until(lambda: page.preview.message.kind == "error")
    assert page.preview.message.text()
