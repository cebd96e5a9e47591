"""The activity record book's writes: records, attendance (and the duty it is), follow-ups.

Both the CLI and the TUI go through these functions so that the rules hold everywhere:

- a record is dated inside the book's year, its time span ends after it starts, its
  attendees are on the roster and its plan item exists; its recorder is a deputy (stored
  by id) or anyone else (stored as typed, one line), and the book remembers the last
  one as the usual recorder (:func:`usual_recorder`);
- **attendance is a duty**: marking a deputy present (or late) creates or updates their
  duty-log entry for the activity (``derived_id("duty", record, deputy)``, ``auto=True``,
  category from the form, date and theme from the record); changing the mark away from
  present tombstones it; changing the record's date, form, theme or time updates it;
- every operation is one ``book.transaction()``: one atomic write, or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from grouptui.domain.derived import attended_by_record, record_duty, record_duty_id
from grouptui.domain.errors import Message
from grouptui.domain.models import (
    ActivityRecord,
    Attendance,
    Deputy,
    DutyEntry,
    FollowUp,
    PlanItem,
    Setting,
    derived_id,
)
from grouptui.domain.record_fields import clean
from grouptui.domain.records import (
    RecordError,
    check_in_year,
    clean_text,
    one_line,
)
from grouptui.domain.revision import content_of
from grouptui.domain.vocab import ATTENDANCE, FOLLOWUP_STATUS

if TYPE_CHECKING:
    from grouptui.store.book import Book


@dataclass
class Mark:
    """One deputy's attendance mark as entered: status, and for leave, reason and approver."""

    status: str
    leave_reason: str = ""
    approved_by: str = ""


# Reading -----------------------------------------------------------------------------


def roster_by_name(book: Book) -> dict[str, Deputy]:
    """Deputies by name, active ones winning over retired namesakes."""
    out: dict[str, Deputy] = {}
    for deputy in book.deputies.all():
        if deputy.name not in out or (deputy.active and not out[deputy.name].active):
            out[deputy.name] = deputy
    return out


def person_ref(book: Book, text: str) -> str:
    """Who a record names as its recorder, as stored: the id of the deputy ``text`` names
    (by name or id), else the text itself on one line (the liaison officer, township
    staff, anyone who is not a deputy)."""
    name = one_line(text)
    if not name:
        return ""
    deputy = roster_by_name(book).get(name) or book.deputies.get(name)
    return deputy.id if deputy is not None else name


#: The settings document holding the book's usual recorder (a deputy id or a name).
USUAL_RECORDER_ID = derived_id("settings", "usual_recorder")


def usual_recorder(book: Book) -> str:
    """The recorder of the last record saved with one: the default of the next record."""
    setting = book.settings.get(USUAL_RECORDER_ID)
    value = setting.values.get("recorder") if setting is not None else ""
    return value if isinstance(value, str) else ""


def _remember_recorder(book: Book, recorder: str) -> None:
    if recorder and recorder != usual_recorder(book):
        book.settings.save(Setting(id=USUAL_RECORDER_ID, values={"recorder": recorder}))


def deputy_named(book: Book, name: str) -> Deputy:
    """The deputy called ``name`` (or with that id); :class:`RecordError` naming the fix."""
    import unicodedata

    text = unicodedata.normalize("NFC", name).strip()
    deputy = roster_by_name(book).get(text) or book.deputies.get(text)
    if deputy is None:
        raise RecordError("record_unknown_deputy", name=text)
    return deputy


def attendance_of(book: Book, record_id: str, include_deleted: bool = False) -> list[Attendance]:
    """The attendance marks of one record."""
    from grouptui.domain.codec import from_doc

    docs = book.attendance.docs(include_deleted)
    return [from_doc(Attendance, d) for d in docs if d.get("record_id") == record_id]


def marks_of(book: Book, record_id: str) -> dict[str, Mark]:
    """The live marks of one record by deputy id."""
    return {
        a.deputy_id: Mark(a.status, a.leave_reason, a.approved_by)
        for a in attendance_of(book, record_id)
    }


def followups_of(book: Book, record_id: str) -> list[FollowUp]:
    """The live follow-up items of one record."""
    return book.followups.where(lambda d: d.get("record_id") == record_id)


def duty_of(book: Book, record_id: str) -> list[DutyEntry]:
    """The live duty entries attendance at this record created."""
    return book.duty.where(lambda d: d.get("record_id") == record_id and d.get("auto"))


# Validation --------------------------------------------------------------------------


def validate(book: Book, record: ActivityRecord) -> ActivityRecord:
    """The record cleaned and checked against the book; :class:`RecordError` if not fit."""
    record = clean(record)
    check_in_year(record.date, book.meta.year)
    if record.recorder and book.deputies.get(record.recorder) is None:
        # anyone may take the minutes: the liaison officer is township staff
        record = replace(record, recorder=one_line(record.recorder))
    if record.plan_id and book.plan.get(record.plan_id) is None:
        raise RecordError("record_plan_not_found", id=record.plan_id)
    return record


def _check_mark(book: Book, deputy_id: str, mark: Mark) -> Mark:
    if book.deputies.get(deputy_id) is None:
        raise RecordError("record_unknown_deputy", name=deputy_id)
    if mark.status not in ATTENDANCE:
        raise RecordError("record_bad_status", value=mark.status)
    if mark.status != "leave":
        return Mark(mark.status)
    return Mark(
        mark.status, clean_text(mark.leave_reason).strip(), clean_text(mark.approved_by).strip()
    )


# Writing -----------------------------------------------------------------------------


def save_record(
    book: Book,
    record: ActivityRecord,
    *,
    marks: Mapping[str, Mark | None] | None = None,
    followups: Iterable[FollowUp] = (),
) -> ActivityRecord:
    """Create or update a record with attendance marks (``None`` clears one) and follow-ups;
    the duty entries follow. One atomic write; nothing is written if anything is wrong."""
    record = validate(book, record)
    checked = {
        dep: None if mark is None else _check_mark(book, dep, mark)
        for dep, mark in (marks or {}).items()
    }
    fresh = [_checked_followup(replace(f, record_id=record.id)) for f in followups]
    with book.transaction():
        saved = book.records.save(record)
        for deputy_id, mark in checked.items():
            _write_mark(book, saved.id, deputy_id, mark)
        if fresh:
            book.followups.save_many(fresh)
        sync_duty(book, saved)
        _remember_recorder(book, saved.recorder)
    return saved


def set_mark(
    book: Book, record_id: str, deputy_id: str, mark: Mark | None
) -> tuple[ActivityRecord, Attendance | None]:
    """Mark (or, with None, unmark) one deputy at one record; the duty entry follows."""
    record = book.records.find(record_id)
    checked = None if mark is None else _check_mark(book, deputy_id, mark)
    with book.transaction():
        att = _write_mark(book, record.id, deputy_id, checked)
        sync_duty(book, record)
    return record, att


def _write_mark(book: Book, record_id: str, deputy_id: str, mark: Mark | None) -> Attendance | None:
    att_id = derived_id("attendance", record_id, deputy_id)
    old = book.attendance.get(att_id, include_deleted=True)
    if mark is None:
        if old is not None and not old.deleted:
            book.attendance.delete(att_id)
        return None
    base = old or Attendance(id=att_id, record_id=record_id, deputy_id=deputy_id)
    att = replace(
        base,
        status=mark.status,
        leave_reason=mark.leave_reason,
        approved_by=mark.approved_by,
        deleted=False,
    )
    return book.attendance.save(att)


def sync_duty(book: Book, record: ActivityRecord) -> None:
    """Make the auto duty entries of ``record`` follow its attendance (call in a transaction);
    what each entry holds is :func:`grouptui.domain.derived.record_duty`, as in a merge."""
    from grouptui.domain.codec import to_doc

    source = to_doc(record)
    mine = (d for d in book.attendance.docs(True) if d.get("record_id") == record.id)
    marks = attended_by_record(mine).get(record.id, {})
    had = {d.get("deputy_id", "") for d in book.duty.docs(True) if _auto_of(d, record.id)}
    for deputy_id in sorted(set(marks) | had):
        old = book.duty.doc(record_duty_id(record.id, deputy_id))
        want = record_duty(source, deputy_id, marks.get(deputy_id, False), old)
        settle_duty(book, old, want)


def settle_duty(book: Book, old: dict[str, Any] | None, want: dict[str, Any] | None) -> None:
    """Write the automatic entry ``want`` over ``old`` unless it already holds it; kept
    versions of it (a book merged before they were recomputed) are settled with it."""
    from grouptui.domain.codec import from_doc

    if want is None:
        return
    if old is not None and old.get("conflicts"):
        book.duty.resolve(want["id"], want)
    elif old is None or content_of(old) != want:
        book.duty.save(from_doc(DutyEntry, want))


def _auto_of(doc: dict[str, Any], record_id: str) -> bool:
    return bool(doc.get("auto")) and doc.get("record_id") == record_id


def delete_record(book: Book, record_id: str) -> tuple[ActivityRecord, PlanItem | None]:
    """Tombstone a record and the duty its attendance made; returns it and the plan item it
    was linked to (which now has no record: the caller says so)."""
    record = book.records.find(record_id)
    with book.transaction():
        deleted = book.records.delete(record.id)
        sync_duty(book, deleted)
    plan = book.plan.get(record.plan_id) if record.plan_id else None
    return deleted, plan


def restore_record(book: Book, record_id: str) -> ActivityRecord:
    """Undo :func:`delete_record`: the record and its duty entries come back."""
    doc = book.records.doc(record_id.strip())
    if doc is None:
        hits = [d for d in book.records.docs(True) if d["id"].startswith(record_id.strip())]
        doc = hits[0] if len(hits) == 1 and len(record_id.strip()) >= 4 else None
    if doc is None:
        raise RecordError("not_found_id", id=record_id, what=_what())
    with book.transaction():
        restored = book.records.restore(doc["id"])
        sync_duty(book, restored)
    return restored


def _what() -> Message:
    return Message("what_record")


# Follow-ups --------------------------------------------------------------------------


def _checked_followup(item: FollowUp) -> FollowUp:
    what = clean_text(item.what).strip()
    if not what:
        raise RecordError("followup_empty")
    if item.status not in FOLLOWUP_STATUS:
        raise RecordError("followup_bad_status", value=item.status)
    return replace(
        item,
        what=what,
        responsible=clean_text(item.responsible).strip(),
        result=clean_text(item.result),
    )


def save_followup(book: Book, item: FollowUp) -> FollowUp:
    """Create or update one follow-up item of a record."""
    if book.records.get(item.record_id) is None:
        raise RecordError("not_found_id", id=item.record_id, what=_what())
    return book.followups.save(_checked_followup(item))


def delete_followup(book: Book, followup_id: str) -> FollowUp:
    """Tombstone one follow-up item."""
    return book.followups.delete(followup_id)
