"""``helix run``: log in, run the selected cases, report; exit 0 (all passed), 1 or 2."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Mapping, Sequence
from typing import TextIO

from helix_desktop.client.api import HelixClient, normalise_server_url
from helix_desktop.client.errors import AuthError, ClientError
from helix_desktop.headless.batch import BatchOutcome, run_batch
from helix_desktop.headless.junit import write_junit
from helix_desktop.headless.options import RunOptions, UsageError, parse_run_options
from helix_desktop.headless.progress import Progress

__all__ = ["ALL_PASSED", "NOT_ALL_PASSED", "USAGE_ERROR", "main"]

ALL_PASSED, NOT_ALL_PASSED, USAGE_ERROR = 0, 1, 2
INTERRUPTED = 130


class _Stop(Exception):
    """Ends the command with a one-line message and exit code 2."""


def main(
    argv: Sequence[str],
    *,
    environ: Mapping[str, str] | None = None,
    stderr: TextIO | None = None,
) -> int:
    """``argv`` without the ``run`` word; returns the exit code."""
    err = stderr or sys.stderr
    try:
        options = parse_run_options(argv, os.environ if environ is None else environ)
    except UsageError as exc:
        print(f"helix run: {exc}", file=err)
        return USAGE_ERROR
    progress = Progress(err, quiet=options.quiet)
    backend = None
    if options.data_dir is not None:
        from helix_desktop.local_backend import BackendFailed, LocalBackend

        backend = LocalBackend(options.data_dir)
        try:
            url = backend.start()
        except (BackendFailed, OSError) as exc:
            print(f"helix run: the local server did not start: {exc}", file=err)
            return USAGE_ERROR
        where = f"the local data dir {options.data_dir}"
    else:
        assert options.server is not None
        url = normalise_server_url(options.server)
        where = url
    try:
        outcome = asyncio.run(_run(options, url, where, progress))
    except _Stop as exc:
        print(f"helix run: {exc}", file=err)
        return USAGE_ERROR
    except KeyboardInterrupt:
        print("helix run: interrupted; the batch was stopped", file=err)
        return INTERRUPTED
    finally:
        if backend is not None:
            backend.stop()
    progress.finished(outcome)
    if options.junit is not None:
        try:
            write_junit(outcome, options.junit, server=where)
        except OSError as exc:
            print(f"helix run: cannot write {options.junit}: {exc.strerror or exc}", file=err)
            return USAGE_ERROR
        progress.line(f"helix run: JUnit report written to {options.junit}")
    return ALL_PASSED if outcome.all_passed else NOT_ALL_PASSED


async def _run(options: RunOptions, url: str, where: str, progress: Progress) -> BatchOutcome:
    client = HelixClient(url, language=options.language)
    try:
        try:
            answer = await client.login(options.username, options.password)
        except AuthError as exc:
            raise _Stop(f"login failed for {options.username!r}: {exc.message}") from exc
        if answer.user.must_change_password:
            raise _Stop(
                f"the account {options.username!r} must change its password first "
                "(log in once with the desktop app)"
            )
        return await run_batch(
            client,
            options.selection,
            on_start=lambda run: progress.started(
                run, where, show_target=options.selection.target is not None
            ),
            on_update=progress.case_finished,
        )
    except ClientError as exc:
        raise _Stop(exc.message) from exc
    finally:
        await client.aclose()
