"""Bearer-token auth at the transport: add the token, refresh once on a 401, retry."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass

import httpx

from helix_desktop.client.errors import Language, SessionExpired
from server.contract.users import TokenResponse

__all__ = ["TokenAuth", "TokenPair"]

REFRESH_PATH = "/api/v1/auth/refresh"


@dataclass(frozen=True, slots=True)
class TokenPair:
    """The session's tokens; kept in memory only, never written anywhere."""

    access_token: str
    refresh_token: str

    def __repr__(self) -> str:  # tokens are secrets: keep them out of logs and tracebacks
        return "TokenPair(<hidden>)"


class TokenAuth(httpx.Auth):
    """An ``httpx.Auth`` flow: adds the access token; on 401 refreshes once and retries.

    When the refresh itself is refused the tokens are dropped and ``SessionExpired``
    is raised, which the state layer turns into a "log in again" prompt.
    """

    def __init__(
        self,
        base_url: str,
        *,
        language: Language = "zh",
        on_refreshed: Callable[[TokenResponse], None] | None = None,
    ) -> None:
        self._refresh_url = base_url.rstrip("/") + REFRESH_PATH
        self.language: Language = language
        self.tokens: TokenPair | None = None
        self.on_refreshed = on_refreshed
        self.refresh_count = 0
        # Concurrent 401s must trigger one refresh, not one each.
        self._lock = asyncio.Lock()

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        raise RuntimeError("TokenAuth works with httpx.AsyncClient only")

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        sent_with = self.tokens
        if sent_with is None:
            yield request
            return
        request.headers["Authorization"] = f"Bearer {sent_with.access_token}"
        response = yield request
        if response.status_code != 401:
            return
        async with self._lock:
            current = self.tokens
            if current is None:
                raise SessionExpired(language=self.language)
            if current.access_token == sent_with.access_token:
                refreshed = yield httpx.Request(
                    "POST",
                    self._refresh_url,
                    # In the body, not the query string: URLs end up in logs.
                    json={"refresh_token": current.refresh_token},
                    headers={"Accept-Language": request.headers.get("Accept-Language", "zh")},
                )
                await refreshed.aread()
                if refreshed.status_code != 200:
                    self.tokens = None
                    raise SessionExpired(language=self.language)
                answer = TokenResponse.model_validate_json(refreshed.content)
                current = TokenPair(answer.access_token, answer.refresh_token)
                self.tokens = current
                self.refresh_count += 1
                if self.on_refreshed is not None:
                    self.on_refreshed(answer)
            request.headers["Authorization"] = f"Bearer {current.access_token}"
        yield request
