"""``make bench``: run every ``bench_*.py`` benchmark in turn, each in its own process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    failures = 0
    for path in sorted(here.glob("bench_*.py")):
        module = f"tests.benchmarks.{path.stem}"
        print(f"== {module}", flush=True)
        failures += subprocess.call([sys.executable, "-m", module, *sys.argv[1:]]) != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
