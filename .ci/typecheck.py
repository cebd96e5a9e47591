"""Run mypy on grouptui with the module names the package installs under.

`screens/` and `store/` install as `grouptui.screens` and `grouptui.store` through setuptools'
`package-dir` (see pyproject.toml). mypy finds modules by walking folders, and the editable
install maps them with an import hook that mypy does not follow, so a bare `mypy` would check
`screens/home.py` as `screens.home` and fail to find `grouptui.store.book`. This script lists
every file with its installed module name and hands that list to mypy's build (settings in
pyproject.toml `[tool.mypy]`); the exit code is 1 when mypy reports an error.

    .venv/bin/python .ci/typecheck.py [mypy options]
"""

from __future__ import annotations

import sys
from pathlib import Path

from mypy.build import build
from mypy.errors import CompileError
from mypy.main import process_options
from mypy.modulefinder import BuildSource

ROOT = Path(__file__).resolve().parent.parent
# Folder in the repository -> the package it installs as (pyproject.toml package-dir).
PACKAGES = {"grouptui": "grouptui", "screens": "grouptui.screens", "store": "grouptui.store"}


def sources() -> list[BuildSource]:
    """Every module of the package, named as `import` sees it once installed."""
    found = []
    for folder, package in PACKAGES.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            if folder == "grouptui" and parts and parts[0] in ("screens", "store"):
                continue  # never here; guards against a stray copy shadowing the real one
            module = ".".join((package, *parts))
            found.append(BuildSource(str(path.relative_to(ROOT)), module))
    return found


def main() -> int:
    """Check every module with the settings of pyproject.toml; print mypy's messages."""
    # The file named here only satisfies mypy's "no targets" check; sources() replaces it.
    args = [*sys.argv[1:], str(ROOT / "grouptui" / "__init__.py")]
    _, options = process_options(args)
    try:
        messages = build(sources(), options).errors
    except CompileError as error:  # a syntax error or a bad option: mypy stops at once
        messages = error.messages
    for message in messages:
        print(message)
    errors = sum(": error:" in message for message in messages)
    print(f"mypy: {errors} errors" if errors else f"mypy: no issues in {len(sources())} modules")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
