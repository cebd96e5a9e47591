"""``grouptui note`` and ``grouptui quick``: quick notes from the shell and the TUI.

``note`` is the fastest path in the field, so it imports only the store and the note
rules (never Textual, never Rich): the test suite checks ``sys.modules`` after running it.
The console script runs plain ``note`` command lines without Typer at all
(:mod:`grouptui.fastnote`); this command is the same work for every other spelling.
"""

from __future__ import annotations

import typer

from grouptui.cli.state import State, UserError, echo

ORDER = 31


commands = typer.Typer()


@commands.command("note", help="help_note")
def note(
    ctx: typer.Context,
    text: list[str] = typer.Argument(..., metavar="TEXT", help="arg_note_text"),
    record: str | None = typer.Option(None, "--record", help="opt_note_record"),
    tag: str | None = typer.Option(None, "--tag", help="opt_note_tag"),
) -> None:
    from grouptui.console import say
    from grouptui.fastnote import NoteArgs, joined_message, run_note

    state: State = ctx.obj
    book = str(state.book_path())
    added = run_note(NoteArgs(book=book, words=list(text), record=record, tag=tag))
    if added.joined is not None:
        say(joined_message(added))
    echo(added.record.id)


@commands.command("quick", help="help_quick")
def quick(
    ctx: typer.Context,
    record: str | None = typer.Option(None, "--record", help="opt_note_record"),
) -> None:
    from grouptui.cli.tui import open_tui

    state: State = ctx.obj
    record_id = None
    if record:
        with state.open_book() as book:
            record_id = book.records.find(record).id
    elif state.book is not None and not state.book.exists():
        raise UserError("book_not_found", path=state.book)
    open_tui(state, start="quick", quick_record=record_id)
