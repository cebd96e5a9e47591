"""``grouptui record``: add, edit, list, show, delete, restore, attend, fold, follow-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from grouptui.cli import record_input as typed
from grouptui.cli.state import (
    State,
    UserError,
    change_book,
    echo,
    print_json,
    print_list,
    read_book,
)
from grouptui.domain import record_fields
from grouptui.domain.record_fields import Kind, RecordField
from grouptui.domain.roster import parse_names
from grouptui.i18n import t

if TYPE_CHECKING:
    from grouptui.domain.models import ActivityRecord, Deputy
    from grouptui.store.book import Book
    from grouptui.store.records import Mark

ORDER = 30

record = typer.Typer(help="help_record", no_args_is_help=True)


GROUPS = {"record": record}


@record.command("add", help="help_record_add")
@typed.field_options(edit=False)
def record_add(
    ctx: typer.Context,
    present: str = typer.Option("", "--present", help="opt_record_present"),
    leave: str = typer.Option("", "--leave", help="opt_record_leave"),
    absent: str = typer.Option("", "--absent", help="opt_record_absent"),
    late: str = typer.Option("", "--late", help="opt_record_late"),
    leave_reason: str = typer.Option("", "--leave-reason", help="opt_leave_reason"),
    approved_by: str = typer.Option("", "--approved-by", help="opt_approved_by"),
    minutes_file: Path | None = typer.Option(
        None, "--minutes-file", help="opt_record_minutes_file"
    ),
    follow_up: list[str] = typer.Option([], "--follow-up", help="opt_record_follow_up"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
    **fields: Any,
) -> None:
    """Write a new activity record, with its attendance and follow-ups; one option per
    field of ``domain/record_fields.py`` (``fields``)."""
    from grouptui.domain.models import ActivityRecord
    from grouptui.store.records import usual_recorder

    state: State = ctx.obj
    fields["minutes"] = typed.minutes_text(fields.get("minutes"), minutes_file)
    with state.open_book(write=True) as book:
        values = typed.field_values(book, fields)
        if not values.get("recorder"):  # a new record's recorder is the usual one
            values["recorder"] = usual_recorder(book)
        rec = ActivityRecord(**values)
        marks = typed.marks(book, (present, leave, absent, late), leave_reason, approved_by)
        saved = _save(book, rec, marks, follow_up, as_json)
    if not as_json:
        echo(t("record_added", id=saved.id, date=saved.date.isoformat(), theme=saved.theme))


@record.command("edit", help="help_record_edit")
@typed.field_options(edit=True)
def record_edit(
    ctx: typer.Context,
    record_id: str = typer.Argument(..., metavar="ID", help="arg_record_id"),
    present: str = typer.Option("", "--present", help="opt_record_present"),
    leave: str = typer.Option("", "--leave", help="opt_record_leave"),
    absent: str = typer.Option("", "--absent", help="opt_record_absent"),
    late: str = typer.Option("", "--late", help="opt_record_late"),
    unmark: str = typer.Option("", "--unmark", help="opt_record_unmark"),
    leave_reason: str = typer.Option("", "--leave-reason", help="opt_leave_reason"),
    approved_by: str = typer.Option("", "--approved-by", help="opt_approved_by"),
    minutes_file: Path | None = typer.Option(
        None, "--minutes-file", help="opt_record_minutes_file"
    ),
    follow_up: list[str] = typer.Option([], "--follow-up", help="opt_record_follow_up"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
    **fields: Any,
) -> None:
    """Change what is given of a record (a field's option left out keeps it); marks and
    follow-ups are added to its own."""
    from dataclasses import replace

    state: State = ctx.obj
    if minutes_file is not None:
        fields["minutes"] = typed.minutes_text(fields.get("minutes"), minutes_file)
    with state.open_book(write=True) as book:
        rec = replace(book.records.find(record_id), **typed.field_values(book, fields))
        marks = typed.marks(book, (present, leave, absent, late), leave_reason, approved_by)
        for name in parse_names(unmark):
            marks[typed.deputy(book, name).id] = None
        saved = _save(book, rec, marks, follow_up, as_json)
    if not as_json:
        echo(t("record_saved", id=saved.id))


@record.command("list", help="help_record_list")
def record_list(
    ctx: typer.Context,
    quarter: int | None = typer.Option(None, "--quarter", help="opt_quarter"),
    form: str | None = typer.Option(None, "--form", help="opt_record_form"),
    search: str = typer.Option("", "--search", help="opt_record_search"),
    deputy: str = typer.Option("", "--deputy", help="opt_record_deputy"),
    deleted: bool = typer.Option(False, "--deleted", help="opt_record_deleted"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    """The records of the book (or of a quarter, form, deputy, search), as a table."""
    from grouptui.store.records_query import Filter, filter_records, summary

    state: State = ctx.obj
    if quarter is not None and quarter not in (1, 2, 3, 4):
        raise UserError("record_bad_quarter", value=quarter)
    with state.open_book() as book:
        deputy_id = typed.deputy(book, deputy).id if deputy else ""
        wanted = Filter(
            quarter=quarter,
            form=typed.record_form(form) if form else "",
            deputy_id=deputy_id,
            text=search,
            deleted=deleted,
        )
        summaries = [summary(book, r) for r in filter_records(book, wanted)]
    columns = record_fields.columns()
    print_list(
        summaries,
        as_json,
        to_json=lambda s: s,
        none="record_list_empty",
        columns=[t("field_id"), *(t(f.short_label) for f in columns), t("col_attendance")],
        to_row=lambda s: (
            s["id"][:8],
            *(_cell(f, s[f.name]) for f in columns),
            f"{s['came']}/{s['expected']}",
        ),
    )


def _cell(f: RecordField, value: object) -> object:
    """A column of ``record list``: the date as YYYY-MM-DD, any other field in words."""
    from grouptui.record_words import value_words

    return value if f.kind is Kind.DATE else value_words(f, value)


@record.command("show", help="help_record_show")
def record_show(
    ctx: typer.Context,
    record_id: str = typer.Argument(..., metavar="ID", help="arg_record_id"),
    as_json: bool = typer.Option(False, "--json", help="opt_json"),
) -> None:
    """One record in full: attendance, minutes, follow-ups, suggestions."""
    from grouptui.cli.record_show import print_record
    from grouptui.store.records_query import full

    data = read_book(ctx, lambda book: full(book, book.records.find(record_id)))
    if as_json:
        print_json(data)
        return
    print_record(data)


@record.command("delete", help="help_record_delete")
def record_delete(
    ctx: typer.Context,
    record_id: str = typer.Argument(..., metavar="ID", help="arg_record_id"),
) -> None:
    """Delete a record (it can be restored); its plan entry is told."""
    from grouptui.store.records import delete_record

    rec, plan = change_book(ctx, lambda book: delete_record(book, record_id))
    echo(t("record_deleted", id=rec.id, theme=rec.theme))
    if plan is not None:
        echo(t("record_deleted_plan", title=plan.title))


@record.command("restore", help="help_record_restore")
def record_restore(
    ctx: typer.Context,
    record_id: str = typer.Argument(..., metavar="ID", help="arg_record_id"),
) -> None:
    """Bring a deleted record back."""
    from grouptui.store.records import restore_record

    rec = change_book(ctx, lambda book: restore_record(book, record_id))
    echo(t("record_restored", id=rec.id, theme=rec.theme))


@record.command("attend", help="help_record_attend")
def record_attend(
    ctx: typer.Context,
    record_id: str = typer.Argument(..., metavar="ID", help="arg_record_id"),
    name: str = typer.Argument(..., metavar="NAME", help="arg_name"),
    status: str = typer.Argument(..., metavar="STATUS", help="arg_status"),
    reason: str = typer.Option("", "--reason", help="opt_leave_reason"),
    approved_by: str = typer.Option("", "--approved-by", help="opt_approved_by"),
) -> None:
    """Mark one deputy's attendance at a record (none/clear/无/清除 takes the mark off)."""
    from grouptui.domain.records import parse_status
    from grouptui.store.records import Mark, set_mark

    def attend(book: Book) -> tuple[Deputy, Mark | None]:
        deputy = typed.deputy(book, name)
        mark = None
        if status.strip().lower() not in ("none", "clear", "无", "清除"):
            mark = Mark(parse_status(status), reason, approved_by)
        set_mark(book, record_id, deputy.id, mark)
        return deputy, mark

    deputy, mark = change_book(ctx, attend)
    echo(t("record_marked", name=deputy.name, status=typed.status_label(mark)))


@record.command("fold", help="help_record_fold")
def record_fold(
    ctx: typer.Context,
    record_id: str = typer.Argument(..., metavar="ID", help="arg_record_id"),
) -> None:
    """Fold the quick notes tagged for a record into its minutes."""
    from grouptui.store.notes import fold_notes

    done = change_book(ctx, lambda book: fold_notes(book, record_id))
    echo(
        t(
            "fold_done",
            notes=done.notes,
            followups=done.followups,
            suggestions=done.suggestions,
        )
    )


@record.command("follow-up", help="help_record_follow_up")
def record_follow_up(
    ctx: typer.Context,
    followup_id: str = typer.Argument(..., metavar="ID", help="arg_followup_id"),
    status: str | None = typer.Option(None, "--status", help="opt_followup_status"),
    result: str | None = typer.Option(None, "--result", help="opt_followup_result"),
    responsible: str | None = typer.Option(None, "--responsible", help="opt_followup_responsible"),
    due: str | None = typer.Option(None, "--due", help="opt_followup_due"),
) -> None:
    """Change a follow-up's status, result, responsible person or due date."""
    from dataclasses import replace

    from grouptui.domain.records import RecordError
    from grouptui.domain.vocab import FOLLOWUP_STATUS, parse_choice
    from grouptui.store.records import save_followup

    state: State = ctx.obj
    with state.open_book(write=True) as book:
        item = book.followups.find(followup_id)
        changes: dict[str, Any] = {}
        if status is not None:
            key = parse_choice(FOLLOWUP_STATUS, status)
            if key is None:
                raise RecordError("followup_bad_status", value=status)
            changes["status"] = key
        if result is not None:
            changes["result"] = result
        if responsible is not None:
            changes["responsible"] = responsible
        if due is not None:
            changes["due"] = typed.record_date(due) if due.strip() else None
        save_followup(book, replace(item, **changes))
    echo(t("followup_saved", what=item.what))


def _save(
    book: Book,
    rec: ActivityRecord,
    marks: dict[str, Mark | None],
    follow_up: list[str],
    as_json: bool,
) -> ActivityRecord:
    """Save ``rec`` with ``marks`` and new follow-ups; print it as JSON when asked."""
    from grouptui.domain.models import FollowUp
    from grouptui.store.records import save_record
    from grouptui.store.records_query import full

    items = [FollowUp(record_id=rec.id, what=w) for w in follow_up]
    saved = save_record(book, rec, marks=marks, followups=items)
    if as_json:
        print_json(full(book, saved))
    return saved
