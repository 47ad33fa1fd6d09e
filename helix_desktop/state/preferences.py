"""What the desktop remembers between starts (QSettings): never a password or a token."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

__all__ = ["MAX_RECENT_SERVERS", "Mode", "Preferences"]

Mode = Literal["local", "remote"]
MAX_RECENT_SERVERS = 8
LANGUAGES = ("zh_CN", "en")


class Preferences(QObject):
    """Typed access to QSettings: language, mode, recent servers, last username, geometry."""

    language_changed = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else QSettings()

    def _text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        value = self._text("ui/language", "zh_CN")
        return value if value in LANGUAGES else "zh_CN"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES or language == self.language:
            return
        self._settings.setValue("ui/language", language)
        self.language_changed.emit(language)

    @property
    def mode(self) -> Mode:
        return "remote" if self._text("connection/mode", "local") == "remote" else "local"

    @property
    def server_url(self) -> str:
        return self._text("connection/server_url")

    def use_local(self) -> None:
        self._settings.setValue("connection/mode", "local")

    def use_remote(self, url: str) -> None:
        """Remember a remote server as the current one and at the top of the recent list."""
        self._settings.setValue("connection/mode", "remote")
        self._settings.setValue("connection/server_url", url)
        recent = [url, *(u for u in self.recent_servers if u != url)]
        self._settings.setValue("connection/recent", recent[:MAX_RECENT_SERVERS])

    @property
    def recent_servers(self) -> list[str]:
        value = self._settings.value("connection/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for one-item lists
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    @property
    def last_username(self) -> str:
        return self._text("login/last_username")

    def set_last_username(self, username: str) -> None:
        self._settings.setValue("login/last_username", username)

    def geometry(self, key: str) -> QByteArray | None:
        value = self._settings.value(f"geometry/{key}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"geometry/{key}", value)

    @property
    def page(self) -> str:
        return self._text("ui/page")

    def set_page(self, key: str) -> None:
        self._settings.setValue("ui/page", key)

    def sync(self) -> None:
        self._settings.sync()
