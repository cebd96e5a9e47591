"""``grouptui roster``: list, add, import, retire deputies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from grouptui.cli.state import State, UserError, clock, echo, print_json, print_table
from grouptui.console import say
from grouptui.i18n import get_language, t

if TYPE_CHECKING:
    from grouptui.domain.models import Deputy
    from grouptui.store.book import Book

ORDER = 20
T = TypeVar("T")


def register(app: typer.Typer) -> None:
    """Add the roster commands to ``app``."""
    roster = typer.Typer(help=t("help_roster"), no_args_is_help=True)
    app.add_typer(roster, name="roster")

    @roster.command("list", help=t("help_roster_list"))
    def roster_list(
        ctx: typer.Context,
        as_json: bool = typer.Option(False, "--json", help=t("opt_json")),
        include_contacts: bool = typer.Option(
            False, "--include-contacts", help=t("opt_roster_include_contacts")
        ),
    ) -> None:
        from grouptui.domain.roster import mask_phone
        from grouptui.domain.vocab import LEVELS, label

        state: State = ctx.obj
        with state.open_book() as book:
            deputies = book.deputies.all()
        if as_json:
            print_json(
                [
                    {
                        "id": d.id,
                        "name": d.name,
                        "levels": d.levels,
                        "constituency": d.constituency,
                        "phone": d.phone if include_contacts else mask_phone(d.phone),
                        "unit": d.unit,
                        "is_new": d.is_new,
                        "active": d.active,
                        "joined_on": d.joined_on,
                        "retired_on": d.retired_on,
                        "gender": d.gender,
                        "born": d.born,
                        "ethnicity": d.ethnicity,
                        "party": d.party,
                        "post": d.post,
                    }
                    for d in deputies
                ]
            )
            return
        if not deputies:
            echo(t("roster_empty"))
            return
        lang = get_language()
        print_table(
            [
                t("col_name"),
                t("col_levels"),
                t("col_constituency"),
                t("col_unit"),
                t("col_phone"),
                t("col_new"),
                t("col_active"),
            ],
            [
                (
                    d.name,
                    "、".join(label(LEVELS, lv, lang) for lv in d.levels),
                    d.constituency,
                    d.unit,
                    d.phone if include_contacts else mask_phone(d.phone),
                    t("yes") if d.is_new else "",
                    t("yes") if d.active else t("no"),
                )
                for d in deputies
            ],
        )

    @roster.command("add", help=t("help_roster_add"))
    def roster_add(
        ctx: typer.Context,
        name: str = typer.Argument(..., help=t("arg_name")),
        level: list[str] = typer.Option([], "--level", help=t("opt_level")),
        constituency: str = typer.Option("", "--constituency", help=t("opt_constituency")),
        phone: str = typer.Option("", "--phone", help=t("opt_phone")),
        unit: str = typer.Option("", "--unit", help=t("opt_unit")),
        new: bool = typer.Option(False, "--new", help=t("opt_new")),
        joined: str = typer.Option("", "--joined", help=t("opt_joined")),
        gender: str = typer.Option("", "--gender", help=t("opt_gender")),
        born: str = typer.Option("", "--born", help=t("opt_born")),
        ethnicity: str = typer.Option("", "--ethnicity", help=t("opt_ethnicity")),
        party: str = typer.Option("", "--party", help=t("opt_party")),
        post: str = typer.Option("", "--post", help=t("opt_post")),
    ) -> None:
        from grouptui.domain.models import Deputy
        from grouptui.store.roster import checked_deputy, save_deputy

        state: State = ctx.obj
        values = _fields(ctx.params, "phone")
        with state.open_book(write=True) as book:
            deputy = _checked(
                lambda: save_deputy(
                    book,
                    # kept as typed (a number noted wrongly can still be checked), but said
                    replace(
                        checked_deputy(Deputy(name=""), year=book.meta.year, **values),
                        phone=phone.strip(),
                    ),
                )
            )
        echo(t("roster_added", name=deputy.name))
        from grouptui.domain.receptions import contact_ok

        if not contact_ok(deputy.phone):
            say(t("roster_phone_flagged", phone=deputy.phone))

    @roster.command("edit", help=t("help_roster_edit"))
    def roster_edit(
        ctx: typer.Context,
        name: str = typer.Argument(..., help=t("arg_name")),
        new_name: str | None = typer.Option(None, "--name", help=t("opt_new_name")),
        level: list[str] = typer.Option([], "--level", help=t("opt_level")),
        constituency: str | None = typer.Option(None, "--constituency", help=t("opt_constituency")),
        phone: str | None = typer.Option(None, "--phone", help=t("opt_phone")),
        unit: str | None = typer.Option(None, "--unit", help=t("opt_unit")),
        joined: str | None = typer.Option(None, "--joined", help=t("opt_joined_edit")),
        gender: str | None = typer.Option(None, "--gender", help=t("opt_gender")),
        born: str | None = typer.Option(None, "--born", help=t("opt_born")),
        ethnicity: str | None = typer.Option(None, "--ethnicity", help=t("opt_ethnicity")),
        party: str | None = typer.Option(None, "--party", help=t("opt_party")),
        post: str | None = typer.Option(None, "--post", help=t("opt_post")),
    ) -> None:
        from grouptui.store.roster import checked_deputy, save_deputy

        state: State = ctx.obj
        values = _fields(ctx.params, "name", "phone")
        with state.open_book(write=True) as book:
            deputy = _named(book, name)
            if phone is not None:
                deputy = replace(deputy, phone=phone.strip())  # as ``add`` keeps it
            saved = _checked(
                lambda: save_deputy(book, checked_deputy(deputy, year=book.meta.year, **values))
            )
        echo(t("roster_saved", name=saved.name))

    @roster.command("retire", help=t("help_roster_retire"))
    def roster_retire(
        ctx: typer.Context,
        name: str = typer.Argument(..., help=t("arg_name")),
        on: str = typer.Option("", "--on", "--date", help=t("opt_retire_on")),
    ) -> None:
        from grouptui.domain.roster import parse_day
        from grouptui.store.roster import retire_deputy

        state: State = ctx.obj
        day = _checked(lambda: parse_day(on)) if on else clock()().date()
        with state.open_book(write=True) as book:
            deputy = _named(book, name)
            saved = _checked(lambda: retire_deputy(book, deputy.id, on=day))
        echo(t("roster_retired", name=saved.name))

    @roster.command("import", help=t("help_roster_import"))
    def roster_import(
        ctx: typer.Context,
        file: Path = typer.Argument(..., help=t("arg_import_file")),
    ) -> None:
        from grouptui.store.roster_io import add_imported, read_roster_file

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            found = read_roster_file(file, year=book.meta.year)
            fresh, skipped = add_imported(book, found)
        echo(t("roster_imported", count=len(fresh), skipped=len(skipped)))
        for row in skipped:
            echo(t("import_skipped_row", row=row.row, reason=t(row.key, **row.params)))


#: Options whose deputy field has another name.
_FIELD_OF = {"level": "levels", "new": "is_new", "new_name": "name", "joined": "joined_on"}


def _fields(params: dict[str, Any], *skip: str) -> dict[str, Any]:
    """The deputy's fields from the command's options, leaving out ``skip`` and those
    not given (None, or no ``--level``)."""
    return {
        _FIELD_OF.get(key, key): value
        for key, value in params.items()
        if key not in skip and value is not None and value != []
    }


def _named(book: Book, name: str) -> Deputy:
    """The deputy called ``name`` (an active one first); a user error if none."""
    from grouptui.domain.roster import find_by_name

    deputy = find_by_name(book.deputies.all(), name)
    if deputy is None:
        raise UserError("deputy_not_found", name=name)
    return deputy


def _checked(build: Callable[[], T]) -> T:
    """``build()``, a roster error turned into the CLI's one-line user error."""
    from grouptui.domain.roster import RosterError

    try:
        return build()
    except RosterError as exc:
        raise UserError(exc.key, **exc.params) from None
