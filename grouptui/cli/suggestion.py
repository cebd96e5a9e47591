"""``grouptui suggestion``: suggestions, criticisms and opinions (建议、批评和意见)."""

from __future__ import annotations

import typer

from grouptui.cli.state import (
    State,
    change_book,
    echo,
    parse_date,
    print_list,
)
from grouptui.domain.roster import parse_names
from grouptui.i18n import fmt_date, get_language, join_words, t

ORDER = 62


sug = typer.Typer(help="help_suggestion", no_args_is_help=True)


GROUPS = {"suggestion": sug}


@sug.command("list", help="help_suggestion_list")
def suggestion_list(
    ctx: typer.Context,
    status: str = typer.Option("", "--status", help="opt_sug_status_filter"),
    deputy: str = typer.Option("", "--deputy", help="opt_duty_deputy"),
    deleted: bool = typer.Option(False, "--deleted", help="opt_sug_deleted"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    from grouptui.domain.duty import resolve_deputy
    from grouptui.domain.suggestions import parse_status, status_since
    from grouptui.domain.vocab import SATISFACTION, SUGGESTION_STATUS, label

    state: State = ctx.obj
    key = parse_status(status) if status else ""
    with state.open_book() as book:
        names = {d.id: d.name for d in book.deputies.all(include_deleted=True)}
        who = resolve_deputy(book.deputies.all(), deputy).id if deputy else ""
        found = [
            s
            for s in book.suggestions.all(include_deleted=deleted)
            if (not key or s.status == key)
            and (not who or who in s.proposers)
            and s.deleted == deleted
        ]
    found.sort(key=lambda s: (str(s.date or ""), s.created))
    lang = get_language()
    print_list(
        found,
        as_json,
        to_json=lambda s: {
            "id": s.id,
            "title": s.title,
            "content": s.content,
            "proposers": [names.get(i, i) for i in s.proposers],
            "proposer_ids": s.proposers,
            "date": s.date,
            "during_session": s.during_session,
            "record_id": s.record_id,
            "unit": s.unit,
            "status": s.status,
            "reply": s.reply,
            "satisfaction": s.satisfaction,
            "history": s.history,
            "deleted": s.deleted,
        },
        none="sug_none",
        columns=[
            t("duty_col_id"),
            t("duty_col_date"),
            t("sug_col_title"),
            t("sug_col_by"),
            t("sug_col_unit"),
            t("sug_col_status"),
            t("sug_col_since"),
            t("sug_col_satisfaction"),
        ],
        to_row=lambda s: (
            s.id[:8],
            fmt_date(s.date),
            s.title,
            join_words(names.get(i, i) for i in s.proposers),
            s.unit,
            label(SUGGESTION_STATUS, s.status, lang),
            fmt_date(status_since(s)),
            label(SATISFACTION, s.satisfaction, lang) if s.satisfaction else "",
        ),
    )


@sug.command("add", help="help_suggestion_add")
def suggestion_add(
    ctx: typer.Context,
    title: str = typer.Option(..., "--title", help="opt_sug_title"),
    content: str = typer.Option("", "--content", help="opt_sug_content"),
    by: str = typer.Option("", "--by", help="opt_sug_by"),
    record: str = typer.Option("", "--record", help="opt_sug_record"),
    unit: str = typer.Option("", "--unit", help="opt_sug_unit"),
    during_session: bool = typer.Option(False, "--during-session", help="opt_sug_during_session"),
    day: str | None = typer.Option(None, "--date", help="opt_duty_date"),
) -> None:
    from grouptui.store.suggestions import add_suggestion

    when = parse_date(day) if day is not None else None
    saved = change_book(
        ctx,
        lambda book: add_suggestion(
            book,
            title=title,
            content=content,
            by=parse_names(by),
            record=record,
            unit=unit,
            during_session=during_session,
            day=when,
        ),
    )
    echo(t("sug_added", id=saved.id[:8]))


@sug.command("status", help="help_suggestion_status")
def suggestion_status(
    ctx: typer.Context,
    suggestion_id: str = typer.Argument(..., help="arg_sug_id"),
    status: str = typer.Argument(..., help="arg_sug_status"),
    reply: str | None = typer.Option(None, "--reply", help="opt_sug_reply"),
    satisfaction: str | None = typer.Option(None, "--satisfaction", help="opt_sug_satisfaction"),
    reason: str = typer.Option("", "--reason", help="opt_sug_reason"),
) -> None:
    from grouptui.domain.suggestions import parse_satisfaction, parse_status
    from grouptui.domain.vocab import SUGGESTION_STATUS, label
    from grouptui.store.suggestions import set_status

    key = parse_status(status)
    level = parse_satisfaction(satisfaction) if satisfaction else None
    saved = change_book(
        ctx,
        lambda book: set_status(
            book, suggestion_id, key, reason=reason, reply=reply, satisfaction=level
        ),
    )
    echo(
        t(
            "sug_status_done",
            title=saved.title,
            status=label(SUGGESTION_STATUS, saved.status, get_language()),
        )
    )


@sug.command("edit", help="help_suggestion_edit")
def suggestion_edit(
    ctx: typer.Context,
    suggestion_id: str = typer.Argument(..., help="arg_sug_id"),
    title: str | None = typer.Option(None, "--title", help="opt_sug_title"),
    content: str | None = typer.Option(None, "--content", help="opt_sug_content"),
    by: str | None = typer.Option(None, "--by", help="opt_sug_by_replace"),
    proposer: str | None = typer.Option(None, "--proposer", help="opt_sug_proposer"),
    co_signers: str | None = typer.Option(None, "--co-signers", help="opt_sug_co_signers"),
    record: str | None = typer.Option(None, "--record", help="opt_sug_record_edit"),
    unit: str | None = typer.Option(None, "--unit", help="opt_sug_unit"),
    during_session: bool | None = typer.Option(
        None, "--during-session/--between-sessions", help="opt_sug_session_flag"
    ),
    day: str | None = typer.Option(None, "--date", help="opt_duty_date"),
) -> None:
    from grouptui.cli.state import UserError
    from grouptui.store.suggestion_edit import edit_suggestion

    given = (title, content, by, proposer, co_signers, record, unit, during_session, day)
    if all(v is None for v in given):
        raise UserError("sug_edit_nothing")
    when = parse_date(day) if day is not None else None
    saved = change_book(
        ctx,
        lambda book: edit_suggestion(
            book,
            suggestion_id,
            title=title,
            content=content,
            by=parse_names(by) if by is not None else None,
            proposer=proposer,
            co_signers=parse_names(co_signers) if co_signers is not None else None,
            record=record,
            unit=unit,
            during_session=during_session,
            day=when,
        ),
    )
    echo(t("sug_edited", id=saved.id[:8], title=saved.title))


@sug.command("delete", help="help_suggestion_delete")
def suggestion_delete(
    ctx: typer.Context,
    suggestion_id: str = typer.Argument(..., help="arg_sug_id"),
) -> None:
    from grouptui.store.suggestion_edit import delete_suggestion

    gone = change_book(ctx, lambda book: delete_suggestion(book, suggestion_id))
    echo(t("sug_deleted_done", id=gone.id[:8], title=gone.title))


@sug.command("restore", help="help_suggestion_restore")
def suggestion_restore(
    ctx: typer.Context,
    suggestion_id: str = typer.Argument(..., help="arg_sug_id"),
) -> None:
    from grouptui.store.suggestion_edit import restore_suggestion

    back = change_book(ctx, lambda book: restore_suggestion(book, suggestion_id))
    echo(t("sug_restored", id=back.id[:8], title=back.title))
