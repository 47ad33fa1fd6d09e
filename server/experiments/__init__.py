"""The experiments domain."""
