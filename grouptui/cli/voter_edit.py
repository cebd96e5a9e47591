"""``grouptui voter edit|delete|restore``: correcting the voters received at a reception.

Added to the ``voter`` group that :mod:`grouptui.cli.duty` builds (this module has no
``register``: it is not a command module of its own). A contact in a wrong format is kept
as typed and flagged, exactly as ``voter add`` does.
"""

from __future__ import annotations

import typer

from grouptui.cli.state import State, echo
from grouptui.console import say
from grouptui.i18n import t


def add_commands(voter: typer.Typer) -> None:
    """Add edit, delete and restore to the ``voter`` command group."""

    @voter.command("edit", help="help_voter_edit")
    def voter_edit(
        ctx: typer.Context,
        voter_id: str = typer.Argument(..., metavar="ID", help="arg_voter_id"),
        name: str | None = typer.Option(None, "--name", help="opt_voter_name"),
        village: str | None = typer.Option(None, "--village", help="opt_voter_village"),
        contact: str | None = typer.Option(None, "--contact", help="opt_voter_contact"),
        raised: str | None = typer.Option(None, "--raised", help="opt_voter_raised"),
        handling: str | None = typer.Option(None, "--handling", help="opt_voter_handling"),
        status: str | None = typer.Option(None, "--status", help="opt_voter_status"),
    ) -> None:
        from grouptui.store.receptions import edit_voter

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            visit, ok = edit_voter(
                book,
                voter_id,
                name=name,
                village=village,
                contact=contact,
                raised=raised,
                handling=handling,
                status=status,
            )
        echo(t("voter_edited", name=visit.name, id=visit.id[:8]))
        if not ok:
            say(t("voter_contact_flagged", name=visit.name))

    @voter.command("delete", help="help_voter_delete")
    def voter_delete(
        ctx: typer.Context,
        voter_id: str = typer.Argument(..., metavar="ID", help="arg_voter_id"),
    ) -> None:
        from grouptui.store.receptions import delete_voter

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            visit = delete_voter(book, voter_id)
        echo(t("voter_deleted_cli", name=visit.name, id=visit.id))

    @voter.command("restore", help="help_voter_restore")
    def voter_restore(
        ctx: typer.Context,
        voter_id: str = typer.Argument(..., metavar="ID", help="arg_voter_id"),
    ) -> None:
        from grouptui.store.receptions import restore_voter

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            visit = restore_voter(book, voter_id)
        echo(t("voter_restored", name=visit.name, id=visit.id[:8]))
