"""Targets page widgets: the target form, the cURL paste dialog, the test panel."""
