"""Home's board draws its tables and its key list with our own layouts
(``grouptui/widgets/rich_rows.py``) instead of Rich's ``Table`` and ``Columns``, which
were most of home's first frame. A user must not see the difference: for every table and
width, each cell (character and style) is the one Rich draws."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console, RenderableType
from rich.style import Style
from rich.text import Text

from grouptui.widgets.rich_rows import Box, Halves, KeyColumns, Rows

NULL = Style.null()

#: Words as home shows them: Chinese and English, dates, spaces, the odd long run.
WORDS = st.sampled_from(
    [
        "调研",
        "视察",
        "城关镇第一代表小组",
        "2026-05-20",
        "5月",
        "✓",
        "-",
        "Inspection of the river works",
        "a",
        "",
        " ",
        "还有 3 项",
        "关于加强农村道路养护的建议",
        "x" * 30,
        "逾期",
        "郭兰春",
    ]
)
STYLES = st.sampled_from(["", "bold", "green", "bold red", "dim", "red", "bold reverse"])


@st.composite
def texts(draw: st.DrawFn, newlines: bool = True) -> Text:
    words = draw(st.lists(WORDS, max_size=4))
    sep = draw(st.sampled_from([" ", "", "  ", "\n"] if newlines else [" ", "", "  "]))
    text = Text(sep.join(words), style=draw(STYLES))
    if text.plain and draw(st.booleans()):
        start = draw(st.integers(0, len(text.plain) - 1))
        text.stylize(draw(STYLES) or "bold", start, start + draw(st.integers(1, 4)))
    if draw(st.booleans()):
        text.no_wrap = True
    text.justify = draw(st.sampled_from([None, None, "left", "default", "right", "center"]))
    return text


def cells(renderable: RenderableType, width: int) -> list[list[tuple[str, Style]]]:
    """What a terminal shows: each line's cells, a character and its style."""
    console = Console(width=width, color_system="truecolor", force_terminal=True)
    lines = console.render_lines(renderable, console.options, pad=True)
    out = []
    for line in lines:
        row = []
        for segment in line:
            for char in segment.text:
                row.append((char, segment.style or NULL))
        out.append(row)
    return out


@settings(max_examples=300, deadline=None)
@given(
    columns=st.integers(1, 4),
    flexible=st.integers(-4, 3),
    rows=st.lists(st.lists(texts(), min_size=4, max_size=4), max_size=6),
    width=st.integers(4, 140),
)
def test_a_table_draws_as_richs(
    columns: int, flexible: int, rows: list[list[Text]], width: int
) -> None:
    table = Rows(columns, flexible)
    for row in rows:
        table.add_row(*row[:columns])
    assert cells(table, width) == cells(table.rich_table(), width)


@settings(max_examples=300, deadline=None)
@given(entries=st.lists(texts(newlines=False), max_size=12), width=st.integers(4, 140))
def test_the_key_list_draws_as_richs(entries: list[Text], width: int) -> None:
    keys = KeyColumns(entries)
    assert cells(keys, width) == cells(keys.rich_columns(), width)


@settings(max_examples=300, deadline=None)
@given(
    title=texts(),
    body=st.one_of(texts(), st.lists(st.lists(texts(), min_size=3, max_size=3), max_size=4)),
    color=st.sampled_from(["#0178D4", "green", "red"]),
    width=st.integers(1, 140),
)
def test_a_panel_draws_as_richs(
    title: Text, body: Text | list[list[Text]], color: str, width: int
) -> None:
    if isinstance(body, list):
        table = Rows(3, flexible=1)
        for row in body:
            table.add_row(*row)
        body = table  # type: ignore[assignment]
    panel = Box(body, title, Style(color=color))
    assert cells(panel, width) == cells(panel.rich_panel(), width)


@st.composite
def panels(draw: st.DrawFn) -> Box | Text:
    body = draw(texts())
    if draw(st.booleans()):
        return body
    return Box(body, draw(texts()), Style(color="blue"))


@settings(max_examples=300, deadline=None)
@given(
    left=st.lists(panels(), max_size=3),
    right=st.lists(panels(), max_size=3),
    width=st.integers(1, 140),
)
def test_two_halves_draw_as_richs_grid(left: list[Box], right: list[Box], width: int) -> None:
    halves = Halves(left, right)
    assert cells(halves, width) == cells(halves.rich_grid(), width)


def test_home_s_tables_are_drawn_without_richs_table() -> None:
    """The fast way is taken for home's usual shapes (not the fallback to Rich)."""
    table = Rows(3, flexible=1)
    table.add_row(Text("2026-05-20", style="bold red"), Text("整改河道" * 20), Text("郭兰春"))
    assert table._widths(116) == [11, 116 - 11 - 7, 7]
    assert cells(table, 116) == cells(table.rich_table(), 116)
    assert len(cells(table, 116)) == 2  # the long cell wraps onto a second line


def test_home_s_key_list_is_laid_out_without_richs_columns() -> None:
    entries = [Text.assemble((key, "bold reverse"), " " + name) for key, name in KEYS]
    keys = KeyColumns(entries)
    for width, count, lines in ((116, 10, 1), (76, 6, 2), (36, 3, 4)):
        assert keys._column_count([e.cell_len for e in entries], width) == count
        drawn = cells(keys, width)
        assert drawn == cells(keys.rich_columns(), width)
        assert len(drawn) == lines
        assert "".join(char for char, _ in drawn[0]).startswith("c 活动清单   r 活动记录")


KEYS = [
    ("c", "活动清单"),
    ("r", "活动记录"),
    ("d", "履职记录"),
    ("s", "代表建议"),
    ("f", "跟踪事项"),
    ("g", "登记表"),
    ("e", "导出"),
    ("m", "合并"),
    ("n", "速记"),
    ("o", "代表名册"),
]
