"""Desktop ui layer."""
