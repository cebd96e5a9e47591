"""The title bar on top of every screen: Textual's ``Header``, drawn by one widget.

Textual's ``Header`` is four widgets (the bar, its icon, its title, the clock's space),
each mounted and styled when a screen opens, with four watchers: about 7 ms of every
screen's first frame, home's at start-up included. :class:`TitleBar` draws the same
cells (``tests/tui/test_title_bar.py`` compares the two at several widths and titles)
and does what the header does:

- the icon (left, 8 cells) opens the command palette when clicked, is lit while the
  mouse is over it and says so in a tooltip, in the user's language;
- the title and sub-title (the screen's, else the app's, as ``App.format_title`` puts
  them) are centred between the icon and the clock's space (10 cells on the right),
  cut with "…" when they do not fit, and follow every change of either;
- a click elsewhere on the bar makes it three rows tall (the title on the top row, the
  icon on the middle one, as Textual's header has them), and another click one row.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

from grouptui.i18n import t


class TitleBar(Widget):
    """Textual's ``Header`` (icon, title, the clock's space) in one widget."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        background: $panel;
        color: $foreground;
        height: 1;
    }
    TitleBar.-tall {
        height: 3;
    }
    """

    #: The icon, and the cells its part of the bar takes (Textual's HeaderIcon: a cell of
    #: padding each side of it, 8 in all).
    ICON = "⭘"
    ICON_WIDTH = 8
    #: The cells on the right that Textual's header keeps for a clock.
    CLOCK_WIDTH = 10
    #: Textual's HeaderIcon:hover.
    ICON_HOVER = "on $foreground 10%"

    #: The mouse is over the icon.
    icon_hover = reactive(False)

    def on_mount(self) -> None:
        for node in (self.app, self.screen):
            self.watch(node, "title", self._title_changed, init=False)
            self.watch(node, "sub_title", self._title_changed, init=False)

    def _title_changed(self) -> None:
        self.refresh()

    def _over_icon(self, x: int) -> bool:
        return 0 <= x < self.ICON_WIDTH

    def on_mouse_move(self, event: events.MouseMove) -> None:
        over = self._over_icon(event.x)
        self.icon_hover = over
        self.tooltip = t("textual_open_palette") if over else None

    def on_leave(self, _event: events.Leave) -> None:
        self.icon_hover = False
        self.tooltip = None

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        if self._over_icon(event.x):
            await self.run_action("app.command_palette")
        else:
            self.toggle_class("-tall")

    def title_content(self) -> Content:
        """The title and sub-title shown: the screen's, else the app's."""
        screen = self.screen
        title = screen.title if screen.title is not None else self.app.title
        sub_title = screen.sub_title if screen.sub_title is not None else self.app.sub_title
        return self.app.format_title(title, sub_title)

    def render(self) -> Content:
        width = self.size.width
        middle = max(0, width - self.ICON_WIDTH - self.CLOCK_WIDTH)
        title = self.title_content()
        if title.cell_length > middle:
            title = title.truncate(middle, ellipsis=True)
        spare = middle - title.cell_length
        title_row = Content.assemble(
            " " * (spare // 2), title, " " * (spare - spare // 2 + self.CLOCK_WIDTH)
        )
        blank_row = Content(" " * (middle + self.CLOCK_WIDTH))
        icon = " " + self.ICON
        icon += " " * (self.ICON_WIDTH - cell_len(icon))
        if self.size.height < 3:
            return Content.assemble(self._icon_cells(icon), title_row)
        # Tall, as Textual's header stands: the title on the top row (its own height is
        # one row), the icon in the middle of its column of three.
        blank_icon = " " * self.ICON_WIDTH
        return Content("\n").join(
            [
                Content.assemble(self._icon_cells(blank_icon), title_row),
                Content.assemble(self._icon_cells(icon), blank_row),
                Content.assemble(self._icon_cells(blank_icon), blank_row),
            ]
        )

    def _icon_cells(self, text: str) -> Content:
        return Content.styled(text, self.ICON_HOVER) if self.icon_hover else Content(text)
