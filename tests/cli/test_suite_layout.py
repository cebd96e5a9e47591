"""The test suite keeps one axis (issue #14): a folder per layer, one ``NOW``, fixtures in
``conftest.py`` files, and no test module importing another or a ``conftest``.

Beside the packaging tests because, like them, it checks the repository rather than a
feature: a newcomer who adds a test in the wrong place or copies a clock learns it here.
"""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
LAYERS = {"domain", "store", "cli", "tui", "export", "merge", "i18n", "support"}


def _modules() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if "__snapshots__" not in p.parts)


def test_every_test_module_sits_in_a_layer_folder() -> None:
    stray = [
        p.relative_to(TESTS).as_posix()
        for p in _modules()
        if p.parent != TESTS
        and p.relative_to(TESTS).parts[0] not in LAYERS
        or (p.parent == TESTS and p.name not in {"conftest.py", "__init__.py"})
    ]
    assert stray == []
    folders = {p.name for p in TESTS.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))}
    assert folders <= LAYERS, folders - LAYERS
    assert all((TESTS / name / "__init__.py").exists() for name in folders)


def _imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.ImportFrom) and node.level:
            names.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_no_module_imports_a_test_module_or_a_conftest() -> None:
    wrong = {}
    for path in _modules():
        bad = {
            name
            for name in _imported(path)
            if name.startswith(".")
            or name.split(".")[-1].startswith("test_")
            or name.split(".")[-1] == "conftest"
            or (name.startswith("tests.") and not name.startswith("tests.support"))
        }
        if bad:
            wrong[path.relative_to(TESTS).as_posix()] = sorted(bad)
    assert wrong == {}


def test_one_now() -> None:
    defined = [
        path.relative_to(TESTS).as_posix()
        for path in _modules()
        for node in ast.parse(path.read_text("utf-8")).body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id in {"NOW", "NOW_ISO"} for t in node.targets)
    ]
    assert defined == ["support/data.py", "support/data.py"]
