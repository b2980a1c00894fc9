"""The code stays easy to live in: no class past ~400 lines, no function past ~80 (STYLE.md).

A class or function that grows past this has taken on a second job; split it by job rather
than raising the limit.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

CLASS_LINES = 400
FUNCTION_LINES = 80


def _sizes() -> list[tuple[str, str, int]]:
    found = []
    for path in sorted((REPO / "src" / "dialogdesk").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
                kind = "class" if isinstance(node, ast.ClassDef) else "function"
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                found.append((kind, f"{Path(path).relative_to(REPO)}:{node.lineno} {node.name}", lines))
    return found


def test_no_class_or_function_has_grown_past_one_job() -> None:
    sizes = _sizes()
    assert len(sizes) > 500  # the walk found the code
    too_long = [
        f"{where}: {lines} lines"
        for kind, where, lines in sizes
        if lines > (CLASS_LINES if kind == "class" else FUNCTION_LINES)
    ]
    assert too_long == []
