"""The generator domain."""
