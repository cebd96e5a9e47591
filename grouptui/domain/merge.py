"""The year-end merge, pure: books in (as documents), one book and a report out.

No file, no clock. For every table and every record id, every version any input holds is
collected (each input's stored ``conflicts`` too); the versions no other version descends
from (the leaves of the revision tree, see :mod:`grouptui.domain.revision`) survive:

- one leaf: it wins (an edit on one side, a deletion on one side, a resolution);
- several leaves: they were changed concurrently; the deterministic winner of
  :func:`~grouptui.domain.revision.winner_key` is shown and the others are kept in its
  ``conflicts`` until someone resolves them. A tombstone against an edit is such a conflict.

Because the result depends only on the set of versions, the merge is idempotent,
commutative and associative, and a revision is never lost: it is a leaf or an ancestor of
one. The output lists records in (creation stamp, id) order, which does not depend on the
order of the inputs either; only the book's identity (``meta``) comes from the first input.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from grouptui.domain.derived import rederive
from grouptui.domain.errors import UserFacingError
from grouptui.domain.merge_changes import InputInfo, TableReport, input_info, table_report
from grouptui.domain.models import TABLES
from grouptui.domain.revision import compute_rev, content_of, generation, winner_key

Doc = dict[str, Any]
Data = dict[str, dict[str, Any]]

#: tables that are not records: the book's identity and TinyDB's default table.
NOT_RECORDS = ("_default", "meta")


class MergeError(UserFacingError):
    """Books that cannot be merged as they are (different groups or years ...)."""


@dataclass
class Duplicate:
    """Live deputies with the same name but different ids: probably one person twice."""

    name: str
    ids: list[str]


@dataclass
class MergeResult:
    """The merged book's documents and the report of how it came about."""

    data: Data
    tables: dict[str, TableReport]
    duplicates: list[Duplicate] = field(default_factory=list)
    #: remarks for the user: (catalog key, params), e.g. the inputs' book ids differ.
    notes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    #: each input's group, year and last save, in the order given.
    inputs: list[InputInfo] = field(default_factory=list)

    @property
    def conflicts(self) -> int:
        """Records left with unresolved concurrent versions."""
        return sum(r.conflicts for r in self.tables.values())


def canonical(doc: Any) -> str:
    """A stable text of a document, for ordering and comparing (not for storage)."""
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def meta_of(data: Data) -> Doc:
    """The identity document of a book's data."""
    return next(iter(data["meta"].values()))


def merge_meta(
    metas: Sequence[Doc], labels: Sequence[str], *, force: bool = False
) -> tuple[Doc, list[tuple[str, dict[str, Any]]]]:
    """The merged identity: the first input's, devices united; mismatches refused or noted."""
    first = metas[0]
    notes: list[tuple[str, dict[str, Any]]] = []
    devices: list[str] = []
    for i, meta in enumerate(metas):
        for device in meta.get("devices") or ():
            if device not in devices:
                devices.append(device)
        if i == 0:
            continue
        township_differs = (
            meta.get("township")
            and first.get("township")
            and meta.get("township") != first.get("township")
        )
        if (
            meta.get("group") != first.get("group")
            or meta.get("year") != first.get("year")
            or township_differs
        ):
            params = {
                "path": labels[i],
                "group": meta.get("group", ""),
                "year": meta.get("year", ""),
                "first": labels[0],
                "first_group": first.get("group", ""),
                "first_year": first.get("year", ""),
            }
            if not force:
                raise MergeError("merge_mismatch", **params)
            notes.append(("merge_note_mismatch", params))
        if meta.get("book_id") != first.get("book_id"):
            notes.append(("merge_note_book_id", {"path": labels[i], "first": labels[0]}))
    merged = dict(first)
    merged["devices"] = devices
    return merged, notes


def _strip(doc: Doc) -> Doc:
    """A version without its own list of conflicts (they are versions of their own)."""
    if "conflicts" in doc:
        doc = {k: v for k, v in doc.items() if k != "conflicts"}
    if not isinstance(doc.get("rev"), str) or not doc.get("rev"):
        # A record written by hand or by another tool: give it a revision from its content.
        doc = {**doc, "rev": compute_rev([], doc), "revs": []}
    return doc


def _add_version(versions: dict[str, Doc], split: dict[str, dict[str, Doc]], doc: Doc) -> None:
    doc = _strip(doc)
    rev = doc["rev"]
    have = versions.get(rev)
    if have is None:
        versions[rev] = doc
    elif have != doc:
        if content_of(have) != content_of(doc):
            # One revision, two contents: a file was edited by hand. Neither may be lost.
            variants = split.setdefault(rev, {canonical(content_of(have)): have})
            variants.setdefault(canonical(content_of(doc)), doc)
        # Same revision, different bookkeeping (two laptops made the same edit): pick one
        # by content, so the result does not depend on the order of the inputs.
        versions[rev] = min(have, doc, key=canonical)


def _split_hand_edits(versions: dict[str, Doc], split: dict[str, dict[str, Doc]]) -> None:
    """Make each content found under one revision a child version of that revision, so
    they meet as a conflict for the user to review instead of one silently winning."""
    for rev, variants in split.items():
        del versions[rev]
        for doc in variants.values():
            child = {**doc, "rev": compute_rev([rev], doc)}
            child["revs"] = sorted({rev, *doc.get("revs", ())}, key=lambda r: (-generation(r), r))
            versions.setdefault(child["rev"], child)


def merge_record(docs: Sequence[Doc]) -> Doc:
    """The merged document of one record from every input's document of it."""
    first = docs[0]
    if (
        first.get("conflicts") == []
        and isinstance(first.get("rev"), str)
        and first["rev"]
        and all(d is first or d == first for d in docs)
    ):
        # Every input holds the same version: the common case of a year-end merge.
        return first
    versions: dict[str, Doc] = {}
    split: dict[str, dict[str, Doc]] = {}
    for doc in docs:
        _add_version(versions, split, doc)
        for loser in doc.get("conflicts") or ():
            _add_version(versions, split, loser)
    if split:
        _split_hand_edits(versions, split)
    if len(versions) == 1:
        (only,) = versions.values()
        return {**only, "conflicts": []}
    ancestors: set[str] = set()
    for version in versions.values():
        ancestors.update(version.get("revs") or ())
    leaves = [v for rev, v in versions.items() if rev not in ancestors]
    if not leaves:  # a cycle only a corrupt file can hold: keep everything
        leaves = list(versions.values())
    leaves.sort(key=winner_key, reverse=True)
    return {**leaves[0], "conflicts": leaves[1:]}


def _order_key(doc: Doc) -> tuple[str, str]:
    # The creation stamp only orders the listing (close to the order records were made);
    # it never decides which version wins.
    return (str(doc.get("created", "")), str(doc.get("id", "")))


#: per record id, the (input, version) pairs the inputs held.
Held = dict[str, list[tuple[int, Doc]]]


def merge_table(tables: Sequence[dict[str, Any]]) -> tuple[list[Doc], Held]:
    """The merged documents of one table (in a stable order) and what each input held."""
    by_id: dict[str, list[Doc]] = {}
    held: Held = {}
    loose: dict[str, Doc] = {}
    for i, table in enumerate(tables):
        for doc in table.values():
            rid = doc.get("id")
            if not isinstance(rid, str):
                loose.setdefault(canonical(doc), doc)  # not a record: kept as it is
                continue
            found = by_id.get(rid)
            if found is None:
                by_id[rid] = [doc]
                held[rid] = [(i, doc)]
            else:
                found.append(doc)
                held[rid].append((i, doc))
    merged = [merge_record(docs) for docs in by_id.values()]
    merged.sort(key=_order_key)
    merged.extend(loose[k] for k in sorted(loose))
    return merged, held


def _name_key(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split()).casefold()


def find_duplicates(deputies: Sequence[Doc]) -> list[Duplicate]:
    """Live deputies that share a name (spaces and width ignored) but not an id."""
    groups: dict[str, list[Doc]] = {}
    for doc in deputies:
        if doc.get("deleted") or not isinstance(doc.get("name"), str):
            continue
        groups.setdefault(_name_key(doc["name"]), []).append(doc)
    found = [
        Duplicate(name=docs[0]["name"], ids=sorted(d["id"] for d in docs))
        for docs in groups.values()
        if len({d["id"] for d in docs}) > 1
    ]
    return sorted(found, key=lambda d: (d.name, d.ids))


def table_names(inputs: Sequence[Data]) -> list[str]:
    """Record tables in a stable order: the known ones, then unknown ones by name."""
    extra = sorted({n for data in inputs for n in data} - set(TABLES) - set(NOT_RECORDS))
    return [*TABLES, *extra]


def merge_data(
    inputs: Sequence[Data], *, labels: Sequence[str] | None = None, force: bool = False
) -> MergeResult:
    """Merge the documents of several books; see the module docstring."""
    if not inputs:
        raise ValueError("nothing to merge")
    labels = list(labels) if labels is not None else [f"#{i + 1}" for i in range(len(inputs))]
    meta, notes = merge_meta([meta_of(d) for d in inputs], labels, force=force)
    data: Data = {"_default": {}, "meta": {"1": meta}}
    held: dict[str, Held] = {}
    for name in table_names(inputs):
        docs, held[name] = merge_table([d.get(name) or {} for d in inputs])
        data[name] = {str(n): doc for n, doc in enumerate(docs, 1)}
    # Automatic duty entries are what their merged records say, never conflicts of their own.
    rederive(data)
    reports = {
        name: table_report(name, list(data[name].values()), held[name], len(inputs))
        for name in held
    }
    duplicates = find_duplicates(list(data["deputies"].values()))
    return MergeResult(
        data=data,
        tables=reports,
        duplicates=duplicates,
        notes=notes,
        inputs=[input_info(d) for d in inputs],
    )
