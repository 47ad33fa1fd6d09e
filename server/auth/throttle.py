"""Per-username login throttling: too many failures lock the name out for a while."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

__all__ = ["LoginThrottle"]


class LoginThrottle:
    def __init__(
        self,
        *,
        max_failures: int,
        window_seconds: float,
        lockout_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max = max_failures
        self._window = window_seconds
        self._lockout = lockout_seconds
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}

    def retry_after(self, username: str) -> int:
        """Seconds the name is still locked out for; 0 when it may try."""
        key = username.casefold()
        until = self._locked_until.get(key)
        if until is None:
            return 0
        remaining = until - self._clock()
        if remaining <= 0:
            del self._locked_until[key]
            return 0
        return max(1, int(remaining + 0.999))

    def record_failure(self, username: str) -> None:
        key = username.casefold()
        now = self._clock()
        failures = self._failures.setdefault(key, deque())
        failures.append(now)
        while failures and now - failures[0] > self._window:
            failures.popleft()
        if len(failures) >= self._max:
            self._locked_until[key] = now + self._lockout
            failures.clear()
        if len(self._failures) > 10_000:
            # Bound memory under a spray of random names: forget the stale ones.
            stale = [k for k, v in self._failures.items() if not v or now - v[-1] > self._window]
            for k in stale:
                del self._failures[k]

    def record_success(self, username: str) -> None:
        self._failures.pop(username.casefold(), None)
