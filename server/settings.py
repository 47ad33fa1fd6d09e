"""Typed backend settings: flags, then ``HELIX_*`` environment variables, then defaults."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["Settings", "default_data_dir"]

SECRET_FILE = "secret_key"


def default_data_dir() -> Path:
    return Path(user_data_dir("helix-desktop", "Helix"))


class Settings(BaseSettings):
    """Everything the backend needs; one object, built once in ``app.py``/``cli.py``."""

    model_config = SettingsConfigDict(env_prefix="HELIX_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None
    secret_key: SecretStr | None = None
    initial_root_password: SecretStr | None = None
    # Floats allow second-scale lifetimes in tests of expiry and refresh.
    access_token_minutes: float = Field(default=60, gt=0)
    refresh_token_days: float = Field(default=7, gt=0)
    # Login throttling: this many failures for one username within the window
    # locks that username out for ``login_lockout_seconds``.
    login_max_failures: int = Field(default=5, ge=1)
    login_failure_window_seconds: int = Field(default=300, ge=1)
    login_lockout_seconds: int = Field(default=300, ge=1)
    # Failures from one client address (any usernames) within the window that lock the
    # client out likewise. Behind a proxy all clients share its address: raise this.
    login_client_max_failures: int = Field(default=20, ge=1)
    # Legacy clients: open the AutoTest root endpoints to anonymous callers.
    autotest_anonymous: bool = False
    # Largest accepted upload (case import, metadata workbooks), in bytes.
    max_upload_bytes: int = Field(default=50 * 1024 * 1024, ge=1024)
    # Hosts the server may send bot requests to (runs, connection tests): names,
    # "*.example.com", IPs or networks, separated by commas; empty: any host.
    allowed_bot_hosts: str = ""
    # Largest accepted request body other than an upload (JSON), in bytes.
    max_json_body_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    # Team server on PostgreSQL: a process's claim on a batch it runs lasts this long
    # unless its heartbeat (every ``lease_heartbeat_seconds``) renews it; then another
    # process takes the batch over. A process killed outright is noticed sooner: its
    # database connection goes, and the others see it at their next heartbeat.
    lease_seconds: float = Field(default=15, gt=0)
    lease_heartbeat_seconds: float = Field(default=2, gt=0)

    @field_validator("data_dir", mode="before")
    @classmethod
    def _expand(cls, value: object) -> object:
        if isinstance(value, str):
            return Path(value).expanduser()
        return value

    def environment(self) -> dict[str, str]:
        """These settings as ``HELIX_*`` variables, for a child process that reads them back
        (unset fields are left out, so they take their defaults there)."""
        env: dict[str, str] = {}
        for name in type(self).model_fields:
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, SecretStr):
                value = value.get_secret_value()
            elif isinstance(value, bool):
                value = "true" if value else "false"
            env[f"HELIX_{name.upper()}"] = str(value)
        return env

    def prepare_data_dir(self) -> Path:
        """The data dir, created if need be and readable by its owner only (0700): it holds
        the database (password hashes, the bot token) and the signing key."""
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.data_dir, 0o700)
        return self.data_dir

    def resolved_database_url(self) -> str:
        if self.database_url:
            return normalise_database_url(self.database_url)
        return f"sqlite+aiosqlite:///{self.data_dir / 'helix.db'}"

    def resolved_secret_key(self) -> str:
        """The JWT signing key: the setting, else a random key kept in the data dir (0600)."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        path = self.prepare_data_dir() / SECRET_FILE
        if path.exists():
            return path.read_text(encoding="ascii").strip()
        key = secrets.token_urlsafe(48)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key)
        return key


def normalise_database_url(url: str) -> str:
    """Accept plain ``sqlite://`` / ``postgresql://`` URLs and pick the async driver."""
    if url.startswith("sqlite:///") or url == "sqlite://":
        return "sqlite+aiosqlite" + url[len("sqlite") :]
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url[len(prefix) :]
    return url
