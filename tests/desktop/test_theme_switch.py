"""The theme switch beside Language: light / dark / follow the system, remembered."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from helix_desktop.ui.theme import is_dark
from tests.desktop.cases_fixtures import main_window
from tests.desktop.conftest import shot


def _window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


async def test_theme_menu_switches_and_remembers(helix: Any, qtbot: Any, preferences: Any) -> None:
    window = await main_window(helix, qtbot)
    window.show_page("reports")
    assert preferences.theme == "system"
    assert window.theme_actions["system"].isChecked()
    try:
        window.theme_actions["dark"].trigger()
        assert preferences.theme == "dark" and is_dark()
        assert _window_lightness() < 80
        rebuilt = helix.main_window
        assert rebuilt is not window  # colours chosen at build time follow
        assert rebuilt.current_page() == "reports"
        assert rebuilt.theme_actions["dark"].isChecked()
        shot(rebuilt, "theme_dark_reports")
        rebuilt.theme_actions["light"].trigger()
        assert preferences.theme == "light" and not is_dark()
        assert _window_lightness() > 180
    finally:
        helix.main_window.theme_actions["system"].trigger()
    assert preferences.theme == "system"
