"""``grouptui duty`` and ``training``: the duty log and the training days that feed it."""

from __future__ import annotations

import typer

from grouptui.cli.state import (
    State,
    change_book,
    echo,
    parse_date,
    print_list,
)
from grouptui.i18n import fmt_date, get_language, t

ORDER = 60


def _hours(value: float) -> str:
    return f"{value:g}" if value else ""


def _quarter(value: int | None) -> int | None:
    from grouptui.cli.state import UserError

    if value is not None and value not in (1, 2, 3, 4):
        raise UserError("duty_bad_quarter", value=value)
    return value


duty = typer.Typer(help="help_duty", no_args_is_help=True)
training = typer.Typer(help="help_training", no_args_is_help=True)


GROUPS = {"duty": duty, "training": training}


@duty.command("list", help="help_duty_list")
def duty_list(
    ctx: typer.Context,
    deputy: str = typer.Option("", "--deputy", help="opt_duty_deputy"),
    quarter: int | None = typer.Option(None, "--quarter", help="opt_duty_quarter"),
    category: str = typer.Option("", "--category", help="opt_duty_category"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.domain.duty import parse_category
    from grouptui.domain.vocab import DUTY_CATEGORIES, label
    from grouptui.store.duty import entries

    state: State = ctx.obj
    key = parse_category(category) if category else ""
    with state.open_book() as book:
        found = entries(book, deputy=deputy, quarter=_quarter(quarter), category=key)
        names = {d.id: d.name for d in book.deputies.all(include_deleted=True)}
    lang = get_language()
    print_list(
        found,
        as_json,
        to_json=lambda e: {
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
        },
        none="duty_none",
        columns=[
            t("duty_col_id"),
            t("duty_col_date"),
            t("duty_col_deputy"),
            t("duty_col_category"),
            t("duty_col_text"),
            t("duty_col_hours"),
            t("duty_col_source"),
        ],
        to_row=lambda e: (
            e.id[:8],
            fmt_date(e.date),
            names.get(e.deputy_id, ""),
            label(DUTY_CATEGORIES, e.category, lang),
            e.text,
            _hours(e.hours),
            t("duty_auto") if e.auto else t("duty_typed"),
        ),
    )


@duty.command("add", help="help_duty_add")
def duty_add(
    ctx: typer.Context,
    deputy: str = typer.Option(..., "--deputy", help="opt_duty_deputy"),
    day: str = typer.Option(..., "--date", help="opt_duty_date"),
    category: str = typer.Option(..., "--category", help="opt_duty_category"),
    text: str = typer.Option(..., "--text", help="opt_duty_text"),
    hours: str = typer.Option("", "--hours", help="opt_duty_hours"),
) -> None:
    from grouptui.store.duty import add_entry

    state: State = ctx.obj
    when = parse_date(day)
    with state.open_book(write=True) as book:
        entry = add_entry(book, deputy=deputy, day=when, category=category, text=text, hours=hours)
        name = book.deputies.get(entry.deputy_id).name
    echo(t("duty_added", name=name, id=entry.id[:8]))


@duty.command("edit", help="help_duty_edit")
def duty_edit(
    ctx: typer.Context,
    entry_id: str = typer.Argument(..., help="arg_duty_id"),
    day: str | None = typer.Option(None, "--date", help="opt_duty_date"),
    category: str | None = typer.Option(None, "--category", help="opt_duty_category"),
    text: str | None = typer.Option(None, "--text", help="opt_duty_text"),
    hours: str | None = typer.Option(None, "--hours", help="opt_duty_hours"),
) -> None:
    from grouptui.store.duty import edit_entry

    when = parse_date(day) if day is not None else None
    entry = change_book(
        ctx,
        lambda book: edit_entry(
            book, entry_id, day=when, category=category, text=text, hours=hours
        ),
    )
    echo(t("duty_edited", id=entry.id[:8]))


@duty.command("delete", help="help_duty_delete")
def duty_delete(
    ctx: typer.Context,
    entry_id: str = typer.Argument(..., help="arg_duty_id"),
) -> None:
    from grouptui.store.duty import delete_entry

    entry = change_book(ctx, lambda book: delete_entry(book, entry_id))
    echo(t("duty_deleted_cli", id=entry.id))


@duty.command("restore", help="help_duty_restore")
def duty_restore(
    ctx: typer.Context,
    entry_id: str = typer.Argument(..., help="arg_duty_id"),
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


@training.command("set", help="help_training_set")
def training_set(
    ctx: typer.Context,
    record_id: str = typer.Argument(..., help="arg_record_id_duty"),
    kind: str | None = typer.Option(None, "--kind", help="opt_training_kind"),
    days: str | None = typer.Option(None, "--days", help="opt_training_days"),
) -> None:
    from grouptui.domain.vocab import TRAINING_KINDS, label
    from grouptui.store.training import set_training

    rec = change_book(ctx, lambda book: set_training(book, record_id, kind=kind, days=days))
    echo(
        t(
            "training_set_done",
            theme=rec.theme,
            kind=label(TRAINING_KINDS, rec.training_kind, get_language()) or "-",
            days=f"{rec.training_days:g}",
        )
    )


@training.command("assess", help="help_training_assess")
def training_assess(
    ctx: typer.Context,
    record_id: str = typer.Argument(..., help="arg_record_id_duty"),
    deputy: str = typer.Option(..., "--deputy", help="opt_duty_deputy"),
    by: str | None = typer.Option(None, "--by", help="opt_training_by"),
    done: bool | None = typer.Option(None, "--done/--not-done", help="opt_training_done"),
    result: str | None = typer.Option(None, "--result", help="opt_training_result"),
) -> None:
    from grouptui.store.training import set_assessment

    change_book(
        ctx, lambda book: set_assessment(book, record_id, deputy, kind=by, done=done, result=result)
    )
    echo(t("training_assessed", name=deputy.strip()))
