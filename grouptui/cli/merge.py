"""``grouptui merge`` and ``grouptui conflicts``: the year-end merge from the shell.

``merge`` exits 1 while the merged book holds conflicts; ``conflicts`` lists them field by
field (exit 1 while any is open) and ``conflicts resolve`` writes a resolution.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from grouptui.cli.state import State, UserError, echo, print_json, print_table, read_book
from grouptui.domain.numbers import int_in
from grouptui.i18n import t

if TYPE_CHECKING:
    from grouptui.domain.conflicts import Conflict
    from grouptui.domain.merge import MergeResult

ORDER = 80


def _print_report(result: MergeResult, inputs: list[Path], out: Path, written: bool) -> None:
    from grouptui.merge_report import INLINE_INPUTS, inputs_table, report_lines, report_table

    columns, rows = report_table(result)
    print_table(columns, rows, title=t("merge_report_title"))
    if len(inputs) > INLINE_INPUTS:
        columns, rows = inputs_table(result, inputs)
        print_table(columns, rows, title=t("merge_inputs_title"))
    for line in report_lines(result, inputs, out, written):
        echo(line)


def conflict_json(conflict: Conflict) -> dict:
    """One conflict as JSON: its sides whole and the fields they disagree on."""
    from grouptui.domain.conflicts import field_rows

    return {
        "table": conflict.table,
        "id": conflict.id,
        "title": conflict.title,
        "sides": [{k: v for k, v in side.items() if k != "conflicts"} for side in conflict.sides],
        "differing_fields": [row.name for row in field_rows(conflict) if row.differs],
    }


def _print_conflict(conflict: Conflict) -> None:
    from grouptui.domain.conflicts import field_rows
    from grouptui.words import field_label, show_value

    echo(
        t(
            "conflict_heading",
            table=t(f"table_{conflict.table}"),
            title=conflict.title or t("conflict_untitled"),
            id=conflict.id,
        )
    )
    columns = [t("conflict_col_field"), t("conflict_col_winner")]
    columns += [t("conflict_col_other", n=n) for n in range(1, len(conflict.others) + 1)]
    rows = []
    for row in field_rows(conflict):
        if not row.differs:
            continue
        rows.append([field_label(row.name), *(show_value(v) for v in row.values)])
    print_table(columns, rows)


def _parse_keep(value: str, count: int) -> int:
    text = value.strip().lower()
    if text in ("winner", "shown"):
        return 0
    if text == "other":
        if count > 1:
            raise UserError("conflict_which_other", count=count)
        return 1
    head, _, number = text.partition(":")
    chosen = int_in(number, 1, count) if head == "other" else None
    if chosen is not None:
        return chosen
    raise UserError("conflict_bad_keep", value=value, count=count)


conflicts = typer.Typer(help="help_conflicts", invoke_without_command=True)


commands = typer.Typer()

GROUPS = {"conflicts": conflicts}


@commands.command("merge", help="help_merge")
def merge(
    books: list[Path] = typer.Argument(..., help="arg_merge_books", show_default=False),
    out: Path = typer.Option(..., "-o", "--out", help="opt_merge_out"),
    dry_run: bool = typer.Option(False, "--dry-run", help="opt_dry_run"),
    force: bool = typer.Option(False, "--force", help="opt_merge_force"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.store.merge import merge_files

    outcome = merge_files(books, out, force=force, dry_run=dry_run)
    if as_json:
        from grouptui.merge_report import report_json

        print_json(report_json(outcome.result, outcome.inputs, outcome.out, outcome.written))
    else:
        _print_report(outcome.result, outcome.inputs, outcome.out, outcome.written)
    if outcome.result.conflicts:
        raise typer.Exit(1)


@conflicts.callback()
def conflicts_list(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from grouptui.store.conflicts import open_conflicts

    found = read_book(ctx, open_conflicts)
    if as_json:
        print_json([conflict_json(c) for c in found])
    elif not found:
        echo(t("conflicts_none"))
    else:
        echo(t("conflicts_count", count=len(found)))
        for conflict in found:
            echo("")
            _print_conflict(conflict)
    if found:
        raise typer.Exit(1)


@conflicts.command("resolve", help="help_conflicts_resolve")
def conflicts_resolve(
    ctx: typer.Context,
    record_id: str = typer.Argument(..., help="arg_conflict_id", show_default=False),
    keep: str | None = typer.Option(None, "--keep", help="opt_keep"),
    sets: list[str] = typer.Option([], "--set", help="opt_set"),
) -> None:
    from grouptui.domain.conflicts import parse_value
    from grouptui.store.conflicts import find_conflict, resolve
    from grouptui.words import field_by_label

    if keep is None and not sets:
        raise UserError("conflict_nothing_chosen")
    state: State = ctx.obj
    with state.open_book(write=True) as book:
        conflict = find_conflict(book, record_id)
        side = _parse_keep(keep, len(conflict.others)) if keep is not None else 0
        edits: dict[str, Any] = {}
        for item in sets:
            name, eq, value = item.partition("=")
            if not eq or not name.strip():
                raise UserError("conflict_bad_set", value=item)
            field = field_by_label(conflict.table, conflict.sides, name)
            current = conflict.sides[side].get(field)
            edits[field] = parse_value(conflict.table, field, value, current)
        resolve(book, conflict, {"*": side}, edits)
        left = book.conflict_count()
    echo(
        t(
            "conflict_resolved",
            title=conflict.title or t("conflict_untitled"),
            id=conflict.id,
            count=left,
        )
    )
