"""A corpus of crafted bad books: each spoils one value of a real book in one way.

Every entry names the table and the field the refusal must name (``field`` is what the
sentence shows, ``conflicts[0].date`` for a nested one; "" when the whole document is
wrong). The first seven are the kinds issue 12 saw; the others cover every table, the
nested fields (losing versions, a suggestion's status history, lists of ids) and the
values a JSON file can hold but a record cannot (NaN, huge numbers, a bad doc key).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from grouptui.domain.models import derived_id

Data = dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Bad:
    """One way to spoil a book."""

    id: str
    table: str
    field: str
    spoil: Callable[[Data], None]
    #: whether the sentence can name the record by its id.
    named: bool = True
    #: the id of the record spoiled, when it is not the first of its table.
    record: str = ""


def first(data: Data, table: str, **where: Any) -> dict[str, Any]:
    """The first document of ``table`` (matching ``where``), created if the table is empty."""
    docs = data[table]
    for doc in docs.values():
        if all(doc.get(k) == v for k, v in where.items()):
            return doc
    if table == "settings":
        doc = {"id": "set-1", "rev": "1-a", "revs": [], "values": {}}
        docs[str(len(docs) + 1)] = doc
        return doc
    raise LookupError(f"no {table} document with {where}")


def put(table: str, field: str, value: Any, **where: Any) -> Callable[[Data], None]:
    """Set ``field`` of the first document of ``table`` to ``value``."""
    return lambda data: first(data, table, **where).__setitem__(field, value)


def drop(table: str, field: str) -> Callable[[Data], None]:
    """Remove ``field`` from the first document of ``table``."""
    return lambda data: first(data, table).pop(field)


def whole(table: str, value: Any) -> Callable[[Data], None]:
    """Replace the first document of ``table`` by ``value``."""

    def spoil(data: Data) -> None:
        key = next(iter(data[table]))
        data[table][key] = value

    return spoil


def losing_version(table: str, **changes: Any) -> Callable[[Data], None]:
    """Give the first document a conflicting version with ``changes``."""

    def spoil(data: Data) -> None:
        doc = first(data, table)
        loser = {k: v for k, v in doc.items() if k != "conflicts"}
        doc["conflicts"] = [{**loser, "rev": "9-zz", **changes}]

    return spoil


def history(line: dict[str, Any]) -> Callable[[Data], None]:
    """Give the first suggestion a status history of one ``line``."""
    return put("suggestions", "history", [line])


def nested(levels: int) -> list[Any]:
    """A list nested ``levels`` deep (parses fine, but no record is like it)."""
    value: list[Any] = []
    for _ in range(levels):
        value = [value]
    return value


def setting(setting_id: str, values: dict[str, Any]) -> Callable[[Data], None]:
    """Add the settings document ``setting_id`` holding ``values``."""

    def spoil(data: Data) -> None:
        docs = data["settings"]
        doc = {"id": setting_id, "rev": "1-a", "revs": [], "values": values}
        docs[str(len(docs) + 1)] = doc

    return spoil


RULES = derived_id("settings", "rules")
TERM = derived_id("settings", "term")


def bad_key(data: Data) -> None:
    docs = data["notes"]
    key = next(iter(docs))
    docs["abc"] = docs.pop(key)


CORPUS: list[Bad] = [
    # The seven kinds issue 12 reported.
    Bad("date-is-number", "records", "date", put("records", "date", 20260510)),
    Bad("theme-is-null", "records", "theme", put("records", "theme", None)),
    Bad("deputy-name-is-number", "deputies", "name", put("deputies", "name", 42)),
    Bad("year-is-string", "meta", "year", put("meta", "year", "2026"), named=False),
    Bad("hours-are-string", "duty", "hours", put("duty", "hours", "2")),
    Bad("record-is-list", "records", "", whole("records", [1, 2]), named=False),
    Bad("conflicts-is-string", "plan", "conflicts", put("plan", "conflicts", "x")),
    # Every table, the other ways a value can be wrong.
    Bad("date-not-a-day", "records", "date", put("records", "date", "2026-13-45")),
    Bad("date-empty", "records", "date", put("records", "date", "")),
    Bad("date-compact", "records", "date", put("records", "date", "20260510")),
    Bad("theme-missing", "records", "theme", drop("records", "theme")),
    Bad("training-days-string", "records", "training_days", put("records", "training_days", "1")),
    Bad("revs-is-string", "records", "revs", put("records", "revs", "1-abc")),
    Bad("levels-is-string", "deputies", "levels", put("deputies", "levels", "town")),
    Bad("levels-hold-number", "deputies", "levels", put("deputies", "levels", [1])),
    Bad("joined-is-number", "deputies", "joined_on", put("deputies", "joined_on", 20260101)),
    Bad("is-new-is-string", "deputies", "is_new", put("deputies", "is_new", "yes")),
    Bad("retired-not-a-day", "deputies", "retired_on", put("deputies", "retired_on", "2026-02-30")),
    Bad("gender-is-number", "deputies", "gender", put("deputies", "gender", 1)),
    Bad("born-is-list", "deputies", "born", put("deputies", "born", [1968, 5])),
    Bad("post-is-dict", "deputies", "post", put("deputies", "post", {"zh": "院长"})),
    Bad("quarter-out-of-range", "plan", "quarter", put("plan", "quarter", 7)),
    Bad("quarter-is-string", "plan", "quarter", put("plan", "quarter", "2")),
    Bad("month-13", "plan", "month", put("plan", "month", 13)),
    Bad("participants-string", "plan", "participants", put("plan", "participants", "all")),
    Bad("attendance-status-number", "attendance", "status", put("attendance", "status", 1)),
    Bad(
        "assessment-done-string",
        "attendance",
        "assessment_done",
        put("attendance", "assessment_done", "no"),
    ),
    Bad("record-is-empty", "records", "date", whole("records", {}), named=False),
    Bad("attendance-is-string", "attendance", "", whole("attendance", "present"), named=False),
    Bad("note-text-null", "notes", "text", put("notes", "text", None)),
    Bad("followup-due-words", "followups", "due", put("followups", "due", "next week")),
    Bad("hours-infinite", "duty", "hours", put("duty", "hours", float("inf"))),
    Bad("hours-huge", "duty", "hours", put("duty", "hours", 10**30)),
    Bad("history-number", "suggestions", "history[0].from", history({"from": 1, "to": "x"})),
    Bad("history-is-string", "suggestions", "history", put("suggestions", "history", "none")),
    Bad("proposers-null", "suggestions", "proposers", put("suggestions", "proposers", [None])),
    Bad("voter-name-list", "voters", "name", put("voters", "name", ["a"])),
    Bad("settings-values-string", "settings", "values", put("settings", "values", "x")),
    Bad("conflict-date", "records", "conflicts[0].date", losing_version("records", date=5)),
    Bad("conflict-not-a-record", "records", "conflicts", put("records", "conflicts", ["x"])),
    Bad("id-is-number", "records", "id", put("records", "id", 123), named=False),
    Bad("group-is-null", "meta", "group", put("meta", "group", None), named=False),
    Bad("devices-is-string", "meta", "devices", put("meta", "devices", "dev"), named=False),
    Bad("doc-key-not-number", "notes", "", bad_key, named=False),
    # Nesting that parses but would break the writer's recursion deep inside the app.
    Bad("unknown-key-deep", "records", "", put("records", "later_field", nested(40))),
    Bad("settings-deep", "settings", "", put("settings", "values", {"a": nested(40)})),
    Bad("conflict-deep", "followups", "", losing_version("followups", extra=nested(40))),
    # Settings the program computes with: 1e300 years made `check` run out of memory.
    Bad(
        "rule-term-years-huge",
        "settings",
        "values.term_years",
        setting(RULES, {"term_years": 1e300}),
        record=RULES,
    ),
    Bad(
        "rule-count-list",
        "settings",
        "values.receptions_per_year",
        setting(RULES, {"receptions_per_year": [1]}),
        record=RULES,
    ),
    Bad(
        "rule-deadline-number",
        "settings",
        "values.report_prep_deadline",
        setting(RULES, {"report_prep_deadline": 5}),
        record=RULES,
    ),
    Bad(
        "term-start-far",
        "settings",
        "values.start_year",
        setting(TERM, {"kind": "term", "start_year": -(10**15)}),
        record=TERM,
    ),
]


def spoiled(good: Path, bad: Bad, folder: Path) -> Path:
    """A copy of the book ``good`` in ``folder`` with ``bad`` applied; returns its path."""
    data = json.loads(good.read_text("utf-8"))
    bad.spoil(data)
    path = folder / f"{bad.id}.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def record_id(good: Path, bad: Bad) -> str:
    """The id of the record ``bad`` spoils (the first of its table), or ""."""
    if not bad.named or bad.record:
        return bad.record
    data = json.loads(good.read_text("utf-8"))
    bad.spoil(data)
    return str(first(data, bad.table)["id"])
