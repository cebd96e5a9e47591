"""Records derived from other records: the automatic duty entries, computed one way.

Attending an activity is a duty: a deputy marked present (or late) at a record has an
automatic duty-log entry (id ``derived_id("duty", record, deputy)``) holding the record's
date, category (from its form), theme and hours; a suggestion gives each of its proposers
one (``derived_id("duty", "suggestion", suggestion, deputy)``) holding its date and title.
Such an entry is never edited by hand, so it is never a conflict of its own: it is what its
source says. The store writes these documents when a record, a mark or a suggestion is
saved or a conflict resolved (:mod:`grouptui.store.records`,
:mod:`grouptui.store.suggestion_edit`, :mod:`grouptui.store.conflicts`), and the merge
recomputes them from the merged sources (:func:`rederive`).

Pure: documents in, documents out; no clock (a version made here takes its bookkeeping
from the versions it supersedes).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from grouptui.domain.models import derived_id
from grouptui.domain.records import ATTENDED, span_hours
from grouptui.domain.revision import compute_rev, content_of, generation, winner_key
from grouptui.domain.vocab import FORM_TO_DUTY

Doc = dict[str, Any]
Data = dict[str, dict[str, Doc]]

#: a new automatic entry's fields before its source fills them (the model's defaults).
_NEW_ENTRY: Doc = {
    "deleted": False,
    "text": "",
    "hours": 0.0,
    "record_id": "",
    "auto": True,
    "suggestion_id": "",
}


def record_duty_id(record_id: str, deputy_id: str) -> str:
    """The id of the entry attending record ``record_id`` gives deputy ``deputy_id``."""
    return derived_id("duty", record_id, deputy_id)


def suggestion_duty_id(suggestion_id: str, deputy_id: str) -> str:
    """The id of the entry a suggestion gives one of its proposers."""
    return derived_id("duty", "suggestion", suggestion_id, deputy_id)


def _base(entry_id: str, deputy_id: str, old: Doc | None) -> Doc:
    if old is None:
        return {**_NEW_ENTRY, "id": entry_id, "deputy_id": deputy_id}
    return content_of(old)


def _gone(old: Doc | None) -> Doc | None:
    """An entry whose source no longer calls for it: a tombstone (none if it never was)."""
    return None if old is None else {**content_of(old), "deleted": True}


def record_duty(record: Doc, deputy_id: str, attended: bool, old: Doc | None) -> Doc | None:
    """What the automatic entry of ``deputy_id`` at ``record`` must hold (its content, no
    bookkeeping), given whether the deputy attended; None when no entry is needed."""
    entry_id = record_duty_id(record["id"], deputy_id)
    if not attended or record.get("deleted"):
        return _gone(old)
    base = _base(entry_id, deputy_id, old)
    hours = span_hours(record.get("start") or "", record.get("end") or "")
    return {
        **base,
        "date": record["date"],
        "category": FORM_TO_DUTY.get(record.get("form", ""), "other"),
        "text": record.get("theme", ""),
        "hours": hours if hours is not None else base.get("hours", 0.0),
        "record_id": record["id"],
        "auto": True,
        "deleted": False,
    }


def suggestion_duty(suggestion: Doc, deputy_id: str, wanted: bool, old: Doc | None) -> Doc | None:
    """What the "suggestion submitted" entry of ``deputy_id`` must hold, or None.

    A suggestion without a date keeps the entry's date (a new entry needs one: the caller
    gives it as ``suggestion["date"]``)."""
    entry_id = suggestion_duty_id(suggestion["id"], deputy_id)
    if not wanted or suggestion.get("deleted"):
        return _gone(old)
    base = _base(entry_id, deputy_id, old)
    return {
        **base,
        "date": suggestion.get("date") or base.get("date"),
        "category": "suggestion",
        "text": suggestion.get("title", ""),
        "auto": True,
        "suggestion_id": suggestion["id"],
        "deleted": False,
    }


def attended_by_record(attendance: Iterable[Doc]) -> dict[str, dict[str, bool]]:
    """Per record id, per deputy id with a mark (live or not): whether they attended."""
    out: dict[str, dict[str, bool]] = {}
    for doc in attendance:
        marks = out.setdefault(doc.get("record_id", ""), {})
        marks[doc.get("deputy_id", "")] = (
            not doc.get("deleted") and doc.get("status", "present") in ATTENDED
        )
    return out


def by_id(data: Data, table: str) -> dict[str, Doc]:
    """The documents of ``table`` in ``data`` by record id."""
    return {d["id"]: d for d in (data.get(table) or {}).values() if isinstance(d.get("id"), str)}


class Sources:
    """The records, marks and suggestions of a book's data, to recompute its entries."""

    def __init__(self, data: Data) -> None:
        self.records = by_id(data, "records")
        self.suggestions = by_id(data, "suggestions")
        self.marks = attended_by_record((data.get("attendance") or {}).values())

    def want(self, entry: Doc) -> Doc:
        """What the automatic ``entry`` must hold (its content), from its source; an entry
        whose source this book lacks (a crafted file) keeps its shown content."""
        deputy = entry.get("deputy_id", "")
        sug = self.suggestions.get(entry.get("suggestion_id") or "")
        if sug is not None and entry["id"] == suggestion_duty_id(sug["id"], deputy):
            proposers = sug.get("proposers") or ()
            want = suggestion_duty(sug, deputy, deputy in proposers, entry)
        else:
            record = self.records.get(entry.get("record_id") or "")
            if record is None or entry["id"] != record_duty_id(record["id"], deputy):
                return content_of(entry)
            attended = self.marks.get(record["id"], {}).get(deputy, False)
            want = record_duty(record, deputy, attended, entry)
        return want if want is not None else content_of(entry)


def settle(doc: Doc, want: Doc) -> Doc:
    """``doc`` (with any kept versions) replaced by ``want``: one version that descends
    from every one of them, its bookkeeping taken from the newest (no clock)."""
    leaves = [doc, *(doc.get("conflicts") or ())]
    top = max(leaves, key=winner_key)
    parents = [str(v.get("rev", "")) for v in leaves if v.get("rev")]
    ancestry = set(parents)
    for version in leaves:
        ancestry.update(version.get("revs") or ())
    return {
        **want,
        "rev": compute_rev(parents, want),
        "revs": sorted(ancestry, key=lambda r: (-generation(r), r)),
        "created": doc.get("created", ""),
        "updated": top.get("updated", ""),
        "device": top.get("device", ""),
        "conflicts": [],
    }


def rederive(data: Data) -> int:
    """Make every automatic entry of merged ``data`` what its source says, in place: a
    conflicted or stale one becomes one version descending from all it held. Typed entries
    are left as they are (their conflicts are the user's). An entry a book never had (one
    made by an older program or by hand) is not added here: saving its source adds it.
    Returns how many changed."""
    duty = data.get("duty")
    if not duty:
        return 0
    sources = Sources(data)
    changed = 0
    for key, doc in list(duty.items()):
        if not doc.get("auto") or not isinstance(doc.get("id"), str):
            continue
        want = sources.want(doc)
        if doc.get("conflicts") or content_of(doc) != want:
            duty[key] = settle(doc, want)
            changed += 1
    return changed
