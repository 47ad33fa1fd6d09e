"""The settings page on a server without ``/config`` (inline notice), and its local checks."""

from __future__ import annotations

from typing import Any

from tests.desktop.conftest import (
    log_in_as_root,
    shot,
    until,
)


async def _main_window(helix: Any, qtbot: Any) -> Any:
    return await log_in_as_root(helix, qtbot)


async def test_settings_page_follows_the_server(helix: Any, qtbot: Any) -> None:
    window = await _main_window(helix, qtbot)
    window.show_page("bot_config")
    page = window.page_widgets["bot_config"]
    await until(lambda: helix.config.available is not None)
    shot(window, "settings_page")
    assert page.test_button.isEnabled() is (helix.config.available is True)
    if helix.config.available is False:
        # This server has no /config yet: the page says so and stays read-only.
        assert page.message.kind == "error"
        assert "/config" in page.message.text()
        assert not page.save_button.isEnabled()
        return
    # The endpoint exists: edit one field, save, and the server's answer is shown.
    assert page.fields["max_workers"].widget.isEnabled()
    page.fields["max_workers"].widget.setValue(7)
    page.fields["headers"].widget.setPlainText("[1, 2]")
    page.save()
    assert page.message.kind == "error"  # not a JSON object: caught before sending
    page.fields["headers"].widget.setPlainText('{"X-Team": "qa"}')
    assert page.changes() == {"max_workers": 7, "headers": {"X-Team": "qa"}}
    page.save()
    await until(lambda: page.message.kind == "success")
    assert helix.config.config.max_workers == 7
    assert helix.config.config.headers == {"X-Team": "qa"}


async def test_language_switch_rebuilds_the_window_in_english(
    helix: Any, qtbot: Any, preferences: Any
) -> None:
    window = await _main_window(helix, qtbot)
    window.show_page("cases")
    await until(lambda: helix.cases.loaded_once)  # no request left in flight at the end
    assert window.navigation.item(0).text() == "实验矩阵"
    window.language_requested.emit("en")
    try:
        assert preferences.language == "en"
        rebuilt = helix.main_window
        assert rebuilt is not window
        assert rebuilt.navigation.item(0).text() == "Experiment matrix"
        assert rebuilt.current_page() == "cases"
        shot(rebuilt, "main_window_english")
    finally:
        preferences.set_language("zh_CN")
    assert helix.main_window.navigation.item(0).text() == "实验矩阵"


async def test_window_geometry_is_restored(helix: Any, qtbot: Any, preferences: Any) -> None:
    window = await _main_window(helix, qtbot)
    window.resize(760, 540)
    window.save_geometry()
    helix._drop_main_window()
    helix._enter_main()
    assert helix.main_window.size().width() == 760
    assert helix.main_window.size().height() == 540
