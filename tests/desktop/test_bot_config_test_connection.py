"""The settings page's connection test: unsaved settings tried against a real demo bot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from tests.conftest import RunningDemoBot
from tests.desktop.conftest import (
    log_in_as_root,
    shot,
    until,
)


async def _settings_page(helix: Any, qtbot: Any) -> Any:
    window = await log_in_as_root(helix, qtbot)
    window.resize(1280, 800)
    window.show_page("bot_config")
    page = window.page_widgets["bot_config"]
    await until(lambda: helix.config.available is True)
    await until(lambda: page.test_button.isEnabled())
    return page


async def test_connection_test_shows_sql_raw_answer_and_errors(
    helix: Any, qtbot: Any, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory(latency_ms=10)
    page = await _settings_page(helix, qtbot)
    panel = page.test_panel
    saved_url = helix.config.config.bot_url
    # An unsaved bot URL in the form is what gets tested.
    page.fields["bot_url"].widget.setText(bot.ask_url)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    await until(lambda: panel.result.kind == "success")
    assert "HTTP 200" in panel.result.text()
    assert "1 " in panel.result.text()
    assert panel.sql.toPlainText().startswith("SELECT ")
    assert "600901.SH" in panel.sql.toPlainText()
    assert "ANSWER" in panel.raw.toPlainText()
    assert page.test_button.isEnabled()
    assert helix.config.config.bot_url == saved_url  # tested, not saved
    assert bot.stats()["requests"] == 1
    shot(page.window(), "settings_test_connection_ok")

    # The bot answers without SQL: the reason is shown inline, the SQL view is empty.
    panel.question.setText("[fault:no-answer]星河科技的市盈率")
    qtbot.keyClick(panel.question, Qt.Key.Key_Return)
    await until(lambda: panel.result.kind == "error")
    assert "流已结束但没有回答" in panel.result.text()
    assert "HTTP 200" in panel.result.text()
    assert panel.sql.toPlainText() == ""
    shot(page.window(), "settings_test_connection_error")

    # A form value that is not valid is caught before anything is sent.
    page.fields["headers"].widget.setPlainText("[1]")
    panel.question.clear()
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert panel.result.kind == "error"
    assert "JSON" in panel.result.text()
    assert bot.stats()["requests"] == 2
