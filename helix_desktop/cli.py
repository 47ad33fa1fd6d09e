"""``helix``: the one entry point. No subcommand opens the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]

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
    print("helix: the desktop app is not available yet; use 'helix server'", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
