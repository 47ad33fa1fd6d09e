"""``/api/v1/users``: user management, root only."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from server.auth.deps import RootUser
from server.contract.users import (
    ResetPasswordRequest,
    UserActionResponse,
    UserCreate,
    UserPage,
    UserResponse,
    UserUpdate,
)
from server.db.models import User
from server.deps import HasherDep, LanguageDep, SessionDep
from server.i18n import Language, Text
from server.responses import MISSING, errors
from server.users import service

router = APIRouter(prefix="/api/v1/users", tags=["users"])

ERRORS = MISSING


@router.get("", response_model=UserPage, responses=ERRORS)
async def list_users(
    _: RootUser,
    session: SessionDep,
    page: Annotated[int, Query(ge=1)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> UserPage:
    items, total = await service.list_users(session, page=page, page_size=page_size)
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
    user = await service.create_user(session, hasher=hasher, data=body)
    return UserResponse.model_validate(user)


@router.get("/{user_id}", response_model=UserResponse, responses=ERRORS)
async def get_user(user_id: int, _: RootUser, session: SessionDep) -> UserResponse:
    return UserResponse.model_validate(await service.get_user(session, user_id=user_id))


@router.put("/{user_id}", response_model=UserResponse, responses=ERRORS)
async def update_user(
    user_id: int, body: UserUpdate, actor: RootUser, session: SessionDep
) -> UserResponse:
    user = await service.update_user(session, actor=actor, user_id=user_id, changes=body)
    return UserResponse.model_validate(user)


def _with_message(user: User, message: Text, language: Language) -> UserActionResponse:
    fields = UserResponse.model_validate(user).model_dump()
    return UserActionResponse(**fields, message=message.render(language))


@router.post("/{user_id}/reset-password", response_model=UserActionResponse, responses=ERRORS)
async def reset_password(
    user_id: int,
    body: ResetPasswordRequest,
    _: RootUser,
    session: SessionDep,
    hasher: HasherDep,
    language: LanguageDep,
) -> UserActionResponse:
    """New password; a forced change at next login unless ``must_change_password`` is false."""
    user = await service.reset_password(
        session,
        hasher=hasher,
        user_id=user_id,
        new_password=body.new_password,
        must_change_password=body.must_change_password,
    )
    return _with_message(user, Text("密码已重置", "Password reset"), language)


@router.post("/{user_id}/toggle-active", response_model=UserActionResponse, responses=ERRORS)
async def toggle_active(
    user_id: int, actor: RootUser, session: SessionDep, language: LanguageDep
) -> UserActionResponse:
    user = await service.toggle_active(session, actor=actor, user_id=user_id)
    message = (
        Text("已启用账号", "Account enabled")
        if user.is_active
        else Text("已禁用账号", "Account disabled")
    )
    return _with_message(user, message, language)
