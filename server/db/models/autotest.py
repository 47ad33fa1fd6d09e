"""ORM models of the autotest domain (filled in by its issue)."""

__all__: list[str] = []
