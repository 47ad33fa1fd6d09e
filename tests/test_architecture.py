"""Rules import-linter cannot express (it does not see inside external packages)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_state_uses_qtcore_only() -> None:
    offenders = {}
    for path in (ROOT / "helix_desktop" / "state").rglob("*.py"):
        qt = {m for m in _imported_modules(path) if m.startswith("PySide6")}
        bad = qt - {"PySide6", "PySide6.QtCore"}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}


def test_widgets_never_touch_the_network() -> None:
    offenders = {}
    for path in (ROOT / "helix_desktop" / "ui").rglob("*.py"):
        bad = {m for m in _imported_modules(path) if m.split(".")[0] in {"httpx", "httpx_ws"}}
        if bad:
            offenders[str(path.relative_to(ROOT))] = sorted(bad)
    assert offenders == {}
