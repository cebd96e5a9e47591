"""``grouptui register`` (the duty registration form) and ``grouptui scoring`` (履职积分)."""

from __future__ import annotations

import typer

from grouptui.cli.state import State, change_book, echo, print_json, print_table, read_book
from grouptui.i18n import get_language, t

ORDER = 61


reg = typer.Typer(help="help_register", invoke_without_command=True)
scoring = typer.Typer(help="help_scoring", no_args_is_help=True)


GROUPS = {"register": reg, "scoring": scoring}


@reg.callback(invoke_without_command=True)
def register_show(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    if ctx.invoked_subcommand is not None:
        return
    from grouptui.domain.register import form_json
    from grouptui.register_table import term_line, text_blocks

    state: State = ctx.obj
    with state.open_book() as book:
        from grouptui.store.register import build

        form = build(book)
    if as_json:
        print_json(form_json(form))
        return
    echo(t("reg_title", group=form.group, year=form.year))
    echo(term_line(form))
    for block in text_blocks(form, get_language()):
        echo("")
        echo(block)


@reg.command("remark", help="help_register_remark")
def register_remark(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="arg_name"),
    text: str = typer.Argument(..., help="arg_remark"),
) -> None:
    from grouptui.store.register import set_remark

    change_book(ctx, lambda book: set_remark(book, name, text))
    echo(t("reg_remark_done", name=name.strip()))


@reg.command("term", help="help_register_term")
def register_term(
    ctx: typer.Context,
    start: str = typer.Argument(..., help="arg_term_start"),
) -> None:
    from grouptui.store.register import set_term_start

    change_book(ctx, lambda book: set_term_start(book, start))
    echo(t("reg_term_done", start=start.strip()))


@scoring.command("show", help="help_scoring_show")
def scoring_show(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.domain.vocab import DUTY_CATEGORIES, label
    from grouptui.store.register import scoring as load

    rules = read_book(ctx, load)
    if as_json:
        print_json(rules.to_values() if rules else None)
        return
    if rules is None:
        echo(t("score_none"))
        return
    lang = get_language()
    print_table(
        [
            t("score_col_category"),
            t("score_col_base"),
            t("score_col_repeat"),
            t("score_col_cap"),
        ],
        [
            (
                label(DUTY_CATEGORIES, cat, lang),
                f"{r.base:g}",
                f"{r.repeat:g}",
                "" if r.cap is None else f"{r.cap:g}",
            )
            for cat, r in rules.rules.items()
        ],
    )
    if rules.total_cap is not None:
        echo(t("score_total_cap_line", cap=f"{rules.total_cap:g}"))


@scoring.command("set", help="help_scoring_set")
def scoring_set(
    ctx: typer.Context,
    category: str = typer.Argument(..., help="opt_duty_category"),
    base: str = typer.Option(..., "--base", help="opt_score_base"),
    repeat: str = typer.Option("0", "--repeat", help="opt_score_repeat"),
    cap: str = typer.Option("", "--cap", help="opt_score_cap"),
) -> None:
    from grouptui.domain.duty import parse_category
    from grouptui.domain.scoring import CategoryRule, parse_points, with_rule
    from grouptui.domain.scoring_table import check_rule
    from grouptui.store.register import save_scoring
    from grouptui.store.register import scoring as load

    key = parse_category(category)
    rule = check_rule(
        CategoryRule(
            base=parse_points(base) or 0.0,
            repeat=parse_points(repeat) or 0.0,
            cap=parse_points(cap, allow_none=True),
        )
    )
    change_book(ctx, lambda book: save_scoring(book, with_rule(load(book), key, rule)))
    echo(t("score_set_done"))


@scoring.command("cap", help="help_scoring_cap")
def scoring_cap(
    ctx: typer.Context,
    total: str = typer.Argument(..., help="opt_score_total_cap"),
) -> None:
    from dataclasses import replace

    from grouptui.domain.duty import DutyError
    from grouptui.domain.scoring import parse_points
    from grouptui.store.register import save_scoring
    from grouptui.store.register import scoring as load

    state: State = ctx.obj
    value = parse_points(total, allow_none=True) if total.strip() not in ("-", "0") else None
    with state.open_book(write=True) as book:
        rules = load(book)
        if rules is None:
            raise DutyError("score_cap_without_rules")
        save_scoring(book, replace(rules, total_cap=value))
    echo(t("score_set_done"))


@scoring.command("clear", help="help_scoring_clear")
def scoring_clear(
    ctx: typer.Context,
    category: str = typer.Argument("", help="opt_duty_category"),
) -> None:
    from grouptui.domain.duty import parse_category
    from grouptui.domain.scoring import with_rule
    from grouptui.store.register import save_scoring
    from grouptui.store.register import scoring as load

    state: State = ctx.obj
    key = parse_category(category) if category else ""
    with state.open_book(write=True) as book:
        rules = with_rule(load(book), key, None) if key else None
        save_scoring(book, rules)
    echo(t("score_cleared"))
