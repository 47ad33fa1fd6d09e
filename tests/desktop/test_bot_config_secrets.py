"""A tester on the settings page sees secrets masked; saving other fields keeps them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from helix_desktop.local_backend import LocalBackend
from helix_desktop.state.config import ConfigState
from helix_desktop.state.session import Session
from helix_desktop.ui.pages.bot_config import BotConfigPage
from server.contract.users import UserCreate
from tests.desktop.conftest import until
from tests.desktop.run_fixtures import run_backend_fixture, session_fixture  # noqa: F401

TOKEN = "sk-live-0123456789abcdef"


async def test_tester_sees_masks_and_keeps_secrets(
    qtbot: Any, session: Session, run_backend: LocalBackend
) -> None:
    root = session.require_client()
    await root.update_config(
        {"user_token": TOKEN, "headers": {"X-Api-Key": "key-99998888777766665555"}}
    )
    await root.create_user(UserCreate(username="tester2", password="tester-pass-1"))
    tester = Session(language="zh")
    assert await tester.connect_to(run_backend.url)
    assert await tester.login("tester2", "tester-pass-1")
    try:
        page = BotConfigPage(ConfigState(tester))
        qtbot.addWidget(page)
        page.show()
        await until(lambda: page.save_button.isEnabled())
        assert page.fields["user_token"].read() == "****cdef"
        assert page.fields["headers"].read() == {"X-Api-Key": "****5555"}

        # Change something else, and a header next to the masked one: secrets are kept.
        page.fields["max_workers"].widget.setValue(11)
        page.fields["headers"].widget.setPlainText('{"X-Api-Key": "****5555", "X-Team": "qa"}')
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: page.message.kind == "success")
        assert page.fields["user_token"].read() == "****cdef"
        full = await root.get_config()
        assert full.user_token == TOKEN
        assert full.headers == {"X-Api-Key": "key-99998888777766665555", "X-Team": "qa"}
        assert full.max_workers == 11
    finally:
        await tester.close()


async def test_database_urls_are_read_only_for_testers(
    qtbot: Any, session: Session, run_backend: LocalBackend
) -> None:
    """The server answers 403 to a tester changing a database URL: the page does not
    offer the edit; root's page does."""
    root = session.require_client()
    await root.update_config({"validation_db_url": "sqlite:////tmp/helix-warehouse.db"})
    await root.create_user(UserCreate(username="tester3", password="tester-pass-1"))
    tester = Session(language="zh")
    assert await tester.connect_to(run_backend.url)
    assert await tester.login("tester3", "tester-pass-1")
    try:
        page = BotConfigPage(ConfigState(tester))
        qtbot.addWidget(page)
        page.show()
        await until(lambda: page.save_button.isEnabled())
        url = page.fields["validation_db_url"].widget
        assert url.isReadOnly() and url.toolTip()
        qtbot.keyClicks(url, "x")
        assert url.text() == "sqlite:////tmp/helix-warehouse.db"
        page.fields["max_workers"].widget.setValue(7)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: page.message.kind == "success")
        assert (await root.get_config()).max_workers == 7

        root_page = BotConfigPage(ConfigState(session))
        qtbot.addWidget(root_page)
        root_page.show()
        await until(lambda: root_page.save_button.isEnabled())
        root_url = root_page.fields["validation_db_url"].widget
        assert not root_url.isReadOnly() and not root_url.toolTip()
    finally:
        await tester.close()
