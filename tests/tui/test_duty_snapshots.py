"""Snapshots of the duty log, registration form and suggestions screens (80x24, 120x40,
Chinese and English), on the small seeded book with a fixed clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from grouptui.app import make_app
from tests.support.data import NOW

SIZES = [(80, 24), (120, 40)]
LANGS = ["zh", "en"]


async def _settled(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("start", ["duty", "register", "suggestions"])
@pytest.mark.usefixtures("duty_ids")
def test_screen_snapshot(snap_compare, book_path: Path, start: str, lang: str, size) -> None:
    app = make_app(book_path, lang=lang, clock=lambda: NOW, start=start)
    assert snap_compare(app, terminal_size=size, run_before=_settled)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.usefixtures("duty_ids")
def test_duty_form_snapshot(snap_compare, book_path: Path, lang: str) -> None:
    app = make_app(book_path, lang=lang, clock=lambda: NOW, start="duty")
    assert snap_compare(app, terminal_size=(80, 24), press=["a"], run_before=_settled)
