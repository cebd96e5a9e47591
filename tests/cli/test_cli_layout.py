"""How the command line is built: commands a reader can find, one console script.

Commands used to be closures inside ``register()`` functions of up to 300 lines (so that
``help=t(...)`` ran after the language was set); they are module-level functions now, and
``python -m grouptui`` is the console script, not a second copy of it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import typer

from grouptui.cli import build_app

ROOT = Path(__file__).resolve().parents[2]


def _callbacks(command: object) -> list:
    found = [getattr(command, "callback", None)]
    for sub in getattr(command, "commands", {}).values():
        found += _callbacks(sub)
    return [c for c in found if c is not None]


def test_every_command_is_a_module_level_function() -> None:
    callbacks = _callbacks(typer.main.get_command(build_app()))
    assert len(callbacks) > 60
    nested = sorted(
        f"{c.__module__}.{c.__qualname__}" for c in callbacks if "<locals>" in c.__qualname__
    )
    assert nested == []


def test_no_private_typer_import() -> None:
    """Typer vendors click privately (typer._click); its public names are enough."""
    users = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "grouptui").rglob("*.py"))
        if "typer._click" in path.read_text("utf-8")
    ]
    assert users == []


def test_python_m_grouptui_is_the_console_script(book_path: Path) -> None:
    """``python -m grouptui note`` takes the console script's fast path: no Typer loaded."""
    code = (
        "import atexit, runpy, sys;"
        "atexit.register(lambda: print('typer loaded' if 'typer' in sys.modules else 'no typer'));"
        "sys.argv = ['grouptui', *sys.argv[1:]];"
        "runpy.run_module('grouptui', run_name='__main__')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "--book", str(book_path), "note", "路灯不亮"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("no typer")
