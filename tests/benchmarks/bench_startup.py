"""Start-up time to the login window (offscreen), from the checkout and from the bundle.

Runs ``helix --startup-probe`` a few times in fresh processes with a fresh data
dir and settings each time; the app prints how long after *process start* the
login window was first painted and when the local server answered, then quits.
Also prints the bundle's unpacked size when ``dist/helix`` exists.

    python -m tests.benchmarks.bench_startup [--runs 5] [--bundle dist/helix]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"login window shown after ([\d.]+) s; server ready after ([\d.]+) s")


def probe(command: list[str], workdir: Path) -> tuple[float, float]:
    """One fresh start: (seconds to the login window, seconds to the local server ready)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HELIX_")}
    env.pop("DISPLAY", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(workdir),
        XDG_CONFIG_HOME=str(workdir / "config"),
        XDG_DATA_HOME=str(workdir / "share"),
        HELIX_DATA_DIR=str(workdir / "data"),
    )
    result = subprocess.run(
        [*command, "--startup-probe"], env=env, capture_output=True, text=True, timeout=120
    )
    match = LINE.search(result.stdout)
    if result.returncode != 0 or match is None:
        raise RuntimeError(f"probe failed ({result.returncode}): {result.stdout}{result.stderr}")
    return float(match.group(1)), float(match.group(2))


def measure(name: str, command: list[str], runs: int) -> None:
    shown: list[float] = []
    ready: list[float] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="helix-bench-startup-") as tmp:
            first, second = probe(command, Path(tmp))
        shown.append(first)
        ready.append(second)
    print(
        f"{name}: login window shown after {statistics.median(shown):.2f} s median "
        f"(min {min(shown):.2f}, max {max(shown):.2f}); local server ready after "
        f"{statistics.median(ready):.2f} s median ({runs} runs, offscreen)",
        flush=True,
    )


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "helix")
    args = parser.parse_args()
    measure("checkout", [sys.executable, "-m", "helix_desktop.cli"], args.runs)
    executable = args.bundle / ("helix.exe" if sys.platform == "win32" else "helix")
    if executable.exists():
        measure("bundle", [str(executable)], args.runs)
        print(f"bundle: {tree_size(args.bundle) / 1e6:.0f} MB unpacked ({args.bundle})")
        archives = sorted(args.bundle.parent.glob("helix-*.tar.gz"))
        for archive in archives:
            print(f"archive: {archive.name} {archive.stat().st_size / 1e6:.0f} MB")
    else:
        print(f"bundle: not built ({executable} missing; run make bundle)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
