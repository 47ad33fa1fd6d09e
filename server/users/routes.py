"""``/api/v1/users``: user management, root only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from server.auth.deps import RootUser
from server.contract.accounts import (
    ResetPasswordRequest,
    UserCreate,
    UserPage,
    UserResponse,
    UserUpdate,
)
from server.deps import HasherDep, SessionDep
from server.responses import MISSING, errors
from server.users import service
from server.users.repository import UserRepository

router = APIRouter(prefix="/api/v1/users", tags=["users"])

ERRORS = MISSING


@router.get("", response_model=UserPage, responses=ERRORS)
async def list_users(
    _: RootUser,
    session: SessionDep,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> UserPage:
    items, total = await service.list_users(UserRepository(session), page=page, page_size=page_size)
    return UserPage(
        items=[UserResponse.model_validate(u) for u in items],
        total=total,
        page=page,
        page_size=page_size,
    )


@router.post(
    "",
    response_model=UserResponse,
    status_code=201,
    responses=errors(401, 403, 404, 409),
)
async def create_user(
    body: UserCreate, _: RootUser, session: SessionDep, hasher: HasherDep
) -> UserResponse:
    user = await service.create_user(UserRepository(session), hasher=hasher, data=body)
    return UserResponse.model_validate(user)


@router.get("/{user_id}", response_model=UserResponse, responses=ERRORS)
async def get_user(user_id: int, _: RootUser, session: SessionDep) -> UserResponse:
    return UserResponse.model_validate(
        await service.get_user(UserRepository(session), user_id=user_id)
    )


@router.put("/{user_id}", response_model=UserResponse, responses=ERRORS)
async def update_user(
    user_id: int, body: UserUpdate, actor: RootUser, session: SessionDep
) -> UserResponse:
    user = await service.update_user(
        UserRepository(session), actor=actor, user_id=user_id, changes=body
    )
    return UserResponse.model_validate(user)


@router.post("/{user_id}/reset-password", response_model=UserResponse, responses=ERRORS)
async def reset_password(
    user_id: int, body: ResetPasswordRequest, _: RootUser, session: SessionDep, hasher: HasherDep
) -> UserResponse:
    user = await service.reset_password(
        UserRepository(session), hasher=hasher, user_id=user_id, new_password=body.new_password
    )
    return UserResponse.model_validate(user)


@router.post("/{user_id}/toggle-active", response_model=UserResponse, responses=ERRORS)
async def toggle_active(user_id: int, actor: RootUser, session: SessionDep) -> UserResponse:
    user = await service.toggle_active(UserRepository(session), actor=actor, user_id=user_id)
    return UserResponse.model_validate(user)
