"""``PendingTasks``: the async slots a state object has running, cancelled at shutdown.

A request still in flight when the app closes its connection and its loop would
otherwise fail later, outside any handler; cancelling first ends it cleanly.
"""

from __future__ import annotations

import asyncio
import functools
import weakref
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

__all__ = ["PendingTasks", "tracked"]

R = TypeVar("R")


class PendingTasks:
    """A set of running tasks; ``cancel_all`` cancels them and waits until they end."""

    # Every instance, so a test can wait until no slot of any state is still running.
    _instances: weakref.WeakSet[PendingTasks] = weakref.WeakSet()

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()
        self.closed = False
        PendingTasks._instances.add(self)

    @classmethod
    def every(cls) -> list[PendingTasks]:
        return list(cls._instances)

    @classmethod
    def running(cls) -> list[asyncio.Task[Any]]:
        """The tracked tasks of every instance that have not ended."""
        return [t for p in list(cls._instances) for t in p._tasks if not t.done()]

    def __len__(self) -> int:
        return len(self._tasks)

    def add_current(self) -> asyncio.Task[Any] | None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        return task

    def discard(self, task: asyncio.Task[Any] | None) -> None:
        if task is not None:
            self._tasks.discard(task)

    async def idle(self) -> None:
        """Wait until what runs (and what was scheduled) has ended, e.g. a save before log-out."""
        current = asyncio.current_task()
        while True:
            await asyncio.sleep(0)  # scheduled tasks take their first step and register
            tasks = [t for t in self._tasks if t is not current and not t.done()]
            if not tasks:
                return
            await asyncio.gather(*tasks, return_exceptions=True)

    async def cancel_all(self) -> None:
        """Cancel what runs, and what was scheduled but had not started yet; start nothing new."""
        self.closed = True
        current = asyncio.current_task()
        while True:
            await asyncio.sleep(0)  # scheduled tasks take their first step (and see ``closed``)
            tasks = [t for t in self._tasks if t is not current and not t.done()]
            if not tasks:
                return
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)


class _HasPending(Protocol):
    pending: PendingTasks


def tracked(
    method: Callable[..., Awaitable[R]],
) -> Callable[..., Awaitable[R | None]]:
    """Register the running task in ``self.pending`` while ``method`` runs (under asyncSlot)."""

    @functools.wraps(method)
    async def wrapper(self: _HasPending, *args: Any, **kwargs: Any) -> R | None:
        if self.pending.closed:
            return None
        task = self.pending.add_current()
        try:
            return await method(self, *args, **kwargs)
        finally:
            self.pending.discard(task)

    return wrapper
