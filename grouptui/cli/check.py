"""``grouptui check`` (the rules and the five musts as of a date) and ``grouptui rules``.

``check`` exits 1 when a rule that is due was missed; gaps in the five musts and overdue
plan items are listed but do not change the exit code (they are a to-do list, not a
broken rule).
"""

from __future__ import annotations

from typing import Any

import typer

from grouptui.cli.state import State, change_book, clock, echo, parse_date, print_json, print_table
from grouptui.i18n import fmt_date, t
from grouptui.words import reason_text

ORDER = 31


rules = typer.Typer(help="help_rules", no_args_is_help=True)


commands = typer.Typer()

GROUPS = {"rules": rules}


@commands.command("check", help="help_check")
def check(
    ctx: typer.Context,
    as_of: str | None = typer.Option(None, "--as-of", help="opt_as_of"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.cli.plan import form_label, missing_text, standing_json, status_text
    from grouptui.store.plan import check_book

    state: State = ctx.obj
    day = parse_date(as_of) if as_of is not None else clock()().date()
    with state.open_book() as book:
        meta = book.meta
        report = check_book(book, day)
    overdue = [s for s in report.items if s.overdue]
    if as_json:
        print_json(
            {
                "as_of": report.as_of,
                "group": meta.group,
                "year": meta.year,
                "missed": report.missed,
                "counts": report.counts(),
                "rules": [rule_json(r) for r in report.rules],
                "activities": [
                    {
                        "record_id": rec.id,
                        "date": rec.date,
                        "form": rec.form,
                        "theme": rec.theme,
                        "plan_id": rec.plan_id,
                        "musts": musts.as_dict(),
                        "missing": musts.missing(),
                    }
                    for rec, musts in report.gaps
                ],
                "overdue_plan_items": [standing_json(s, meta.year) for s in overdue],
                "plan_items": [standing_json(s, meta.year) for s in report.items],
            }
        )
        _exit(report.missed)
        return
    echo(t("check_heading", group=meta.group, year=meta.year, date=fmt_date(day)))
    print_table(
        [t("col_rule"), t("col_rule_status"), t("col_reason")],
        [(t(f"rule_name_{r.rule}"), status_word(r.status), reason_text(r)) for r in report.rules],
    )
    if report.gaps:
        print_table(
            [t("col_date"), t("col_form"), t("col_theme"), t("col_missing")],
            [
                (fmt_date(rec.date), form_label(rec.form), rec.theme, missing_text(m.missing()))
                for rec, m in report.gaps
            ],
            title=t("check_gaps_title"),
        )
    else:
        echo(t("check_no_gaps"))
    if overdue:
        from grouptui.cli.plan import when_text

        print_table(
            [t("col_when"), t("col_title"), t("col_status")],
            [(when_text(s.item, meta.year), s.item.title, status_text(s)) for s in overdue],
            title=t("check_overdue_title"),
        )
    counts = report.counts()
    echo(t("check_summary", **counts))
    _exit(report.missed)


@rules.command("list", help="help_rules_list")
def rules_list(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.domain.rule_settings import DEFAULT_RULES
    from grouptui.rule_words import setting_name, setting_value
    from grouptui.store.plan import book_rules, stored_rules

    state: State = ctx.obj
    with state.open_book() as book:
        values = book_rules(book)
        stored = stored_rules(book)
    if as_json:
        print_json({"rules": values, "changed": sorted(stored)})
        return
    print_table(
        [t("col_rule_key"), t("col_rule_value"), t("col_rule_default")],
        [
            (
                setting_name(key),
                setting_value(key, values[key]),
                setting_value(key, DEFAULT_RULES.get(key)) if key in DEFAULT_RULES else "",
            )
            for key in values
        ],
    )


@rules.command("set", help="help_rules_set")
def rules_set(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="arg_rule_key"),
    value: str = typer.Argument(..., help="arg_rule_value"),
) -> None:
    from grouptui.domain.rule_settings import RulesError, parse_rule_value
    from grouptui.rule_words import setting_name, setting_value
    from grouptui.store.plan import PlanError, set_rules

    key = _setting(key)
    try:
        parsed = parse_rule_value(key, value)
        values = change_book(ctx, lambda book: set_rules(book, {key: parsed}))
    except (RulesError, PlanError) as exc:
        params = {**exc.params, "name": setting_name(key)} if "name" in exc.params else {}
        raise PlanError(exc.key, **(params or exc.params)) from None
    echo(t("rules_set_done", name=setting_name(key), value=setting_value(key, values[key])))


@rules.command("reset", help="help_rules_reset")
def rules_reset(
    ctx: typer.Context,
    keys: list[str] = typer.Argument(None, help="arg_rule_keys"),
) -> None:
    from grouptui.store.plan import reset_rules

    chosen = [_setting(key) for key in keys or []]
    change_book(ctx, lambda book: reset_rules(book, chosen or None))
    echo(t("rules_reset_done"))


def _exit(missed: bool) -> None:
    # exit code 1 tells a script that something due was missed (INTERFACE.md)
    if missed:
        raise typer.Exit(1)


def status_word(status: str) -> str:
    """A rule status in words."""
    return t(f"check_status_{status}")


def rule_json(result) -> dict[str, Any]:
    """One rule's result for --json."""
    return {
        "rule": result.rule,
        "name": t(f"rule_name_{result.rule}"),
        "status": result.status,
        "reason": reason_text(result),
        "details": result.details,
    }


def _setting(text: str) -> str:
    """The rule setting ``text`` names (key or name); one sentence listing them if none."""
    from grouptui.domain.rule_settings import DEFAULT_RULES
    from grouptui.rule_words import setting_key, setting_name
    from grouptui.store.plan import PlanError

    key = setting_key(text)
    if key is None:
        raise PlanError("rule_unknown", name=text, names=[setting_name(k) for k in DEFAULT_RULES])
    return key
