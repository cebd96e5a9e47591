"""Every screen at 80x24 and 120x40, in Chinese and English, shows what it exists to show
(issue 16): the columns of each list fit (the least important cut first, with "…"), home
shows its follow-ups and conflicts. Screens with snapshots of their own elsewhere (home,
checklist, duty, register, export, scoring) are not repeated here.

The lists use the demo book (long names and themes, as a real book has them); quick notes
and merge use the small shell book. Each SVG was reviewed
by its text before it was accepted; regenerate with ``--snapshot-update`` only after
reading what changed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.support.shellkit import app_on, build_shell_book

SIZES = [(80, 24), (120, 40)]
LANGS = ["zh", "en"]


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from grouptui.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.json"
    build_demo(path, year=2026, records=30, until=date(2026, 5, 20))
    return path.read_bytes()


@pytest.fixture
def demo_book(tmp_path: Path, demo_bytes: bytes) -> Path:
    path = tmp_path / "demo.json"
    path.write_bytes(demo_bytes)
    return path


async def _settled(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


#: screen -> (where the app starts, keys pressed there).
DEMO_SCREENS = {
    "records": ("records", []),
    "record": ("records", ["enter"]),
    "roster": ("roster", []),
    "suggestions": ("suggestions", []),
}
#: (the conflicts screen shows the deputy's random id: it has no snapshot)
SHELL_SCREENS = {
    "quick": ("quick", []),
    "merge": ("merge", []),
    # the plan item's form list open over the save and cancel buttons: each option whole
    "plan-form-dropdown": ("checklist", ["a", "shift+tab", "enter"]),
}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("screen", list(DEMO_SCREENS))
def test_demo_screen(snap_compare, demo_book: Path, screen: str, lang: str, size) -> None:
    start, keys = DEMO_SCREENS[screen]
    app = app_on(demo_book, lang=lang, start=start)
    assert snap_compare(app, terminal_size=size, press=keys, run_before=_settled)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("screen", list(SHELL_SCREENS))
def test_shell_screen(snap_compare, tmp_path: Path, screen: str, lang: str, size) -> None:
    start, keys = SHELL_SCREENS[screen]
    app = app_on(build_shell_book(tmp_path / "book.json"), lang=lang, start=start)
    assert snap_compare(app, terminal_size=size, press=keys, run_before=_settled)
