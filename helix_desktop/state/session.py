"""``Session``: which server, who is logged in, and the client that talks to it."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.client.api import HelixClient, normalise_server_url
from helix_desktop.client.errors import ClientError, Language, SessionExpired
from server.contract.users import TokenResponse, UserResponse
from server.contract.vocabulary import Role

__all__ = ["FAILED", "Session"]

log = logging.getLogger(__name__)


class _Failed:
    """The result of an attempt that failed (the failure was already reported)."""

    def __repr__(self) -> str:
        return "FAILED"


FAILED: Any = _Failed()


class Session(QObject):
    """Holds the server URL, the user and (in memory only) the tokens; emits what happens."""

    checked = Signal(str, bool, str)  # url, reachable, version or error message
    connecting = Signal(str)
    connected = Signal(str)
    connect_failed = Signal(str)
    logged_in = Signal(object)  # UserResponse, password already fine
    password_change_required = Signal(object)  # UserResponse
    login_failed = Signal(str)
    password_changed = Signal(object)
    password_change_failed = Signal(str)
    expired = Signal(str)
    logged_out = Signal()
    busy_changed = Signal(bool)

    def __init__(
        self,
        *,
        language: Language = "zh",
        client_factory: Callable[..., HelixClient] = HelixClient,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._language: Language = language
        self._client_factory = client_factory
        self.client: HelixClient | None = None
        self.server_url = ""
        self.server_version = ""
        self.user: UserResponse | None = None
        self._expired_reported = False

    # ------------------------------------------------------------------ queries

    @property
    def is_root(self) -> bool:
        return self.user is not None and self.user.role == Role.ROOT

    @property
    def logged_in_user(self) -> UserResponse | None:
        return self.user

    def set_language(self, language: Language) -> None:
        self._language = language
        if self.client is not None:
            self.client.set_language(language)

    # ---------------------------------------------------------------- connecting

    @asyncSlot(str)
    async def check(self, url: str) -> bool:
        """Ask ``url`` for ``/health`` without switching to it."""
        url = normalise_server_url(url)
        candidate = self._client_factory(url, language=self._language)
        try:
            health = await candidate.health()
        except ClientError as exc:
            self.checked.emit(url, False, exc.message)
            return False
        finally:
            await candidate.aclose()
        self.checked.emit(url, True, health.version or "")
        return True

    @asyncSlot(str)
    async def connect_to(self, url: str) -> bool:
        """Check ``/health`` at ``url``; on success the session talks to that server."""
        url = normalise_server_url(url)
        self.connecting.emit(url)
        candidate = self._client_factory(url, language=self._language)
        try:
            health = await candidate.health()
        except ClientError as exc:
            await candidate.aclose()
            self.connect_failed.emit(exc.message)
            return False
        old, self.client = self.client, candidate
        if old is not None:
            await old.aclose()
        self.server_url = url
        self.server_version = health.version or ""
        self.user = None
        self.connected.emit(url)
        return True

    # ------------------------------------------------------------------- login

    @asyncSlot(str, str)
    async def login(self, username: str, password: str) -> bool:
        if self.client is None:
            self.login_failed.emit(self._no_server())
            return False
        self.busy_changed.emit(True)
        try:
            answer = await self.client.login(username.strip(), password)
        except ClientError as exc:
            self.login_failed.emit(exc.message)
            return False
        finally:
            self.busy_changed.emit(False)
        self._accept(answer)
        return True

    def _accept(self, answer: TokenResponse) -> None:
        self.user = answer.user
        self._expired_reported = False
        if answer.user.must_change_password:
            self.password_change_required.emit(answer.user)
        else:
            self.logged_in.emit(answer.user)

    @asyncSlot(str, str)
    async def change_password(self, old_password: str, new_password: str) -> bool:
        if self.client is None:
            self.password_change_failed.emit(self._no_server())
            return False
        self.busy_changed.emit(True)
        try:
            answer = await self.client.change_password(old_password, new_password)
        except SessionExpired as exc:
            self.report_expired(exc)
            return False
        except ClientError as exc:
            self.password_change_failed.emit(exc.message)
            return False
        finally:
            self.busy_changed.emit(False)
        self.user = answer.user
        self.password_changed.emit(answer.user)
        return True

    def logout(self) -> None:
        """Forget the user and the tokens; the server connection stays."""
        if self.client is not None:
            self.client.logout()
        self.user = None
        self.logged_out.emit()

    async def close(self) -> None:
        if self.client is not None:
            await self.client.aclose()
            self.client = None

    # ---------------------------------------------------------------- attempts

    async def attempt(self, awaitable: Awaitable[Any], on_error: Callable[[str], None]) -> Any:
        """Await a client call; a failure goes to ``on_error`` (or ``expired``), never raises.

        Returns the call's result, or ``FAILED``.
        """
        try:
            return await awaitable
        except SessionExpired as exc:
            self.report_expired(exc)
        except ClientError as exc:
            on_error(exc.message)
        return FAILED

    def report_expired(self, exc: SessionExpired) -> None:
        # Several calls in flight fail together; the user is asked to log in once.
        if not self._expired_reported:
            self._expired_reported = True
            self.expired.emit(exc.message)

    def require_client(self) -> HelixClient:
        if self.client is None:
            raise RuntimeError("no server connection")
        return self.client

    def _no_server(self) -> str:
        return "Not connected to a server" if self._language == "en" else "尚未连接服务器"
