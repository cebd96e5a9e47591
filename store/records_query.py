"""Reading the record book: filtering the list, and the JSON shape of a record.

An :class:`Index` groups attendance, notes and follow-ups by record once, so listing or
searching a ten-year book stays one pass over each table rather than one per record.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from grouptui.domain.codec import from_doc
from grouptui.domain.models import ActivityRecord, Attendance, Deputy, FollowUp, Note, PlanItem
from grouptui.domain.quarters import quarter_of
from grouptui.domain.record_fields import columns, fields
from grouptui.domain.records import matches, note_clock
from grouptui.domain.turnout import Turnout, turnout

if TYPE_CHECKING:
    from grouptui.store.book import Book


@dataclass
class Filter:
    """What the record list shows: "" or None means any."""

    quarter: int | None = None
    form: str = ""
    deputy_id: str = ""
    text: str = ""
    #: show deleted records instead of live ones.
    deleted: bool = False


class Index:
    """Attendance, notes and follow-ups of a book grouped by record id."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.attendance: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.notes: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.followups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for doc in book.attendance.docs():
            self.attendance[doc.get("record_id", "")].append(doc)
        for doc in book.notes.docs():
            self.notes[doc.get("record_id", "")].append(doc)
        for doc in book.followups.docs():
            self.followups[doc.get("record_id", "")].append(doc)
        self.names = {d["id"]: d.get("name", "") for d in book.deputies.docs(True)}
        self._roster: list[Deputy] | None = None
        self._plan: dict[str, PlanItem | None] = {}

    def note_texts(self, record_id: str) -> list[str]:
        """The texts of a record's notes."""
        return [d.get("text", "") for d in self.notes.get(record_id, ())]

    def turnout(self, rec: ActivityRecord) -> Turnout:
        """Who was expected at ``rec`` and who came (:func:`grouptui.domain.turnout.turnout`)."""
        if self._roster is None:
            self._roster = [from_doc(Deputy, d) for d in self.book.deputies.docs()]
        plan = None
        if rec.plan_id:
            if rec.plan_id not in self._plan:
                self._plan[rec.plan_id] = self.book.plan.get(rec.plan_id)
            plan = self._plan[rec.plan_id]
        marks = [
            (d.get("deputy_id", ""), d.get("status", "")) for d in self.attendance.get(rec.id, ())
        ]
        return turnout(rec, self._roster, marks, plan)

    def attended_by(self, record_id: str) -> set[str]:
        """Deputy ids with any mark at the record."""
        return {d.get("deputy_id", "") for d in self.attendance.get(record_id, ())}


def filter_records(book: Book, wanted: Filter, index: Index | None = None) -> list[ActivityRecord]:
    """The records ``wanted`` selects, by date (then start time)."""
    index = index or Index(book)
    docs = book.records.docs(include_deleted=wanted.deleted)
    if wanted.deleted:
        docs = [d for d in docs if d.get("deleted")]
    out = []
    for doc in docs:
        rec = from_doc(ActivityRecord, doc)
        if wanted.quarter and quarter_of(rec.date) != wanted.quarter:
            continue
        if wanted.form and rec.form != wanted.form:
            continue
        if wanted.deputy_id and wanted.deputy_id not in index.attended_by(rec.id):
            if rec.recorder != wanted.deputy_id:
                continue
        if wanted.text and not matches(rec, wanted.text, index.note_texts(rec.id)):
            continue
        out.append(rec)
    out.sort(key=lambda r: (r.date, r.start))
    return out


def summary(book: Book, rec: ActivityRecord, index: Index | None = None) -> dict[str, Any]:
    """A record as one row of ``record list --json``."""
    index = index or Index(book)
    figures = index.turnout(rec)
    by_status: dict[str, list[str]] = {"present": [], "leave": [], "absent": [], "late": []}
    for doc in index.attendance.get(rec.id, ()):
        by_status.setdefault(doc.get("status", ""), []).append(
            index.names.get(doc.get("deputy_id", ""), "")
        )
    row = {
        "id": rec.id,
        "date": rec.date,
        "start": rec.start,
        "end": rec.end,
        "form": rec.form,
        "theme": rec.theme,
        "place": rec.place,
        "organiser": rec.organiser,
        "recorder": index.names.get(rec.recorder, rec.recorder),
        "plan_id": rec.plan_id,
        "expected": figures.expected_count,
        "came": figures.came_count,
        **by_status,
        "note_count": len(index.notes.get(rec.id, ())),
        "followup_count": len(index.followups.get(rec.id, ())),
        "briefing_sent": rec.briefing_sent,
        "quick": rec.quick,
        "deleted": rec.deleted,
    }
    for f in columns():  # a column of the list is in its row, whatever the field
        row.setdefault(f.name, getattr(rec, f.name))
    return row


def full(book: Book, rec: ActivityRecord) -> dict[str, Any]:
    """Everything about a record, as ``record show --json`` prints it."""
    index = Index(book)
    names = index.names
    plan = book.plan.get(rec.plan_id, include_deleted=True) if rec.plan_id else None
    attendance = sorted(
        (from_doc(Attendance, d) for d in index.attendance.get(rec.id, ())),
        key=lambda a: names.get(a.deputy_id, ""),
    )
    notes = sorted((from_doc(Note, d) for d in index.notes.get(rec.id, ())), key=lambda n: n.at)
    followups = [from_doc(FollowUp, d) for d in index.followups.get(rec.id, ())]
    head = summary(book, rec, index)
    return {
        **head,
        # a recorder who is not a deputy (the liaison officer) has a name and no id
        "recorder_id": rec.recorder if rec.recorder in names else "",
        "plan_title": plan.title if plan is not None else "",
        # every other field of ``domain/record_fields.py``, by its name
        **{f.name: getattr(rec, f.name) for f in fields() if f.name not in head},
        "attendance": [
            {
                "deputy_id": a.deputy_id,
                "name": names.get(a.deputy_id, ""),
                "status": a.status,
                "leave_reason": a.leave_reason,
                "approved_by": a.approved_by,
                "assessment": a.assessment,
                "assessment_done": a.assessment_done,
                "assessment_result": a.assessment_result,
            }
            for a in attendance
        ],
        "follow_ups": [
            {
                "id": f.id,
                "what": f.what,
                "responsible": f.responsible,
                "due": f.due,
                "status": f.status,
                "result": f.result,
            }
            for f in followups
        ],
        "notes": [
            {
                "id": n.id,
                "at": n.at,
                "time": note_clock(n),
                "text": n.text,
                "tag": n.tag,
                "folded": n.folded,
            }
            for n in notes
        ],
    }
