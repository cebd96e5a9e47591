"""A table whose columns fit the width of the screen, for every list of the app.

Textual's ``DataTable`` sizes each column to its widest cell and scrolls sideways when
they do not fit, so at 80 columns the last ones (地点, 实到/应到) are out of sight, and a
column given a fixed width crops its text with no sign that something is missing.
:class:`FitTable` instead gives each column the width it needs while they all fit, and
when they do not, takes width from the columns the screen names as least important
first (each down to a minimum), then from the widest others; a cell cut short ends with
"…". Cells are plain text (``str`` is never read as markup) on one line.

Every table of the app is a ``FitTable``: a screen adds columns and rows as on a
``DataTable`` and says, once, which columns give up their width first.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.events import Resize
from textual.widgets import DataTable
from textual.widgets._data_table import ColumnKey, RowKey

#: the fewest cells a column keeps when the table is short of width (and never fewer than
#: its header's, unless the screen gives the column a minimum of its own).
DEFAULT_MIN = 6


def one_line(cell: object) -> Text:
    """``cell`` as one line of plain text that ends in "…" when its column cuts it."""
    text = cell.copy() if isinstance(cell, Text) else Text(str("" if cell is None else cell))
    if "\n" in text.plain or "\r" in text.plain:
        # lines joined: a row is one line high (a tab is kept, as typed)
        text = Text(" ".join(text.plain.splitlines()), style=text.style)
    text.no_wrap = True
    text.overflow = "ellipsis"
    text.end = ""
    return text


def fit_widths(
    natural: Sequence[int],
    available: int,
    minimum: Sequence[int],
    order: Sequence[int],
) -> list[int]:
    """The width of each column so that they fit in ``available`` cells if they can.

    ``natural`` is what each column needs; when they need more than ``available``, the
    columns at the indices of ``order`` give up width first, one after the other, each down
    to its ``minimum``; then the others, widest first. The result never goes below a
    column's minimum (or its natural width, when that is smaller), so a table too wide
    even then scrolls sideways rather than showing nothing.
    """
    widths = list(natural)
    excess = sum(widths) - available
    rest = sorted((i for i in range(len(widths)) if i not in order), key=lambda i: -natural[i])
    for i in [*order, *rest]:
        if excess <= 0:
            break
        floor = min(natural[i], minimum[i])
        give = min(excess, widths[i] - floor)
        widths[i] -= give
        excess -= give
    return widths


class FitTable(DataTable[Text]):
    """A ``DataTable`` whose columns fit its width, the least important ones cut first.

    Args:
        shrink: the keys of the columns that give up width first, least important first.
        minimum: the fewest cells of a column by key (default :data:`DEFAULT_MIN`).
        **kwargs: as ``DataTable``.
    """

    def __init__(
        self,
        *,
        shrink: Sequence[str] = (),
        minimum: Mapping[str, int] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        #: the keys of the columns that give up width first.
        self.shrink_keys = tuple(shrink)
        #: the fewest cells of a column, by key.
        self.minimum = dict(minimum or {})
        self._fit_pending = False
        self._fitted_for = -1

    # Cells go in as one line of plain text --------------------------------------------

    def add_column(
        self,
        label: Any,
        *,
        width: int | None = None,
        key: str | None = None,
        default: Any = None,
    ) -> ColumnKey:
        """As ``DataTable.add_column``; ``width`` fixes a column (it then never shrinks)."""
        column_key = super().add_column(one_line(label), width=width, key=key, default=default)
        if width is not None:
            self.minimum.setdefault(column_key.value or "", width)
        self._queue_fit()
        return column_key

    def add_row(
        self,
        *cells: Any,
        height: int | None = 1,
        key: str | None = None,
        label: Any = None,
    ) -> RowKey:
        """As ``DataTable.add_row``, each cell on one line ending in "…" when cut."""
        row_key = super().add_row(
            *(one_line(c) for c in cells), height=height, key=key, label=label
        )
        self._queue_fit()
        return row_key

    def update_cell(
        self, row_key: Any, column_key: Any, value: Any, *, update_width: bool = False
    ) -> None:
        """As ``DataTable.update_cell``, the value on one line."""
        super().update_cell(row_key, column_key, one_line(value), update_width=update_width)
        self._queue_fit()

    def clear(self, columns: bool = False) -> FitTable:
        """As ``DataTable.clear``."""
        super().clear(columns)
        self._queue_fit()
        return self

    # Fitting --------------------------------------------------------------------------

    def _queue_fit(self) -> None:
        # many rows are added in a row: fit once, after them
        if not self._fit_pending:
            self._fit_pending = True
            self.call_later(self.fit_columns)

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._fitted_for:
            self.fit_columns()

    def available_width(self) -> int:
        """The cells the columns' text may take: the table's width less the cells'
        padding and a vertical scrollbar."""
        width = self.size.width or self.app.size.width
        padding = 2 * self.cell_padding * len(self.columns)
        return max(0, width - padding - self.styles.scrollbar_size_vertical)

    def fit_columns(self) -> None:
        """Give each column its width for the table's width and the rows it holds."""
        self._fit_pending = False
        columns = list(self.ordered_columns)
        if not columns:
            return
        natural = []
        for column in columns:
            width = cell_len(column.label.plain)
            for row in self._data.values():
                cell = row.get(column.key)
                if isinstance(cell, Text):
                    width = max(width, cell.cell_len)
            natural.append(width)
        keys = [column.key.value or "" for column in columns]
        # a column keeps its header whole unless the screen says how far it may shrink
        minimum = [
            self.minimum.get(k, max(DEFAULT_MIN, cell_len(c.label.plain)))
            for k, c in zip(keys, columns, strict=True)
        ]
        order = [keys.index(k) for k in self.shrink_keys if k in keys]
        widths = fit_widths(natural, self.available_width(), minimum, order)
        changed = False
        for column, width in zip(columns, widths, strict=True):
            if column.auto_width or column.width != width:
                column.auto_width = False
                column.width = width
                changed = True
        self._fitted_for = self.size.width
        if changed:
            # the widths are read when the table measures itself and renders its cells
            self._clear_caches()
            self._require_update_dimensions = True
            self.refresh()


def elide(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` cells with "…" when it is longer."""
    line = " ".join(text.split())
    if cell_len(line) <= width:
        return line
    cut = one_line(line)
    cut.truncate(max(1, width), overflow="ellipsis")
    return cut.plain
