"""``helix run`` options: where the server is, who logs in, which cases run, where reports go."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from helix_desktop.client.errors import Language

__all__ = ["RunOptions", "Selection", "UsageError", "parse_run_options"]

DESCRIPTION = """Run test cases headless (for CI) and report the results.

Runs against a team server (--server URL) or a local data directory
(--data-dir DIR, served by a local server process of its own). Credentials come from --username /
--password or the HELIX_USERNAME / HELIX_PASSWORD environment variables.
Progress goes to stderr; exit code 0 when every case passed, 1 when any
failed or errored, 2 on usage, connection or login errors."""


class UsageError(Exception):
    """The command line (or environment) does not describe a run."""


@dataclass(frozen=True, slots=True)
class Selection:
    """Which cases run: all active (default), given ids, one category, or a batch's failures."""

    case_ids: tuple[int, ...] = ()
    category: str | None = None
    rerun_of: str | None = None
    # The code of the bot target to ask (None: the default target).
    target: str | None = None

    def describe(self) -> str:
        if self.case_ids:
            what = f"cases {','.join(map(str, self.case_ids))}"
        elif self.category is not None:
            what = f"active cases in category {self.category!r}"
        elif self.rerun_of is not None:
            what = f"failed and errored cases of batch {self.rerun_of}"
        else:
            what = "all active cases"
        return f"{what} against target {self.target!r}" if self.target else what


@dataclass(frozen=True, slots=True)
class RunOptions:
    server: str | None
    data_dir: Path | None
    username: str
    password: str
    selection: Selection
    junit: Path | None
    language: Language
    quiet: bool

    def __repr__(self) -> str:  # the password is a secret
        return f"RunOptions(server={self.server!r}, data_dir={self.data_dir!r}, ...)"


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line (CI logs), exit code 2 like argparse's own."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see 'helix run --help')")


def _case_ids(text: str) -> tuple[int, ...]:
    try:
        ids = tuple(int(part) for part in text.replace(" ", "").split(",") if part)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of ids: {text!r}") from None
    if not ids or any(i < 1 for i in ids):
        raise argparse.ArgumentTypeError(f"not a comma-separated list of ids: {text!r}")
    return tuple(dict.fromkeys(ids))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="helix run",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--server", metavar="URL", help="team server URL (env HELIX_SERVER)")
    where.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="local data directory (served by a local server)",
    )
    parser.add_argument("--username", help="account name (env HELIX_USERNAME)")
    parser.add_argument(
        "--password", help="password (env HELIX_PASSWORD; prefer the variable in CI)"
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--case-ids", metavar="1,2,3", type=_case_ids, help="run these cases (active or not)"
    )
    which.add_argument("--category", metavar="NAME", help="run the active cases of a category")
    which.add_argument(
        "--rerun-failed", metavar="BATCH_ID", help="run the FAIL and ERROR cases of a batch again"
    )
    parser.add_argument(
        "--target", metavar="CODE", help="ask the bot target with this code (default: /config's)"
    )
    parser.add_argument("--junit", metavar="FILE", type=Path, help="write a JUnit XML report")
    parser.add_argument(
        "--language",
        choices=("zh", "en"),
        default="zh",
        help="language of the server's messages (default zh)",
    )
    parser.add_argument(
        "--quiet", action="store_true", help="no line per case on stderr, only the summary"
    )
    return parser


def parse_run_options(argv: Sequence[str], environ: Mapping[str, str]) -> RunOptions:
    """Options from the command line, then the environment; ``UsageError`` when incomplete."""
    args = build_parser().parse_args(list(argv))
    server = args.server or (None if args.data_dir else environ.get("HELIX_SERVER") or None)
    if server is None and args.data_dir is None:
        raise UsageError("give --server URL or --data-dir DIR (see 'helix run --help')")
    username = args.username or environ.get("HELIX_USERNAME", "")
    password = args.password or environ.get("HELIX_PASSWORD", "")
    if not username or not password:
        raise UsageError(
            "credentials missing: give --username/--password or set HELIX_USERNAME and "
            "HELIX_PASSWORD"
        )
    category = args.category.strip() if args.category is not None else None
    if category == "":
        raise UsageError("--category needs a name")
    return RunOptions(
        server=server,
        data_dir=args.data_dir,
        username=username,
        password=password,
        selection=Selection(
            case_ids=args.case_ids or (),
            category=category,
            rerun_of=args.rerun_failed,
            target=args.target.strip() if args.target and args.target.strip() else None,
        ),
        junit=args.junit,
        language=args.language,
        quiet=args.quiet,
    )
