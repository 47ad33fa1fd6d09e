"""User management (root only)."""
