"""``grouptui roster``: list, add, edit, import, retire deputies."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from grouptui.cli.state import (
    UserError,
    change_book,
    clock,
    echo,
    print_list,
    read_book,
)
from grouptui.console import say
from grouptui.i18n import get_language, join_words, t

if TYPE_CHECKING:
    from grouptui.domain.models import Deputy
    from grouptui.store.book import Book

ORDER = 20
T = TypeVar("T")


roster = typer.Typer(help="help_roster", no_args_is_help=True)


GROUPS = {"roster": roster}


@roster.command("list", help="help_roster_list")
def roster_list(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
    include_contacts: bool = typer.Option(
        False, "--include-contacts", help="opt_roster_include_contacts"
    ),
) -> None:
    from grouptui.domain.roster import mask_phone
    from grouptui.domain.vocab import LEVELS, label

    deputies = read_book(ctx, lambda book: book.deputies.all())
    lang = get_language()
    print_list(
        deputies,
        as_json,
        to_json=lambda d: {
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
        },
        none="roster_empty",
        columns=[
            t("col_name"),
            t("col_levels"),
            t("col_constituency"),
            t("col_unit"),
            t("col_phone"),
            t("col_new"),
            t("col_active"),
        ],
        to_row=lambda d: (
            d.name,
            join_words(label(LEVELS, lv, lang) for lv in d.levels),
            d.constituency,
            d.unit,
            d.phone if include_contacts else mask_phone(d.phone),
            t("yes") if d.is_new else "",
            t("yes") if d.active else t("no"),
        ),
    )


@roster.command("add", help="help_roster_add")
def roster_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="arg_name"),
    level: list[str] = typer.Option([], "--level", help="opt_level"),
    constituency: str = typer.Option("", "--constituency", help="opt_constituency"),
    phone: str = typer.Option("", "--phone", help="opt_phone"),
    unit: str = typer.Option("", "--unit", help="opt_unit"),
    new: bool = typer.Option(False, "--new", help="opt_new"),
    joined: str = typer.Option("", "--joined", help="opt_joined"),
    gender: str = typer.Option("", "--gender", help="opt_gender"),
    born: str = typer.Option("", "--born", help="opt_born"),
    ethnicity: str = typer.Option("", "--ethnicity", help="opt_ethnicity"),
    party: str = typer.Option("", "--party", help="opt_party"),
    post: str = typer.Option("", "--post", help="opt_post"),
) -> None:
    from grouptui.domain.models import Deputy
    from grouptui.domain.receptions import contact_ok
    from grouptui.store.roster import checked_deputy, save_deputy

    values = _fields(ctx.params, "phone")
    deputy = change_book(
        ctx,
        lambda book: _checked(
            lambda: save_deputy(
                book,
                # kept as typed (a number noted wrongly can still be checked), but said
                replace(
                    checked_deputy(Deputy(name=""), year=book.meta.year, **values),
                    phone=phone.strip(),
                ),
            )
        ),
    )
    echo(t("roster_added", name=deputy.name))
    if not contact_ok(deputy.phone):
        say(t("roster_phone_flagged", phone=deputy.phone))


@roster.command("edit", help="help_roster_edit")
def roster_edit(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="arg_name"),
    new_name: str | None = typer.Option(None, "--name", help="opt_new_name"),
    level: list[str] = typer.Option([], "--level", help="opt_level"),
    constituency: str | None = typer.Option(None, "--constituency", help="opt_constituency"),
    phone: str | None = typer.Option(None, "--phone", help="opt_phone"),
    unit: str | None = typer.Option(None, "--unit", help="opt_unit"),
    joined: str | None = typer.Option(None, "--joined", help="opt_joined_edit"),
    gender: str | None = typer.Option(None, "--gender", help="opt_gender"),
    born: str | None = typer.Option(None, "--born", help="opt_born"),
    ethnicity: str | None = typer.Option(None, "--ethnicity", help="opt_ethnicity"),
    party: str | None = typer.Option(None, "--party", help="opt_party"),
    post: str | None = typer.Option(None, "--post", help="opt_post"),
) -> None:
    from grouptui.store.roster import checked_deputy, save_deputy

    values = _fields(ctx.params, "name", "phone")

    def edit(book: Book) -> Deputy:
        deputy = _named(book, name)
        if phone is not None:
            deputy = replace(deputy, phone=phone.strip())  # as ``add`` keeps it
        return _checked(
            lambda: save_deputy(book, checked_deputy(deputy, year=book.meta.year, **values))
        )

    echo(t("roster_saved", name=change_book(ctx, edit).name))


@roster.command("retire", help="help_roster_retire")
def roster_retire(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="arg_name"),
    on: str = typer.Option("", "--on", "--date", help="opt_retire_on"),
) -> None:
    from grouptui.domain.roster import parse_day
    from grouptui.store.roster import retire_deputy

    day = _checked(lambda: parse_day(on)) if on else clock()().date()
    saved = change_book(
        ctx, lambda book: _checked(lambda: retire_deputy(book, _named(book, name).id, on=day))
    )
    echo(t("roster_retired", name=saved.name))


@roster.command("import", help="help_roster_import")
def roster_import(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="arg_import_file"),
) -> None:
    from grouptui.store.roster_io import add_imported, read_roster_file

    fresh, skipped = change_book(
        ctx, lambda book: add_imported(book, read_roster_file(file, year=book.meta.year))
    )
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
