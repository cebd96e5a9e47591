"""The activity record book (闭会期间代表活动记录本) as a :class:`~grouptui.export.model.Doc`.

A cover (the book's name, group, township, year, recorder), then one entry per activity in
date order: a bordered form (the fields of ``domain/record_fields.py``: time, place, form,
theme, organiser, recorder; attendance; minutes, voters' opinions, problems, summary; a
study record's training and each deputy's assessment), the follow-up table, the voters
received at a reception, and a line for the group leader's signature.
"""

from __future__ import annotations

from grouptui.domain.models import ActivityRecord
from grouptui.domain.record_fields import Kind, Part, RecordField, applies, fields, is_set
from grouptui.domain.vocab import ATTENDANCE, FOLLOWUP_STATUS, label
from grouptui.export.model import (
    Contents,
    ContentsEntry,
    Doc,
    Form,
    Grid,
    Heading,
    PageBreak,
    Para,
    Signature,
    Title,
)
from grouptui.export.view import BookView
from grouptui.i18n import fmt_date, get_language, join_words, t
from grouptui.record_words import assessed, assessment_words, value_words


def quarter_name(quarter: int) -> str:
    """第二季度 / Quarter 2."""
    return t(f"quarter_{quarter}")


def cover(view: BookView, title: str, extra: list[tuple[str, str]] | None = None) -> list:
    """The cover blocks of a book: title, then group, township, year (and ``extra``)."""
    meta = view.meta
    lines = [
        (t("export_cover_group"), meta.group),
        (t("export_cover_township"), meta.township),
        (t("export_cover_year"), str(meta.year)),
    ]
    if view.filters.quarter is not None:
        lines.append((t("export_cover_quarter"), quarter_name(view.filters.quarter)))
    lines += extra or []
    text = "\n".join(t("export_cover_line", label=k, value=v) for k, v in lines if v)
    return [Title(title), Para(text, centred=True)]


def _people(view: BookView, names: list[str]) -> str:
    if not names:
        return t("none")
    return t("export_people", n=len(names), names=join_words(names))


def attendance_rows(view: BookView, record: ActivityRecord) -> list[tuple[str, str]]:
    """Expected / present / on leave (reason, approved by) / absent, as form rows."""
    marks = view.attendance.get(record.id, [])
    if not marks:
        return [(t("export_f_attendance"), t("export_not_recorded"))]
    lang = get_language()
    present, leave, absent = [], [], []
    for mark in sorted(marks, key=lambda m: view.deputy_name(m.deputy_id)):
        name = view.deputy_name(mark.deputy_id)
        if mark.status == "present":
            present.append(name)
        elif mark.status == "late":
            present.append(t("export_late", name=name, late=label(ATTENDANCE, "late", lang)))
        elif mark.status == "leave":
            details = [p for p in (mark.leave_reason, _approved(mark.approved_by)) if p]
            leave.append(
                t("export_leave", name=name, why=t("export_detail_sep").join(details))
                if details
                else name
            )
        else:
            absent.append(name)
    return [
        (t("export_f_expected"), t("export_count", n=view.turnout(record).expected_count)),
        (t("export_f_present"), _people(view, present)),
        (t("export_f_leave"), _people(view, leave)),
        (t("export_f_absent"), _people(view, absent)),
    ]


def _approved(by: str) -> str:
    return t("export_approved_by", name=by) if by else ""


def time_text(record: ActivityRecord) -> str:
    """The date and, when known, the hours of an activity."""
    day = fmt_date(record.date)
    if record.start and record.end:
        return t("export_time_range", date=day, start=record.start, end=record.end)
    return " ".join(p for p in (day, record.start) if p)


def entry_form(view: BookView, record: ActivityRecord) -> Form:
    """The bordered form of one activity: the fields of :mod:`record_fields` by part (what,
    when, where, who; attendance; the texts; the plan item; the briefing; training)."""
    rows = [*field_rows(view, record, Part.HEAD), *attendance_rows(view, record)]
    for part in (Part.TEXT, Part.PLAN, Part.STATE, Part.TRAINING):
        rows += field_rows(view, record, part)
    assessments = assessment_lines(view, record)
    if assessments:
        rows.append((t("rec_field_assessments"), "\n".join(assessments)))
    return Form(rows)


def field_rows(view: BookView, record: ActivityRecord, part: Part) -> list[tuple[str, str]]:
    """The form rows of the record's fields of ``part``, in the table's order."""
    rows = []
    for f in fields(part):
        if not applies(f, record):
            continue
        value = getattr(record, f.name)
        text = field_text(view, record, f, value)
        if f.book_if_set and not (is_set(value) and text):
            continue
        rows.append((t(f.book_row_label), text))
    return rows


def field_text(view: BookView, record: ActivityRecord, f: RecordField, value: object) -> str:
    """One field's value as the record book prints it."""
    if f.kind is Kind.DATE:
        return time_text(record)
    if f.kind is Kind.PERSON:
        return view.deputy_name(str(value))
    if f.kind is Kind.PLAN:
        item = view.all_plan.get(str(value)) if value else None
        return item.title if item is not None else ""
    return value_words(f, value)


def assessment_lines(view: BookView, record: ActivityRecord) -> list[str]:
    """Each attending deputy's training assessment, by name (a study record's)."""
    if record.form != "study":
        return []
    marks = [m for m in view.attendance.get(record.id, []) if assessed(m)]
    marks.sort(key=lambda m: view.deputy_name(m.deputy_id))
    return [assessment_words(view.deputy_name(m.deputy_id), m) for m in marks]


def followup_grid(view: BookView, record: ActivityRecord) -> Grid:
    """The follow-up table (追踪事项) of one activity; one empty row when there is none."""
    lang = get_language()
    rows = [
        [f.what, f.responsible, fmt_date(f.due), label(FOLLOWUP_STATUS, f.status, lang), f.result]
        for f in view.followups.get(record.id, [])
    ]
    return Grid(
        header=[
            t("export_h_what"),
            t("export_h_responsible"),
            t("export_h_due"),
            t("export_h_status"),
            t("export_h_result"),
        ],
        rows=rows or [[t("none"), "", "", "", ""]],
        weights=[5, 3, 3, 2, 4],
        caption=t("export_followups_caption"),
    )


def voters_grid(view: BookView, record: ActivityRecord) -> Grid | None:
    """Voters received at a reception; contacts only when the user asked for them."""
    visits = view.voters.get(record.id, [])
    if not visits:
        return None
    lang = get_language()
    header = [
        t("export_h_voter"),
        t("export_h_village"),
        t("export_h_raised"),
        t("export_h_handling"),
        t("export_h_status"),
    ]
    weights = [2.0, 2.5, 5.0, 4.0, 2.0]
    if view.filters.include_contacts:
        header.append(t("export_h_contact"))
        weights.append(3.0)
    rows = []
    for v in visits:
        row = [v.name, v.village, v.raised, v.handling, label(FOLLOWUP_STATUS, v.status, lang)]
        if view.filters.include_contacts:
            row.append(view.contact(v))
        rows.append(row)
    return Grid(header, rows, weights, caption=t("export_voters_caption"))


def entry_anchor(n: int) -> str:
    """The bookmark of the n-th entry (hidden in Word, as its own TOC bookmarks are)."""
    return f"_TocEntry{n}"


def contents(view: BookView, pages: list[int] | None = None) -> Contents:
    """The contents page: 第N次, date and theme of every entry, with its page."""
    entries = [
        ContentsEntry(
            t("export_contents_entry", n=n, date=fmt_date(record.date), theme=record.theme),
            entry_anchor(n),
            pages[n - 1] if pages else 0,
        )
        for n, record in enumerate(view.records, 1)
    ]
    return Contents(t("export_contents_title"), entries)


def record_book(view: BookView) -> Doc:
    """The whole record book of ``view``, in date order, after its contents page."""
    doc = Doc(t("export_title_record_book"))
    extra = [(t("rec_field_recorder"), view.main_recorder())]
    doc.add(*cover(view, t("export_title_record_book"), extra))
    if not view.records:
        doc.add(Para(t("export_empty_records")))
        return doc
    doc.add(PageBreak(), contents(view))
    at_contents = len(doc.blocks) - 1
    for n, record in enumerate(view.records, 1):
        doc.add(PageBreak())
        heading = t("export_entry_heading", n=n, theme=record.theme)
        doc.add(Heading(heading, level=2, anchor=entry_anchor(n)))
        doc.add(entry_form(view, record))
        doc.add(followup_grid(view, record))
        voters = voters_grid(view, record)
        if voters is not None:
            doc.add(voters)
        doc.add(Signature(t("export_sign_leader"), t("export_sign_date")))
    # The contents' own length does not depend on its page numbers: estimate, then fill in.
    from grouptui.export.pages import start_pages

    starts = start_pages(doc.blocks)
    pages = [starts[i] for i, b in enumerate(doc.blocks) if isinstance(b, Heading) and b.anchor]
    doc.blocks[at_contents] = contents(view, pages)
    return doc
