"""Check the layer contracts of pyproject.toml `[tool.importlinter]` with `lint-imports`.

import-linter (grimp) reads a package by walking its folder, and `grouptui.screens` and
`grouptui.store` live in `screens/` and `store/` (setuptools `package-dir`), so the folder
`grouptui/` alone misses them. This script lays the three folders out as the installed package
in a temporary folder (copies of the .py files, so the line numbers are the repository's) and
runs `lint-imports` there; its output and exit code are lint-imports'.

    .venv/bin/python .ci/layers.py [lint-imports options]
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from typecheck import PACKAGES, ROOT


def lay_out(target: Path) -> None:
    """Copy every module of the package to `target`, in the folders `import` sees."""
    for folder, package in PACKAGES.items():
        for path in (ROOT / folder).rglob("*.py"):
            relative = path.relative_to(ROOT / folder)
            if folder == "grouptui" and relative.parts[0] in ("screens", "store"):
                continue
            copy = target.joinpath(*package.split("."), relative)
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, copy)


def main() -> int:
    """Run lint-imports on the laid-out package with the repository's pyproject.toml."""
    lint_imports = Path(sys.executable).with_name("lint-imports")
    with tempfile.TemporaryDirectory() as folder:
        lay_out(Path(folder))
        env = {**os.environ, "PYTHONPATH": folder}
        command = [str(lint_imports), "--no-cache", "--no-logo", *sys.argv[1:]]
        command.append(str(ROOT / "pyproject.toml"))
        return subprocess.run(command, env=env, cwd=folder).returncode


if __name__ == "__main__":
    sys.exit(main())
