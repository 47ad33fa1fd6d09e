"""Matrix operations are named once, in ``MatrixOp``: no raw operation strings elsewhere."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import helix_desktop
from helix_desktop.state.vocabulary import MatrixOp

ROOT = Path(helix_desktop.__file__).parent
# What an operation key looks like ("customer.create", "runs.load").
_OP_SHAPE = re.compile(r"^[a-z]+\.[a-z]+$")


def _string_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_raw_operation_strings_outside_the_enum() -> None:
    values = {op.value for op in MatrixOp}
    matrix_files = {ROOT / "state" / "matrix.py", *sorted((ROOT / "ui" / "matrix").glob("*.py"))}
    matrix_files.add(ROOT / "ui" / "pages" / "matrix.py")
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        if path == ROOT / "state" / "vocabulary.py":
            continue
        for line, text in _string_literals(path):
            shaped = path in matrix_files and _OP_SHAPE.match(text)
            if text in values or shaped:
                found.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    assert found == []


def test_every_operation_the_state_runs_is_in_the_enum() -> None:
    # The keys the state's slots pass to ``_call`` and emit: attribute names on MatrixOp.
    source = (ROOT / "state" / "matrix.py").read_text(encoding="utf-8")
    used = set(re.findall(r"MatrixOp\.([A-Z_]+)", source))
    assert used and used <= set(MatrixOp.__members__)
    assert {"RUNS_LOAD", "RUN_TAG"} <= used
