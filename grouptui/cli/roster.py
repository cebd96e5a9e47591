"""``grouptui roster``: list, add, import, retire deputies."""

from __future__ import annotations

from pathlib import Path

import typer

from grouptui.cli.state import State, UserError, clock, echo, print_json, print_table
from grouptui.console import say
from grouptui.i18n import get_language, join_words, t

ORDER = 20


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
                    join_words(label(LEVELS, lv, lang) for lv in d.levels),
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
    ) -> None:
        from grouptui.domain.models import Deputy

        state: State = ctx.obj
        deputy = _checked(
            lambda: Deputy(
                name=_clean(name),
                levels=_levels(level),
                constituency=constituency.strip(),
                phone=phone.strip(),
                unit=unit.strip(),
                is_new=new,
                joined_on=clock()().date(),
            )
        )
        with state.open_book(write=True) as book:
            if any(d.name == deputy.name and d.active for d in book.deputies.all()):
                raise UserError("deputy_exists", name=deputy.name)
            book.deputies.save(deputy)
        echo(t("roster_added", name=deputy.name))
        from grouptui.domain.receptions import contact_ok

        if not contact_ok(deputy.phone):
            # Kept as typed (a number noted wrongly can still be checked), but said.
            say(t("roster_phone_flagged", phone=deputy.phone))

    @roster.command("retire", help=t("help_roster_retire"))
    def roster_retire(
        ctx: typer.Context,
        name: str = typer.Argument(..., help=t("arg_name")),
    ) -> None:
        from grouptui.domain.roster import find_by_name

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            deputy = find_by_name(book.deputies.all(), name)
            if deputy is None or not deputy.active:
                raise UserError("deputy_not_found", name=name)
            deputy.active = False
            deputy.retired_on = clock()().date()
            book.deputies.save(deputy)
        echo(t("roster_retired", name=deputy.name))

    @roster.command("import", help=t("help_roster_import"))
    def roster_import(
        ctx: typer.Context,
        file: Path = typer.Argument(..., help=t("arg_import_file")),
    ) -> None:
        from grouptui.store.roster_io import read_roster_file

        state: State = ctx.obj
        deputies, skipped = read_roster_file(file, today=clock()().date())
        with state.open_book(write=True) as book:
            existing = {d.name for d in book.deputies.all() if d.active}
            fresh = [d for d in deputies if d.name not in existing]
            skipped += len(deputies) - len(fresh)
            book.deputies.save_many(fresh)
        echo(t("roster_imported", count=len(fresh), skipped=skipped))


def _clean(name: str) -> str:
    from grouptui.domain.roster import clean_name

    return clean_name(name)


def _levels(values: list[str]) -> list[str]:
    from grouptui.domain.roster import parse_levels

    return parse_levels(values)


def _checked(build):
    from grouptui.domain.roster import RosterError

    try:
        return build()
    except RosterError as exc:
        raise UserError(exc.key, **exc.params) from None
