"""Authentication and user management (``/api/v1/auth``, ``/api/v1/users``)."""

from __future__ import annotations

from pydantic import BaseModel, Field, field_validator

from server.contract.common import ContractModel, Page, Timestamp
from server.contract.vocabulary import Role

__all__ = [
    "ChangePasswordRequest",
    "LoginRequest",
    "RefreshRequest",
    "ResetPasswordRequest",
    "Role",
    "TokenResponse",
    "UserActionResponse",
    "UserCreate",
    "UserPage",
    "UserResponse",
    "UserUpdate",
]

PASSWORD_MIN_LENGTH = 6
USERNAME_PATTERN = r"^[A-Za-z0-9_.@\-\u4e00-\u9fff]+$"


class UserResponse(ContractModel):
    id: int
    username: str
    display_name: str
    role: Role
    is_active: bool
    must_change_password: bool
    created_at: Timestamp
    last_login_at: Timestamp | None = None


class UserActionResponse(UserResponse):
    """The user after ``toggle-active`` or ``reset-password``, with what was done."""

    message: str


class LoginRequest(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=256)


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Access-token lifetime in seconds")
    user: UserResponse


class RefreshRequest(BaseModel):
    refresh_token: str


class ChangePasswordRequest(BaseModel):
    old_password: str = Field(max_length=256)
    new_password: str = Field(min_length=PASSWORD_MIN_LENGTH, max_length=256)


class ResetPasswordRequest(BaseModel):
    new_password: str = Field(min_length=PASSWORD_MIN_LENGTH, max_length=256)
    must_change_password: bool = Field(
        default=True,
        description="Force a change at the next login (false for clients with no such screen)",
    )


class UserCreate(BaseModel):
    username: str = Field(min_length=1, max_length=64, pattern=USERNAME_PATTERN)
    password: str = Field(min_length=PASSWORD_MIN_LENGTH, max_length=256)
    display_name: str | None = Field(default=None, max_length=100)
    role: Role = Role.TESTER

    @field_validator("username")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()


class UserUpdate(BaseModel):
    """Partial update: only the fields sent are changed."""

    display_name: str | None = Field(default=None, max_length=100)
    is_active: bool | None = None
    role: Role | None = None


UserPage = Page[UserResponse]
