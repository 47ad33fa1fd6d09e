"""``Settings``: flags > ``HELIX_*`` > defaults, and the round trip through the environment
that hands the desktop's settings to its local server process."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr

from server.settings import Settings


def test_environment_round_trips_every_set_field(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(
        data_dir=tmp_path / "data dir",
        database_url="postgresql://u:p%40ss@db:5432/helix",
        secret_key=SecretStr("k" * 40),
        initial_root_password=SecretStr("first pass"),
        access_token_minutes=0.5,
        refresh_token_days=2,
        login_max_failures=3,
        autotest_anonymous=True,
        max_upload_bytes=4096,
    )
    env = settings.environment()
    assert env["HELIX_SECRET_KEY"] == "k" * 40  # the value, not SecretStr's mask
    assert env["HELIX_AUTOTEST_ANONYMOUS"] == "true"
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert Settings() == settings


def test_unset_fields_are_left_out(tmp_path: Path) -> None:
    env = Settings(data_dir=tmp_path).environment()
    assert env["HELIX_DATA_DIR"] == str(tmp_path)
    assert "HELIX_DATABASE_URL" not in env
    assert "HELIX_SECRET_KEY" not in env
    assert env["HELIX_AUTOTEST_ANONYMOUS"] == "false"
