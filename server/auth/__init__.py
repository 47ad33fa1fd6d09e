"""Authentication: password hashing, JWTs, login throttling, the auth routes."""
