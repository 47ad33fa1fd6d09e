"""ORM models, one module per domain; importing this package registers them all."""

from server.db.models import accounts, autotest, experiments, generator, transcoding
from server.db.models.accounts import User
from server.db.models.base import Base, UTCDateTime, utcnow

__all__ = [
    "Base",
    "UTCDateTime",
    "User",
    "accounts",
    "autotest",
    "experiments",
    "generator",
    "transcoding",
    "utcnow",
]
