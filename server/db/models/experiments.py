"""ORM models of the experiments domain (filled in by its issue)."""

__all__: list[str] = []
