"""The screens stand on the domain, the store and the widgets, never on the command line.

The static rules (which package may import which) are import-linter contracts in
pyproject.toml, checked by `.ci/layers.py`. What they cannot see is what an import
really loads at run time; these tests do that in a fresh interpreter.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

from grouptui.navigation import DESTINATIONS

SCREENS = Path(__file__).resolve().parents[2] / "screens"

PROBE = """
import importlib, json, sys
for name in {modules!r}:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("typer", "click"))))
"""


def test_opening_any_screen_never_loads_typer_or_click() -> None:
    modules = [f"grouptui.screens.{p.stem}" for p in sorted(SCREENS.glob("*.py"))]
    assert "grouptui.screens.suggestions" in modules
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(modules=modules)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert json.loads(out) == []


def test_every_destination_has_its_screen() -> None:
    for dest in DESTINATIONS:
        module, _, name = dest.target.partition(":")
        assert isinstance(getattr(importlib.import_module(module), name), type), dest.id
