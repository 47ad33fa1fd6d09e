"""ORM models, one module per domain; importing this package registers them all."""

from server.db.models import autotest, experiments, generator, targets, transcoding, users
from server.db.models.base import Base, UTCDateTime, utcnow
from server.db.models.users import User

__all__ = [
    "Base",
    "UTCDateTime",
    "User",
    "autotest",
    "experiments",
    "generator",
    "targets",
    "transcoding",
    "users",
    "utcnow",
]
