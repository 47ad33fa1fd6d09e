"""The runs domain."""
