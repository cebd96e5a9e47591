"""Rich layouts drawn the way Rich draws them, in a third of the time: home's board.

Home is the first screen, and its board (panels holding tables of the quarter's plan,
the dates due and the open follow-ups, and the list of screens' keys) was most of its
first frame. Rich's ``Table`` and ``Columns`` measure every cell, then wrap each one in
a ``Padding`` and render it through five nested renderables, and every level splits and
crops each line again: some 2,500 ``Console.render`` calls for 35 lines.

The classes here give the same cells, character and style, as the Rich layout they
stand for, for the shapes home uses:

- :class:`Rows` is ``Table(box=None, show_header=False, padding=(0, 1, 0, 0),
  expand=True)`` of :class:`~rich.text.Text` cells, one column flexible (``ratio=1``,
  wrapping) and the others as wide as their widest cell (``no_wrap``). When the fixed
  columns leave the flexible one less than its minimum, Rich shrinks columns by rules of
  its own: :class:`Rows` then hands the same table to Rich.
- :class:`KeyColumns` is ``Columns(entries, padding=(0, 3))``: as many columns as fit,
  each as wide as its widest entry. An entry wider than the space goes to Rich.
- :class:`Box` is a ``Panel`` with rounded corners, a title on the left and a cell of
  space each side of its body.
- :class:`Halves` is the ``Table.grid`` of two equal columns, a cell apart, that holds
  home's two stacks of panels on a wide screen.

Each cell's text is wrapped by Rich's own ``Text.wrap`` with the options Rich would give
it (a one-line cell that fits is padded, as ``wrap`` would pad it); only the layouts'
plumbing is ours. ``tests/tui/test_rich_rows.py`` draws each both ways for random
contents and widths and compares every cell.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.panel import Panel
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from rich.columns import Columns

_NULL = Style.null()


def _cell(
    console: Console,
    text: Text,
    width: int,
    right: int,
    *,
    no_wrap: bool,
    overflow: str,
) -> list[list[Segment]]:
    """A table cell's lines, as Rich draws a ``Padding(text, (0, right, 0, 0))`` cell of
    a column justified left: the text wrapped in ``width - right`` cells and padded to
    it, then ``right`` spaces."""
    inner = width - right
    pad = [Segment(" " * right, _NULL)] if right else []
    plain = text.plain
    if (text.justify or "left") == "left" and "\n" not in plain and cell_len(plain) <= inner:
        # One line that fits: what Text.wrap gives back is the text padded to the width
        # (a left-justified line), so the wrapping, and the splitting after it, are spared.
        line = text.copy()
        line.truncate(inner, pad=True)
        return [[*Text("\n").join([line]).render(console), *pad]]
    lines = text.wrap(
        console,
        inner,
        justify=text.justify or "left",
        overflow=text.overflow or overflow,  # type: ignore[arg-type]
        tab_size=(console.tab_size if text.tab_size is None else text.tab_size) or 8,
        no_wrap=no_wrap if text.no_wrap is None else text.no_wrap,
    )
    # Joined and split again as Rich's Text.__rich_console__ and render_lines do: the
    # join turns each line's own style into a span, which colours the padding too.
    segments = Text("\n").join(lines).render(console, end=text.end)
    return [
        line + pad
        for line in Segment.split_and_crop_lines(
            segments, inner, include_new_lines=False, pad=True, style=_NULL
        )
    ]


def _rows_out(
    cells_by_row: Iterable[list[list[list[Segment]]]], widths: Sequence[int]
) -> RenderResult:
    """Rows of cells side by side, each cell's missing lines blank (Rich's top alignment)."""
    new_line = Segment.line()
    for cells in cells_by_row:
        height = max(len(cell) for cell in cells)
        for line_no in range(height):
            for width, cell in zip(widths, cells, strict=True):
                if line_no < len(cell):
                    yield from cell[line_no]
                else:
                    yield Segment(" " * width, _NULL)
            yield new_line


def _unusual(text: Text) -> bool:
    """A text whose width Rich measures otherwise than by its longest line: tabs."""
    return "\t" in text.plain


class Rows:
    """A borderless table of texts with one flexible column (see the module's docstring)."""

    def __init__(self, columns: int, flexible: int = -1) -> None:
        self.columns = columns
        #: The column that takes the rest of the width and wraps.
        self.flexible = flexible % columns
        self.rows: list[tuple[Text, ...]] = []

    def add_row(self, *cells: Text) -> None:
        if len(cells) != self.columns:
            raise ValueError(f"a row of {len(cells)} cells in a table of {self.columns}")
        self.rows.append(cells)

    def rich_table(self) -> Table:
        """The same table as Rich builds it."""
        table = Table(box=None, show_header=False, padding=(0, 1, 0, 0), expand=True)
        for i in range(self.columns):
            grows = i == self.flexible
            table.add_column(ratio=1 if grows else None, overflow="fold", no_wrap=not grows)
        for row in self.rows:
            table.add_row(*row)
        return table

    def _widths(self, max_width: int) -> list[int] | None:
        """Each column's width with its padding, as Rich gives it; None where Rich would
        have to shrink a column (the fixed ones leave the flexible one under 2 cells)."""
        widths = []
        for i in range(self.columns):
            if i == self.flexible:
                widths.append(0)
                continue
            # Rich measures a cell as its longest line plus the right padding (1).
            widest = max(
                (max(map(cell_len, row[i].plain.splitlines()), default=0) for row in self.rows),
                default=0,
            )
            widths.append(widest + 1)
        rest = max_width - sum(widths)
        if rest < 2 or any(width > max_width for width in widths):
            return None
        widths[self.flexible] = rest
        return widths

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = None
        if self.rows and not any(_unusual(text) for row in self.rows for text in row):
            widths = self._widths(options.max_width)
        if widths is None:
            yield from console.render(self.rich_table(), options)
            return
        flexible = self.flexible
        yield from _rows_out(
            (
                [
                    _cell(console, text, width, 1, no_wrap=i != flexible, overflow="fold")
                    for i, (width, text) in enumerate(zip(widths, row, strict=True))
                ]
                for row in self.rows
            ),
            widths,
        )


class KeyColumns:
    """One-line entries in as many columns as fit, 3 cells apart (``Columns(entries,
    padding=(0, 3))``, see the module's docstring)."""

    GAP = 3

    def __init__(self, entries: Sequence[Text]) -> None:
        self.entries = list(entries)

    def rich_columns(self) -> Columns:
        """The same layout as Rich builds it."""
        from rich.columns import Columns  # for unusual entries only: not loaded at start

        return Columns(self.entries, padding=(0, self.GAP))

    def _column_count(self, widths: Sequence[int], max_width: int) -> int:
        # Rich's own search (rich.columns.Columns.__rich_console__): fewer columns until
        # a row of the widest entries fits.
        count = len(widths)
        column_widths: dict[int, int] = defaultdict(int)
        while count > 1:
            column_widths.clear()
            column = 0
            padded = list(widths) + [0] * ((count - len(widths) % count) % count)
            for width in padded:
                column_widths[column] = max(column_widths[column], width)
                total = sum(column_widths.values()) + self.GAP * (len(column_widths) - 1)
                if total > max_width:
                    count = len(column_widths) - 1
                    break
                column = (column + 1) % count
            else:
                break
        return count

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        entries = self.entries
        max_width = options.max_width
        widths = [max(map(cell_len, entry.plain.splitlines()), default=0) for entry in entries]
        if not entries or max(widths) > max_width or any(_unusual(e) for e in entries):
            yield from console.render(self.rich_columns(), options)
            return
        count = self._column_count(widths, max_width)
        # Rich's grid: every column but the last is followed by the gap.
        padded = [
            (max(widths[i::count]) + (self.GAP if i < count - 1 else 0)) or 1 for i in range(count)
        ]
        if sum(padded) > max_width:  # an empty last column still takes a cell: Rich shrinks
            yield from console.render(self.rich_columns(), options)
            return
        filler = Text("")
        rows = []
        for start in range(0, len(entries), count):
            row = entries[start : start + count]
            row += [filler] * (count - len(row))
            rows.append(
                [
                    _cell(
                        console,
                        entry,
                        width,
                        self.GAP if i < count - 1 else 0,
                        no_wrap=False,
                        overflow="ellipsis",
                    )
                    for i, (width, entry) in enumerate(zip(padded, row, strict=True))
                ]
            )
        yield from _rows_out(rows, padded)


class Box:
    """A titled panel with rounded corners and a cell of space each side of its body:
    ``Panel(body, title=title, title_align="left", box=box.ROUNDED,
    border_style=border_style, padding=(0, 1), expand=True)`` drawn without its nested
    ``Padding`` (each nesting splits and crops every line again)."""

    def __init__(self, body: RenderableType, title: Text, border_style: Style) -> None:
        self.body = body
        self.title = title
        self.border_style = border_style

    def rich_panel(self) -> Panel:
        """The same panel as Rich builds it."""
        return Panel(
            self.body,
            title=self.title,
            title_align="left",
            box=box.ROUNDED,
            border_style=self.border_style,
            padding=(0, 1),
            expand=True,
        )

    def _title_line(self, console: Console, width: int, border: Style, rule: str) -> Text:
        """The top border's title, as Rich's Panel makes it: on one line, a space each
        side, over the border's style, then the border's line to the corner."""
        title = self.title.copy()
        title.end = ""
        title.plain = title.plain.replace("\n", " ")
        title.no_wrap = True
        title.expand_tabs()
        title.pad(1)
        title.stylize_before(border)
        title.truncate(width)
        if title.style:
            title.stylize(console.get_style(title.style))
        excess = width - cell_len(title.plain)
        if not excess:
            return title
        return Text.assemble(title, (rule * excess, border), no_wrap=True, end="")

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if width <= 4 or options.height is not None or not self.title.plain:
            yield from console.render(self.rich_panel(), options)
            return
        border = Style.null() + self.border_style
        frame = box.ROUNDED.substitute(options, safe=console.safe_box)
        if frame is not box.ROUNDED:  # an ASCII-only or legacy terminal: Rich's own way
            yield from console.render(self.rich_panel(), options)
            return
        child = options.update(width=width - 2, height=None, highlight=False)
        lines = console.render_lines(
            self.body, child.update_width(width - 4), style=_NULL, pad=True
        )
        new_line = Segment.line()
        yield Segment(frame.top_left + frame.top, border)
        title = self._title_line(console, width - 4, border, frame.top)
        yield from console.render(title, child.update_width(width - 4))
        yield Segment(frame.top + frame.top_right, border)
        yield new_line
        left = Segment(frame.mid_left, border)
        right = Segment(frame.mid_right, border)
        space = Segment(" ", _NULL)
        for line in lines:
            yield left
            yield space
            yield from line
            yield space
            yield right
            yield new_line
        yield Segment(frame.get_bottom([width - 2]), border)
        yield new_line


class Halves:
    """Two stacks side by side, halves of the width, a cell apart: ``Table.grid(expand=True,
    padding=(0, 1, 0, 0))`` of two ``ratio=1, width=1`` columns holding ``Group(*left)``
    and ``Group(*right)``, drawn without the table."""

    def __init__(self, left: Sequence[RenderableType], right: Sequence[RenderableType]) -> None:
        self.left = list(left)
        self.right = list(right)

    def rich_grid(self) -> Table:
        """The same grid as Rich builds it."""
        grid = Table.grid(expand=True, padding=(0, 1, 0, 0))
        grid.add_column(ratio=1, width=1)
        grid.add_column(ratio=1, width=1)
        grid.add_row(Group(*self.left), Group(*self.right))
        return grid

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if width < 4:
            yield from console.render(self.rich_grid(), options)
            return
        first = -(-width // 2)  # Rich's ratio_distribute of two equal halves
        second = width - first
        # The options a grid cell gets: its column's (left, wrapping, ellipsis).
        cell = options.update(
            width=width,
            justify="left",
            no_wrap=False,
            overflow="ellipsis",
            height=None,
            highlight=False,
        )
        left = console.render_lines(
            Group(*self.left), cell.update_width(first - 1), style=_NULL, pad=True
        )
        right = console.render_lines(
            Group(*self.right), cell.update_width(second), style=_NULL, pad=True
        )
        gap = Segment(" ", _NULL)
        new_line = Segment.line()
        for line_no in range(max(1, len(left), len(right))):  # a row is a line at least
            if line_no < len(left):
                yield from left[line_no]
                yield gap
            else:
                yield Segment(" " * first, _NULL)
            if line_no < len(right):
                yield from right[line_no]
            else:
                yield Segment(" " * second, _NULL)
            yield new_line
