"""The Targets page on a real backend and demo bot: paste a cURL, save, test, duplicate, delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from helix_desktop.state.session import Session
from helix_desktop.state.targets import TargetsState
from helix_desktop.ui.pages.targets import TargetsPage
from tests.conftest import RunningDemoBot
from tests.desktop.conftest import log_in_as_root, shot, until
from tests.desktop.run_fixtures import run_backend_fixture, session_fixture  # noqa: F401

# As Chrome's "Copy as cURL (bash)" writes it.
CHROME_BASH = """curl '{url}' \\
  -H 'accept: text/event-stream' \\
  -H 'authorization: Bearer tok-0123456789abcdef' \\
  -H 'content-type: application/json' \\
  -H 'sec-fetch-mode: cors' \\
  --data-raw '{{"robot_id":"fin-bot","user_input":"星河科技最新的市盈率",\
"chatId":"17","incremental":false}}' \\
  --compressed"""


def _page(qtbot: Any, session: Session) -> TargetsPage:
    page = TargetsPage(TargetsState(session))
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    return page


def _click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


async def test_paste_save_test_duplicate_delete(
    qtbot: Any, session: Session, demo_bot_factory: Callable[..., RunningDemoBot]
) -> None:
    bot = demo_bot_factory(latency_ms=5, require_token="tok-0123456789abcdef")
    page = _page(qtbot, session)
    await until(lambda: page.list.count() == 1)
    assert "默认" in page.list.item(0).text()
    assert not page.delete_button.isEnabled()  # the default target stays

    # Paste a command as Chrome copies it.
    _click(qtbot, page.curl_button)
    dialog = page.curl_dialog
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.command.setPlainText(CHROME_BASH.format(url=bot.ask_url))  # what a paste does
    dialog.sample.insert("星河科技最新的市盈率")  # QTest cannot type CJK characters
    _click(qtbot, dialog.ok_button)
    await until(lambda: page.editing == 0)
    assert page.editing == 0
    assert page.form.fields["endpoint"].read() == "/brain/faq/session/ask"
    assert page.form.fields["auth_type"].read() == "bearer"
    assert page.form.token.read() == "tok-0123456789abcdef"
    assert page.form.fields["body_template"].read() == {
        "robot_id": "fin-bot",
        "user_input": "{question}",
        "chatId": "{chat_id}",
        "incremental": False,
    }
    assert "bash" in page.message.text()

    name = page.form.fields["name"].widget
    name.clear()
    name.insert("生产环境")
    _click(qtbot, page.save_button)
    await until(lambda: page.list.count() == 2)
    saved = page.state.targets[1]
    assert (saved.name, saved.code, page.editing) == ("生产环境", "127.0.0.1", saved.id)
    assert page.list.currentRow() == 1

    # Test: one question, answered and judged as a run would.
    page.test_panel.question.insert("2023年云帆电子的净利润")
    _click(qtbot, page.test_panel.button)
    await until(lambda: "000987.SZ" in page.test_panel.sql.toPlainText())
    assert page.test_panel.result.kind in ("success", "info")
    assert "ANSWER" in page.test_panel.events.toPlainText()
    assert bot.stats().get("unauthorised", 0) == 0
    shot(page, "targets-page")

    # Duplicate, then delete the copy (confirmed).
    _click(qtbot, page.duplicate_button)
    await until(lambda: page.list.count() == 3)
    copy = page.state.targets[2]
    assert copy.code == "127.0.0.1-copy" and page.editing == copy.id
    assert copy.auth_config == {"token": "tok-0123456789abcdef"}
    _click(qtbot, page.delete_button)
    box = page.confirm_box
    assert box is not None
    _click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    await until(lambda: page.list.count() == 2)
    assert page.message.text() == "目标已删除。"


async def test_bad_input_is_reported_in_the_page(qtbot: Any, session: Session) -> None:
    page = _page(qtbot, session)
    await until(lambda: page.list.count() == 1)
    _click(qtbot, page.curl_button)
    dialog = page.curl_dialog
    assert dialog is not None
    dialog.command.setPlainText("curl 'https://x.example -H 'a: b'")
    _click(qtbot, dialog.ok_button)
    await until(lambda: page.message.kind == "error")
    assert "无法解析 curl 命令" in page.message.text()

    _click(qtbot, page.new_button)
    assert page.editing == 0
    body = page.form.fields["body_template"].widget
    body.setPlainText("{not json")
    _click(qtbot, page.save_button)
    assert page.message.kind == "error"
    assert "请求体模板" in page.message.text()
    body.setPlainText('{"q": "{question}", "x": "{unknown}"}')
    qtbot.keyClicks(page.form.fields["name"].widget, "x")
    qtbot.keyClicks(page.form.fields["code"].widget, "x")
    _click(qtbot, page.save_button)
    await until(lambda: "{unknown}" in page.message.text())
    assert page.list.count() == 1


async def test_targets_page_in_the_app_and_forgotten_at_logout(helix: Any, qtbot: Any) -> None:
    window = await log_in_as_root(helix, qtbot)
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    row = titles.index("目标")
    item = window.navigation.item(row)
    qtbot.mouseClick(
        window.navigation.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.navigation.visualItemRect(item).center(),
    )
    assert window.current_page() == "targets"
    page = window.page_widgets["targets"]
    await until(lambda: page.list.count() == 1)
    assert helix.targets.loaded
    shot(window, "targets-page-in-window")
    helix.logout()
    assert helix.targets.targets == [] and not helix.targets.loaded
