"""``StateBase``: what every desktop state object shares, done one way.

Busy counting with one ``busy_changed`` signal, the async slots it has running
(``pending``, cancelled by ``close``), a typed ``call`` that turns client errors
into an ``Outcome`` instead of a sentinel, and ``forget`` (the reset) on logout.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from helix_desktop.client.errors import ApiError, ClientError, SessionExpired
from helix_desktop.state.pending import PendingTasks
from helix_desktop.state.session import Session

__all__ = ["Failed", "Ok", "Outcome", "StateBase"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Ok(Generic[T]):
    """A call that answered: its value."""

    value: T


@dataclass(frozen=True, slots=True)
class Failed:
    """A call that did not: the message already reported (empty when the session expired)."""

    message: str
    status: int = 0  # the HTTP status, 0 when there was no answer


Outcome = Ok[T] | Failed


class StateBase(QObject):
    """Base of the state objects: busy, pending tasks, typed ``call``, ``forget``, ``close``."""

    busy_changed = Signal(bool)
    failed = Signal(str)  # a call failed: the server's (or the connection's) message

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pending = PendingTasks()
        self._busy = 0
        # A bound method: the connection goes with this object.
        session.logged_out.connect(self.forget)

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def _set_busy(self, delta: int) -> None:
        was = self.busy
        self._busy = max(self._busy + delta, 0)
        if self.busy != was:
            self.busy_changed.emit(self.busy)

    async def call(
        self,
        awaitable: Awaitable[T],
        on_error: Callable[[str], object] | None = None,
        *,
        busy: bool = True,
        quiet: Collection[int] = (),
    ) -> Outcome[T]:
        """Await a client call; errors go to ``on_error`` (default ``failed``), never raise.

        An expired session is reported once, to the session (the app asks for a login);
        answers with a ``quiet`` status are left to the caller (e.g. 404: no such endpoint).
        """
        if busy:
            self._set_busy(1)
        try:
            return Ok(await awaitable)
        except SessionExpired as exc:
            self.session.report_expired(exc)
            return Failed("")
        except ClientError as exc:
            status = exc.status if isinstance(exc, ApiError) else 0
            if status not in quiet:
                (on_error or self.failed.emit)(exc.message)
            return Failed(exc.message, status)
        finally:
            if busy:
                self._set_busy(-1)

    def forget(self) -> None:
        """Reset: forget what was loaded (logged out: the next user may see other things)."""

    async def close(self) -> None:
        """Cancel the running calls and start no new ones (the app is quitting)."""
        await self.pending.cancel_all()
