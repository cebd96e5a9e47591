"""``grouptui plan``: the annual plan (分季活动计划) and its templates."""

from __future__ import annotations

from typing import Any

import typer

from grouptui.cli.state import (
    State,
    UserError,
    change_book,
    clock,
    echo,
    print_json,
    print_list,
    print_table,
)
from grouptui.domain.numbers import int_in
from grouptui.domain.roster import parse_names
from grouptui.i18n import get_language, join_words, t

ORDER = 30


plan = typer.Typer(help="help_plan", no_args_is_help=True)


GROUPS = {"plan": plan}


@plan.command("templates", help="help_plan_templates")
def plan_templates(
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.domain.plan_templates import TemplateError, load_template, template_names

    rows = []
    for name in template_names():
        try:
            tpl = load_template(name)
        except TemplateError:
            rows.append({"name": name, "title": "", "items": 0, "rules": {}, "ok": False})
            continue
        rows.append(
            {
                "name": name,
                "title": tpl.title(get_language()),
                "title_zh": tpl.title_zh,
                "title_en": tpl.title_en,
                "source": tpl.source,
                "items": len(tpl.items),
                "rules": tpl.rules,
                "ok": True,
            }
        )
    if as_json:
        print_json(rows)
        return
    print_table(
        [t("col_template"), t("col_title"), t("col_items")],
        [
            (r["name"], r["title"] if r["ok"] else t("plan_template_broken"), r["items"])
            for r in rows
        ],
    )


@plan.command("from-template", help="help_plan_from_template")
def plan_from_template(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="arg_template"),
    replace_plan: bool = typer.Option(False, "--replace", help="opt_plan_replace"),
) -> None:
    from grouptui.store.plan import apply_template, template_items

    template_items(name)  # a bad template is refused before the book is even opened
    saved = change_book(ctx, lambda book: apply_template(book, name, replace_plan=replace_plan))
    echo(t("plan_template_applied", name=name, count=len(saved)))


@plan.command("list", help="help_plan_list")
def plan_list(
    ctx: typer.Context,
    quarter: str | None = typer.Option(None, "--quarter", help="opt_quarter"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.store.plan import parse_quarter, plan_standings

    state: State = ctx.obj
    wanted = parse_quarter(quarter) if quarter is not None else None
    with state.open_book() as book:
        year = book.meta.year
        rows = plan_standings(book, clock()().date())
    rows = [s for s in rows if wanted is None or s.item.quarter == wanted]
    print_list(
        rows,
        as_json,
        to_json=lambda s: standing_json(s, year),
        none="plan_empty",
        columns=[
            t("col_id"),
            t("col_quarter"),
            t("col_when"),
            t("col_form"),
            t("col_title"),
            t("col_status"),
            t("col_missing"),
        ],
        to_row=lambda s: (
            s.item.id[:8],
            t("quarter_short", quarter=s.item.quarter),
            when_text(s.item, year),
            form_label(s.item.form),
            s.item.title,
            status_text(s),
            missing_text(s.musts.missing()),
        ),
        keep=(0, 1, 2),
    )


@plan.command("add", help="help_plan_add")
def plan_add(
    ctx: typer.Context,
    quarter: str = typer.Option(..., "--quarter", help="opt_quarter"),
    form: str = typer.Option(..., "--form", help="opt_form"),
    title: str = typer.Option(..., "--title", help="opt_title"),
    month: str | None = typer.Option(None, "--month", help="opt_month"),
    on: str | None = typer.Option(None, "--date", help="opt_plan_date"),
    content: str = typer.Option("", "--content", help="opt_content"),
    organiser: str = typer.Option("", "--organiser", help="opt_organiser"),
    participants: str | None = typer.Option(None, "--participants", help="opt_participants"),
) -> None:
    from grouptui.store.plan import add_item, parse_form, parse_quarter, participants_for

    q = parse_quarter(quarter)
    parse_form(form)
    month_n = _month(month)
    day = _date(on)
    item = change_book(
        ctx,
        lambda book: add_item(
            book,
            quarter=q,
            form=form,
            title=title,
            month=month_n,
            day=day,
            content=content,
            organiser=organiser,
            participants=participants_for(book, parse_names(participants)),
        ),
    )
    echo(t("plan_added", id=item.id[:8], title=item.title))


@plan.command("edit", help="help_plan_edit")
def plan_edit(
    ctx: typer.Context,
    item_id: str = typer.Argument(..., help="arg_plan_id"),
    title: str | None = typer.Option(None, "--title", help="opt_title"),
    form: str | None = typer.Option(None, "--form", help="opt_form"),
    month: str | None = typer.Option(None, "--month", help="opt_month"),
    on: str | None = typer.Option(None, "--date", help="opt_plan_date"),
    content: str | None = typer.Option(None, "--content", help="opt_content"),
    organiser: str | None = typer.Option(None, "--organiser", help="opt_organiser"),
    participants: str | None = typer.Option(None, "--participants", help="opt_participants"),
) -> None:
    from grouptui.store.plan import edit_item, participants_for

    state: State = ctx.obj
    changes: dict[str, Any] = {}
    for key, value in (
        ("title", title),
        ("form", form),
        ("content", content),
        ("organiser", organiser),
    ):
        if value is not None:
            changes[key] = value
    if month is not None:
        changes["month"] = _month(month)
    if on is not None:
        changes["date"] = _date(on)
    with state.open_book(write=True) as book:
        if participants is not None:
            changes["participants"] = participants_for(book, parse_names(participants))
        item = edit_item(book, item_id, **changes)
    echo(t("plan_edited", id=item.id[:8], title=item.title))


@plan.command("move", help="help_plan_move")
def plan_move(
    ctx: typer.Context,
    item_id: str = typer.Argument(..., help="arg_plan_id"),
    quarter: str = typer.Argument(..., help="opt_quarter"),
) -> None:
    from grouptui.store.plan import move_item, parse_quarter

    q = parse_quarter(quarter)
    item = change_book(ctx, lambda book: move_item(book, item_id, q))
    echo(t("plan_moved", id=item.id[:8], title=item.title, quarter=item.quarter))


@plan.command("status", help="help_plan_status")
def plan_status(
    ctx: typer.Context,
    item_id: str = typer.Argument(..., help="arg_plan_id"),
    status: str = typer.Argument(..., help="arg_plan_status"),
) -> None:
    from grouptui.domain.vocab import PLAN_STATUS, label
    from grouptui.store.plan import parse_status, set_status

    key = parse_status(status)
    item = change_book(ctx, lambda book: set_status(book, item_id, key))
    echo(
        t(
            "plan_status_set",
            id=item.id[:8],
            title=item.title,
            status=label(PLAN_STATUS, key, get_language()),
        )
    )


@plan.command("remove", help="help_plan_remove")
def plan_remove(
    ctx: typer.Context,
    item_id: str = typer.Argument(..., help="arg_plan_id"),
) -> None:
    from grouptui.store.plan import delete_item

    item = change_book(ctx, lambda book: delete_item(book, item_id))
    echo(t("plan_removed", id=item.id[:8], title=item.title))


def _month(text: str | None) -> int | None:
    if text is None or not text.strip():
        return None
    value = text.strip().removesuffix("月")
    month = int_in(value, 1, 12)
    if month is None:
        raise UserError("plan_bad_month", value=text)
    return month


def _date(text: str | None):
    from grouptui.cli.state import parse_date

    if text is None or not text.strip():
        return None
    return parse_date(text)


# Shared by ``plan list`` and ``check``: one plan item in words and in JSON ---------------


def form_label(form: str) -> str:
    """The form's name in the current language."""
    from grouptui.domain.vocab import FORMS, label

    return label(FORMS, form, get_language())


def when_text(item, year: int) -> str:
    """An item's date, month or nothing, as the user reads it."""
    from grouptui.domain.checklist import item_date

    exact = item_date(item, year)
    if exact is not None:
        # the plan is one year's: the year would only crowd the column
        return t("month_day", month=exact.month, day=exact.day)
    if item.month:
        return t("month_only", month=item.month)
    return ""


def status_text(standing) -> str:
    """The item's status, with "overdue" when its date passed without a record."""
    from grouptui.domain.vocab import PLAN_STATUS, label

    text = label(PLAN_STATUS, standing.status, get_language())
    if standing.overdue:
        text += t("plan_overdue_suffix")
    if standing.deleted_records and not standing.records:
        text += t("plan_record_deleted_suffix")
    return text


def records_text(standing) -> str:
    """How many records carry the item out, and deleted ones said as such."""
    parts = []
    if standing.records:
        parts.append(str(len(standing.records)))
    if standing.deleted_records:
        parts.append(t("plan_record_deleted", count=len(standing.deleted_records)))
    return " ".join(parts) or "0"


def missing_text(missing: list[str]) -> str:
    """The names of the missing musts, or "none"."""
    if not missing:
        return t("musts_all_done")
    return join_words(t(f"must_{m}") for m in missing)


def standing_json(standing, year: int) -> dict[str, Any]:
    """One plan item for --json."""
    from grouptui.domain.checklist import item_date

    item = standing.item
    exact = item_date(item, year)
    return {
        "id": item.id,
        "quarter": item.quarter,
        "month": item.month,
        "day": item.day,
        "date": exact,
        "form": item.form,
        "title": item.title,
        "content": item.content,
        "participants": item.participants,
        "participants_note": item.participants_note,
        "organiser": item.organiser,
        "status": standing.status,
        "overdue": standing.overdue,
        "template": item.template,
        "records": [r.id for r in standing.records],
        "deleted_records": list(standing.deleted_records),
        "musts": standing.musts.as_dict(),
        "missing": standing.musts.missing(),
    }
