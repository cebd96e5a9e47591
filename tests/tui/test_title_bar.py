"""Every screen's title bar is ``widgets/title_bar.TitleBar``, one widget, instead of
Textual's ``Header`` (four, mounted and styled on every screen's first frame). A user
must see the same bar: the same cells at every width, the titles following the screen,
the icon opening the command palette, a click making the bar tall."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.app import App, ComposeResult
from textual.widgets import Header

from grouptui.app import GroupApp
from grouptui.i18n import t
from grouptui.widgets.title_bar import TitleBar

TITLES = [
    ("人大代表小组账册", "城关镇第一代表小组（演示）  2026年度"),
    ("grouptui", ""),
    ("人大代表小组账册", "城关镇第一代表小组（演示）  2026年度  只读：另一台电脑正在编辑" * 2),
    ("Deputy group books", "A group  2026"),
    ("", ""),
    ("账册", "x"),
]


class Bar(App[None]):
    """An app showing one title bar, titled as grouptui titles its own."""

    def __init__(self, bar: type, title: str, sub_title: str) -> None:
        super().__init__()
        self.bar = bar
        self.title = title
        self.sub_title = sub_title

    format_title = GroupApp.format_title

    def compose(self) -> ComposeResult:
        yield self.bar()


async def drawn(bar: type, title: str, sub_title: str, width: int, tall: bool = False) -> list:
    """The bar's rows as cells: (character, style without the mouse's metadata)."""
    app = Bar(bar, title, sub_title)
    async with app.run_test(size=(width, 5)) as pilot:
        await pilot.pause()
        if tall:
            app.query_one(bar).add_class("-tall")
            await pilot.pause()
        rows = 3 if tall else 1
        strips = app.screen._compositor.render_strips()[:rows]
        return [
            [cell(char, segment.style) for segment in strip for char in segment.text]
            for strip in strips
        ]


def cell(char: str, style: Style | None) -> tuple[str, Style]:
    """A cell as a user sees it: a blank shows its background only (no glyph to colour)."""
    style = (style or Style()).clear_meta_and_links()
    if char.isspace():
        style = Style(bgcolor=style.bgcolor, reverse=bool(style.reverse) or None)
    return char, style


@pytest.mark.parametrize("width", [20, 40, 80, 120])
@pytest.mark.parametrize(("title", "sub_title"), TITLES)
async def test_the_title_bar_draws_as_textual_s_header(
    title: str, sub_title: str, width: int
) -> None:
    assert await drawn(TitleBar, title, sub_title, width) == await drawn(
        Header, title, sub_title, width
    )


async def test_a_tall_title_bar_draws_as_textual_s_tall_header() -> None:
    title, sub_title = TITLES[0]
    assert await drawn(TitleBar, title, sub_title, 80, tall=True) == await drawn(
        Header, title, sub_title, 80, tall=True
    )


async def lit_icon(bar: type) -> list:
    """The bar's first row with the mouse over the icon."""
    app = Bar(bar, *TITLES[0])
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()
        await pilot.hover(bar, offset=(2, 0))
        await pilot.pause()
        tooltip = app.query_one(bar).tooltip if bar is TitleBar else None
        row = app.screen._compositor.render_strips()[0]
        return [[cell(c, s.style) for s in row for c in s.text], tooltip]


async def test_the_icon_is_lit_under_the_mouse_as_textual_s() -> None:
    ours, tooltip = await lit_icon(TitleBar)
    theirs, _ = await lit_icon(Header)
    assert ours == theirs
    assert ours[0][1] != (await drawn(TitleBar, *TITLES[0], 80))[0][0][1]  # lit, not plain
    assert tooltip == t("textual_open_palette")


async def test_the_icon_opens_the_command_palette_and_the_bar_grows_tall_on_a_click() -> None:
    from textual.command import CommandPalette

    app = Bar(TitleBar, *TITLES[0])
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        bar = app.query_one(TitleBar)
        await pilot.click(TitleBar, offset=(40, 0))
        await pilot.pause()
        assert bar.has_class("-tall") and bar.size.height == 3
        await pilot.click(TitleBar, offset=(40, 0))
        await pilot.pause()
        assert bar.size.height == 1
        await pilot.click(TitleBar, offset=(1, 0))
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


async def test_the_title_follows_the_app_and_the_screen() -> None:
    app = Bar(TitleBar, "账册", "")
    async with app.run_test(size=(80, 5)) as pilot:
        await pilot.pause()

        def row() -> str:
            return app.screen._compositor.render_strips()[0].text

        assert "账册" in row()
        app.sub_title = "城关镇第一代表小组"
        await pilot.pause()
        assert "账册  城关镇第一代表小组" in row()
        app.screen.sub_title = "2026年5月20日 视察"
        await pilot.pause()
        assert "账册  2026年5月20日 视察" in row()
        app.screen.title = "合并冲突"
        await pilot.pause()
        assert "合并冲突  2026年5月20日 视察" in row()
