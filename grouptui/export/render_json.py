"""The book's data as one JSON document (shape documented in ``docs/export-json.md``).

English snake_case keys, text exactly as typed, dates ``YYYY-MM-DD``, ids as strings,
vocabulary values as their stable keys (``"inspection"``, not 视察). Deputies are always
included so every id can be named; each book asked for adds its section. Bookkeeping of
the store (revisions, devices, tombstones, conflicts) is left out: this is what the book
says, not how it was kept. Voters' contacts and deputies' phones appear only with
``include_contacts``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from grouptui.domain.models import ActivityRecord
from grouptui.domain.record_fields import Kind, fields
from grouptui.export.view import BookView

#: Bumped when a key is renamed or removed (adding keys does not bump it).
JSON_VERSION = 1

SECTIONS = ("records", "duty", "register", "plan", "suggestions")


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _deputy(view: BookView, d) -> dict[str, Any]:
    out = {
        "id": d.id,
        "name": d.name,
        "levels": list(d.levels),
        "constituency": d.constituency,
        "unit": d.unit,
        "is_new": d.is_new,
        "active": d.active,
        "joined_on": _d(d.joined_on),
        "retired_on": _d(d.retired_on),
        "remarks": d.remarks,
    }
    if view.filters.include_contacts:
        out["phone"] = d.phone
    return out


def record_fields(view: BookView, r: ActivityRecord) -> dict[str, Any]:
    """Every field of ``domain/record_fields.py`` by its name, in the table's order (the
    recorder by name, with ``recorder_id`` when the recorder is on the roster)."""
    out: dict[str, Any] = {}
    for f in fields():
        value = getattr(r, f.name)
        if f.kind is Kind.DATE:
            out[f.name] = _d(value)
        elif f.kind is Kind.PERSON:
            out[f.name] = view.deputy_name(value)
            out[f.name + "_id"] = value if view.deputy(value) else ""
        else:
            out[f.name] = value
    return out


def _record(view: BookView, r: ActivityRecord) -> dict[str, Any]:
    contacts = view.filters.include_contacts
    figures = view.turnout(r)
    voters = []
    for v in view.voters.get(r.id, []):
        entry = {
            "name": v.name,
            "village": v.village,
            "raised": v.raised,
            "handling": v.handling,
            "status": v.status,
        }
        if contacts:
            entry["contact"] = v.contact
        voters.append(entry)
    return {
        "id": r.id,
        **record_fields(view, r),
        "expected": figures.expected_count,
        "present": figures.came_count,
        "attendance": [
            {
                "deputy_id": a.deputy_id,
                "deputy": view.deputy_name(a.deputy_id),
                "status": a.status,
                "leave_reason": a.leave_reason,
                "approved_by": a.approved_by,
                "assessment": a.assessment,
                "assessment_done": a.assessment_done,
                "assessment_result": a.assessment_result,
            }
            for a in view.attendance.get(r.id, [])
        ],
        "follow_ups": [
            {
                "id": f.id,
                "what": f.what,
                "responsible": f.responsible,
                "due": _d(f.due),
                "status": f.status,
                "result": f.result,
            }
            for f in view.followups.get(r.id, [])
        ],
        "notes": [
            {"at": n.at, "text": n.text, "tag": n.tag, "folded": n.folded}
            for n in view.notes.get(r.id, [])
        ],
        "voters": voters,
    }


def _plan(view: BookView) -> list[dict[str, Any]]:
    from grouptui.export.plan import item_standings

    found = item_standings(view)
    out = []
    for p in view.plan:
        standing = found.get(p.id)
        out.append(
            {
                "id": p.id,
                "quarter": p.quarter,
                "month": p.month,
                "day": p.day,
                "form": p.form,
                "title": p.title,
                "content": p.content,
                "organiser": p.organiser,
                "status": standing.status if standing else p.status,
                "record_ids": [r.id for r in view.linked_records(p)],
                "overdue": standing.overdue if standing else False,
                "musts": standing.musts.as_dict() if standing else {},
                "missing": standing.musts.missing() if standing else [],
            }
        )
    return out


def _register(view: BookView) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The form's rows, and what the term's training days were summed over."""
    from grouptui.domain.register import row_json

    form = view.register
    if form is None:
        raise ValueError("read_view(..., register=True) computes the registration form")
    # ``deputy`` and ``total`` (every duty entry) were this section's first keys; the rest
    # is exactly a row of ``grouptui register --json``.
    rows = [
        {"deputy": row.name, **row_json(row), "total": sum(row.counts.values())}
        for row in form.rows
    ]
    term = {
        "term_start": form.term_start,
        "years_found": form.years_found,
        "years_missing": form.years_missing,
        "scored": form.scored,
    }
    return rows, term


def book_data(view: BookView, sections: tuple[str, ...]) -> dict[str, Any]:
    """The JSON-ready dict of ``view`` with the given ``sections`` (keys of SECTIONS)."""
    meta = view.meta
    f = view.filters
    data: dict[str, Any] = {
        "format": "grouptui-export",
        "version": JSON_VERSION,
        "exported_at": view.now.isoformat(timespec="seconds"),
        "book": {
            "book_id": meta.book_id,
            "group": meta.group,
            "township": meta.township,
            "year": meta.year,
        },
        "filters": {
            "quarter": f.quarter,
            "deputy": view.deputy_name(f.deputy_id) if f.deputy_id else None,
            "include_contacts": f.include_contacts,
        },
        "deputies": [_deputy(view, d) for d in view.deputies],
    }
    if "plan" in sections:
        data["plan"] = _plan(view)
    if "records" in sections:
        data["records"] = [_record(view, r) for r in view.records]
    if "duty" in sections:
        data["duty"] = [
            {
                "id": e.id,
                "deputy_id": e.deputy_id,
                "deputy": view.deputy_name(e.deputy_id),
                "date": _d(e.date),
                "category": e.category,
                "text": e.text,
                "hours": e.hours,
                "record_id": e.record_id,
                "auto": e.auto,
            }
            for e in view.duty
        ]
    if "register" in sections:
        data["register"], data["register_term"] = _register(view)
    if "suggestions" in sections:
        data["suggestions"] = [
            {
                "id": s.id,
                "title": s.title,
                "content": s.content,
                "proposer_ids": list(s.proposers),
                "proposers": view.names(s.proposers),
                "date": _d(s.date),
                "during_session": s.during_session,
                "record_id": s.record_id,
                "unit": s.unit,
                "status": s.status,
                "reply": s.reply,
                "satisfaction": s.satisfaction,
                "follow_up": s.follow_up,
            }
            for s in view.suggestions
        ]
    return data


def to_json(data: dict[str, Any]) -> str:
    """The JSON text: UTF-8 characters as they are (not ``\\u`` escaped), indented."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
