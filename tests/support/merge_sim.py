"""Laptops on the pure document layer, and an independent model of what a merge must keep.

Each laptop holds one table of documents and works on them the way the store does (every
change through ``revision.stamp``; a resolution descends from every side). Beside the real
revisions, the model gives every version its *history*: the set of events it includes, an
event being (its parents' histories, its content). Two versions are concurrent when neither
history contains the other; that is the model's definition of a conflict, computed without
looking at revision strings, generations or clocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from grouptui.domain.conflicts import Conflict, combine
from grouptui.domain.merge import canonical, merge_data
from grouptui.domain.revision import content_of, stamp

TABLE = "notes"
META = {
    "schema": 1,
    "book_id": "b-1",
    "group": "新河镇第一代表小组",
    "township": "新河镇",
    "year": 2026,
    "devices": [],
}
NORMAL = "2026-05-20T09:30:00"
AHEAD = "2036-05-20T09:30:00"

Doc = dict[str, Any]
History = frozenset


def as_data(table: dict[str, Doc], device: str = "") -> dict:
    """A laptop's table as a book's documents."""
    meta = {**META, "devices": [device] if device else []}
    return {
        "_default": {},
        "meta": {"1": meta},
        TABLE: {str(n): d for n, d in enumerate(table.values(), 1)},
    }


def from_data(data: dict) -> dict[str, Doc]:
    """The table of a merged book, by record id."""
    return {d["id"]: d for d in data[TABLE].values()}


def merge_tables(tables: list[dict[str, Doc]]) -> dict[str, Doc]:
    """Merge laptops' tables through the real merge."""
    return from_data(merge_data([as_data(t) for t in tables]).data)


def leaves_of(doc: Doc) -> list[Doc]:
    """The shown version and the kept ones."""
    return [doc, *doc.get("conflicts", [])]


@dataclass
class World:
    """Laptops, their clocks, and the model's history of every revision."""

    n: int
    ahead: int | None = None
    laptops: list[dict[str, Doc]] = field(default_factory=list)
    hist: dict[str, History] = field(default_factory=dict)
    counter: int = 0
    #: records edited concurrently somewhere (model's count, for the final merge).

    def __post_init__(self) -> None:
        self.laptops = [{} for _ in range(self.n)]

    def now(self, i: int) -> str:
        return AHEAD if i == self.ahead else NORMAL

    def _write(self, i: int, new: Doc | None, parents: list[Doc]) -> None:
        if new is None:
            return
        parent_hists = [self.hist[p["rev"]] for p in parents]
        event = (frozenset(parent_hists), canonical(content_of(new)))
        history = frozenset().union(*parent_hists) | {event}
        known = self.hist.setdefault(new["rev"], history)
        assert known == history, "one revision, two histories: the hash ignores something"
        self.laptops[i][new["id"]] = new

    # operations --------------------------------------------------------------------

    def create(self, i: int) -> None:
        self.counter += 1
        doc = {"id": f"n{self.counter:03d}", "text": "c", "deleted": False}
        self._write(i, stamp(doc, None, now=self.now(i), device=f"d{i}"), [])

    def mark(self, i: int, k: int, value: int) -> None:
        """A record with an id derived from its subject (like attendance): created or set."""
        rid = f"att{k}"
        doc = self.laptops[i].get(rid)
        if doc is None:
            new = stamp(
                {"id": rid, "text": f"s{value}", "deleted": False},
                None,
                now=self.now(i),
                device=f"d{i}",
            )
            self._write(i, new, [])
        elif not doc.get("deleted"):
            self._edit(i, doc, {"text": f"s{value}"})

    def _live(self, i: int) -> list[Doc]:
        return [d for _, d in sorted(self.laptops[i].items()) if not d.get("deleted")]

    def _edit(self, i: int, doc: Doc, change: dict[str, Any]) -> None:
        new = stamp({**doc, **change}, doc, now=self.now(i), device=f"d{i}")
        self._write(i, new, [doc])

    def edit(self, i: int, pick: int, value: int) -> None:
        live = self._live(i)
        if live:
            self._edit(i, live[pick % len(live)], {"text": f"e{value}"})

    def delete(self, i: int, pick: int) -> None:
        live = self._live(i)
        if live:
            self._edit(i, live[pick % len(live)], {"deleted": True})

    def resolve(self, i: int, pick: int, side: int) -> None:
        open_ = [d for _, d in sorted(self.laptops[i].items()) if d.get("conflicts")]
        if not open_:
            return
        doc = open_[pick % len(open_)]
        conflict = Conflict(TABLE, doc["id"], doc, list(doc["conflicts"]))
        chosen = combine(conflict, {"*": side % len(conflict.sides)})
        new = stamp(chosen, doc, now=self.now(i), device=f"d{i}", extra_parents=conflict.others)
        self._write(i, new, conflict.sides)

    def sync(self, a: int, b: int) -> None:
        """Laptop ``a`` takes in laptop ``b``'s book (a merge, as at a quarterly meeting)."""
        if a != b:
            self.laptops[a] = merge_tables([self.laptops[a], self.laptops[b]])

    def apply(self, op: tuple) -> None:
        kind, i, *rest = op
        getattr(self, kind)(i % self.n, *[r % self.n if kind == "sync" else r for r in rest])

    # the model -----------------------------------------------------------------------

    def expected_leaves(self, tables: list[dict[str, Doc]]) -> dict[str, set[History]]:
        """Per record: the maximal histories among every version the tables hold."""
        found: dict[str, set[History]] = {}
        for table in tables:
            for rid, doc in table.items():
                found.setdefault(rid, set()).update(self.hist[v["rev"]] for v in leaves_of(doc))
        return {rid: {h for h in hs if not any(h < o for o in hs)} for rid, hs in found.items()}


def canon(table: dict[str, Doc]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Per record: the shown revision and the kept ones (what merges must agree on)."""
    return {
        rid: (doc["rev"], tuple(sorted(c["rev"] for c in doc.get("conflicts", []))))
        for rid, doc in table.items()
    }
