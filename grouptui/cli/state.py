"""What every command shares: the chosen book, the clock, output helpers, UserError."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from grouptui.console import fixed_clock
from grouptui.domain.errors import UserFacingError

if TYPE_CHECKING:
    import typer

    from grouptui.store.book import Book

T = TypeVar("T")


class UserError(UserFacingError):
    """Bad input found by a command."""


def clock() -> Callable[[], datetime]:
    """The clock: real time, or the fixed ``GROUPTUI_NOW`` (tests, demos, reproducible runs)."""
    return fixed_clock()


@dataclass
class State:
    """The global options of one invocation."""

    book: Path | None = None

    def book_path(self) -> Path:
        """The book to work on: --book, GROUPTUI_BOOK, else the last one used."""
        if self.book is not None:
            return self.book
        from grouptui.store.config import load_config

        last = load_config().last_book
        if not last:
            raise UserError("book_no_default")
        return Path(last)

    @contextmanager
    def open_book(self, write: bool = False) -> Iterator[Book]:
        """The book, opened (and locked when ``write``); closed at the end."""
        from grouptui.store.book import Book
        from grouptui.store.config import device_id

        path = self.book_path()
        book = Book.open(path, write=write, device=device_id() if write else "", clock=clock())
        try:
            yield book
        finally:
            book.close()


def change_book(ctx: typer.Context, change: Callable[[Book], T]) -> T:
    """Open the chosen book for writing, ``change`` it, close it; what ``change`` returned.

    The shape of every command that writes: the store does the work while the book is
    open and locked; the command prints once it is closed (saved), from what came back.
    """
    state: State = ctx.obj
    with state.open_book(write=True) as book:
        return change(book)


def read_book(ctx: typer.Context, read: Callable[[Book], T]) -> T:
    """What ``read`` finds in the chosen book, opened for reading only."""
    state: State = ctx.obj
    with state.open_book() as book:
        return read(book)


def parse_date(text: str) -> date:
    """A ``YYYY-MM-DD`` date typed by the user."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UserError("bad_date", value=text) from None


def parse_names(text: str | None) -> list[str]:
    """A comma-separated list of names (ASCII or Chinese commas), blanks dropped."""
    if not text:
        return []
    for sep in ("，", "、", ";", "；"):
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def print_json(value: Any) -> None:
    """One JSON document on stdout: UTF-8, not escaped, dates as YYYY-MM-DD."""

    def default(obj: Any) -> Any:
        if isinstance(obj, date):
            return obj.isoformat()
        if isinstance(obj, Path):
            return str(obj)
        raise TypeError(type(obj).__name__)

    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=default) + "\n")


def print_table(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    title: str = "",
    keep: Sequence[int] = (),
) -> None:
    """A Rich table on stdout; every cell is plain text, never markup.

    The ``keep`` columns are never wrapped nor cut (ids the user types back).
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title) if title else None, show_lines=False)
    for n, column in enumerate(columns):
        table.add_column(Text(column), no_wrap=n in keep)
    for row in rows:
        table.add_row(*(Text("" if cell is None else str(cell)) for cell in row))
    Console(markup=False, highlight=False, emoji=False).print(table)


def print_list(
    found: Sequence[T],
    as_json: bool,
    *,
    to_json: Callable[[T], Any],
    none: str,
    columns: Sequence[str],
    to_row: Callable[[T], Sequence[Any]],
    keep: Sequence[int] = (),
) -> None:
    """What a list command prints: ``--json``, else the line ``none`` says, else a table."""
    from grouptui.i18n import t

    if as_json:
        print_json([to_json(item) for item in found])
    elif not found:
        echo(t(none))
    else:
        print_table(columns, [to_row(item) for item in found], keep=keep)


def echo(text: str) -> None:
    """One line of plain output on stdout."""
    sys.stdout.write(text + "\n")
