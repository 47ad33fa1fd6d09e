"""The one place that knows where shipped resources live (checkout or PyInstaller bundle).

In a checkout they are in ``resources/`` beside the packages; in the one-folder
bundle PyInstaller unpacks them under ``sys._MEIPASS`` (``dist/helix/_internal``),
where ``helix.spec`` puts them as ``resources/``. The backend's own data (Alembic
migrations, the sample catalogue) is package data found next to its modules, in
both cases; the spec collects it there.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["REQUIRED", "frozen", "missing_resources", "resource_path", "resources_root"]

# What the app cannot do without (the self-check verifies these in the bundle).
REQUIRED: tuple[tuple[str, ...], ...] = (
    ("translations", "helix_zh_CN.qm"),
    ("qss", "helix.qss"),
    ("icons", "helix.svg"),
)


def frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_root() -> Path:
    """``resources/`` beside the package in a checkout, or inside the bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a shipped resource, e.g. ``resource_path("translations", "helix_zh_CN.qm")``."""
    return resources_root().joinpath(*parts)


def missing_resources() -> list[Path]:
    """The required resources that are not where they should be (empty: all present)."""
    return [path for path in (resource_path(*parts) for parts in REQUIRED) if not path.is_file()]
