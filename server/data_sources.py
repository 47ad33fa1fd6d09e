"""The app's own database is never a data source for validation or metadata.

A validation or metadata URL pointing at the app's database (or at any file in the
data dir) would let a user read password hashes and the bot token back through
judge messages or generated cases. Checked when a URL is set and again when it is
used (a stored value may predate the check, or the data dir may have moved).
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from server.errors import BadRequest
from server.settings import normalise_database_url

__all__ = ["DataSourcePolicy"]

_LOCAL_HOSTS = {"", "localhost", "127.0.0.1", "::1", "[::1]"}
_DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306, "mariadb": 3306}


def _parse(url: str) -> URL | None:
    try:
        return make_url(normalise_database_url(url.strip()))
    except ArgumentError:
        return None  # not a URL at all: its user reports that, not this check


def _sqlite_path(url: URL) -> Path | None:
    database = url.database or ""
    if database in ("", ":memory:"):
        return None
    if database.startswith("file:"):
        database = database[len("file:") :].split("?", 1)[0]
    return Path(database).expanduser().resolve()


def _server_key(url: URL) -> tuple[str, str, int | None, str]:
    backend = url.get_backend_name()
    host = (url.host or "").lower()
    host = "localhost" if host in _LOCAL_HOSTS else host
    return backend, host, url.port or _DEFAULT_PORTS.get(backend), url.database or ""


class DataSourcePolicy:
    """Knows the app's database and data dir; refuses URLs that reach either."""

    def __init__(self, *, app_database_url: str, data_dir: Path) -> None:
        self._app = make_url(app_database_url)
        self._data_dir = data_dir.expanduser().resolve()

    def _is_app_database(self, url: URL) -> bool:
        backend = url.get_backend_name()
        if backend == "sqlite":
            path = _sqlite_path(url)
            if path is None:
                return False
            if path == self._data_dir or self._data_dir in path.parents:
                return True
            app_path = _sqlite_path(self._app) if self._app.get_backend_name() == "sqlite" else None
            if path == app_path:
                return True
            return self._same_file_as_ours(path, app_path)
        if self._app.get_backend_name() == "sqlite":
            return False
        return _server_key(url) == _server_key(self._app)

    def _same_file_as_ours(self, path: Path, app_path: Path | None) -> bool:
        """A hard link elsewhere to the database or to a data-dir file is the same file."""
        if not path.is_file():
            return False
        ours = [app_path] if app_path is not None else []
        if self._data_dir.is_dir():
            ours.extend(p for p in self._data_dir.rglob("*") if p.is_file())
        return any(p.is_file() and os.path.samefile(path, p) for p in ours)

    def check(self, url: str | None, *, field: str) -> None:
        """``BadRequest`` when ``url`` is the app's own database or a file in the data dir."""
        if not url:
            return
        parsed = _parse(url)
        if parsed is not None and self._is_app_database(parsed):
            raise BadRequest(
                f"{field} 不能指向本应用自己的数据库或数据目录中的文件",
                f"{field} must not point at this application's own database "
                "or at a file in its data directory",
            )
