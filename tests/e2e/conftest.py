"""What the end-to-end tests share (the live server itself is in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.conftest import LiveServer


@pytest.fixture
async def client(live_server: LiveServer) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client of the live server, logged in as root."""
    async with httpx.AsyncClient(base_url=live_server.url, headers=live_server.headers) as c:
        yield c
