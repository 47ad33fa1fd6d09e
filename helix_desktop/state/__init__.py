"""Desktop state layer."""
