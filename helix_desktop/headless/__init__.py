"""``helix run``: headless runs for CI (no Qt), through the same client as the desktop."""

from helix_desktop.headless.command import main

__all__ = ["main"]
