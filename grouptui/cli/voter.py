"""``grouptui voter``: the voters received at receptions (add, list, edit, delete, restore).

A contact in a wrong format is kept as typed and flagged: the liaison officer may only
have the number half-written, and losing it would be worse than a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import typer

from grouptui.cli.state import State, change_book, echo, print_list
from grouptui.console import say
from grouptui.i18n import fmt_date, get_language, t

if TYPE_CHECKING:
    from grouptui.domain.models import VoterVisit
    from grouptui.store.book import Book

ORDER = 60  # after duty and training (same ORDER, later name), as the help has always listed

voter = typer.Typer(help="help_voter", no_args_is_help=True)


GROUPS = {"voter": voter}


def _save(ctx: typer.Context, said: str, save: Callable[[Book], tuple[VoterVisit, bool]]) -> None:
    """Add or change a voter with ``save``, say so, and flag a contact in a wrong format."""
    visit, ok = change_book(ctx, save)
    echo(t(said, name=visit.name, id=visit.id[:8]))
    if not ok:
        say(t("voter_contact_flagged", name=visit.name))


@voter.command("add", help="help_voter_add")
def voter_add(
    ctx: typer.Context,
    record: str = typer.Option(..., "--record", help="opt_voter_record"),
    name: str = typer.Option(..., "--name", help="opt_voter_name"),
    village: str = typer.Option("", "--village", help="opt_voter_village"),
    contact: str = typer.Option("", "--contact", help="opt_voter_contact"),
    raised: str = typer.Option("", "--raised", help="opt_voter_raised"),
    handling: str = typer.Option("", "--handling", help="opt_voter_handling"),
    status: str = typer.Option(
        "open", "--status", help="opt_voter_status", show_default="default_voter_status"
    ),
) -> None:
    from grouptui.store.receptions import add_voter

    _save(
        ctx,
        "voter_added",
        lambda book: add_voter(
            book,
            record=record,
            name=name,
            village=village,
            contact=contact,
            raised=raised,
            handling=handling,
            status=status,
        ),
    )


@voter.command("list", help="help_voter_list")
def voter_list(
    ctx: typer.Context,
    record: str = typer.Option("", "--record", help="opt_voter_record"),
    include_contacts: bool = typer.Option(
        False, "--include-contacts", help="opt_voter_include_contacts"
    ),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.domain.receptions import contact_ok, masked
    from grouptui.domain.vocab import FOLLOWUP_STATUS, label
    from grouptui.store.receptions import voters

    state: State = ctx.obj
    with state.open_book() as book:
        found = voters(book, record)
        records = {r.id: r for r in book.records.all(include_deleted=True)}

    def contact(value: str) -> str:
        return value if include_contacts else masked(value)

    lang = get_language()
    print_list(
        found,
        as_json,
        to_json=lambda v: {
            "id": v.id,
            "record_id": v.record_id,
            "date": records[v.record_id].date if v.record_id in records else None,
            "name": v.name,
            "village": v.village,
            "contact": contact(v.contact),
            "contact_ok": contact_ok(v.contact),
            "raised": v.raised,
            "handling": v.handling,
            "status": v.status,
        },
        none="voter_none",
        columns=[
            t("duty_col_id"),
            t("duty_col_date"),
            t("voter_col_name"),
            t("voter_col_village"),
            t("voter_col_contact"),
            t("voter_col_check"),
            t("voter_col_raised"),
            t("voter_col_handling"),
            t("voter_col_status"),
        ],
        to_row=lambda v: (
            v.id[:8],
            fmt_date(records[v.record_id].date) if v.record_id in records else "",
            v.name,
            v.village,
            contact(v.contact),
            "" if contact_ok(v.contact) else t("voter_flag"),
            v.raised,
            v.handling,
            label(FOLLOWUP_STATUS, v.status, lang),
        ),
        keep=(0, 5),  # the id (what voter edit/delete take) and the flag stay whole
    )


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

    _save(
        ctx,
        "voter_edited",
        lambda book: edit_voter(
            book,
            voter_id,
            name=name,
            village=village,
            contact=contact,
            raised=raised,
            handling=handling,
            status=status,
        ),
    )


@voter.command("delete", help="help_voter_delete")
def voter_delete(
    ctx: typer.Context,
    voter_id: str = typer.Argument(..., metavar="ID", help="arg_voter_id"),
) -> None:
    from grouptui.store.receptions import delete_voter

    visit = change_book(ctx, lambda book: delete_voter(book, voter_id))
    echo(t("voter_deleted_cli", name=visit.name, id=visit.id))


@voter.command("restore", help="help_voter_restore")
def voter_restore(
    ctx: typer.Context,
    voter_id: str = typer.Argument(..., metavar="ID", help="arg_voter_id"),
) -> None:
    from grouptui.store.receptions import restore_voter

    visit = change_book(ctx, lambda book: restore_voter(book, voter_id))
    echo(t("voter_restored", name=visit.name, id=visit.id[:8]))
