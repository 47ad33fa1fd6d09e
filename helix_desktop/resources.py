"""The one place that knows where shipped resources live (checkout or PyInstaller bundle)."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["resource_path", "resources_root"]


def resources_root() -> Path:
    """``resources/`` beside the package in a checkout, or inside the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("translations", "helix_en.qm")``."""
    return resources_root().joinpath(*parts)
