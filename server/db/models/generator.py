"""ORM models of the generator domain (filled in by its issue)."""

__all__: list[str] = []
