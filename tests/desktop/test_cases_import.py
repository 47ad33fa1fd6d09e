"""Cases page: import through the file dialog and by drop, a bad file, export re-read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.desktop.cases_fixtures import ROWS, cases_page, write_xlsx
from tests.desktop.conftest import shot, signal_emitted, until

HEADER = ["问题", "预期关键字", "预期条件", "预期SQL", "分类"]


async def test_import_through_the_dialog(helix: Any, qtbot: Any, tmp_path: Path) -> None:
    _window, page = await cases_page(helix, qtbot, seed=False)
    assert page.model.rowCount() == 0
    rows = [*ROWS, ("   ", "空问题", None, None, None), ROWS[0]]  # one blank, one duplicate
    path = write_xlsx(tmp_path / "用例.xlsx", HEADER, rows)

    page.import_action.trigger()
    dialog = page.file_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()
    progress = page.import_dialog
    assert progress is not None and progress.isVisible()
    assert progress.progress.isVisible()  # busy while the server parses
    # First the column mapping, with nothing written yet.
    await until(lambda: progress.previewed)
    assert progress.mapping["expected_keywords"].text() == "预期关键字"
    assert progress.mapping["is_active"].text() == "— 文件中没有 —"
    assert progress.imported.text() == "5"
    assert progress.without_expectations.text() == "0"
    _, total = await helix.session.require_client().list_cases(0, 1)
    assert total == 0
    shot(progress, "cases_import_preview")
    qtbot.mouseClick(progress.import_button, Qt.MouseButton.LeftButton)
    await until(lambda: progress.is_done)
    assert progress.imported.text() == "5"
    assert progress.skipped_blank.text() == "1"
    assert progress.skipped_duplicate.text() == "1"
    assert progress.total_rows.text() == "7"
    assert progress.message.kind == "success"
    assert "成功导入 5 条用例" in progress.message.text()
    shot(progress, "cases_import_summary")
    await until(lambda: page.model.rowCount() == 5)
    assert page.model.case_at(0).question == ROWS[0][0]
    assert page.total_label.text() == "共 5 条用例"
    progress.reject()


async def test_a_misspelled_header_is_shown_and_can_be_cancelled(
    helix: Any, qtbot: Any, tmp_path: Path
) -> None:
    # Seen: ``期望关键词`` (not ``预期关键字``) imported silently and every case passed.
    _window, page = await cases_page(helix, qtbot, seed=False)
    path = write_xlsx(
        tmp_path / "misspelled.xlsx", ["问题", "期望关键词"], [("星河科技的市盈率", "PE")]
    )
    progress = page.import_path(str(path))
    await until(lambda: progress.previewed)
    assert progress.mapping["question"].text() == "问题"
    assert progress.mapping["expected_keywords"].text() == "— 文件中没有 —"
    assert progress.unmapped.text() == "期望关键词"
    assert progress.without_expectations.text() == "1"
    assert progress.message.kind == "error"
    assert "未识别的列（其数据不会导入）: 期望关键词" in progress.message.text()
    shot(progress, "cases_import_misspelled")
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not progress.isVisible()
    await until(lambda: len(page.state.pending) == 0)
    _, total = await helix.session.require_client().list_cases(0, 1)
    assert total == 0  # cancelled: nothing written


async def test_bad_file_dropped_imports_nothing(helix: Any, qtbot: Any, tmp_path: Path) -> None:
    _window, page = await cases_page(helix, qtbot)
    path = write_xlsx(tmp_path / "bad.xlsx", ["名称", "备注"], [("贵州茅台", "no question")])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    drop = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.table.dropEvent(drop)
    assert drop.isAccepted()
    progress = page.import_dialog
    await until(lambda: progress.is_done)
    assert progress.message.kind == "error"
    assert "问题" in progress.message.text()  # the server names the missing column
    assert not progress.summary.isVisible()
    shot(progress, "cases_import_error")
    _, total = await helix.session.require_client().list_cases(0, 1)
    assert total == len(ROWS)
    progress.reject()

    # Something that is not a spreadsheet is not taken.
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    refused = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.import_dialog = None
    page.table.dropEvent(refused)
    assert page.import_dialog is None


async def test_export_through_the_save_dialog(helix: Any, qtbot: Any, tmp_path: Path) -> None:
    window, page = await cases_page(helix, qtbot)
    page.table.selectRow(0)
    assert page.detail.sql.toPlainText() == ROWS[0][3]
    shot(window, "cases_page")
    page.export_action.trigger()
    dialog = page.file_dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "导出"
    dialog.selectFile(str(target))
    dialog.accept()
    written = tmp_path / "导出.xlsx"  # the default suffix is added
    await until(lambda: page.message.kind == "success")
    assert str(written) in page.message.text()
    sheet = load_workbook(written).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:2] == ("用例ID", "问题")
    assert [row[1] for row in values[1:]] == [r[0] for r in ROWS]
    assert values[1][4] == ROWS[0][3]
    assert written.stat().st_mode & 0o044 == 0o044

    # Filtered export: the state method writes what the current filters list.
    page.search.setText("茅台")
    page.apply_filters()
    await until(lambda: page.model.rowCount() == 1)
    filtered = tmp_path / "filtered.xlsx"
    page.state.export_to(str(filtered))
    # The previous export left a success message: wait for this export's own signal.
    assert await signal_emitted(page.state.exported) == (str(filtered),)
    rows = list(load_workbook(filtered).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][1] == ROWS[0][0]
