"""``grouptui record``: add, edit, list, show, delete, restore, attend, fold, follow-up."""

from __future__ import annotations

from pathlib import Path

import typer

from grouptui.cli.state import State, UserError, echo, print_json, print_table
from grouptui.i18n import t

ORDER = 30

_MARK_OPTIONS = ("present", "leave", "absent", "late")


def register(app: typer.Typer) -> None:
    """Add the record commands to ``app``."""
    record = typer.Typer(help=t("help_record"), no_args_is_help=True)
    app.add_typer(record, name="record")

    @record.command("add", help=t("help_record_add"))
    def record_add(
        ctx: typer.Context,
        date: str = typer.Option(..., "--date", help=t("opt_record_date")),
        form: str = typer.Option(..., "--form", help=t("opt_record_form")),
        theme: str = typer.Option(..., "--theme", help=t("opt_record_theme")),
        place: str = typer.Option("", "--place", help=t("opt_record_place")),
        start: str = typer.Option("", "--start", help=t("opt_record_start")),
        end: str = typer.Option("", "--end", help=t("opt_record_end")),
        organiser: str = typer.Option("", "--organiser", help=t("opt_record_organiser")),
        recorder: str = typer.Option("", "--recorder", help=t("opt_record_recorder")),
        present: str = typer.Option("", "--present", help=t("opt_record_present")),
        leave: str = typer.Option("", "--leave", help=t("opt_record_leave")),
        absent: str = typer.Option("", "--absent", help=t("opt_record_absent")),
        late: str = typer.Option("", "--late", help=t("opt_record_late")),
        leave_reason: str = typer.Option("", "--leave-reason", help=t("opt_leave_reason")),
        approved_by: str = typer.Option("", "--approved-by", help=t("opt_approved_by")),
        plan: str = typer.Option("", "--plan", help=t("opt_record_plan")),
        minutes: str = typer.Option("", "--minutes", help=t("opt_record_minutes")),
        minutes_file: Path | None = typer.Option(
            None, "--minutes-file", help=t("opt_record_minutes_file")
        ),
        opinions: str = typer.Option("", "--opinions", help=t("opt_record_opinions")),
        problems: str = typer.Option("", "--problems", help=t("opt_record_problems")),
        summary: str = typer.Option("", "--summary", help=t("opt_record_summary")),
        suggestions: str = typer.Option("", "--suggestions", help=t("opt_record_suggestions")),
        briefing_sent: bool = typer.Option(False, "--briefing-sent", help=t("opt_briefing")),
        follow_up: list[str] = typer.Option([], "--follow-up", help=t("opt_record_follow_up")),
        as_json: bool = typer.Option(False, "--json", help=t("opt_json")),
    ) -> None:
        from grouptui.domain.models import ActivityRecord, FollowUp
        from grouptui.store.records import save_record

        state: State = ctx.obj
        text = _minutes_text(minutes, minutes_file)
        with state.open_book(write=True) as book:
            rec = ActivityRecord(
                date=_date(date),
                form=_form(form),
                theme=theme,
                place=place,
                start=start,
                end=end,
                organiser=organiser,
                recorder=_recorder(book, recorder, usual=True),
                plan_id=_plan(book, plan),
                minutes=text,
                voter_opinions=opinions,
                problems=problems,
                summary=summary,
                suggestions_formed=suggestions,
                briefing_sent=briefing_sent,
            )
            marks = _marks(book, present, leave, absent, late, leave_reason, approved_by)
            items = [FollowUp(record_id=rec.id, what=w) for w in follow_up]
            saved = save_record(book, rec, marks=marks, followups=items)
            if as_json:
                print_json(_full(book, saved))
                return
        echo(t("record_added", id=saved.id, date=saved.date.isoformat(), theme=saved.theme))

    @record.command("edit", help=t("help_record_edit"))
    def record_edit(
        ctx: typer.Context,
        record_id: str = typer.Argument(..., metavar="ID", help=t("arg_record_id")),
        date: str | None = typer.Option(None, "--date", help=t("opt_record_date")),
        form: str | None = typer.Option(None, "--form", help=t("opt_record_form")),
        theme: str | None = typer.Option(None, "--theme", help=t("opt_record_theme")),
        place: str | None = typer.Option(None, "--place", help=t("opt_record_place")),
        start: str | None = typer.Option(None, "--start", help=t("opt_record_start")),
        end: str | None = typer.Option(None, "--end", help=t("opt_record_end")),
        organiser: str | None = typer.Option(None, "--organiser", help=t("opt_record_organiser")),
        recorder: str | None = typer.Option(None, "--recorder", help=t("opt_record_recorder")),
        present: str = typer.Option("", "--present", help=t("opt_record_present")),
        leave: str = typer.Option("", "--leave", help=t("opt_record_leave")),
        absent: str = typer.Option("", "--absent", help=t("opt_record_absent")),
        late: str = typer.Option("", "--late", help=t("opt_record_late")),
        unmark: str = typer.Option("", "--unmark", help=t("opt_record_unmark")),
        leave_reason: str = typer.Option("", "--leave-reason", help=t("opt_leave_reason")),
        approved_by: str = typer.Option("", "--approved-by", help=t("opt_approved_by")),
        plan: str | None = typer.Option(None, "--plan", help=t("opt_record_plan")),
        minutes: str | None = typer.Option(None, "--minutes", help=t("opt_record_minutes")),
        minutes_file: Path | None = typer.Option(
            None, "--minutes-file", help=t("opt_record_minutes_file")
        ),
        opinions: str | None = typer.Option(None, "--opinions", help=t("opt_record_opinions")),
        problems: str | None = typer.Option(None, "--problems", help=t("opt_record_problems")),
        summary: str | None = typer.Option(None, "--summary", help=t("opt_record_summary")),
        suggestions: str | None = typer.Option(
            None, "--suggestions", help=t("opt_record_suggestions")
        ),
        briefing_sent: bool | None = typer.Option(
            None, "--briefing-sent/--no-briefing-sent", help=t("opt_briefing")
        ),
        follow_up: list[str] = typer.Option([], "--follow-up", help=t("opt_record_follow_up")),
        as_json: bool = typer.Option(False, "--json", help=t("opt_json")),
    ) -> None:
        from dataclasses import replace

        from grouptui.domain.models import FollowUp
        from grouptui.store.records import save_record

        state: State = ctx.obj
        text = _minutes_text(minutes, minutes_file) if minutes_file or minutes is not None else None
        with state.open_book(write=True) as book:
            rec = book.records.find(record_id)
            changes = {
                "date": _date(date) if date is not None else None,
                "form": _form(form) if form is not None else None,
                "theme": theme,
                "place": place,
                "start": start,
                "end": end,
                "organiser": organiser,
                "recorder": _recorder(book, recorder) if recorder is not None else None,
                "plan_id": _plan(book, plan) if plan is not None else None,
                "minutes": text,
                "voter_opinions": opinions,
                "problems": problems,
                "summary": summary,
                "suggestions_formed": suggestions,
                "briefing_sent": briefing_sent,
            }
            rec = replace(rec, **{k: v for k, v in changes.items() if v is not None})
            marks = _marks(book, present, leave, absent, late, leave_reason, approved_by)
            for name in _names(unmark):
                marks[_deputy(book, name).id] = None
            items = [FollowUp(record_id=rec.id, what=w) for w in follow_up]
            saved = save_record(book, rec, marks=marks, followups=items)
            if as_json:
                print_json(_full(book, saved))
                return
        echo(t("record_saved", id=saved.id))

    @record.command("list", help=t("help_record_list"))
    def record_list(
        ctx: typer.Context,
        quarter: int | None = typer.Option(None, "--quarter", help=t("opt_quarter")),
        form: str | None = typer.Option(None, "--form", help=t("opt_record_form")),
        search: str = typer.Option("", "--search", help=t("opt_record_search")),
        deputy: str = typer.Option("", "--deputy", help=t("opt_record_deputy")),
        deleted: bool = typer.Option(False, "--deleted", help=t("opt_record_deleted")),
        as_json: bool = typer.Option(False, "--json", help=t("opt_json")),
    ) -> None:
        from grouptui.domain.vocab import FORMS, label
        from grouptui.i18n import get_language
        from grouptui.store.records_query import Filter, filter_records

        state: State = ctx.obj
        if quarter is not None and quarter not in (1, 2, 3, 4):
            raise UserError("record_bad_quarter", value=quarter)
        with state.open_book() as book:
            deputy_id = _deputy(book, deputy).id if deputy else ""
            wanted = Filter(
                quarter=quarter,
                form=_form(form) if form else "",
                deputy_id=deputy_id,
                text=search,
                deleted=deleted,
            )
            rows = filter_records(book, wanted)
            if as_json:
                print_json([_summary(book, r) for r in rows])
                return
            summaries = [_summary(book, r) for r in rows]
        if not rows:
            echo(t("record_list_empty"))
            return
        lang = get_language()
        print_table(
            [
                t("col_record_id"),
                t("col_date"),
                t("col_form"),
                t("col_theme"),
                t("col_place"),
                t("col_attendance"),
            ],
            [
                (
                    s["id"][:8],
                    s["date"],
                    label(FORMS, s["form"], lang),
                    s["theme"],
                    s["place"],
                    f"{s['came']}/{s['expected']}",
                )
                for s in summaries
            ],
        )

    @record.command("show", help=t("help_record_show"))
    def record_show(
        ctx: typer.Context,
        record_id: str = typer.Argument(..., metavar="ID", help=t("arg_record_id")),
        as_json: bool = typer.Option(False, "--json", help=t("opt_json")),
    ) -> None:
        from grouptui.cli.record_show import print_record

        state: State = ctx.obj
        with state.open_book() as book:
            rec = book.records.find(record_id)
            data = _full(book, rec)
        if as_json:
            print_json(data)
            return
        print_record(data)

    @record.command("delete", help=t("help_record_delete"))
    def record_delete(
        ctx: typer.Context,
        record_id: str = typer.Argument(..., metavar="ID", help=t("arg_record_id")),
    ) -> None:
        from grouptui.store.records import delete_record

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            rec, plan = delete_record(book, record_id)
        echo(t("record_deleted", id=rec.id, theme=rec.theme))
        if plan is not None:
            echo(t("record_deleted_plan", title=plan.title))

    @record.command("restore", help=t("help_record_restore"))
    def record_restore(
        ctx: typer.Context,
        record_id: str = typer.Argument(..., metavar="ID", help=t("arg_record_id")),
    ) -> None:
        from grouptui.store.records import restore_record

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            rec = restore_record(book, record_id)
        echo(t("record_restored", id=rec.id, theme=rec.theme))

    @record.command("attend", help=t("help_record_attend"))
    def record_attend(
        ctx: typer.Context,
        record_id: str = typer.Argument(..., metavar="ID", help=t("arg_record_id")),
        name: str = typer.Argument(..., metavar="NAME", help=t("arg_name")),
        status: str = typer.Argument(..., metavar="STATUS", help=t("arg_status")),
        reason: str = typer.Option("", "--reason", help=t("opt_leave_reason")),
        approved_by: str = typer.Option("", "--approved-by", help=t("opt_approved_by")),
    ) -> None:
        from grouptui.domain.records import parse_status
        from grouptui.store.records import Mark, set_mark

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            deputy = _deputy(book, name)
            mark = None
            if status.strip().lower() not in ("none", "clear", "无", "清除"):
                mark = Mark(parse_status(status), reason, approved_by)
            set_mark(book, record_id, deputy.id, mark)
        echo(t("record_marked", name=deputy.name, status=_status_label(mark)))

    @record.command("fold", help=t("help_record_fold"))
    def record_fold(
        ctx: typer.Context,
        record_id: str = typer.Argument(..., metavar="ID", help=t("arg_record_id")),
    ) -> None:
        from grouptui.store.notes import fold_notes

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            done = fold_notes(book, record_id)
        echo(
            t(
                "fold_done",
                notes=done.notes,
                followups=done.followups,
                suggestions=done.suggestions,
            )
        )

    @record.command("follow-up", help=t("help_record_follow_up"))
    def record_follow_up(
        ctx: typer.Context,
        followup_id: str = typer.Argument(..., metavar="ID", help=t("arg_followup_id")),
        status: str | None = typer.Option(None, "--status", help=t("opt_followup_status")),
        result: str | None = typer.Option(None, "--result", help=t("opt_followup_result")),
        responsible: str | None = typer.Option(
            None, "--responsible", help=t("opt_followup_responsible")
        ),
        due: str | None = typer.Option(None, "--due", help=t("opt_followup_due")),
    ) -> None:
        from dataclasses import replace

        from grouptui.domain.records import RecordError
        from grouptui.domain.vocab import FOLLOWUP_STATUS, parse_choice
        from grouptui.store.records import save_followup

        state: State = ctx.obj
        with state.open_book(write=True) as book:
            item = book.followups.find(followup_id)
            changes: dict = {}
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
                changes["due"] = _date(due) if due.strip() else None
            save_followup(book, replace(item, **changes))
        echo(t("followup_saved", what=item.what))


# Helpers -------------------------------------------------------------------------------


def _date(text: str):
    from grouptui.cli.state import parse_date

    return parse_date(text)


def _form(text: str) -> str:
    from grouptui.domain.records import RecordError
    from grouptui.domain.vocab import FORMS, parse_choice

    key = parse_choice(FORMS, text)
    if key is None:
        raise RecordError("record_bad_form", value=text)
    return key


def _names(text: str) -> list[str]:
    from grouptui.cli.state import parse_names

    return parse_names(text)


def _deputy(book, name: str):
    from grouptui.store.records import deputy_named

    return deputy_named(book, name)


def _recorder(book, name: str, usual: bool = False) -> str:
    """A deputy's id, or anyone's name as typed; blank: the usual recorder if ``usual``."""
    from grouptui.store.records import person_ref, usual_recorder

    if not name.strip():
        return usual_recorder(book) if usual else ""
    return person_ref(book, name)


def _plan(book, plan_id: str) -> str:
    from grouptui.domain.records import RecordError

    if not plan_id.strip():
        return ""
    try:
        return book.plan.find(plan_id).id
    except Exception:
        raise RecordError("record_plan_not_found", id=plan_id) from None


def _marks(book, present, leave, absent, late, leave_reason, approved_by) -> dict:
    from grouptui.domain.records import RecordError
    from grouptui.store.records import Mark

    marks: dict = {}
    for status, names in zip(_MARK_OPTIONS, (present, leave, absent, late), strict=True):
        for name in _names(names):
            deputy = _deputy(book, name)
            if deputy.id in marks:
                raise RecordError("record_marked_twice", name=deputy.name)
            if status == "leave":
                marks[deputy.id] = Mark(status, leave_reason, approved_by)
            else:
                marks[deputy.id] = Mark(status)
    return marks


def _minutes_text(minutes: str | None, path: Path | None) -> str:
    if path is None:
        return minutes or ""
    from grouptui.store.inputs import MAX_MINUTES_BYTES, read_input

    try:
        return read_input(path, MAX_MINUTES_BYTES).decode("utf-8")
    except UnicodeDecodeError:
        raise UserError("record_minutes_not_utf8", path=path) from None


def _status_label(mark) -> str:
    from grouptui.domain.vocab import ATTENDANCE, label
    from grouptui.i18n import get_language

    return t("record_unmarked") if mark is None else label(ATTENDANCE, mark.status, get_language())


def _summary(book, rec) -> dict:
    from grouptui.store.records_query import summary

    return summary(book, rec)


def _full(book, rec) -> dict:
    from grouptui.store.records_query import full

    return full(book, rec)
