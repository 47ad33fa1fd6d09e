"""``UsersState``: the accounts list (paged from the server) and the root's actions on it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from qasync import asyncSlot

from helix_desktop.state.session import FAILED, Session
from server.contract.accounts import UserCreate, UserResponse, UserUpdate
from server.contract.vocabulary import Role

__all__ = ["UsersState"]


class UsersState(QObject):
    """Users loaded page by page; emits row-level changes for a table model."""

    reset = Signal()  # the list was replaced
    appended = Signal(int, int)  # first and last new row
    changed = Signal(int)  # row
    created = Signal(object)  # UserResponse
    saved = Signal(object)  # UserResponse after an edit
    failed = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, session: Session, *, page_size: int = 50, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
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

    @asyncSlot()
    async def reload(self) -> None:
        """Load the first page again, replacing the list."""
        page = await self._fetch(1)
        if page is FAILED:
            return
        self.users = list(page.items)
        self.total = page.total
        self._pages_loaded = 1
        self.reset.emit()

    @asyncSlot()
    async def load_more(self) -> None:
        """Append the next page (a table view asks for it while scrolling)."""
        if self._loading or not self.has_more:
            return
        page = await self._fetch(self._pages_loaded + 1)
        if page is FAILED:
            return
        known = {u.id for u in self.users}
        fresh = [u for u in page.items if u.id not in known]
        self.total = page.total
        self._pages_loaded += 1
        if fresh:
            first = len(self.users)
            self.users.extend(fresh)
            self.appended.emit(first, len(self.users) - 1)

    async def _fetch(self, page: int):  # -> UserPage | FAILED
        self._loading = True
        self.busy_changed.emit(True)
        try:
            client = self.session.require_client()
            return await self.session.attempt(
                client.list_users(page=page, page_size=self.page_size), self.failed.emit
            )
        finally:
            self._loading = False
            self.busy_changed.emit(False)

    @asyncSlot(str, str, str, str)
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
        user = await self.session.attempt(client.create_user(data), self.failed.emit)
        if user is FAILED:
            return
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

    @asyncSlot(int, str)
    async def reset_password(self, user_id: int, new_password: str) -> None:
        await self._apply(self.session.require_client().reset_password(user_id, new_password))

    async def _apply(self, call) -> None:  # call: Awaitable[UserResponse]
        user = await self.session.attempt(call, self.failed.emit)
        if user is FAILED:
            return
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
