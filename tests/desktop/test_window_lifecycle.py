"""Re-login and language switches: old windows' handlers leave the long-lived states.

Seen in a day of use: 22 "Internal C++ object already deleted" tracebacks, from
pages of closed windows still connected to the app's state objects.
"""

from __future__ import annotations

import sys
from typing import Any

from tests.desktop.cases_fixtures import main_window, seed_rows
from tests.desktop.conftest import ROOT_PASSWORD, login, until


def _visit_every_page(window: Any) -> None:
    for spec in window.pages:
        window.show_page(spec.key)


async def _settle(helix: Any) -> None:
    await until(lambda: helix.cases.loaded_once and not helix.cases.loading)
    await until(lambda: helix.config.available is not None)
    await until(lambda: helix.matrix.has_loaded)


async def test_no_handler_of_a_closed_window_runs(
    helix: Any, qtbot: Any, preferences: Any, capsys: Any
) -> None:
    errors: list[str] = []
    previous_hook = sys.excepthook
    sys.excepthook = lambda kind, value, tb: errors.append(f"{kind.__name__}: {value}")
    try:
        window = await main_window(helix, qtbot)
        await seed_rows(helix)
        _visit_every_page(window)
        await _settle(helix)
        # Switch the language twice (each builds a new window), then log out and in again.
        preferences.set_language("en")
        _visit_every_page(helix.main_window)
        preferences.set_language("zh_CN")
        _visit_every_page(helix.main_window)
        helix.main_window.logout_action.trigger()
        await login(helix, qtbot, "root", ROOT_PASSWORD)
        await until(lambda: helix.main_window is not None)
        window = helix.main_window
        _visit_every_page(window)
        # Every long-lived state speaks now: only the live window may listen.
        helix.cases.reload()
        helix.config.load()
        helix.matrix.reload()
        helix.reports.reload()
        helix.generator.load_templates()
        helix.run.load_active()
        await until(lambda: helix.cases.loaded_once and not helix.cases.loading)
        await until(lambda: helix.matrix._busy == 0)
        helix.session.logged_out.emit()
        helix.session.busy_changed.emit(False)
        helix.cases.reset.emit()
        helix.cases.total_changed.emit(0)
        helix.run.progress_changed.emit()
        helix.run.rows_reset.emit()
        helix.reports.reset.emit()
        helix.matrix.loaded.emit()
        helix.config.loaded.emit(helix.config.config)
    finally:
        sys.excepthook = previous_hook
    captured = capsys.readouterr()
    assert "already deleted" not in captured.err
    assert errors == []
