"""The desktop's one door into the bundled backend: starts the in-process server,
and forwards the backend subcommands (``helix server``, ``helix demo-bot``)."""

from __future__ import annotations

from collections.abc import Sequence

from server import cli as server_cli

__all__ = ["backend_command"]


def backend_command(argv: Sequence[str]) -> int:
    """Run a backend subcommand such as ``server --port 8000``."""
    return server_cli.main(list(argv))
