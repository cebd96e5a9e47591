"""A dropdown open over buttons shows its Chinese options whole (issue 16, item 5): the
compositor cut a double-width character in two where a button below began or ended."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Select

from grouptui.domain.vocab import FORMS, label
from tests.support.shellkit import app_on, build_shell_book, open_plan_dialog, screen_text, until


@pytest.fixture
def shell_book(tmp_path: Path) -> Path:
    return build_shell_book(tmp_path / "book.json")


async def test_dropdown_over_the_buttons_shows_every_option_whole(shell_book):
    app = app_on(shell_book, lang="zh")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_plan_dialog(app, pilot)
        app.screen.query_one("#f-form", Select).focus()
        await pilot.press("enter")  # the list opens over the save and cancel buttons
        await until(pilot, lambda: "SelectOverlay" in type(app.focused).__name__)
        await pilot.pause()
        overlay = app.focused
        region = overlay.region
        on_screen = app.screen._compositor.render_strips()
        own = overlay.render_lines(region.reset_offset)
        width = region.width - overlay.scrollbar_size_vertical  # the list, not its scrollbar
        rows = [
            (on_screen[y].crop(region.x, region.x + width).text, own[n].crop(0, width).text)
            for n, y in enumerate(range(region.y, region.bottom))
        ]
        below = screen_text(app).splitlines()[region.y : region.bottom]
        assert any("保存" in line for line in below)  # the save button is under the list
        for shown, drawn in rows:
            assert shown == drawn  # what the list draws is what the screen shows
        words = "".join(drawn for _, drawn in rows)
        assert any(label(FORMS, key, "zh") in words for key in FORMS)
