"""``grouptui restore``: list the book's backups, or put one of them back."""

from __future__ import annotations

import typer

from grouptui.cli.state import State, UserError, clock, echo, print_json, print_table
from grouptui.i18n import t

ORDER = 12


commands = typer.Typer()


@commands.command("restore", help="help_restore")
def restore(
    ctx: typer.Context,
    number: str | None = typer.Argument(None, help="arg_restore_number"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.store import backups
    from grouptui.store.atomic import real_path
    from grouptui.store.lock import BookLock

    state: State = ctx.obj
    path = real_path(state.book_path())
    if number is None:
        _list(backups.describe_all(path), as_json)
        return
    with BookLock(path):
        found = backups.list_backups(path)
        chosen = _pick(found, number, path)
        backups.restore(path, chosen, clock()())
    echo(t("restore_done", taken=_when(chosen.taken)))


def _when(taken) -> str:
    return taken.strftime("%Y-%m-%d %H:%M:%S")


def _pick(found, number: str, path):
    """The backup numbered ``number`` (1 is the newest) or a one-sentence refusal."""
    if not found:
        raise UserError("restore_none", path=path)
    text = number.strip()
    if not (text.isascii() and text.isdigit() and len(text) < 6 and 1 <= int(text) <= len(found)):
        raise UserError("restore_bad_number", value=number, count=len(found))
    return found[int(text) - 1]


def _list(described, as_json: bool) -> None:
    from grouptui.store.backups import describe_counts

    if as_json:
        print_json(
            [
                {
                    "number": n,
                    "path": str(d.backup.path),
                    "taken": d.backup.taken.isoformat(timespec="seconds"),
                    "size": d.backup.size,
                    "counts": d.counts,
                }
                for n, d in enumerate(described, 1)
            ]
        )
        return
    columns = [t(f"restore_col_{c}") for c in ("number", "taken", "size", "counts")]
    rows = [
        (n, _when(d.backup.taken), d.backup.size, describe_counts(d.counts))
        for n, d in enumerate(described, 1)
    ]
    print_table(columns, rows)
