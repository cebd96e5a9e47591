"""``grouptui export``: the books as files to hand in; the book itself is only read."""

from __future__ import annotations

from pathlib import Path

import typer

from grouptui.cli.state import State, echo
from grouptui.console import say
from grouptui.i18n import join_words, t

ORDER = 80


commands = typer.Typer()


@commands.command("export", help="help_export")
def export(
    ctx: typer.Context,
    what: str = typer.Option("all", "--what", help="opt_export_what", show_default=False),
    fmt: str | None = typer.Option(None, "--format", help="opt_export_format"),
    out: Path = typer.Option(Path("."), "--out", help="opt_export_out", show_default=False),
    quarter: str | None = typer.Option(None, "--quarter", help="opt_export_quarter"),
    deputy: str | None = typer.Option(None, "--deputy", help="opt_export_deputy"),
    include_contacts: bool = typer.Option(False, "--include-contacts", help="opt_export_contacts"),
    force: bool = typer.Option(False, "--force", help="opt_export_force"),
    record: str | None = typer.Option(None, "--record", help="opt_export_record"),
) -> None:
    from grouptui.export.service import (
        ExportRequest,
        book_label,
        parse_format,
        parse_quarter,
        parse_what,
        plan_export,
        run_export,
    )

    state: State = ctx.obj
    request = ExportRequest(
        what=parse_what(what),
        format=parse_format(fmt),
        out=out,
        quarter=parse_quarter(quarter),
        deputy=deputy,
        include_contacts=include_contacts,
        force=force,
        record=record,
    )
    with state.open_book(write=False) as book:
        plan = plan_export(book, request)
        written = run_export(book, request, plan=plan)
    for note in plan.notes:
        say(note)
    if plan.skipped:
        names = join_words(book_label(b) for b in plan.skipped)
        say(t("export_skipped", books=names, format=request.format))
    for path in written:
        echo(str(path))
