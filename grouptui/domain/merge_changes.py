"""What a merge does to each input, record by record: the figures and names of its report.

Every figure is about the set of inputs, never about which came first, so the command line
and the merge screen say the same whatever order the books were given in:

- *added*: live records of the result that at least one input lacks (or holds deleted);
- *deleted* and *replaced*: records some input holds live that the result deletes, or
  shows with other content, without a conflict to review; each is a :class:`Change`,
  named in the report with the inputs that brought the winning version and those whose
  version it deletes or replaces. A deletion a crafted or an older copy brings shows here;
- *conflicts*: records left with concurrent versions (the conflicts screen lists them).

Automatic duty entries follow their record (:mod:`grouptui.domain.derived`): they count in
their table's figures but are not named one by one; their record is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from grouptui.domain.conflicts import TITLE_FIELDS
from grouptui.domain.derived import by_id
from grouptui.domain.revision import content_of

Doc = dict[str, Any]
Data = dict[str, dict[str, Doc]]


@dataclass
class Change:
    """A record that some inputs hold live and the merge deletes or replaces."""

    table: str
    id: str
    #: ``"deleted"`` or ``"replaced"``.
    kind: str
    #: the merged version, and the version it deletes or replaces (of the first such input).
    doc: Doc
    before: Doc
    #: inputs (0-based) that held the merged version: they brought the change.
    by: list[int]
    #: inputs whose live version is deleted or replaced.
    losing: list[int]


@dataclass
class TableReport:
    """What the merge did to one table."""

    name: str
    #: per input: live records of the output whose merged content that input held.
    from_inputs: list[int]
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    #: live records in the output.
    total: int = 0
    #: the deletions and replacements, named (automatic duty entries left out).
    changes: list[Change] = field(default_factory=list)


@dataclass(frozen=True)
class InputInfo:
    """Who an input book is: its group and year, and its last save (device and time, as
    the book's documents record them; informative only, clocks are wrong)."""

    group: str
    year: Any
    device: str
    saved: str


def input_info(data: Data) -> InputInfo:
    """The identity and last save of one input book's documents."""
    meta = next(iter(data["meta"].values()))
    newest: Doc = {}
    newest_at = ""
    for name, table in data.items():
        if name in ("meta", "_default"):
            continue
        for doc in table.values():
            at = doc.get("updated")
            if at.__class__ is str and at > newest_at:
                newest, newest_at = doc, at
    return InputInfo(
        group=str(meta.get("group", "")),
        year=meta.get("year", ""),
        device=str(newest.get("device", "")),
        saved=str(newest.get("updated", "")),
    )


def _derived(name: str, doc: Doc) -> bool:
    return name == "duty" and bool(doc.get("auto"))


def table_report(
    name: str, docs: Sequence[Doc], held: dict[str, list[tuple[int, Doc]]], inputs: int
) -> TableReport:
    """The report of table ``name``: merged ``docs``, and per record id the (input, version)
    pairs the inputs held."""
    report = TableReport(name=name, from_inputs=[0] * inputs)
    for doc in docs:
        rid = doc.get("id")
        if not isinstance(rid, str):
            continue
        holders = held.get(rid, [])
        live = not doc.get("deleted")
        conflicted = bool(doc.get("conflicts"))
        report.conflicts += conflicted
        if holders and doc is holders[0][1]:
            # The merge's fast path: every input holding the record held this very version.
            losing: list[tuple[int, Doc]] = []
            same, live_in = [i for i, _ in holders], len(holders)
        else:
            same, losing = _split(doc, holders)
            live_in = len(holders) - sum(1 for _, v in holders if v.get("deleted"))
        if live:
            report.total += 1
            report.added += live_in < inputs
            for i in same:
                report.from_inputs[i] += 1
        if conflicted or not losing:
            continue  # a conflict is reviewed on the conflicts screen, not replaced silently
        if live:
            report.updated += 1
        else:
            report.deleted += 1
        if not _derived(name, doc):
            report.changes.append(
                Change(
                    table=name,
                    id=rid,
                    kind="replaced" if live else "deleted",
                    doc=doc,
                    before=losing[0][1],
                    by=same,
                    losing=[i for i, _ in losing],
                )
            )
    return report


def _split(doc: Doc, holders: list[tuple[int, Doc]]) -> tuple[list[int], list[tuple[int, Doc]]]:
    """The inputs holding ``doc``'s content, and the (input, version) pairs holding another
    live version. Versions of one revision have one content (a hand edit under an old
    revision was made a revision of its own), so each revision's content is compared once."""
    rev = doc.get("rev")
    mine = content_of(doc)
    verdict: dict[Any, bool] = {rev: True}
    same: list[int] = []
    losing: list[tuple[int, Doc]] = []
    for i, version in holders:
        key = version.get("rev")
        if key not in verdict:
            verdict[key] = content_of(version) == mine
        if verdict[key]:
            same.append(i)
        elif not version.get("deleted"):
            losing.append((i, version))
    return same, losing


def _first_title(doc: Doc) -> str:
    for name in TITLE_FIELDS:
        value = doc.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip().splitlines()[0][:60]
    return ""


class Namer:
    """Names records of a merged book for the report: a mark by its deputy and activity."""

    def __init__(self, data: Data) -> None:
        self.deputies = by_id(data, "deputies")
        self.records = by_id(data, "records")

    def title(self, table: str, doc: Doc) -> str:
        """A short name of the record ``doc`` of ``table``."""
        if table == "attendance":
            deputy = self.deputies.get(doc.get("deputy_id", ""), {})
            record = self.records.get(doc.get("record_id", ""), {})
            return f"{_first_title(deputy)} @ {_first_title(record)}".strip(" @")
        return _first_title(doc) or _first_title(self.deputies.get(doc.get("deputy_id", ""), {}))

    def date(self, table: str, doc: Doc) -> str:
        """The record's date (an attendance mark's is its activity's), or ""."""
        if table == "attendance":
            doc = self.records.get(doc.get("record_id", ""), {})
        value = doc.get("date")
        return value if isinstance(value, str) else ""
