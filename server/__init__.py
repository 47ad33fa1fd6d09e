"""Helix backend: the ASGI app serving the AutoTest and VoidView contracts."""
