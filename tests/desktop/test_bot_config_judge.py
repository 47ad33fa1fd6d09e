"""The settings page's judging section: policy fields, and the warning for a superuser URL."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.desktop.conftest import ROOT_PASSWORD, change_password, login, shot, until
from tests.warehouse import POSTGRES_URL, _drop_postgres, _seed_postgres


async def _settings_page(helix: Any, qtbot: Any) -> Any:
    helix.start()
    await login(helix, qtbot, "root", "root123")
    await change_password(helix, qtbot, "root123", ROOT_PASSWORD)
    await until(lambda: helix.main_window is not None)
    window = helix.main_window
    window.show_page("bot_config")
    page = window.page_widgets["bot_config"]
    await until(lambda: helix.config.available is True)
    return page


async def test_judge_policy_is_edited_and_saved(helix: Any, qtbot: Any) -> None:
    page = await _settings_page(helix, qtbot)
    checks = page.fields["judge_checks"].widget
    structure = checks.findChild(type(page.fields["judge_column_order"].widget), "flag_structure")
    assert structure.isChecked()  # every check applies by default
    assert page.fields["judge_dialect"].widget.currentText() == "mysql"
    qtbot.mouseClick(structure, Qt.MouseButton.LeftButton)
    page.fields["judge_combine"].widget.setCurrentText("all")
    assert page.changes() == {
        "judge_checks": ["keywords", "conditions", "execution"],
        "judge_combine": "all",
    }
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: page.message.kind == "success")
    assert helix.config.config.judge_checks == ["keywords", "conditions", "execution"]
    assert helix.config.config.judge_combine == "all"
    assert not page.validation_warning.isVisible()


@pytest.mark.postgres
@pytest.mark.skipif(not POSTGRES_URL, reason="HELIX_TEST_POSTGRES_URL not set (.ci/run sets it)")
async def test_a_superuser_validation_url_is_warned_about(helix: Any, qtbot: Any) -> None:
    assert POSTGRES_URL
    url, name = await _seed_postgres(POSTGRES_URL)
    try:
        page = await _settings_page(helix, qtbot)
        page.fields["validation_db_url"].widget.setText(url)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        await until(lambda: page.validation_warning.kind == "error", timeout=20)
        assert "只读账号" in page.validation_warning.text()
        shot(page.validation_warning.parentWidget(), "settings_validation_superuser")
    finally:
        await _drop_postgres(POSTGRES_URL, name)
