"""``grouptui duty``, ``training`` and ``voter``: the duty logs and what feeds them."""

from __future__ import annotations

import typer

from grouptui.cli.state import State, echo, parse_date, print_json, print_table
from grouptui.console import say
from grouptui.domain.vocab import FOLLOWUP_STATUS, label
from grouptui.i18n import fmt_date, get_language, t

ORDER = 60


def _hours(value: float) -> str:
    return f"{value:g}" if value else ""


def _quarter(value: int | None) -> int | None:
    from grouptui.cli.state import UserError

    if value is not None and value not in (1, 2, 3, 4):
        raise UserError("duty_bad_quarter", value=value)
    return value


def register(app: typer.Typer) -> None:
    """Add the duty, training and voter commands to ``app``."""
    _register_duty(app)
    _register_training(app)
    _register_voter(app)


def _register_duty(app: typer.Typer) -> None:
    duty = typer.Typer(help=t("help_duty"), no_args_is_help=True)
    app.add_typer(duty, name="duty")

    @duty.command("list", help=t("help_duty_list"))
    def duty_list(
        ctx: typer.Context,
        deputy: str = typer.Option("", "--deputy", help=t("opt_duty_deputy")),
        quarter: int | None = typer.Option(None, "--quarter", help=t("opt_duty_quarter")),
        category: str = typer.Option("", "--category", help=t("opt_duty_category")),
        as_json: bool = typer.Option(False, "--json", help=t("opt_json")),
    ) -> None:
        from grouptui.domain.duty import parse_category
        from grouptui.domain.vocab import DUTY_CATEGORIES, label
        from grouptui.store.duty import entries

        state: State = ctx.obj
        key = parse_category(category) if category else ""
        with state.open_book() as book:
            found = entries(book, deputy=deputy, quarter=_quarter(quarter), category=key)
            names = {d.id: d.name for d in book.deputies.all(include_deleted=True)}
        if as_json:
            print_json(
                [
                    {
                        "id": e.id,
                        "deputy_id": e.deputy_id,
                        "deputy": names.get(e.deputy_id, ""),
                        "date": e.date,
                        "category": e.category,
                        "text": e.text,
                        "hours": e.hours,
                        "record_id": e.record_id,
                        "suggestion_id": e.suggestion_id,
                        "auto": e.auto,
                    }
                    for e in found
                ]
            )
            return
        if not found:
            echo(t("duty_none"))
            return
        lang = get_language()
        print_table(
            [
                t("duty_col_id"),
                t("duty_col_date"),
                t("duty_col_deputy"),
                t("duty_col_category"),
                t("duty_col_text"),
                t("duty_col_hours"),
                t("duty_col_source"),
            ],
            [
                (
                    e.id[:8],
                    fmt_date(e.date),
                    names.get(e.deputy_id, ""),
                    label(DUTY_CATEGORIES, e.category, lang),
                    e.text,
                    _hours(e.hours),
                    t("duty_auto") if e.auto else t("duty_typed"),
                )
                for e in found
            ],
        )

    @duty.command("add", help=t("help_duty_add"))
    def duty_add(
        ctx: typer.Context,
        deputy: str = typer.Option(..., "--deputy", help=t("opt_duty_deputy")),
        day: str = typer.Option(..., "--date", help=t("opt_duty_date")),
        category: str = typer.Option(..., "--category", help=t("opt_duty_category")),
        text: str = typer.Option(..., "--text", help=t("opt_duty_text")),
        hours: str = typer.Option("", "--hours", help=t("opt_duty_hours")),
    ) -> None:
        from grouptui.store.duty import add_entry

        state: State = ctx.obj
        when = parse_date(day)
        with state.open_book(write=True) as book:
            entry = add_entry(
                book, deputy=deputy, day=when, category=category, text=text, hours=hours
            )
            name = book.deputies.get(entry.deputy_id).name
        echo(t("duty_added", name=name, id=entry.id[:8]))

    @duty.command("edit", help=t("help_duty_edit"))
    def duty_edit(
        ctx: typer.Context,
        entry_id: str = typer.Argument(..., help=t("arg_duty_id")),
        day: str | None = typer.Option(None, "--date", help=t("opt_duty_date")),
        category: str | None = typer.Option(None, "--category", help=t("opt_duty_category")),
        text: str | None = typer.Option(None, "--text", help=t("opt_duty_text")),
        hours: str | None = typer.Option(None, "--hours", help=t("opt_duty_hours")),
    ) -> None:
        from grouptui.store.duty import edit_entry

        state: State = ctx.obj
        when = parse_date(day) if day is not None else None
        with state.open_book(write=True) as book:
            entry = edit_entry(book, entry_id, day=when, category=category, text=text, hours=hours)
        echo(t("duty_edited", id=entry.id[:8]))

    @duty.command("delete", help=t("help_duty_delete"))
    def duty_delete(
        ctx: typer.Context,
        entry_id: str = typer.Argument(..., help=t("arg_duty_id")),
    ) -> None:
        from grouptui.store.duty import delete_entry

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            entry = delete_entry(book, entry_id)
        echo(t("duty_deleted_cli", id=entry.id))

    @duty.command("restore", help=t("help_duty_restore"))
    def duty_restore(
        ctx: typer.Context,
        entry_id: str = typer.Argument(..., help=t("arg_duty_id")),
    ) -> None:
        from grouptui.domain.duty import DutyError
        from grouptui.store.duty import undo_delete

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            matches = [
                d["id"]
                for d in book.duty.docs(include_deleted=True)
                if d.get("deleted") and d["id"].startswith(entry_id.strip().lower())
            ]
            if len(matches) != 1 or len(entry_id.strip()) < 4:
                raise DutyError("duty_restore_none", id=entry_id)
            entry = undo_delete(book, matches[0])
        echo(t("duty_restored", id=entry.id[:8]))


def _register_training(app: typer.Typer) -> None:
    training = typer.Typer(help=t("help_training"), no_args_is_help=True)
    app.add_typer(training, name="training")

    @training.command("set", help=t("help_training_set"))
    def training_set(
        ctx: typer.Context,
        record_id: str = typer.Argument(..., help=t("arg_record_id_duty")),
        kind: str | None = typer.Option(None, "--kind", help=t("opt_training_kind")),
        days: str | None = typer.Option(None, "--days", help=t("opt_training_days")),
    ) -> None:
        from grouptui.domain.vocab import TRAINING_KINDS, label
        from grouptui.store.training import set_training

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            rec = set_training(book, record_id, kind=kind, days=days)
        echo(
            t(
                "training_set_done",
                theme=rec.theme,
                kind=label(TRAINING_KINDS, rec.training_kind, get_language()) or "-",
                days=f"{rec.training_days:g}",
            )
        )

    @training.command("assess", help=t("help_training_assess"))
    def training_assess(
        ctx: typer.Context,
        record_id: str = typer.Argument(..., help=t("arg_record_id_duty")),
        deputy: str = typer.Option(..., "--deputy", help=t("opt_duty_deputy")),
        by: str | None = typer.Option(None, "--by", help=t("opt_training_by")),
        done: bool | None = typer.Option(None, "--done/--not-done", help=t("opt_training_done")),
        result: str | None = typer.Option(None, "--result", help=t("opt_training_result")),
    ) -> None:
        from grouptui.store.training import set_assessment

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            set_assessment(book, record_id, deputy, kind=by, done=done, result=result)
        echo(t("training_assessed", name=deputy.strip()))


def _register_voter(app: typer.Typer) -> None:
    from grouptui.cli.voter_edit import add_commands

    voter = typer.Typer(help=t("help_voter"), no_args_is_help=True)
    app.add_typer(voter, name="voter")

    @voter.command("add", help=t("help_voter_add"))
    def voter_add(
        ctx: typer.Context,
        record: str = typer.Option(..., "--record", help=t("opt_voter_record")),
        name: str = typer.Option(..., "--name", help=t("opt_voter_name")),
        village: str = typer.Option("", "--village", help=t("opt_voter_village")),
        contact: str = typer.Option("", "--contact", help=t("opt_voter_contact")),
        raised: str = typer.Option("", "--raised", help=t("opt_voter_raised")),
        handling: str = typer.Option("", "--handling", help=t("opt_voter_handling")),
        status: str = typer.Option(
            "open",
            "--status",
            help=t("opt_voter_status"),
            show_default=label(FOLLOWUP_STATUS, "open", get_language()),
        ),
    ) -> None:
        from grouptui.store.receptions import add_voter

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            visit, ok = add_voter(
                book,
                record=record,
                name=name,
                village=village,
                contact=contact,
                raised=raised,
                handling=handling,
                status=status,
            )
        echo(t("voter_added", name=visit.name, id=visit.id[:8]))
        if not ok:
            say(t("voter_contact_flagged", name=visit.name))

    @voter.command("list", help=t("help_voter_list"))
    def voter_list(
        ctx: typer.Context,
        record: str = typer.Option("", "--record", help=t("opt_voter_record")),
        include_contacts: bool = typer.Option(
            False, "--include-contacts", help=t("opt_voter_include_contacts")
        ),
        as_json: bool = typer.Option(False, "--json", help=t("opt_json")),
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

        if as_json:
            print_json(
                [
                    {
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
                    }
                    for v in found
                ]
            )
            return
        if not found:
            echo(t("voter_none"))
            return
        from grouptui.cli.plan import plain_table

        lang = get_language()
        plain_table(
            [
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
            [
                (
                    v.id[:8],
                    fmt_date(records[v.record_id].date) if v.record_id in records else "",
                    v.name,
                    v.village,
                    contact(v.contact),
                    "" if contact_ok(v.contact) else t("voter_flag"),
                    v.raised,
                    v.handling,
                    label(FOLLOWUP_STATUS, v.status, lang),
                )
                for v in found
            ],
            keep=(0, 5),  # the id (what voter edit/delete take) and the flag stay whole
        )

    add_commands(voter)
