"""``grouptui briefing`` (numbers and settings of activity briefings) and ``grouptui
evaluation`` (the voters' ballots at a 述职 meeting)."""

from __future__ import annotations

import typer

from grouptui.cli.state import State, echo, print_json, print_table
from grouptui.i18n import t

ORDER = 82

_SETTINGS = ("name", "issuer", "to", "cc", "dist", "copies")


briefing = typer.Typer(help="help_briefing", no_args_is_help=True)
evaluation = typer.Typer(help="help_evaluation", no_args_is_help=True)


GROUPS = {"briefing": briefing, "evaluation": evaluation}


@briefing.command("number", help="help_briefing_number")
def briefing_number(
    ctx: typer.Context,
    record: str = typer.Argument(..., help="arg_record_id"),
    number: str | None = typer.Option(None, "--number", help="opt_briefing_number"),
) -> None:
    from grouptui.store.office_docs import number_briefing

    state: State = ctx.obj
    with state.open_book(write=True) as book:
        theme = book.records.find(record).theme
        given, new = number_briefing(book, record, number)
    echo(t("briefing_numbered" if new else "briefing_number_kept", theme=theme, n=given))


@briefing.command("list", help="help_briefing_list")
def briefing_list(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.store.office_docs import briefing_numbers

    state: State = ctx.obj
    with state.open_book() as book:
        numbers = briefing_numbers(book)
        rows = sorted(
            ((n, book.records.get(r)) for r, n in numbers.items()),
            key=lambda item: (item[0], item[1].date if item[1] else None),
        )
    items = [(n, rec) for n, rec in rows if rec is not None]
    if as_json:
        print_json(
            {
                "briefings": [
                    {"number": n, "record_id": r.id, "date": r.date, "theme": r.theme}
                    for n, r in items
                ]
            }
        )
        return
    if not items:
        echo(t("briefing_none"))
        return
    print_table(
        [t("col_briefing_no"), t("col_date"), t("col_theme"), t("col_id")],
        [(n, r.date.isoformat(), r.theme, r.id[:8]) for n, r in items],
    )


@briefing.command("settings", help="help_briefing_settings")
def briefing_settings(
    ctx: typer.Context,
    name: str | None = typer.Option(None, "--name", help="opt_briefing_name"),
    issuer: str | None = typer.Option(None, "--issuer", help="opt_briefing_issuer"),
    to: str | None = typer.Option(None, "--to", help="opt_briefing_to"),
    cc: str | None = typer.Option(None, "--cc", help="opt_briefing_cc"),
    dist: str | None = typer.Option(None, "--dist", help="opt_briefing_dist"),
    copies: str | None = typer.Option(None, "--copies", help="opt_briefing_copies"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.store import office_docs as documents

    state: State = ctx.obj
    changes = {"name": name, "issuer": issuer, "to": to, "cc": cc, "dist": dist}
    changes["copies"] = copies
    changed = any(v is not None for v in changes.values())
    with state.open_book(write=changed) as book:
        if changed:
            values = documents.set_briefing_settings(book, changes)
        else:
            values = documents.briefing_settings(book)
    if as_json:
        print_json({key: values[key] for key in _SETTINGS})
        return
    print_table(
        [t("col_setting"), t("col_value")],
        [(t(f"briefing_setting_{key}"), values[key] or "-") for key in _SETTINGS],
    )


@evaluation.command("vote", help="help_evaluation_vote")
def evaluation_vote(
    ctx: typer.Context,
    record: str = typer.Argument(..., help="arg_record_id"),
    deputy: str = typer.Option(..., "--deputy", help="opt_eval_deputy"),
    good: str = typer.Option("0", "--good", help="opt_eval_good"),
    basic: str = typer.Option("0", "--basic", help="opt_eval_basic"),
    poor: str = typer.Option("0", "--poor", help="opt_eval_poor"),
) -> None:
    from grouptui.domain.evaluation import Thresholds, Votes, grade_word, parse_count, result
    from grouptui.i18n import get_language
    from grouptui.store.checks import book_rules
    from grouptui.store.office_docs import report_record, set_votes

    state: State = ctx.obj
    with state.open_book(write=True) as book:
        rules = Thresholds.from_rules(book_rules(book))
        words = [grade_word(g, rules.scale, get_language()) for g in ("good", "basic", "poor")]
        votes = Votes(
            good=parse_count(good, words[0]),
            basic=parse_count(basic, words[1]),
            poor=parse_count(poor, words[2]),
        )
        report_record(book, record)
        saved = set_votes(book, record, deputy, votes)
        name = book.deputies.get(saved.deputy_id).name  # type: ignore[union-attr]
    grade = result(votes, rules)
    word = grade_word(grade, rules.scale, get_language()) if grade else t("eval_no_grade")
    echo(t("eval_saved", name=name, total=votes.total, grade=word))


@evaluation.command("show", help="help_evaluation_show")
def evaluation_show(
    ctx: typer.Context,
    record: str = typer.Argument(..., help="arg_record_id"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui import evaluation_table as table
    from grouptui.domain.evaluation import Thresholds
    from grouptui.store.checks import book_rules
    from grouptui.store.office_docs import report_record, votes_of

    state: State = ctx.obj
    with state.open_book() as book:
        rec = report_record(book, record)
        rules = Thresholds.from_rules(book_rules(book))
        votes = votes_of(book, rec.id)
        names = {d.id: d.name for d in book.deputies.all(include_deleted=True)}
    ordered = sorted(votes.items(), key=lambda item: names.get(item[0], item[0]))
    if as_json:
        print_json(
            {
                "record_id": rec.id,
                "scale": rules.scale,
                "good_min_pct": rules.good_min_pct,
                "basic_min_pct": rules.basic_min_pct,
                "deputies": [table.json_row(d, names.get(d, d), v, rules) for d, v in ordered],
            }
        )
        return
    if not ordered:
        echo(t("eval_none"))
    else:
        print_table(
            table.columns(rules),
            [table.row(names.get(d, d), v, rules) for d, v in ordered],
            title=rec.theme,
        )
    echo(table.rules_line(rules))
