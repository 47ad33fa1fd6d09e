"""Password hashing with argon2 through libpass (passlib's maintained fork)."""

from __future__ import annotations

import anyio.to_thread
from passlib.context import CryptContext

__all__ = ["PasswordHasher"]


class PasswordHasher:
    """Slow hashing runs off the event loop so logins never stall other requests."""

    def __init__(self) -> None:
        # OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
        self._context = CryptContext(
            schemes=["argon2", "bcrypt"],
            deprecated="auto",
            argon2__memory_cost=19456,
            argon2__rounds=2,
            argon2__parallelism=1,
        )
        # Verified against when the user does not exist, so both paths cost the same.
        self._dummy_hash = self._context.hash("helix-dummy-password")

    def hash_sync(self, password: str) -> str:
        return self._context.hash(password)

    async def hash(self, password: str) -> str:
        return await anyio.to_thread.run_sync(self._context.hash, password)

    async def verify(self, password: str, password_hash: str | None) -> bool:
        target = password_hash or self._dummy_hash
        try:
            ok = await anyio.to_thread.run_sync(self._context.verify, password, target)
        except (ValueError, TypeError):
            ok = False
        return ok and password_hash is not None
