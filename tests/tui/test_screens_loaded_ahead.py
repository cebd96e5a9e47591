"""The screens' code and words are loaded while the officer reads home, not when a key
asks for them.

Loading a screen's modules was part of the wait for its first opening (the record form's
alone took 30-50 ms). Once home is painted and its own work done, the app loads them one
per turn of the event loop. Run in a fresh interpreter: in the test process every screen
was loaded long ago.
"""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import grouptui.i18n as i18n
from grouptui.navigation import screen_modules

PROBE = """
import asyncio, json, sys
from datetime import datetime
from pathlib import Path

from grouptui.app import make_app
from grouptui.store.config import Config

MODULES = {modules!r}


def loaded():
    return [m for m in MODULES if m in sys.modules]


async def main():
    seen = {{}}
    app = make_app(Path(sys.argv[1]), clock=lambda: datetime(2026, 5, 20, 9, 30), config=Config())
    first_paint = app.on_first_paint

    def painted():
        seen["at first paint"] = loaded()
        first_paint()

    app.on_first_paint = painted
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):
            await pilot.pause(0.05)
            if len(loaded()) == len(MODULES):
                break
        seen["later"] = loaded()
        seen["words later"] = sorted(m for m in sys.modules if m.startswith("grouptui.i18n."))
        await pilot.press("r")
        await pilot.pause()
        seen["screen"] = type(app.screen).__name__
    print(json.dumps(seen))


asyncio.run(main())
"""


@pytest.mark.slow
def test_every_screen_module_is_loaded_after_home_is_painted_not_before(
    shell_book: Path,
) -> None:
    modules = list(screen_modules())
    assert "grouptui.screens.record" in modules  # the record form, reached by Enter
    assert "grouptui.screens.export" in modules
    out = subprocess.run(
        [sys.executable, "-c", PROBE.format(modules=modules), str(shell_book)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["at first paint"] == []  # nothing of them delays the first frame
    assert seen["later"] == modules
    # and the words of every screen: a screen's first words are no module load away
    assert seen["words later"] == sorted(
        f"grouptui.i18n.{info.name}" for info in pkgutil.iter_modules(i18n.__path__)
    )
    assert seen["screen"] == "RecordsScreen"  # and the keys still work
