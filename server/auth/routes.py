"""``/api/v1/auth``: login, refresh, me, change-password."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Query

from server.auth import service
from server.auth.deps import AuthenticatedUser
from server.contract.users import (
    ChangePasswordRequest,
    LoginRequest,
    RefreshRequest,
    TokenResponse,
    UserResponse,
)
from server.deps import ClientAddressDep, HasherDep, SessionDep, ThrottleDep, TokensDep
from server.errors import Unprocessable
from server.responses import errors

router = APIRouter(prefix="/api/v1/auth", tags=["auth"])

ERRORS = errors(401, 429)


@router.post("/login", response_model=TokenResponse, responses=ERRORS)
async def login(
    body: LoginRequest,
    session: SessionDep,
    tokens: TokensDep,
    hasher: HasherDep,
    throttle: ThrottleDep,
    client: ClientAddressDep,
) -> TokenResponse:
    return await service.login(
        session,
        tokens=tokens,
        hasher=hasher,
        throttle=throttle,
        username=body.username,
        password=body.password,
        client=client,
    )


@router.post("/refresh", response_model=TokenResponse, responses=ERRORS)
async def refresh(
    session: SessionDep,
    tokens: TokensDep,
    refresh_token: Annotated[str | None, Query()] = None,
    body: Annotated[RefreshRequest | None, Body()] = None,
) -> TokenResponse:
    token = refresh_token or (body.refresh_token if body else None)
    if not token:
        raise Unprocessable("缺少 refresh_token", "refresh_token is required")
    return await service.refresh(session, tokens=tokens, refresh_token=token)


@router.get("/me", response_model=UserResponse, responses=ERRORS)
async def me(user: AuthenticatedUser) -> UserResponse:
    return UserResponse.model_validate(user)


@router.post(
    "/change-password",
    response_model=TokenResponse,
    responses=errors(401, 429, described={400: "Wrong old password"}),
)
async def change_password(
    body: ChangePasswordRequest,
    user: AuthenticatedUser,
    session: SessionDep,
    tokens: TokensDep,
    hasher: HasherDep,
    throttle: ThrottleDep,
    client: ClientAddressDep,
) -> TokenResponse:
    """Changes the password; older tokens stop working, so fresh ones are returned."""
    return await service.change_password(
        session,
        tokens=tokens,
        hasher=hasher,
        throttle=throttle,
        user=user,
        old_password=body.old_password,
        new_password=body.new_password,
        client=client,
    )
