"""``helix`` with no display says how to run it, in one line, with exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys

from helix_desktop.cli import NO_DISPLAY, has_display


def test_has_display() -> None:
    assert not has_display({}, "linux")
    assert has_display({"DISPLAY": ":0"}, "linux")
    assert has_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert has_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert has_display({}, "win32")
    assert has_display({}, "darwin")


def test_no_display_exits_with_one_line() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "helix_desktop.cli"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == NO_DISPLAY
    assert len(result.stderr.strip().splitlines()) == 1
    for hint in ("QT_QPA_PLATFORM=offscreen", "xvfb-run", "helix server"):
        assert hint in result.stderr
