"""The package installs as a user gets it, and its layers keep their boundaries."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_runs_from_elsewhere(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    # Build from a copy: setuptools leaves a build/ folder in the tree it builds.
    source = tmp_path / "source"
    shutil.copytree(
        ROOT,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "__pycache__", "*.egg-info", "results", ".*_cache"
        ),
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)],
        check=True,
    )
    (wheel,) = wheels.glob("grouptui-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for expected in (
        "grouptui/screens/home.py",
        "grouptui/store/storage.py",
        "grouptui/templates/town_a.json",
        "grouptui/grouptui.tcss",
    ):
        assert expected in names
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bindir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = subprocess.run(
        [str(bindir / "grouptui"), "--version"],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.startswith("grouptui ")
    probe = (
        "import grouptui.screens.home, grouptui.store.book, grouptui.domain.plan_templates as t;"
        "print(t.template_names())"
    )
    names = subprocess.run(
        [str(bindir / "python"), "-c", probe],
        cwd=elsewhere,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "town_a" in names


# Which package may import which (domain and store never Textual, domain never TinyDB,
# screens never TinyDB directly) is an import-linter contract: pyproject.toml, .ci/layers.py.


def test_cli_listing_commands_never_import_textual(book_path: Path) -> None:
    probe = (
        "import sys; from grouptui.cli import run;"
        f"code = run(['--book', {str(book_path)!r}, 'info', '--json']);"
        "print([m for m in sys.modules if m.startswith('textual')], code)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "[] 0"


def test_every_package_folder_is_packaged() -> None:
    import re

    text = (ROOT / "pyproject.toml").read_text("utf-8")
    listed = set(re.findall(r'^\s+"(grouptui[\w.]*)",$', text, re.M))
    found = set()
    for init in (ROOT / "grouptui").rglob("__init__.py"):
        rel = init.parent.relative_to(ROOT)
        found.add(".".join(rel.parts))
    for top in ("screens", "store"):
        for init in (ROOT / top).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / top)
            found.add(".".join(("grouptui", top, *rel.parts)))
    assert found - listed == set(), "add these to [tool.setuptools] packages"
