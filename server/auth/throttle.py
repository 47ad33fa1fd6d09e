"""Login throttling: too many failures lock an account, or a client, out for a while.

One counter per account, keyed exactly like the account lookup (trimmed, case-folded:
``" Root"`` is root), and one per client address, so spraying many usernames from one
client is throttled too. A wrong old password on change-password counts like a
failed login.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from server.db.models.users import username_key

__all__ = ["FailureCounter", "LoginThrottle"]

# Past this many tracked keys, stale ones are forgotten (a spray of random names).
_MAX_TRACKED = 10_000


class FailureCounter:
    """Failures per key within a sliding window; ``max_failures`` of them lock the key."""

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

    def retry_after(self, key: str) -> int:
        """Seconds the key is still locked out for; 0 when it may try."""
        until = self._locked_until.get(key)
        if until is None:
            return 0
        remaining = until - self._clock()
        if remaining <= 0:
            del self._locked_until[key]
            return 0
        return max(1, int(remaining + 0.999))

    def record_failure(self, key: str) -> None:
        now = self._clock()
        failures = self._failures.setdefault(key, deque())
        failures.append(now)
        while failures and now - failures[0] > self._window:
            failures.popleft()
        if len(failures) >= self._max:
            self._locked_until[key] = now + self._lockout
            failures.clear()
        if len(self._failures) > _MAX_TRACKED:
            stale = [k for k, v in self._failures.items() if not v or now - v[-1] > self._window]
            for k in stale:
                del self._failures[k]

    def forget(self, key: str) -> None:
        self._failures.pop(key, None)


class LoginThrottle:
    """The account counter and the client counter, consulted together."""

    def __init__(
        self,
        *,
        max_failures: int,
        window_seconds: float,
        lockout_seconds: float,
        client_max_failures: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.accounts = FailureCounter(
            max_failures=max_failures,
            window_seconds=window_seconds,
            lockout_seconds=lockout_seconds,
            clock=clock,
        )
        self.clients = FailureCounter(
            max_failures=client_max_failures,
            window_seconds=window_seconds,
            lockout_seconds=lockout_seconds,
            clock=clock,
        )

    def retry_after(self, username: str, client: str) -> int:
        """Seconds until this account may be tried from this client; 0 when it may now."""
        return max(
            self.accounts.retry_after(username_key(username)), self.clients.retry_after(client)
        )

    def record_failure(self, username: str, client: str) -> None:
        self.accounts.record_failure(username_key(username))
        self.clients.record_failure(client)

    def record_success(self, username: str) -> None:
        # Only the account's count: a sprayer must not reset its client's by one good login.
        self.accounts.forget(username_key(username))
