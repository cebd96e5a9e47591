"""Every screen's footer is ``widgets/footer.KeyFooter``, one widget, instead of Textual's
``Footer`` (a container of one widget per key, mounted and styled on every opening and
every change of the keys). A user must see the same footer: the same cells in every
theme, hovered, with a disabled key, compact, too narrow for its keys; a click presses
the key; the keys follow the focus."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Input, Static

from grouptui.widgets.footer import KeyFooter

THEMES = sorted(App().available_themes)


class Keys(App[None]):
    """An app with keys of every kind: described, with a tooltip, disabled, hidden."""

    BINDINGS = [
        Binding("ctrl+s", "save", "保存"),
        Binding("f2", "back", "返回", tooltip="回到首页"),
        Binding("f3", "never", "不可用"),
        Binding("f4", "hidden", "看不见", show=False),
        Binding("ctrl+q", "quit", "退出"),
        Binding("f1", "help", "帮助"),
        Binding("question_mark", "help", "帮助"),  # the same action: shown once, as f1
    ]

    def __init__(self, footer: type, theme: str = "textual-dark", compact: bool = False):
        super().__init__()
        self.footer = footer
        self.compact = compact
        self.theme = theme
        self.pressed: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("正文")
        yield Input(id="typed")
        yield self.footer(compact=self.compact)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "never" else True

    def action_save(self) -> None:
        self.pressed.append("save")

    def action_back(self) -> None:
        self.pressed.append("back")


async def footer_row(
    footer: type,
    width: int = 80,
    theme: str = "textual-dark",
    hover: int | None = None,
    compact: bool = False,
    switch_to: str | None = None,
) -> list:
    """The footer's row as cells (character, style without the mouse's metadata), in
    ``theme`` or, if given, after the theme changed under it to ``switch_to`` (Ctrl+T)."""
    app = Keys(footer, theme, compact)
    async with app.run_test(size=(width, 6)) as pilot:
        await pilot.pause()
        app.set_focus(None)
        await pilot.pause()
        if switch_to is not None:
            app.theme = switch_to
            await pilot.pause()
            await pilot.pause()
        if hover is not None:
            await pilot.hover(footer, offset=(hover, 0))
            await pilot.pause()
        # On a loaded machine the footer may not have drawn its keys after two turns of
        # the event loop (a CI run once caught it blank): wait until it has.
        for _ in range(100):
            row = app.screen._compositor.render_strips()[-1]
            if not row.text.isspace():
                break
            await pilot.pause(0.02)
        return [cell(char, segment.style) for segment in row for char in segment.text]


def cell(char: str, style: Style | None) -> tuple[str, Style]:
    """A cell as a user sees it: a blank shows its background only (no glyph to colour)."""
    style = (style or Style()).clear_meta_and_links()
    if char.isspace():
        style = Style(bgcolor=style.bgcolor, reverse=bool(style.reverse) or None)
    return char, style


@pytest.mark.parametrize("theme", THEMES)
async def test_the_footer_draws_as_textual_s_in_every_theme(theme: str) -> None:
    assert await footer_row(KeyFooter, theme=theme) == await footer_row(Footer, theme=theme)


@pytest.mark.parametrize("width", [20, 36, 50, 120])
@pytest.mark.parametrize("compact", [False, True])
async def test_the_footer_draws_as_textual_s_at_every_width(width: int, compact: bool) -> None:
    ours = await footer_row(KeyFooter, width=width, compact=compact)
    theirs = await footer_row(Footer, width=width, compact=compact)
    if compact and width == 36:
        # Textual's compact footer, its keys cut, shows a character of the hidden keys in
        # the cell of the palette key's right margin ("▏^p palette1"); ours leaves it blank.
        assert theirs[-1][0] != " " and ours[-1] == cell(" ", ours[-2][1])
        ours, theirs = ours[:-1], theirs[:-1]
    assert ours == theirs


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "gruvbox"])
@pytest.mark.parametrize("x", [1, 9, 16, 78])
async def test_the_key_under_the_mouse_is_lit_as_textual_s(theme: str, x: int) -> None:
    ours = await footer_row(KeyFooter, theme=theme, hover=x)
    assert ours == await footer_row(Footer, theme=theme, hover=x)
    if x < 16:
        assert ours != await footer_row(KeyFooter, theme=theme)  # lit, not plain


async def test_a_click_presses_the_key_and_a_disabled_key_rings() -> None:
    app = Keys(KeyFooter)
    async with app.run_test(size=(80, 6)) as pilot:
        await pilot.pause()
        app.set_focus(None)
        await pilot.pause()
        footer = app.query_one(KeyFooter)
        rang: list[str] = []
        app.bell = lambda: rang.append("bell")  # type: ignore[method-assign]
        assert sorted(footer.shown[:4]) == sorted(["保存", "返回", "不可用", "退出"])
        await pilot.click(KeyFooter, offset=(x_of(app, "保存"), 0))
        await pilot.click(KeyFooter, offset=(x_of(app, "返回"), 0))
        await pilot.click(KeyFooter, offset=(x_of(app, "不可用"), 0))  # disabled: the bell
        await pilot.pause()
        assert app.pressed == ["save", "back"] and rang == ["bell"]
        await pilot.hover(KeyFooter, offset=(x_of(app, "返回"), 0))
        await pilot.pause()
        assert footer.tooltip == "回到首页"
        await pilot.click(KeyFooter, offset=(78, 0))  # the palette's key, on the right
        await pilot.pause()
        from textual.command import CommandPalette

        assert isinstance(app.screen, CommandPalette)


def x_of(app: App[None], words: str) -> int:
    """The cell where ``words`` start on the footer's row."""
    from rich.cells import cell_len

    row = app.screen._compositor.render_strips()[-1].text
    return cell_len(row[: row.index(words)])


async def test_the_keys_follow_the_focus() -> None:
    """An input's own keys are not the screen's: the footer repaints when focus moves."""
    app = Keys(KeyFooter)
    async with app.run_test(size=(120, 6)) as pilot:
        await pilot.pause()
        app.set_focus(None)
        await pilot.pause()
        before = app.query_one(KeyFooter).shown
        app.set_focus(app.query_one(Input))
        await pilot.pause()
        row = app.screen._compositor.render_strips()[-1].text
        after = app.query_one(KeyFooter).shown
        theirs = Keys(Footer)
        async with theirs.run_test(size=(120, 6)) as their_pilot:
            await their_pilot.pause()
            theirs.set_focus(theirs.query_one(Input))
            await their_pilot.pause()
            assert row == theirs.screen._compositor.render_strips()[-1].text
        assert before and after


async def test_the_footer_follows_a_change_of_theme_as_textual_s() -> None:
    ours = await footer_row(KeyFooter, switch_to="textual-light")
    assert ours == await footer_row(Footer, switch_to="textual-light")
    assert ours == await footer_row(KeyFooter, theme="textual-light")
