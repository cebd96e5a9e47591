"""Writing training details: a study record's kind and length, each deputy's assessment."""

from __future__ import annotations

from grouptui.domain.duty import DutyError, resolve_deputy
from grouptui.domain.models import ActivityRecord, Attendance, derived_id
from grouptui.domain.records import clean_text
from grouptui.domain.training import parse_assessment, parse_days, parse_kind
from grouptui.store.book import Book


def set_training(
    book: Book, record: str, *, kind: str | None = None, days: str | float | None = None
) -> ActivityRecord:
    """Give a study record its training kind and length in days ("" clears either)."""
    rec = book.records.find(record)
    if rec.form != "study":
        raise DutyError("training_not_study", theme=rec.theme)
    # An empty kind or length clears it (the form's way of saying "not known yet").
    if kind is not None:
        rec.training_kind = parse_kind(kind) if str(kind).strip() else ""
    if days is not None:
        rec.training_days = parse_days(days) if str(days).strip() else 0.0
    return book.records.save(rec)


def set_assessment(
    book: Book,
    record: str,
    deputy: str,
    *,
    kind: str | None = None,
    done: bool | None = None,
    result: str | None = None,
) -> Attendance:
    """Record a deputy's assessment of a training they attended ("" clears its kind)."""
    rec = book.records.find(record)
    if rec.form != "study":
        raise DutyError("training_not_study", theme=rec.theme)
    who = resolve_deputy(book.deputies.all(), deputy)
    mark = book.attendance.get(derived_id("attendance", rec.id, who.id))
    if mark is None:
        found = [
            a for a in book.attendance.all() if a.record_id == rec.id and a.deputy_id == who.id
        ]
        mark = found[0] if found else None
    if mark is None or mark.status not in ("present", "late"):
        raise DutyError("training_not_attended", name=who.name, theme=rec.theme)
    if kind is not None:
        mark.assessment = parse_assessment(kind) if kind.strip() else ""
    if done is not None:
        mark.assessment_done = done
    if result is not None:
        mark.assessment_result = clean_text(result).strip()
    return book.attendance.save(mark)
