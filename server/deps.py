"""Long-lived objects reach handlers as typed dependencies, never as globals.

``create_app`` builds them once and keeps them in ``app.state``; these
dependencies hand them to routes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import HTTPConnection

from server.auth.passwords import PasswordHasher
from server.auth.throttle import LoginThrottle
from server.auth.tokens import TokenIssuer
from server.bot_hosts import BotHostPolicy
from server.data_sources import DataSourcePolicy
from server.db import Database
from server.i18n import Language, pick_language
from server.settings import Settings

__all__ = [
    "BotHostsDep",
    "ClientAddressDep",
    "DataSourcesDep",
    "DatabaseDep",
    "HasherDep",
    "LanguageDep",
    "SessionDep",
    "SettingsDep",
    "ThrottleDep",
    "TokensDep",
]


def get_database(conn: HTTPConnection) -> Database:
    return conn.app.state.database


def get_settings(conn: HTTPConnection) -> Settings:
    return conn.app.state.settings


def get_tokens(conn: HTTPConnection) -> TokenIssuer:
    return conn.app.state.tokens


def get_hasher(conn: HTTPConnection) -> PasswordHasher:
    return conn.app.state.hasher


def get_throttle(conn: HTTPConnection) -> LoginThrottle:
    return conn.app.state.throttle


def get_bot_hosts(conn: HTTPConnection) -> BotHostPolicy:
    return conn.app.state.bot_hosts


def get_data_sources(conn: HTTPConnection) -> DataSourcePolicy:
    return conn.app.state.sources


def get_client_address(conn: HTTPConnection) -> str:
    """The peer's address (the proxy's, behind one), for per-client throttling."""
    return conn.client.host if conn.client else "unknown"


def get_language(conn: HTTPConnection) -> Language:
    return pick_language(conn.headers.get("accept-language"))


async def get_session(conn: HTTPConnection) -> AsyncIterator[AsyncSession]:
    async with get_database(conn).session() as session:
        yield session


DatabaseDep = Annotated[Database, Depends(get_database)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
TokensDep = Annotated[TokenIssuer, Depends(get_tokens)]
HasherDep = Annotated[PasswordHasher, Depends(get_hasher)]
ThrottleDep = Annotated[LoginThrottle, Depends(get_throttle)]
BotHostsDep = Annotated[BotHostPolicy, Depends(get_bot_hosts)]
DataSourcesDep = Annotated[DataSourcePolicy, Depends(get_data_sources)]
ClientAddressDep = Annotated[str, Depends(get_client_address)]
LanguageDep = Annotated[Language, Depends(get_language)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]
