"""Quick notes taken during an inspection, and folding them into the record's minutes.

A note is saved the moment it is entered (one atomic write), with its time. Without a
record named, it goes to today's open inspection record, which is created on the first
note of the day. Folding turns the notes into "HH:MM text" lines of the minutes; a todo
note becomes a follow-up, a suggestion note a suggestion draft, an issue note a line of
the problems found, an opinion note a line of the voters' opinions. Follow-ups and drafts
get ids derived from their note, so folding twice (or on two laptops) makes them once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING

from grouptui.domain.checklist import SET_BY_HAND, item_date, record_draft
from grouptui.domain.models import (
    ActivityRecord,
    FollowUp,
    Note,
    PlanItem,
    Suggestion,
    derived_id,
)
from grouptui.domain.records import (
    RecordError,
    check_in_year,
    note_lines,
    parse_tag_option,
    plan_fold,
    suggestion_title,
    tagged_notes,
    unfolded_counts,
)

if TYPE_CHECKING:
    from grouptui.store.book import Book


@dataclass
class Added:
    """What :func:`add_note` did."""

    record: ActivityRecord
    notes: list[Note] = field(default_factory=list)
    created_record: bool = False
    #: the plan item planned for today whose record the notes joined (say so), if any.
    joined: PlanItem | None = None


@dataclass
class Folded:
    """What :func:`fold_notes` did."""

    record: ActivityRecord
    notes: int = 0
    followups: int = 0
    suggestions: int = 0


#: The forms quick notes are taken at: a 视察 (or the 会前视察 before a session).
INSPECTIONS = ("inspection", "pre_session_inspection")


def quick_record_of_day(book: Book, day: date) -> ActivityRecord | None:
    """The open quick-note inspection record of ``day``, if there is one."""
    iso = day.isoformat()
    hits = book.records.where(
        lambda d: d.get("quick") and d.get("date") == iso and d.get("form") in INSPECTIONS
    )
    return hits[-1] if hits else None


def planned_inspection_of_day(book: Book, day: date) -> PlanItem | None:
    """The inspection the plan has for ``day`` (its exact date), neither cancelled nor
    marked done by hand; the first by title if several."""
    hits = [
        p
        for p in book.plan.all()
        if p.form in INSPECTIONS
        and p.status not in SET_BY_HAND
        and item_date(p, book.meta.year) == day
    ]
    return min(hits, key=lambda p: p.title) if hits else None


def _record_for_plan(book: Book, item: PlanItem, day: date) -> ActivityRecord | None:
    """A live record of ``day`` carrying ``item`` out (made from the checklist), if any."""
    iso = day.isoformat()
    hits = book.records.where(lambda d: d.get("plan_id") == item.id and d.get("date") == iso)
    return hits[-1] if hits else None


def new_quick_record(book: Book, day: date, theme: str) -> ActivityRecord:
    """An (unsaved) inspection record for the day's quick notes, titled ``theme`` (words
    in the user's language, chosen by the caller: ``t("quick_record_theme")``)."""
    check_in_year(day, book.meta.year)
    return ActivityRecord(date=day, form="inspection", theme=theme, quick=True)


def target_record(
    book: Book, record_id: str | None, quick_theme: str
) -> tuple[ActivityRecord, bool, PlanItem | None]:
    """The record notes go to, whether it still has to be saved, and the plan item whose
    record it became.

    The one named; else today's quick record; else the record of the inspection planned
    for today (the one made for it today, or a new one from the plan item: its title,
    linked, so the item is done); else a new record titled ``quick_theme`` (视察（现场速记）).
    A record it has to save is marked ``quick``, so the day's next notes find it.
    """
    if record_id:
        return book.records.find(record_id), False, None
    today = book.clock().date()
    found = quick_record_of_day(book, today)
    if found is not None:
        return found, False, None
    item = planned_inspection_of_day(book, today)
    if item is None:
        return new_quick_record(book, today, quick_theme), True, None
    made = _record_for_plan(book, item, today)
    if made is None:
        made = record_draft(item, book.meta.year, today)
    return replace(made, quick=True), True, item


def add_note(
    book: Book,
    text: str,
    record_id: str | None = None,
    tag: str | None = None,
    *,
    quick_theme: str,
) -> Added:
    """Save the note(s) in ``text`` (one per non-empty line) with the current time.

    An empty text saves nothing and creates no record: :class:`RecordError`
    ``note_empty`` says so. A tag prefix (问题：…, todo …) sets the tag unless ``tag``
    names one.
    """
    explicit = parse_tag_option(tag)
    items = tagged_notes(text, explicit)
    if not items:
        raise RecordError("note_empty")
    record, fresh, joined = target_record(book, record_id, quick_theme)
    created = fresh and book.records.get(record.id) is None
    at = book.clock().isoformat(timespec="seconds")
    notes = [Note(record_id=record.id, at=at, text=body, tag=kind) for kind, body in items]
    with book.transaction():
        if fresh:
            record = book.records.save(record)
        saved = book.notes.save_many(notes)
    return Added(record, saved, created, joined)


def notes_of(book: Book, record_id: str) -> list[Note]:
    """The live notes of a record, in time order."""
    notes = book.notes.where(lambda d: d.get("record_id") == record_id)
    notes.sort(key=lambda n: n.at)
    return notes


def set_note_tag(book: Book, note_id: str, tag: str) -> Note:
    """Change the tag of one note."""
    note = book.notes.get(note_id)
    if note is None:
        raise RecordError("not_found_id", id=note_id, what=note_id)
    return book.notes.save(replace(note, tag=parse_tag_option(tag)))


def find_note(book: Book, note_id: str) -> Note:
    """The live note with this id (or unique id prefix)."""
    return book.notes.find(note_id)


def edit_note(book: Book, note_id: str, text: str) -> Note:
    """Change the text of one note (one line; its time and tag stay).

    A folded note keeps its folded mark: the minutes already written from it are the
    officer's text now and are not rewritten behind their back.
    """
    note = find_note(book, note_id)
    body = " ".join(line.strip() for line in note_lines(text))
    if not body:
        raise RecordError("note_empty")
    return book.notes.save(replace(note, text=body))


def delete_note(book: Book, note_id: str) -> Note:
    """Delete one note (a tombstone: :func:`restore_note` brings it back)."""
    return book.notes.delete(find_note(book, note_id).id)


def restore_note(book: Book, note_id: str) -> Note:
    """Bring back a note deleted by :func:`delete_note`."""
    return book.notes.restore(note_id)


def unfolded_records(
    book: Book, keep: Callable[[ActivityRecord], bool] = lambda record: True
) -> list[tuple[ActivityRecord, int]]:
    """The records (those ``keep`` keeps) whose quick notes are not folded into their
    minutes yet, oldest first, with how many: what the record book and briefings lack."""
    records = sorted(
        (r for r in book.records.all() if keep(r)), key=lambda r: (r.date, r.start, r.id)
    )
    return unfolded_counts(records, book.notes.all())


def fold_notes(book: Book, record_id: str) -> Folded:
    """Fold the record's unfolded notes into its minutes (idempotent). One atomic write."""
    record = book.records.find(record_id)
    plan = plan_fold(record, notes_of(book, record.id))
    if not plan.folded:
        return Folded(record)
    followups = [
        FollowUp(id=derived_id("followup", n.id), record_id=record.id, what=n.text)
        for n in plan.todos
        if book.followups.get(derived_id("followup", n.id), include_deleted=True) is None
    ]
    drafts = [
        Suggestion(
            id=derived_id("suggestion", n.id),
            title=suggestion_title(n.text),
            content=n.text,
            date=record.date,
            record_id=record.id,
            status="draft",
        )
        for n in plan.suggestions
        if book.suggestions.get(derived_id("suggestion", n.id), include_deleted=True) is None
    ]
    with book.transaction():
        saved = book.records.save(
            replace(
                record,
                minutes=plan.minutes,
                problems=plan.problems,
                voter_opinions=plan.voter_opinions,
            )
        )
        book.notes.save_many([replace(n, folded=True) for n in plan.folded])
        if followups:
            book.followups.save_many(followups)
        if drafts:
            book.suggestions.save_many(drafts)
    return Folded(saved, len(plan.folded), len(followups), len(drafts))
