"""``UsersState``: the accounts list (paged from the server) and the root's actions on it."""

from __future__ import annotations

from collections.abc import Awaitable

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.state.base import Ok, Outcome, StateBase
from helix_desktop.state.pending import tracked
from helix_desktop.state.session import Session
from server.contract.users import UserCreate, UserPage, UserResponse, UserUpdate
from server.contract.vocabulary import Role

__all__ = ["UsersState"]


class UsersState(StateBase):
    """Users loaded page by page; emits row-level changes for a table model."""

    reset = Signal()  # the list was replaced
    appended = Signal(int, int)  # first and last new row
    changed = Signal(int)  # row
    created = Signal(object)  # UserResponse
    saved = Signal(object)  # UserResponse after an edit

    def __init__(
        self, session: Session, *, page_size: int = 50, parent: QObject | None = None
    ) -> None:
        super().__init__(session, parent)
        self.page_size = page_size
        self.users: list[UserResponse] = []
        self.total = 0
        self._pages_loaded = 0
        self._loading = False

    @property
    def has_more(self) -> bool:
        return len(self.users) < self.total

    def row_of(self, user_id: int) -> int:
        for row, user in enumerate(self.users):
            if user.id == user_id:
                return row
        return -1

    def forget(self) -> None:
        self.users = []
        self.total = 0
        self._pages_loaded = 0
        self.reset.emit()

    @asyncSlot()
    @tracked
    async def reload(self) -> None:
        """Load the first page again, replacing the list."""
        outcome = await self._fetch(1)
        if not isinstance(outcome, Ok):
            return
        page = outcome.value
        self.users = list(page.items)
        self.total = page.total
        self._pages_loaded = 1
        self.reset.emit()

    @asyncSlot()
    @tracked
    async def load_more(self) -> None:
        """Append the next page (a table view asks for it while scrolling)."""
        if self._loading or not self.has_more:
            return
        outcome = await self._fetch(self._pages_loaded + 1)
        if not isinstance(outcome, Ok):
            return
        page = outcome.value
        known = {u.id for u in self.users}
        fresh = [u for u in page.items if u.id not in known]
        self.total = page.total
        self._pages_loaded += 1
        if fresh:
            first = len(self.users)
            self.users.extend(fresh)
            self.appended.emit(first, len(self.users) - 1)

    async def _fetch(self, page: int) -> Outcome[UserPage]:
        self._loading = True
        try:
            client = self.session.require_client()
            return await self.call(client.list_users(page=page, page_size=self.page_size))
        finally:
            self._loading = False

    @asyncSlot(str, str, str, str)
    @tracked
    async def create(self, username: str, display_name: str, password: str, role: str) -> None:
        try:
            data = UserCreate(
                username=username,
                password=password,
                display_name=display_name.strip() or None,
                role=Role.ROOT if role == Role.ROOT else Role.TESTER,
            )
        except ValueError as exc:
            self.failed.emit(_first_error(exc))
            return
        client = self.session.require_client()
        outcome = await self.call(client.create_user(data))
        if not isinstance(outcome, Ok):
            return
        user = outcome.value
        self.total += 1
        self.users.append(user)
        self.appended.emit(len(self.users) - 1, len(self.users) - 1)
        self.created.emit(user)

    @asyncSlot(int, str)
    async def rename(self, user_id: int, display_name: str) -> None:
        client = self.session.require_client()
        changes = UserUpdate(display_name=display_name.strip())
        await self._apply(client.update_user(user_id, changes))

    @asyncSlot(int)
    async def toggle_active(self, user_id: int) -> None:
        await self._apply(self.session.require_client().toggle_active(user_id))

    @asyncSlot(int, str, bool)
    async def reset_password(
        self, user_id: int, new_password: str, must_change_password: bool = True
    ) -> None:
        client = self.session.require_client()
        await self._apply(
            client.reset_password(user_id, new_password, must_change_password=must_change_password)
        )

    @tracked
    async def _apply(self, request: Awaitable[UserResponse]) -> None:
        outcome = await self.call(request)
        if not isinstance(outcome, Ok):
            return
        user = outcome.value
        row = self.row_of(user.id)
        if row >= 0:
            self.users[row] = user
            self.changed.emit(row)
        self.saved.emit(user)


def _first_error(exc: ValueError) -> str:
    """A short line from a pydantic validation error (the client checks before sending)."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        first = errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ()))
        return f"{field}: {first.get('msg', '')}"
    return str(exc)
