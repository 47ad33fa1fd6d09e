"""Expired access tokens refresh silently; a refused refresh asks to log in again in place."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import jwt

from tests.desktop.conftest import (
    backend_settings,
    close_helix,
    login,
    make_helix,
    shot,
    until,
)

ROOT = "root-pass-1"


async def _logged_in(qtbot: Any, preferences: Any, tmp_path: Path, **settings: Any) -> Any:
    helix = make_helix(
        preferences,
        backend_settings(tmp_path / "data", initial_root_password=ROOT, **settings),
    )
    helix.start()
    await login(helix, qtbot, "root", ROOT)
    await until(lambda: helix.main_window is not None)
    return helix


async def test_expired_token_is_refreshed_without_asking(
    qtbot: Any, preferences: Any, tmp_path: Path
) -> None:
    # Two-second access tokens (JWT expiry has one-second resolution).
    helix = await _logged_in(qtbot, preferences, tmp_path, access_token_minutes=2 / 60)
    try:
        client = helix.session.client
        expires = jwt.decode(client.tokens.access_token, options={"verify_signature": False})
        await until(lambda: time.time() > expires["exp"] + 0.05, timeout=5)
        dialog = helix.show_users()
        await until(lambda: dialog.model.rowCount() == 1)
        assert client.auth.refresh_count == 1
        assert helix.login_dialog is None
        assert not dialog.message.isVisible()
    finally:
        await close_helix(helix)


async def test_refused_refresh_asks_to_log_in_again_and_keeps_the_page(
    qtbot: Any, preferences: Any, tmp_path: Path
) -> None:
    helix = await _logged_in(qtbot, preferences, tmp_path)
    try:
        window = helix.main_window
        window.show_page("reports")
        # Another session changes root's password: every older token is revoked.
        async with httpx.AsyncClient(base_url=helix.backend.url) as other:
            tokens = (
                await other.post("/api/v1/auth/login", json={"username": "root", "password": ROOT})
            ).json()
            changed = await other.post(
                "/api/v1/auth/change-password",
                json={"old_password": ROOT, "new_password": "changed-elsewhere"},
                headers={"Authorization": f"Bearer {tokens['access_token']}"},
            )
            assert changed.status_code == 200
        helix.show_users()
        await until(lambda: helix.login_dialog is not None)
        relogin = helix.login_dialog
        assert relogin.relogin
        assert relogin.username.text() == "root"
        assert relogin.username.isReadOnly()
        assert "过期" in relogin.message.text()
        shot(relogin, "relogin_dialog")

        qtbot.keyClicks(relogin.password, "changed-elsewhere")
        relogin.login_button.click()
        await until(lambda: helix.login_dialog is None)
        assert helix.main_window is window  # the same window, on the same page
        assert window.current_page() == "reports"
        assert window.isVisible()
        assert helix.session.client.tokens is not None
    finally:
        await close_helix(helix)
