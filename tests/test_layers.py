"""The layer rules of ARCHITECTURE.md, checked on the source itself."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "timeline_app"
STDLIB = sys.stdlib_module_names


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _imports(tree: ast.AST, module_level_only: bool) -> list[str]:
    """Top-level names of imported modules (relative imports as 'timeline_app')."""
    nodes = _module_level_nodes(tree) if module_level_only else list(ast.walk(tree))
    names: list[str] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.append("timeline_app" if node.level else (node.module or ""))
    return names


def _module_level_nodes(tree: ast.AST) -> list[ast.AST]:
    """Statements run at import time: everything except function bodies and
    ``if TYPE_CHECKING:`` blocks."""
    found: list[ast.AST] = []
    pending = list(ast.iter_child_nodes(tree))
    while pending:
        node = pending.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        found.append(node)
        pending.extend(ast.iter_child_nodes(node))
    return found


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


@pytest.mark.parametrize("path", [p for p in _modules() if _relative(p).startswith("core/")], ids=_relative)
def test_core_imports_only_itself_and_the_standard_library(path: Path) -> None:
    for name in _imports(ast.parse(path.read_text()), module_level_only=False):
        top = name.split(".")[0]
        if top == "timeline_app":
            assert name == "timeline_app" or name.startswith("timeline_app.core"), f"{path}: imports {name}"
        else:
            assert top in STDLIB or top == "__future__", f"{path}: imports third-party {name}"


def _outside(prefixes: tuple[str, ...]) -> list[Path]:
    return [p for p in _modules() if not _relative(p).startswith(prefixes)]


@pytest.mark.parametrize(
    ("library", "allowed"),
    [("PySide6", ("ui/", "app.py")), ("spacy", ("extraction/",)), ("sqlalchemy", ("storage/",)),
     ("alembic", ("storage/",))],
)
def test_heavy_libraries_stay_in_their_layer(library: str, allowed: tuple[str, ...]) -> None:
    offenders = [
        _relative(path)
        for path in _outside(allowed)
        if any(n.split(".")[0] == library for n in _imports(ast.parse(path.read_text()), module_level_only=True))
    ]
    assert offenders == [], f"{library} imported at module level outside {allowed}: {offenders}"


def test_the_layer_check_catches_a_forbidden_import() -> None:
    tree = ast.parse("import os\nfrom PySide6 import QtWidgets\ndef f():\n    import spacy\n")
    assert set(_imports(tree, module_level_only=True)) == {"os", "PySide6"}
    assert "spacy" in _imports(tree, module_level_only=False)


def test_command_line_start_up_loads_no_heavy_library() -> None:
    code = (
        "import sys, timeline_app.cli, timeline_app.core, timeline_app.importing, timeline_app.export;"
        "print(sorted(m for m in ('PySide6', 'spacy', 'sqlalchemy', 'dateparser') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
