"""``helix``: the one entry point. No subcommand opens the desktop app."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

__all__ = ["NO_DISPLAY", "has_display", "main"]

BACKEND_COMMANDS = {"server", "demo-bot"}
NOT_YET = {"run"}

USAGE = """usage: helix [COMMAND] [OPTIONS]

commands:
  (none)      open the desktop app
  server      serve the backend for a team (helix server --help)
  demo-bot    run the demo Q&A bot (helix demo-bot --help)
  run         headless run for CI (not available yet)
"""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-h", "--help"):
        print(USAGE)
        return 0
    if args and args[0] in BACKEND_COMMANDS:
        from helix_desktop.local_backend import backend_command

        return backend_command(args)
    if args and args[0] in NOT_YET:
        print(f"helix {args[0]}: not available yet", file=sys.stderr)
        return 2
    if args and not args[0].startswith("-"):
        print(f"helix: unknown command {args[0]!r}\n\n{USAGE}", file=sys.stderr)
        return 2
    if not has_display(os.environ, sys.platform):
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from helix_desktop.app import main as app_main

    return app_main([sys.argv[0], *args])


NO_DISPLAY = (
    "helix: no display found; run it with QT_QPA_PLATFORM=offscreen, under xvfb-run "
    "(xvfb-run helix), or start the backend only with 'helix server'"
)


def has_display(environ: Mapping[str, str], platform: str) -> bool:
    """On Linux, Qt needs X11 or Wayland unless a platform plugin is chosen explicitly."""
    if not platform.startswith("linux"):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


if __name__ == "__main__":
    sys.exit(main())
