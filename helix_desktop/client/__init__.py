"""Desktop client layer."""
